/**
 * What upstream (kubernetes/k8s.io) holds at the base branch's head: the promoter manifest whose
 * source registry is the staging repository, and the images.yaml beside it. Everything is read at one
 * commit sha through the contents API, a handful of calls whatever the size of the repository.
 */
import { InputError, UserError } from '../../../shared/src/action/errors.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { RepoName } from '../../../shared/src/github/fork.js';
import {
  branchHead,
  listDir,
  readFile,
  type BranchHead,
  type RepoFile,
} from '../../../shared/src/github/git-file.js';
import {
  conventionalDir,
  imagesPath,
  MANIFEST_FILE,
  manifestPath,
  PROD_REGISTRY_DIR,
  sourceRegistry,
} from '../../../shared/src/kpromo/manifest.js';

export interface UpstreamState {
  base: string;
  head: BranchHead;
  /** The folder under registry.k8s.io/manifests and registry.k8s.io/images. */
  dir: string;
  manifest: string;
  images: RepoFile;
}

/** The base branch's head (the default branch when none is given). */
export async function baseHead(
  github: GitHubClient,
  upstream: RepoName,
  base: string | undefined,
): Promise<{ base: string; head: BranchHead }> {
  const name =
    base ?? (await github.rest.repos.get({ owner: upstream.owner, repo: upstream.repo })).data.default_branch;
  const head = await branchHead(github, upstream, name);
  if (!head)
    throw new InputError(
      'base',
      name,
      `a branch of ${upstream.owner}/${upstream.repo} (it has no branch ${name})`,
    );
  return { base: name, head };
}

/**
 * The manifest folder for `stagingRepo`. kpromo walks every manifest and takes the first (by name)
 * whose `src: true` registry is the staging repository; k8s.io names that folder
 * `k8s-staging-<project>`, so that one is read first and the others only when it does not match.
 */
async function findManifestDir(
  github: GitHubClient,
  upstream: RepoName,
  sha: string,
  stagingRepo: string,
): Promise<string> {
  const guess = conventionalDir(stagingRepo);
  const guessed = await readFile(github, upstream, manifestPath(guess), sha);
  if (guessed && sourceRegistry(guessed.content.toString('utf8')) === stagingRepo) return guess;
  const dirs = (await listDir(github, upstream, `${PROD_REGISTRY_DIR}/manifests`, sha)) ?? [];
  const others = dirs
    .filter((e) => e.type === 'dir' && e.name !== guess)
    .map((e) => e.name)
    .sort();
  // Read a few at a time, in name order, stopping at the first match.
  for (let i = 0; i < others.length; i += 8) {
    const batch = others.slice(i, i + 8);
    const texts = await Promise.all(batch.map((dir) => readFile(github, upstream, manifestPath(dir), sha)));
    const match = batch.find((_, j) => {
      const text = texts[j]?.content.toString('utf8');
      return text !== undefined && sourceRegistry(text) === stagingRepo;
    });
    if (match) return match;
  }
  throw new UserError(
    `No promoter manifest in ${upstream.owner}/${upstream.repo} (${PROD_REGISTRY_DIR}/manifests/*/${MANIFEST_FILE}) has ${stagingRepo} as its source registry (src: true): check staging-repo, or add the project's manifest first`,
  );
}

/** Read the manifest folder and images.yaml for the staging repository at `head`. */
export async function readUpstream(
  github: GitHubClient,
  upstream: RepoName,
  base: { base: string; head: BranchHead },
  stagingRepo: string,
): Promise<UpstreamState> {
  const dir = await findManifestDir(github, upstream, base.head.sha, stagingRepo);
  const images = await readFile(github, upstream, imagesPath(dir), base.head.sha);
  if (!images)
    throw new UserError(
      `${upstream.owner}/${upstream.repo} has ${manifestPath(dir)} but no ${imagesPath(dir)}, which the promoter requires beside it (kpromo fails the same way)`,
    );
  return { ...base, dir, manifest: manifestPath(dir), images };
}
