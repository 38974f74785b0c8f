/**
 * A place is one reference to an image that deployments read: where its tag (or the whole reference)
 * is written, and for kustomize and Helm where its digest is, or would go. Also the two edits a digest
 * needs beyond replacing a value: a `digest:` line added under a kustomize entry, and removed again.
 */
import type { Occurrence } from '../../../shared/src/edit/span.js';
import type { Image } from './inputs.js';

export type PlaceKind =
  /** A kustomize `images:` entry whose newName (or name) is the image. */
  | 'kustomize'
  /** A Helm values mapping naming the image (`name:`, `repository:`, or `registry` + `repository`) with its `tag:`. */
  | 'helm'
  /** The same key path in another values file of that chart (`providers/libvirt.yaml`'s `image.tag`). */
  | 'helm-values'
  /** A whole reference in a string: `image: quay.io/org/name:tag` or `…@sha256:…`. */
  | 'string'
  /** A `lines` pattern's capture group in a non-YAML file. */
  | 'line';

export interface DigestSlot {
  /** The key path of the digest (`images[0].digest`). */
  location: string;
  /** The digest value when the entry has the key; undefined when a pin by digest must add it. */
  occurrence?: Occurrence;
  /** kustomize: the whole line(s) of the key, to remove it again (tag pins and reverts). */
  removal?: Occurrence;
  /** kustomize: where a `digest:` line goes when the entry has none. */
  insertion?: Occurrence;
}

export interface Place {
  kind: PlaceKind;
  /** The file, relative to the workspace. */
  file: string;
  image: Image;
  /** The tag's key path (`images[0].newTag`, `image.tag`), the string's, or the line pattern. */
  location: string;
  /** The tag value (the whole reference for a string); undefined for a kustomize entry with no newTag. */
  occurrence?: Occurrence;
  /** 1-based line of the place. */
  line: number;
  digest?: DigestSlot;
}

/** Offset just past the line that holds `offset` (past its newline; the text's end on the last line). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The line ending the file uses at that line (CRLF kept for an added line). */
function eolAt(text: string, offset: number): string {
  const newline = text.indexOf('\n', offset);
  if (newline > 0 && text[newline - 1] === '\r') return '\r\n';
  if (newline < 0 && /\r\n/.test(text)) return '\r\n';
  return '\n';
}

/**
 * A `key: value` line to add after the line holding `after`, indented like the key at `keyStart` (its
 * column, so `- newTag:` gives two spaces). On a last line without a newline the line goes after one,
 * and the file still ends without one.
 */
export function lineInsertion(
  text: string,
  after: number,
  keyStart: number,
  key: string,
  line: number,
): Occurrence {
  const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
  const at = lineEnd(text, after);
  const eol = eolAt(text, after);
  const last = at === text.length && !text.endsWith('\n');
  return {
    start: at,
    end: at,
    line: line + 1,
    value: '',
    render: (value) => (last ? `${eol}${indent}${key}: ${value}` : `${indent}${key}: ${value}${eol}`),
  };
}

/**
 * The whole line(s) of a `key: value` pair, to remove it; undefined when the key shares its line with
 * something before it (`- digest: …`, a flow mapping), which cannot be removed alone. The last line of
 * a file without a final newline takes the newline before it along, as lineInsertion added it.
 */
export function lineRemoval(
  text: string,
  keyStart: number,
  valueEnd: number,
  old: string,
  line: number,
): Occurrence | undefined {
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') return undefined;
  const end = lineEnd(text, valueEnd);
  const last = end === text.length && !text.endsWith('\n') && start > 0;
  const from = last ? start - (text[start - 2] === '\r' ? 2 : 1) : start;
  return { start: from, end, line, value: old, render: () => '' };
}
