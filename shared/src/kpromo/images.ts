/**
 * The image promoter's `images.yaml`, read and written exactly as `kpromo pr` (promo-tools v4.5.x)
 * reads and writes it, so a promotion made here is byte for byte the one kpromo would make:
 *
 * - read strictly (schema.ParseImagesYAML: a list of `name` + `dmap`, no other keys, no key twice);
 *   an image listed twice keeps its last entry (Manifest.ToRegInvImage builds a map);
 * - grown with the staged digests (manifest.Union: a new image or digest is added as staged; a digest
 *   already there gets the union of its tags, `latest` dropped);
 * - images whose name contains `mock/` dropped (cmd/kpromo/cmd/pr);
 * - written by image.ManifestList.ToYAML: images by name; `- name: X`, `  dmap:`, then one
 *   `    "sha256:…": ["a","b"]` line per digest, tags sorted and joined by a bare comma; digests
 *   ordered by each digest's smallest tag compared as strings (`v3.4.10-1` before `v3.4.2-1`), then
 *   by digest.
 *
 * Scalars are read as the text they are written with (YAML's failsafe schema), as yaml.v2 does when
 * it decodes into Go strings: `1.10` stays `1.10`.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** Digest → tags of one image. */
export type DigestTags = Map<string, string[]>;

/** Image name → its digests; `null` when the entry has no `dmap` (kpromo writes it back as `dmap:`). */
export type ImageInventory = Map<string, DigestTags | null>;

/** The file cannot be read the way kpromo reads it (kpromo would fail on it too). */
export class ImagesYamlError extends Error {
  override readonly name = 'ImagesYamlError';
}

/** The tag kpromo never promotes. */
export const LATEST = 'latest';

function lineOf(text: string, node: Node | null | undefined): string {
  const at = node?.range?.[0];
  if (at === undefined) return '';
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return ` (line ${line})`;
}

function scalarText(text: string, node: unknown, what: string): string {
  if (!isScalar(node) || typeof node.value !== 'string')
    throw new ImagesYamlError(`${what} is not a plain value${lineOf(text, node as Node)}`);
  return node.value;
}

/** Parse images.yaml as the promoter does (strict: unknown keys, duplicate keys and wrong shapes fail). */
export function parseImagesYaml(text: string): ImageInventory {
  // uniqueKeys off: yaml's own check is quadratic in a mapping's size; duplicates are checked below.
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
  const error = doc.errors[0];
  if (error) throw new ImagesYamlError(`is not valid YAML: ${error.message.split('\n')[0]}`);
  const inventory: ImageInventory = new Map();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return inventory;
  if (!isSeq(root)) throw new ImagesYamlError('is not a list of images (- name: …, dmap: …)');
  for (const item of root.items) {
    if (!isMap(item)) throw new ImagesYamlError(`has an entry that is not a mapping${lineOf(text, item)}`);
    let name: string | undefined;
    let dmap: DigestTags | null = null;
    const seen = new Set<string>();
    for (const pair of item.items) {
      const key = scalarText(text, pair.key, 'an image key');
      if (seen.has(key)) throw new ImagesYamlError(`has the key ${key} twice${lineOf(text, pair.key)}`);
      seen.add(key);
      if (key === 'name') name = scalarText(text, pair.value, 'an image name');
      else if (key === 'dmap') dmap = parseDmap(text, pair.value);
      else
        throw new ImagesYamlError(`has the unknown key ${key}${lineOf(text, pair.key)}: only name and dmap`);
    }
    // An image without a name is a zero-valued Go string: kept as "" the way kpromo keeps it.
    inventory.set(name ?? '', dmap);
  }
  return inventory;
}

function parseDmap(text: string, node: Node | null): DigestTags | null {
  if (node === null || (isScalar(node) && node.value === null)) return null;
  if (isScalar(node) && node.value === '' && node.type === 'PLAIN') return null;
  if (!isMap(node)) throw new ImagesYamlError(`has a dmap that is not a mapping${lineOf(text, node)}`);
  const dmap: DigestTags = new Map();
  for (const pair of node.items) {
    const digest = scalarText(text, pair.key, 'a digest');
    if (dmap.has(digest))
      throw new ImagesYamlError(`has the digest ${digest} twice${lineOf(text, pair.key as Node)}`);
    const value = pair.value as Node | null;
    if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
      dmap.set(digest, []);
      continue;
    }
    if (!isSeq(value))
      throw new ImagesYamlError(
        `lists the tags of ${digest} as something other than a list${lineOf(text, value)}`,
      );
    dmap.set(
      digest,
      value.items.map((tag) => scalarText(text, tag, `a tag of ${digest}`)),
    );
  }
  return dmap;
}

