/** YAML files read through the `yaml` Document API with a LineCounter, so every node keeps its source line. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Scalar } from 'yaml';
import type { Problem } from './problems.js';

export interface YamlFile {
  /** Root-relative path, as problems report it. */
  rel: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

const parsed = new Map<string, { stamp: string; loaded: { file: YamlFile; problems: Problem[] } }>();

/**
 * Parses `root/rel`; YAML syntax errors are returned as problems rather than thrown. A file is parsed once
 * while unchanged (the audits read each callee once per caller): treat the result as read-only.
 */
export function loadYaml(root: string, rel: string): { file: YamlFile; problems: Problem[] } {
  const absolute = path.join(root, rel);
  const stat = statSync(absolute);
  const stamp = `${stat.mtimeMs}:${stat.size}:${rel}`;
  const known = parsed.get(absolute);
  if (known?.stamp === stamp) return known.loaded;
  const loaded = parseYaml(rel, readFileSync(absolute, 'utf8'));
  parsed.set(absolute, { stamp, loaded });
  return loaded;
}

function parseYaml(rel: string, text: string): { file: YamlFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  const problems = doc.errors.map((error) => ({
    file: rel,
    line: error.linePos?.[0].line,
    message: `YAML: ${error.message.split('\n')[0] ?? error.code}`,
  }));
  return { file: { rel, text, doc, lines }, problems };
}

/** 1-based line of a source offset. */
export function lineAtOffset(file: YamlFile, offset: number): number {
  return file.lines.linePos(offset).line;
}

/** 1-based line where a node starts, or undefined for a node that is not in the source. */
export function lineOf(file: YamlFile, node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lineAtOffset(file, range[0]) : undefined;
}

export interface Entry {
  key: string;
  keyNode: unknown;
  value: unknown;
}

/** The entries of a mapping node with string keys (empty for anything else). */
export function entries(node: unknown): Entry[] {
  if (!isMap(node)) return [];
  return node.items.map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    keyNode: pair.key,
    value: pair.value,
  }));
}

/** The value node under `key` in a mapping node. */
export function get(node: unknown, key: string): unknown {
  return entries(node).find((entry) => entry.key === key)?.value;
}

/** The entry under `key` in a mapping node (to report the key's line). */
export function entry(node: unknown, key: string): Entry | undefined {
  return entries(node).find((e) => e.key === key);
}

/** Follows a path of mapping keys. */
export function getIn(node: unknown, keys: readonly string[]): unknown {
  return keys.reduce((current, key) => get(current, key), node);
}

/** The items of a sequence node (empty for anything else). */
export function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/** A scalar's value as a string (`true` -> 'true'), undefined for non-scalars and null. */
export function str(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value: unknown = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return undefined;
}

export function isScalarNode(node: unknown): node is Scalar {
  return isScalar(node);
}

export { isMap, isScalar, isSeq };
