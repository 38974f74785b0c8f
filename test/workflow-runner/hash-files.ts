/**
 * `hashFiles()` as the runner computes it (actions/runner src/Misc/expressionFunc/hashFiles): the files
 * under GITHUB_WORKSPACE matching the patterns (one `!` pattern excludes), in path order, each file's
 * SHA-256 fed into one SHA-256; '' when nothing matches. The evaluator calls functions synchronously,
 * so the walk is synchronous; patterns follow @actions/glob's (minimatch) rules for `*`, `**`, `?`
 * and `[...]`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A glob (`*` within a segment, `**` across segments, `?`, `[...]`) as an anchored regular expression. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` anything below.
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git') walk(path, found);
    } else if (
      entry.isFile() ||
      (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile())
    )
      found.push(path);
  }
}

export function hashFiles(workspace: string, patterns: string[]): string {
  const lines = patterns
    .flatMap((p) => p.split('\n'))
    .map((p) => p.trim())
    .filter(Boolean);
  const include = lines.filter((p) => !p.startsWith('!')).map((p) => globToRegExp(p.replace(/^\.\//, '')));
  const exclude = lines
    .filter((p) => p.startsWith('!'))
    .map((p) => globToRegExp(p.slice(1).replace(/^\.\//, '')));
  const files: string[] = [];
  walk(workspace, files);
  const matched = files
    .map((f) => relative(workspace, f).split(sep).join('/'))
    .filter((rel) => include.some((r) => r.test(rel)) && !exclude.some((r) => r.test(rel)))
    .sort();
  if (matched.length === 0) return '';
  const all = createHash('sha256');
  for (const rel of matched)
    all.update(
      createHash('sha256')
        .update(readFileSync(join(workspace, rel)))
        .digest(),
    );
  return all.digest('hex');
}