/**
 * manifest.Union: `staged` injected into `existing` (a copy is returned). A new image or digest comes
 * in as staged; tags of a digest already present are the union of both, without `latest`.
 */
export function unionInventory(existing: ImageInventory, staged: ImageInventory): ImageInventory {
  const result: ImageInventory = new Map(
    [...existing].map(([name, dmap]) => [
      name,
      dmap ? new Map([...dmap].map(([d, t]) => [d, [...t]])) : null,
    ]),
  );
  for (const [name, digests] of staged) {
    const current = result.get(name);
    if (!current || !digests) {
      if (!current) result.set(name, digests ? new Map([...digests].map(([d, t]) => [d, [...t]])) : null);
      continue;
    }
    for (const [digest, tags] of digests) {
      const had = current.get(digest);
      if (had === undefined) {
        current.set(digest, [...tags]);
        continue;
      }
      current.set(
        digest,
        [...new Set([...tags, ...had])].filter((tag) => tag !== LATEST),
      );
    }
  }
  return result;
}

/** Images whose name contains `mock/` are left out of what kpromo writes. */
export function withoutMockImages(inventory: ImageInventory): ImageInventory {
  return new Map([...inventory].filter(([name]) => !name.includes('mock/')));
}

/** Go's byte-wise string order (JavaScript's `<` compares UTF-16 units: the same for ASCII). */
const byBytes = (a: string, b: string): number => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
};
const ascii = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) < 0x80);
const compareStrings = (a: string, b: string): number =>
  ascii(a) && ascii(b) ? (a < b ? -1 : a > b ? 1 : 0) : byBytes(a, b);

/** Go's `%q` of a string (strconv.Quote) for the characters tags and digests can hold, and the rest. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code === 7) out += '\\a';
    else if (code === 8) out += '\\b';
    else if (code === 12) out += '\\f';
    else if (code === 10) out += '\\n';
    else if (code === 13) out += '\\r';
    else if (code === 9) out += '\\t';
    else if (code === 11) out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** image.sortImageDigestMapByTag: digests by their smallest tag (as strings), then by digest. */
function digestOrder(dmap: DigestTags): string[] {
  const bySmallest = new Map<string, string[]>();
  for (const [digest, tags] of dmap) {
    const smallest = [...tags].sort(compareStrings)[0];
    // kpromo indexes the first tag of every digest and panics on a digest without tags.
    if (smallest === undefined)
      throw new ImagesYamlError(
        `lists ${digest} without tags, which kpromo cannot write (it stops with a panic)`,
      );
    const list = bySmallest.get(smallest);
    if (list) list.push(digest);
    else bySmallest.set(smallest, [digest]);
  }
  return [...bySmallest.keys()]
    .sort(compareStrings)
    .flatMap((tag) => (bySmallest.get(tag) ?? []).sort(compareStrings));
}

/** image.ManifestList.ToYAML: the bytes kpromo writes for an inventory. */
export function renderImagesYaml(inventory: ImageInventory): string {
  const names = [...inventory.keys()].sort(compareStrings);
  let out = '';
  for (const name of names) {
    out += `- name: ${name}\n  dmap:\n`;
    const dmap = inventory.get(name);
    if (!dmap) continue;
    for (const digest of digestOrder(dmap)) {
      const tags = [...(dmap.get(digest) ?? [])].sort(compareStrings);
      out += `    ${goQuote(digest)}: [${tags.map(goQuote).join(',')}]\n`;
    }
  }
  return out;
}

export interface Grown {
  /** The file kpromo would write. */
  text: string;
  /** False when the bytes are those of the file as it was ("No changes detected"). */
  changed: boolean;
}

/** What `kpromo pr` writes for images.yaml grown with `staged`: parse, union, drop mocks, render. */
export function growImagesYaml(existing: string, staged: ImageInventory): Grown {
  const text = renderImagesYaml(withoutMockImages(unionInventory(parseImagesYaml(existing), staged)));
  // kpromo compares only when the file had content; an empty file is always "changed".
  return { text, changed: existing.length === 0 || text !== existing };
}

/** The inventory of one tag's staged digests: image → digest → [tag]. */
export function stagedInventory(tag: string, digests: ReadonlyMap<string, string>): ImageInventory {
  return new Map([...digests].map(([image, digest]) => [image, new Map([[digest, [tag]]])]));
}
