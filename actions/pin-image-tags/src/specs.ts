/**
 * The line-based inputs, each line parsed into what it asks for: file globs (`!` excludes), value
 * templates per glob, line patterns for non-YAML files and component references. Pure: every mistake
 * is an Error whose message says what the line should look like; inputs.ts names the input.
 */
import { posix } from 'node:path';
import { compileCapture } from '../../../shared/src/edit/regex.js';
import { EditError, parseKeyPath } from '../../../shared/src/edit/span.js';
import { tagProblem } from '../../../shared/src/registry/reference.js';

export interface Glob {
  pattern: string;
  negated: boolean;
}

export interface Template {
  glob: string;
  template: string;
}

export interface LinePattern {
  glob: string;
  /** The regular expression's source, as written between the slashes. */
  source: string;
  regex: RegExp;
}

export type ComponentCheck =
  /** Against the `url` (git ls-remote) or `registry` (an image tag) beside the key. */
  | { kind: 'beside' }
  /** An image reference, `{value}` standing for the value. */
  | { kind: 'reference'; template: string };

export interface ComponentSpec {
  path: string;
  keys: (string | number)[];
  /** The key path as written (`git.kbs.reference`). */
  keyText: string;
  /** The value to write; undefined: revert-reference (revert mode only). */
  value?: string;
  check?: ComponentCheck;
  /** The line as given, for messages. */
  line: string;
}

/** A glob relative to the workspace; Error when it could never match a tracked file. */
export function parseGlob(line: string): Glob {
  const negated = line.startsWith('!');
  const pattern = (negated ? line.slice(1) : line).trim().replace(/^\.\//, '');
  if (pattern === '') throw new Error('a glob such as **/*.yaml, or !glob to leave files out');
  if (posix.isAbsolute(pattern) || pattern.split('/').includes('..'))
    throw new Error('a glob relative to the workspace (no leading / and no ..)');
  try {
    posix.matchesGlob('x', pattern);
  } catch (error) {
    throw new Error(`a valid glob (${(error as Error).message})`, { cause: error });
  }
  return { pattern, negated };
}

/** True when a workspace-relative path matches the glob. */
export function globMatches(path: string, pattern: string): boolean {
  return posix.matchesGlob(path, pattern);
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = ['tag', 'sha', 'digest'];

/** A sample of what a template writes, to check its tag part before any file is read. */
export function checkTemplate(template: string): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!KNOWN.includes(match[1] ?? ''))
      throw new Error(`placeholders {tag}, {sha} and {digest} only (not {${match[1]}})`);
  }
  const at = template.indexOf('@');
  const tagPart = at < 0 ? template : template.slice(0, at);
  if (at >= 0 && template.slice(at + 1) !== '{digest}')
    throw new Error('a tag, or a tag followed by @{digest}');
  if (tagPart.includes('{digest}')) throw new Error('{digest} only after an @, or alone');
  if (tagPart === '') return;
  const sample = tagPart.replaceAll('{tag}', 'v1').replaceAll('{sha}', '0123abc');
  const problem = tagProblem(sample);
  if (problem) throw new Error(`a template that makes a valid tag (${problem})`);
}

/** `glob: template` (the last `:` separates them: a template has none). */
export function parseTemplateLine(line: string): Template {
  const colon = line.lastIndexOf(':');
  if (colon <= 0) throw new Error('glob: template, such as **/overlays/libvirt/**: dev-{tag}');
  const glob = parseGlob(line.slice(0, colon).trim());
  if (glob.negated) throw new Error('a glob without !, then : and the template');
  const template = line.slice(colon + 1).trim();
  if (template === '') throw new Error('glob: template, such as **/overlays/libvirt/**: dev-{tag}');
  checkTemplate(template);
  return { glob: glob.pattern, template };
}

/** `glob: /regex/` with exactly one capture group. */
export function parseLinePattern(line: string): LinePattern {
  const match = /^(.+?):\s*\/(.*)\/$/.exec(line);
  if (!match?.[1] || match[2] === undefined)
    throw new Error(
      'glob: /regex/ with one capture group around the tag, such as Makefile: /TAG \\?= (\\S+)/',
    );
  const glob = parseGlob(match[1].trim());
  if (glob.negated) throw new Error('a glob without !, then : and /regex/');
  try {
    return { glob: glob.pattern, source: match[2], regex: compileCapture(match[2]) };
  } catch (error) {
    if (error instanceof EditError) throw new Error(error.message, { cause: error });
    throw error;
  }
}

/** `path: key.path = value [check [reference]]`; the value may be left out (revert). */
export function parseComponentLine(line: string): ComponentSpec {
  const match = /^(.+?):\s+([^\s=]+)(?:\s*=\s*([^\s=]+))?(?:\s+check(?:\s+(\S+))?)?$/.exec(line);
  const usage =
    'path: key.path = value, optionally followed by check or check <image reference with {value}> (versions.yaml: git.kbs.reference = v0.17.0 check)';
  if (!match?.[1] || !match[2]) throw new Error(usage);
  const path = match[1].trim().replace(/^\.\//, '');
  if (posix.isAbsolute(path) || path.split('/').includes('..'))
    throw new Error(`a path relative to the workspace (${usage})`);
  let keys: (string | number)[];
  try {
    keys = parseKeyPath(match[2]);
  } catch (error) {
    throw new Error(`${(error as Error).message} (${usage})`, { cause: error });
  }
  const checked = /\scheck(?:\s+\S+)?$/.test(line);
  const reference = match[4];
  if (reference !== undefined && !reference.includes('{value}'))
    throw new Error(`check <reference> with {value} where the value goes (${usage})`);
  if (match[3] !== undefined) {
    for (const placeholder of match[3].matchAll(PLACEHOLDER)) {
      if (!['tag', 'sha'].includes(placeholder[1] ?? ''))
        throw new Error(`placeholders {tag} and {sha} only in a component's value (not {${placeholder[1]}})`);
    }
  }
  return {
    path,
    keys,
    keyText: match[2],
    ...(match[3] !== undefined ? { value: match[3] } : {}),
    ...(checked
      ? { check: reference !== undefined ? { kind: 'reference', template: reference } : { kind: 'beside' } }
      : {}),
    line,
  };
}
