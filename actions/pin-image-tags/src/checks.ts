/**
 * Checked before writing: every image:tag the pins write is looked up in its registry (each
 * repository's tag list read once, every page; each tag's manifest read once, which gives the digest —
 * the index's for a multi-arch image), and every component reference asked to be checked is found
 * where it points (`git ls-remote` against its url, or its image tag in its registry). Everything
 * missing is reported together, with the closest tags or refs that exist.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Git, redactCredentials } from '../../../shared/src/git/git.js';
import type { RegistryClient, Repository } from '../../../shared/src/registry/client.js';
import { RegistryError } from '../../../shared/src/registry/errors.js';
import {
  closestTags,
  describeMissing,
  lookupTag,
  type FoundTag,
  type TagLookup,
} from '../../../shared/src/registry/tags.js';
import type { ComponentPlace } from './components.js';
import type { Image } from './inputs.js';

const repoKey = (repo: Repository): string => `${repo.registry}/${repo.repository}`;
export const tagKey = (image: Repository, tag: string): string => `${repoKey(image)}:${tag}`;

/** Looks tags up, listing each repository once. */
export class TagChecker {
  private readonly lists = new Map<string, Promise<string[]>>();
  private readonly lookups = new Map<string, Promise<TagLookup>>();

  constructor(private readonly client: RegistryClient) {}

  lookup(repo: Repository, tag: string): Promise<TagLookup> {
    const key = tagKey(repo, tag);
    let lookup = this.lookups.get(key);
    if (!lookup) {
      let tags = this.lists.get(repoKey(repo));
      if (!tags) {
        tags = this.client.listTags(repo);
        this.lists.set(repoKey(repo), tags);
      }
      lookup = tags.then((list) => lookupTag(this.client, repo, tag, { tags: list }));
      this.lookups.set(key, lookup);
    }
    return lookup;
  }
}

/** Every image:tag found in its registry: found tags by tagKey; a problem per missing one. */
export async function checkImageTags(
  checker: TagChecker,
  pairs: readonly { image: Image; tag: string }[],
  problems: string[],
): Promise<Map<string, FoundTag>> {
  const found = new Map<string, FoundTag>();
  for (const { image, tag } of pairs) {
    const key = tagKey(image, tag);
    if (found.has(key)) continue;
    const lookup = await refused(checker.lookup(image, tag), `${image.name}:${tag}`, problems);
    if (!lookup) continue;
    if (lookup.found) found.set(key, lookup);
    else problems.push(`${describeMissing(image.name, lookup)} (registry ${image.registry})`);
  }
  return found;
}

/** A registry that refuses the credentials (or their absence) is the user's to fix: a problem, said so. */
async function refused<T>(work: Promise<T>, what: string, problems: string[]): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof RegistryError) || ![401, 403].includes(error.status)) throw error;
    const said = error.errors.map((e) => e.message).join('; ') || `HTTP ${error.status}`;
    const message = `${what}: the registry refused to show it (${error.status} ${said}): give username and password, or log in to the registry (docker/login-action) before this step`;
    if (!problems.includes(message)) problems.push(message);
    return undefined;
  }
}

export interface GitCheckOptions {
  workspace: string;
  /** GIT_CONFIG_* entries giving the token to the GitHub server (tokenEnv). */
  env: Record<string, string>;
}

/** Check each component reference that asks for it; a problem per one not found. */
export async function checkComponents(
  places: readonly ComponentPlace[],
  checker: TagChecker | undefined,
  git: GitCheckOptions,
  problems: string[],
): Promise<void> {
  const remotes = new Map<string, Promise<Map<string, string> | string>>();
  for (const place of places) {
    const check = place.check;
    if (!check) continue;
    const where = `${place.file}:${place.line} ${place.location} = ${place.value}`;
    if (check.kind === 'oci') {
      if (!checker) {
        problems.push(`${where}: cannot check ${check.text} with check-registry false`);
        continue;
      }
      const lookup = await refused(
        checker.lookup(check.reference, check.reference.tag ?? 'latest'),
        check.text,
        problems,
      );
      if (lookup && !lookup.found)
        problems.push(
          `${where}: ${describeMissing(`${check.reference.registry}/${check.reference.repository}`, lookup)}`,
        );
      continue;
    }
    let refs = remotes.get(check.url);
    if (!refs) {
      refs = lsRemote(git, check.url);
      remotes.set(check.url, refs);
    }
    const listed = await refs;
    if (typeof listed === 'string') {
      problems.push(`${where}: git ls-remote ${check.url} failed: ${listed}`);
      continue;
    }
    const problem = await gitReferenceProblem(git, check.url, listed, place.value);
    if (problem) problems.push(`${where}: ${problem}`);
  }
}

/** ref name → object, or git's own words when the remote cannot be listed. */
async function lsRemote(options: GitCheckOptions, url: string): Promise<Map<string, string> | string> {
  const result = await new Git(options.workspace, options.env).run(['ls-remote', '--', url], {
    allowFailure: true,
  });
  if (result.exitCode !== 0) return redactCredentials(result.stderr.trim().split('\n').at(-1) ?? '');
  const refs = new Map<string, string>();
  for (const line of result.stdout.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (sha && ref) refs.set(ref, sha);
  }
  return refs;
}

/** Why `value` names nothing in the remote; undefined when it names a branch, a tag or a commit there. */
async function gitReferenceProblem(
  options: GitCheckOptions,
  url: string,
  refs: ReadonlyMap<string, string>,
  value: string,
): Promise<string | undefined> {
  if (refs.has(`refs/heads/${value}`) || refs.has(`refs/tags/${value}`) || refs.has(value)) return undefined;
  if (/^[0-9a-f]{7,40}$/.test(value)) {
    if ([...refs.values()].some((sha) => sha.startsWith(value))) return undefined;
    if (value.length < 40)
      return `${url} has no branch or tag at ${value}, and an abbreviated commit cannot be fetched to check it: give the full SHA`;
    return (await fetchesCommit(options, url, value))
      ? undefined
      : `${url} has no commit ${value} (nor a branch or tag at it)`;
  }
  const names = [...refs.keys()]
    .filter((r) => /^refs\/(heads|tags)\//.test(r) && !r.endsWith('^{}'))
    .map((r) => r.replace(/^refs\/(heads|tags)\//, ''));
  const near = closestTags(names, value);
  return `${url} has no branch or tag ${value}${near.length ? `; closest there: ${near.join(', ')}` : ''}`;
}

/** True when the remote serves the commit (a shallow fetch of it alone, trees left out, into a scratch repository). */
async function fetchesCommit(options: GitCheckOptions, url: string, sha: string): Promise<boolean> {
  const scratch = await mkdtemp(join(tmpdir(), 'pin-image-tags-commit-'));
  try {
    const git = new Git(scratch, options.env);
    await git.run(['init', '--quiet', '--bare']);
    const fetched = await git.run(['fetch', '--quiet', '--depth=1', '--filter=tree:0', '--', url, sha], {
      allowFailure: true,
    });
    return fetched.exitCode === 0;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
