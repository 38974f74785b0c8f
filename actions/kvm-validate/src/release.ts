/**
 * The tarballs to install and the sums they must have, from the release that create-release published
 * (its assets, its SHA256SUMS and GitHub's `digest` of each asset) or from local files beside their
 * SHA256SUMS. Everything is known and cross-checked before a single tarball is downloaded: a tarball
 * without a sum, or whose GitHub digest contradicts SHA256SUMS, is refused here.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UserError } from '../../../shared/src/action/index.js';
import { sha256File, sha256OfDigest, type RemoteAsset } from '../../../shared/src/github/assets.js';
import { ChecksumsError, parseChecksums, sumFor } from '../../../shared/src/github/checksums.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import { assetApiUrl, downloadAsset } from '../../../shared/src/github/download.js';
import type { Logger } from '../../../shared/src/log.js';

/** KM's tarball with the monitor, libraries and tools: installed before any other (seed 000). */
export const FIRST_TARBALL = 'kontain.tar.gz';

export interface Tarball {
  name: string;
  /** The sha256 SHA256SUMS lists. */
  sha256: string;
  /** GitHub's digest of the asset (hex); undefined for local files and on a GitHub without digests. */
  digest?: string;
  size?: number;
  /** Release asset id (downloads); undefined for local files. */
  assetId?: number;
  /** Where the file is (local) or will be once downloaded. */
  path: string;
}

export interface ReleaseSource {
  kind: 'release';
  repository: string;
  tag: string;
  url: string;
  checksums: string;
}

export interface LocalSource {
  kind: 'files';
  checksums: string;
}

export interface Resolved {
  source: ReleaseSource | LocalSource;
  /** In install order: kontain.tar.gz first, then as given. */
  tarballs: Tarball[];
  /** Lines for the plan: what was checked already. */
  checks: string[];
}

export const isTarball = (name: string): boolean => /\.(tar\.gz|tgz)$/i.test(name);

/** kontain.tar.gz first, the rest in the order given. */
export function installOrder<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items.filter((i) => i.name === FIRST_TARBALL), ...items.filter((i) => i.name !== FIRST_TARBALL)];
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** The assets the patterns name, in pattern order, each once; UserError for a pattern naming none. */
export function pickAssets(
  assets: readonly RemoteAsset[],
  patterns: readonly string[],
  checksums: string,
  where: string,
): RemoteAsset[] {
  const picked: RemoteAsset[] = [];
  const uploaded = assets.filter((a) => a.state === 'uploaded');
  for (const pattern of patterns) {
    const regex = globToRegExp(pattern);
    const glob = pattern.includes('*');
    const matches = uploaded.filter(
      (a) => regex.test(a.name) && a.name !== checksums && (!glob || isTarball(a.name)),
    );
    if (matches.length === 0) {
      const names = uploaded.map((a) => a.name).join(', ') || 'no assets';
      throw new UserError(`${where} has no asset matching "${pattern}"; it has: ${names}`);
    }
    for (const m of matches) if (!picked.includes(m)) picked.push(m);
  }
  return picked;
}

function readSums(text: string, source: string): Map<string, string> {
  try {
    return parseChecksums(text, source);
  } catch (error) {
    if (error instanceof ChecksumsError)
      throw new UserError(`${error.message}: nothing was downloaded or installed`);
    throw error;
  }
}

export interface ReleaseRequest {
  owner: string;
  repo: string;
  tag: string;
  patterns: string[];
  checksums: string;
  apiUrl: string;
  token: string;
  downloadDir: string;
}

/**
 * Read the release, download and read its checksums file, and pair every asset to install with its
 * sum, refusing an asset without one and an asset whose GitHub digest says otherwise.
 */
