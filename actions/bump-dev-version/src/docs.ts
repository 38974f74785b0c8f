/** seed 001's post-release chore: version strings in documentation (`0.7.0` → `0.8.0`), whole ones only. */
import { isAbsolute, join, relative, sep } from 'node:path';
import { Git } from '../../../shared/src/git/git.js';
import { findVersionStrings } from '../../../shared/src/edit/regex.js';
import { parseAnyVersion, type Scheme, type Version } from '../../../shared/src/versions/schemes.js';
import { previousTag } from '../../../shared/src/versions/tags.js';
import type { Reader } from './files.js';
import type { Location } from './locate.js';
import { inSkippedFolder } from './targets.js';

/** The files git tracks under the workspace, relative to it; undefined when it is not a work tree. */
async function trackedFiles(workspace: string): Promise<Set<string> | undefined> {
  const listed = await new Git(workspace).run(['ls-files', '-z'], { allowFailure: true });
  return listed.exitCode === 0 ? new Set(listed.stdout.split('\0').filter(Boolean)) : undefined;
}

/**
 * The files the doc globs select, relative to the workspace (`!` patterns exclude): only files git
 * tracks (when it is a repository), and none in vendored, test-data or dot folders.
 */
export async function docFiles(globs: readonly string[], workspace: string): Promise<string[]> {
  // Loaded here, for a release with doc globs only: @actions/glob imports @actions/core, whose OIDC
  // client brings @actions/http-client and its bundled undici (~1.2 MB, ~30 ms of every start).
  // Node's own fs.promises.glob cannot replace it without changing what a glob selects: it follows no
  // linked folder (the path rule must see a file reached through one, to refuse it), `*` skips dot
  // files, `{a,b}` expands, folders are returned.
  const { create } = await import('@actions/glob');
  const patterns = globs.map((g) => {
    const negated = g.startsWith('!');
    const path = negated ? g.slice(1) : g;
    return `${negated ? '!' : ''}${isAbsolute(path) ? path : join(workspace, path)}`;
  });
  const globber = await create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const tracked = await trackedFiles(workspace);
  return (await globber.glob())
    .map((file) => relative(workspace, file).split(sep).join('/'))
    .filter((file) => file !== '' && !file.startsWith('..') && !inSkippedFolder(file))
    .filter((file) => !tracked || tracked.has(file))
    .sort();
}

/**
 * Whole occurrences of `from` (as given, never reformatted) in the doc files, to become the release
 * version. Each file goes through the path rule: a glob that reaches through a link out of the
 * workspace is refused, naming the file.
 */
export async function docsLocations(
  globs: readonly string[],
  reader: Reader,
  from: string,
  scheme: { scheme: Scheme; why: string },
): Promise<Location[]> {
  const locations: Location[] = [];
  for (const given of await docFiles(globs, reader.rule.workspace)) {
    const read = await reader.read(given, { kind: 'docs' }, true);
    if (!read) continue;
    for (const occurrence of findVersionStrings(read.text, from)) {
      locations.push({
        path: read.file.path,
        key: `mentions ${from}`,
        occurrence,
        scheme: scheme.scheme,
        schemeWhy: scheme.why,
      });
    }
  }
  return locations;
}

/** The highest version tag below `release` in the workspace's repository, without its `v`. */
export async function previousRelease(workspace: string, release: Version): Promise<Version | undefined> {
  const git = new Git(workspace);
  const listed = await git.run(['tag', '--list'], { allowFailure: true });
  if (listed.exitCode !== 0) return undefined;
  const tag = previousTag(listed.stdout.split('\n').filter(Boolean), release.semver?.version ?? release.text);
  return tag ? parseAnyVersion(tag) : undefined;
}
