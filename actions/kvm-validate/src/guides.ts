/**
 * Where the guides come from: files in the workspace (checked with the one path rule), or files of a
 * repository at a ref read through the contents API (km-releases' README.md at the release tag, as
 * seed 000 installs from km-releases).
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../../../shared/src/action/index.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import { parseGuide, type GuideStep } from './guide.js';

export interface Guide {
  /** As named in the input. */
  name: string;
  /** Where it was read: a path, or owner/repo@ref:path. */
  from: string;
  steps: GuideStep[];
}

/** Guides from the workspace: `paths` are already resolved (resolveInputPath). */
export async function workspaceGuides(
  paths: ReadonlyArray<{ name: string; path: string }>,
): Promise<Guide[]> {
  const guides: Guide[] = [];
  for (const { name, path } of paths) {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UserError(`The guide ${name} cannot be read (${error.code ?? error.message})`);
    });
    guides.push({ name, from: path, steps: parseGuide(name, text) });
  }
  return guides;
}

/** Guides read from a repository at a ref. */
export async function repositoryGuides(
  github: GitHubClient,
  repository: { owner: string; repo: string },
  ref: string,
  names: readonly string[],
): Promise<Guide[]> {
  const guides: Guide[] = [];
  for (const name of names) {
    const from = `${repository.owner}/${repository.repo}@${ref}:${name}`;
    let data: unknown;
    try {
      data = (await github.rest.repos.getContent({ ...repository, path: name, ref })).data;
    } catch (error) {
      if ((error as { status?: number }).status === 404) {
        throw new UserError(`The guide ${from} does not exist (or the token cannot read that repository)`);
      }
      throw error;
    }
    const file = data as { type?: string; encoding?: string; content?: string };
    if (Array.isArray(data) || file.type !== 'file') throw new UserError(`The guide ${from} is not a file`);
    if (file.encoding !== 'base64' || file.content === undefined) {
      throw new UserError(`The guide ${from} is over 1 MB: GitHub's contents API does not send its text`);
    }
    const text = Buffer.from(file.content, 'base64').toString('utf8');
    guides.push({ name, from, steps: parseGuide(name, text) });
  }
  return guides;
}