export async function resolveRelease(
  github: GitHubClient,
  request: ReleaseRequest,
  log: Logger,
): Promise<Resolved> {
  const { owner, repo, tag } = request;
  const repository = `${owner}/${repo}`;
  let release: { id: number; html_url: string };
  try {
    release = (await github.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404) {
      throw new UserError(
        `${repository} has no published release ${tag} (or the token cannot read it: a private repository needs a token with contents read access there; drafts are not validated)`,
      );
    }
    throw error;
  }
  const assets = (await github.paginate(github.rest.repos.listReleaseAssets, {
    owner,
    repo,
    release_id: release.id,
    per_page: 100,
  })) as RemoteAsset[];
  const where = `The release ${tag} of ${repository} (${release.html_url})`;
  const picked = installOrder(pickAssets(assets, request.patterns, request.checksums, where));
  for (const asset of picked) {
    if (!isTarball(asset.name)) {
      throw new UserError(`${asset.name} is not a .tar.gz: only tarballs are installed (${where})`);
    }
  }
  const sumsAsset = assets.find((a) => a.name === request.checksums && a.state === 'uploaded');
  if (!sumsAsset) {
    throw new UserError(
      `${where} has no ${request.checksums}: without it no tarball can be checked, so none is installed (create-release publishes one unless checksums: none)`,
    );
  }
  const sumsPath = join(request.downloadDir, request.checksums);
  const fetched = await downloadAsset(
    {
      url: assetApiUrl(request.apiUrl, owner, repo, sumsAsset.id),
      apiUrl: request.apiUrl,
      token: request.token,
      path: sumsPath,
    },
    log,
  );
  const checks: string[] = [];
  const sumsDigest = sha256OfDigest(sumsAsset.digest);
  if (sumsDigest !== undefined && sumsDigest !== fetched.sha256) {
    throw new UserError(
      `${request.checksums} as downloaded has sha256 ${fetched.sha256}, but GitHub's digest of the asset is ${sumsDigest}: nothing was installed`,
    );
  }
  checks.push(
    `${request.checksums}: ${sumsDigest !== undefined ? "matches GitHub's digest" : 'GitHub reported no digest for it'}`,
  );
  const sums = readSums(await readFile(sumsPath, 'utf8'), request.checksums);
  const missing = picked.filter((a) => sumFor(sums, a.name) === undefined).map((a) => a.name);
  if (missing.length) {
    throw new UserError(
      `${request.checksums} of ${tag} lists no sum for ${missing.join(', ')}: an asset without a sum is not installed (nothing was)`,
    );
  }
  const tarballs = picked.map((asset): Tarball => {
    const sha256 = sumFor(sums, asset.name)!;
    const digest = sha256OfDigest(asset.digest);
    if (digest !== undefined && digest !== sha256) {
      throw new UserError(
        `${asset.name}: GitHub's digest (${digest}) differs from ${request.checksums} (${sha256}): the release is inconsistent, nothing was downloaded or installed`,
      );
    }
    checks.push(
      `${asset.name}: ${request.checksums} lists ${sha256.slice(0, 12)}…${digest !== undefined ? ", GitHub's digest agrees" : '; GitHub reported no digest (older GitHub Enterprise Server): checked against SHA256SUMS only'}`,
    );
    return {
      name: asset.name,
      sha256,
      ...(digest !== undefined ? { digest } : {}),
      size: asset.size,
      assetId: asset.id,
      path: join(request.downloadDir, asset.name),
    };
  });
  if (tarballs.some((t) => t.digest === undefined)) {
    log.warning(
      `GitHub reported no digest for some assets of ${tag}: they are checked against ${request.checksums} only`,
    );
  }
  return {
    source: { kind: 'release', repository, tag, url: release.html_url, checksums: request.checksums },
    tarballs,
    checks,
  };
}

/** Download one tarball and compare its bytes with SHA256SUMS and GitHub's digest; a mismatch is refused. */
export async function downloadVerified(
  tarball: Tarball,
  request: Pick<ReleaseRequest, 'owner' | 'repo' | 'apiUrl' | 'token'>,
  checksums: string,
  log: Logger,
): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const got = await downloadAsset(
    {
      url: assetApiUrl(request.apiUrl, request.owner, request.repo, tarball.assetId!),
      apiUrl: request.apiUrl,
      token: request.token,
      path: tarball.path,
    },
    log,
  );
  const seconds = (performance.now() - started) / 1000;
  if (got.sha256 !== tarball.sha256) {
    throw new UserError(
      `${tarball.name} as downloaded has sha256 ${got.sha256}, not ${tarball.sha256} as ${checksums}${tarball.digest !== undefined ? " and GitHub's digest" : ''} say: refused, nothing was unpacked`,
    );
  }
  const through = got.hops.map((h) => `${h.origin}${h.token ? ' (with the token)' : ''}`).join(' → ');
  log.info(`${tarball.name}: ${got.size} bytes in ${seconds.toFixed(1)} s, sha256 verified; via ${through}`);
  return { seconds, bytes: got.size };
}

/** Local tarballs beside their checksums file: each must be listed, and its bytes must match. */
export async function resolveLocal(files: readonly string[], checksumsFile: string): Promise<Resolved> {
  const text = await readFile(checksumsFile, 'utf8').catch(() => {
    throw new UserError(
      `${checksumsFile} cannot be read: local files are installed only beside their SHA256SUMS (set checksums-file)`,
    );
  });
  const sums = readSums(text, checksumsFile);
  const checks: string[] = [];
  const tarballs: Tarball[] = [];
  for (const path of files) {
    const name = basename(path);
    if (!isTarball(name)) throw new UserError(`${path} is not a .tar.gz: only tarballs are installed`);
    const sha256 = sumFor(sums, name);
    if (sha256 === undefined) {
      throw new UserError(
        `${checksumsFile} lists no sum for ${name}: a file without a sum is not installed (nothing was)`,
      );
    }
    const actual = await sha256File(path);
    if (actual !== sha256) {
      throw new UserError(
        `${path} has sha256 ${actual}, not ${sha256} as ${checksumsFile} says: refused, nothing was unpacked`,
      );
    }
    checks.push(`${name}: sha256 ${sha256.slice(0, 12)}… matches ${basename(checksumsFile)}`);
    tarballs.push({ name, sha256, path });
  }
  return { source: { kind: 'files', checksums: checksumsFile }, tarballs: installOrder(tarballs), checks };
}
