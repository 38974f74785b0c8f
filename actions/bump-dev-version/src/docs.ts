/** seed 001's post-release chore: version strings in documentation (`0.7.0` → `0.8.0`), whole ones only. */
import { create } from '@actions/glob';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { Git } from '../../../shared/src/git/git.js';
import { findVersionStrings } from '../../../shared/src/edit/regex.js';
import { parseAnyVersion, type Scheme, type Version } from '../../../shared/src/versions/schemes.js';
import { previousTag } from '../../../shared/src/versions/tags.js';
import { decodeUtf8, type Location } from './locate.js';
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

/** Whole occurrences of `from` in the doc files, to become the release version. */
export async function docsLocations(
  globs: readonly string[],
  workspace: string,
  from: string,
  texts: Map<string, string>,
  scheme: Scheme,
): Promise<Location[]> {
  const locations: Location[] = [];
  for (const path of await docFiles(globs, workspace)) {
    const text = texts.get(path) ?? decodeUtf8(path, await readFile(join(workspace, path)));
    texts.set(path, text);
    for (const occurrence of findVersionStrings(text, from)) {
      locations.push({ path, key: `mentions ${from}`, occurrence, scheme });
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
