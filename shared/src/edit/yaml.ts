/**
 * YAML scalars found through the `yaml` Document API and replaced in place: comments, key order,
 * quoting style, indentation and the final newline stay exactly as they were.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parse,
  parseAllDocuments,
  parseDocument,
  type Document,
  type Scalar,
} from 'yaml';
import { EditError, keyPathText, lineAt, type Occurrence } from './span.js';

/** Parse YAML for reading; EditError with the line of the first syntax error. */
export function parseYaml(text: string): Document.Parsed {
  // yaml's own duplicate-key check is quadratic in a mapping's size (minutes for a 40,000-key
  // values.yaml); keys are checked for duplicates along the path that is read instead.
  const doc = parseDocument(text, { uniqueKeys: false });
  throwFirstError(doc);
  return doc;
}

/**
 * Parse every document of a YAML stream (Kubernetes manifests separated by `---`); EditError with the
 * line of the first syntax error. Node ranges are offsets in the whole text. An empty text has none.
 */
export function parseYamlDocuments(text: string): Document.Parsed[] {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  // An empty stream comes back as an EmptyStream (an array with no documents).
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) throwFirstError(doc);
  return list;
}

function throwFirstError(doc: Document.Parsed): void {
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    // The parser recurses per level of nesting and reports running out of stack as a syntax error.
    if (/Maximum call stack size exceeded/.test(error.message)) {
      throw new EditError('nests deeper than the YAML reader can follow', line);
    }
    throw new EditError(
      `is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`,
      line,
    );
  }
}

/** A scalar value of a mapping in a YAML document, with the key path that leads to it. */
export interface YamlEntry {
  keys: (string | number)[];
  occurrence: Occurrence;
}

/**
 * Every plain or quoted scalar held by a mapping key for which `wanted(key)` is true, anywhere in the
 * document (mappings inside lists too), in document order. Block scalars and aliases are skipped.
 */
export function yamlScalarsUnder(
  doc: Document.Parsed,
  text: string,
  wanted: (key: string) => boolean,
): YamlEntry[] {
  const found: YamlEntry[] = [];
  const visit = (node: unknown, keys: (string | number)[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key !== 'string' && typeof key !== 'number') continue;
        const path = [...keys, key];
        const value = pair.value;
        if (isScalar(value) && value.range && typeof key === 'string' && wanted(key)) {
          if (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') continue;
          if (value.value === null || typeof value.value === 'object') continue;
          found.push({ keys: path, occurrence: scalarOccurrence(value, text, keyPathText(path)) });
        } else visit(value, path);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...keys, index]));
    }
  };
  visit(doc.contents, []);
  return found;
}

/** The scalar at a key path of a parsed document; EditError naming the path when it is not there. */
export function yamlScalarAt(
  doc: Document.Parsed,
  text: string,
  keys: readonly (string | number)[],
): Occurrence {
  let node: unknown = doc.contents;
  for (const [depth, key] of keys.entries()) {
    if (isMap(node)) {
      const same = node.items.filter((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);
      if (same.length > 1) {
        const [first, second] = same.slice(0, 2).map((pair) => {
          const at = (pair.key as { range?: [number] } | undefined)?.range?.[0];
          return at === undefined ? undefined : lineAt(text, at);
        });
        throw new EditError(
          `has the key ${keyPathText(keys.slice(0, depth + 1))} twice (lines ${first ?? '?'} and ${second ?? '?'})`,
          second,
        );
      }
    }
    const next = isMap(node)
      ? node.get(key, true)
      : isSeq(node) && typeof key === 'number'
        ? node.get(key, true)
        : undefined;
    if (next === undefined) throw new EditError(`has no key ${keyPathText(keys.slice(0, depth + 1))}`);
    node = next;
  }
  if (!isScalar(node) || !node.range) throw new EditError(`${keyPathText(keys)} is not a single value`);
  return scalarOccurrence(node, text, keyPathText(keys));
}

/** Find the scalar at a key path (`docker.version`) in a YAML text. */
export function findYamlScalar(text: string, keys: readonly (string | number)[]): Occurrence {
  return yamlScalarAt(parseYaml(text), text, keys);
}

/** Where a scalar node sits in the text it was parsed from, and how to write another value there. */
export function yamlScalarOccurrence(node: Scalar, text: string, name: string): Occurrence {
  return scalarOccurrence(node, text, name);
}

function scalarOccurrence(node: Scalar, text: string, name: string): Occurrence {
  const [start, end] = node.range!;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    throw new EditError(
      `${name} is a block scalar; only plain or quoted values can be edited`,
      lineAt(text, start),
    );
  }
  if (node.value !== null && typeof node.value === 'object') throw new EditError(`${name} is not a scalar`);
  const wasString = typeof node.value === 'string';
  return {
    start,
    end,
    line: lineAt(text, start),
    // A plain scalar's own text: `1.10` stays 1.10, not the number 1.1.
    value: typeof node.value === 'string' ? node.value : text.slice(start, node.range![1]).trim(),
    render: (value) => renderScalar(value, node.type, wasString),
  };
}

/** Write a value as the old scalar was written; quote a plain one only when YAML would misread it. */
function renderScalar(value: string, type: Scalar['type'], wasString: boolean): string {
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  let reads: unknown;
  try {
    reads = parse(`k: ${value}\n`) as unknown;
  } catch {
    return JSON.stringify(value);
  }
  const read = (reads as { k?: unknown } | null)?.k;
  // A plain number stays plain while the new value still reads as a number (`1.10` → `1.20`).
  const same = wasString ? read === value : typeof read === 'number' || read === value;
  return same ? value : JSON.stringify(value);
}
