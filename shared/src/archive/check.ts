/**
 * Which archive members would escape the folder they are installed into, decided from the member
 * list alone, before anything is written: absolute names, `..`, symbolic links whose target leads
 * outside (also through other links of the install), members written through a link, hard links to
 * anything but a file earlier in the same archive, and devices, FIFOs and other special members.
 * GNU tar 1.34, checked: it skips a `..` member but extracts the rest and exits 2 (a half-done
 * install), strips a leading `/`, and extracts links that point anywhere (`/etc` included); it does
 * not write through a link the archive made. So the rule is ours, and it refuses the whole archive
 * before a byte is written.
 */
import type { TarMember } from './tar.js';

export interface ArchiveListing {
  /** The archive's name, for messages. */
  archive: string;
  members: TarMember[];
}

export interface Problem {
  archive: string;
  member: string;
  why: string;
}

/**
 * The path parts of a member name (`./bin/km` → ['bin', 'km']; `./` → []); a string saying why when the
 * name is absolute or climbs with `..`.
 */
export function memberParts(name: string): string[] | string {
  if (name.startsWith('/')) return 'an absolute path';
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return 'a path with `..`';
  return parts;
}

const SPECIAL: Record<string, string> = {
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a FIFO',
  S: 'a GNU sparse file',
  D: 'a GNU dump directory',
  M: 'a multi-volume continuation',
  V: 'a volume label',
};

const MAX_LINK_DEPTH = 32;

/**
 * Resolve a symlink's target inside the install, following the install's other links (by their
 * final state): the path parts it leads to, or a string saying why it leaves the prefix.
 */
function resolveLink(
  linkParts: readonly string[],
  target: string,
  links: ReadonlyMap<string, string>,
  depth = 0,
): string[] | string {
  if (depth > MAX_LINK_DEPTH) return 'a loop of links';
  if (target.startsWith('/')) return `it points at the absolute path ${target}`;
  const stack = linkParts.slice(0, -1);
  const pending = target.split('/');
  while (pending.length) {
    const part = pending.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) return `${target} leads above the install folder`;
      stack.pop();
      continue;
    }
    stack.push(part);
    const through = links.get(stack.join('/'));
    if (through !== undefined) {
      const resolved = resolveLink([...stack], through, links, depth + 1);
      if (typeof resolved === 'string') {
        return depth === 0 ? `${target} goes through ${stack.join('/')}, where ${resolved}` : resolved;
      }
      stack.splice(0, stack.length, ...resolved);
    }
  }
  return stack;
}

/** The link (of the install) that is a proper ancestor of `parts`, if any. */
function linkAbove(parts: readonly string[], links: ReadonlyMap<string, string>): string | undefined {
  for (let i = 1; i < parts.length; i++) {
    const above = parts.slice(0, i).join('/');
    if (links.has(above)) return above;
  }
  return undefined;
}

/**
 * Every problem of the archives installed in this order into one folder; [] when all are safe.
 * Links are judged by the state the whole install leaves (the last link of a name wins).
 */
export function checkArchives(listings: readonly ArchiveListing[]): Problem[] {
  const problems: Problem[] = [];
  const links = new Map<string, string>();
  for (const { members } of listings) {
    for (const m of members) {
      const parts = memberParts(m.name);
      if (typeof parts === 'string') continue;
      const key = parts.join('/');
      if (m.kind === 'symlink') links.set(key, m.linkname ?? '');
      else links.delete(key);
    }
  }
  for (const { archive, members } of listings) {
    const files = new Set<string>();
    for (const m of members) {
      const problem = (why: string): void => void problems.push({ archive, member: m.name, why });
      const parts = memberParts(m.name);
      if (typeof parts === 'string') {
        problem(parts);
        continue;
      }
      if (m.kind === 'other') {
        problem(
          `${SPECIAL[m.typeflag] ?? `a member of type '${m.typeflag}'`}: only files, directories and links are installed`,
        );
        continue;
      }
      if (parts.length === 0) {
        if (m.kind !== 'directory') problem('a member that would replace the install folder itself');
        continue;
      }
      const above = linkAbove(parts, links);
      if (above !== undefined) {
        problem(`it would be written through the link ${above}`);
        continue;
      }
      const key = parts.join('/');
      if (m.kind === 'symlink') {
        const target = m.linkname ?? '';
        const resolved = target === '' ? 'it has no target' : resolveLink(parts, target, links);
        if (typeof resolved === 'string')
          problem(`a link that leads outside the install folder: ${resolved}`);
      } else if (m.kind === 'hardlink') {
        const target = memberParts(m.linkname ?? '');
        if (typeof target === 'string') problem(`a hard link to ${target} (${m.linkname})`);
        else if (!files.has(target.join('/'))) {
          problem(`a hard link to ${m.linkname}, which is not a file earlier in the archive`);
        } else files.add(key);
      } else if (m.kind === 'file') files.add(key);
    }
  }
  return problems;
}
