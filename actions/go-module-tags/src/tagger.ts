/**
 * Who makes the tags: the configured git identity (github-actions[bot] on a fresh runner), signing or
 * not, and a check that a signature is really there — git 2.39 with `gpg.format ssh` and an unreadable
 * key exits 0 and writes ssh-keygen's error text where the signature belongs, which would publish a tag
 * that claims nothing and cannot be moved.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import type { Git } from '../../../shared/src/git/git.js';
import type { Logger } from '../../../shared/src/log.js';
import type { Inputs } from './inputs.js';
import type { ReleaseModule } from './modules.js';
import type { LocalTag } from './remote.js';

/** `true` signs always; `auto` signs when git has `user.signingkey`; `false` never. */
export async function shouldSign(git: Git, sign: Inputs['sign']): Promise<boolean> {
  if (sign === 'auto') return (await git.config('user.signingkey')) !== undefined;
  return sign === 'true';
}

const SIGNATURE = /\n-----BEGIN [A-Z ]*SIGNATURE-----\n[\s\S]+\n-----END [A-Z ]*SIGNATURE-----\n?$/;

/** True when the local tag object ends in a signature block. */
export async function isSigned(git: Git, tag: string): Promise<boolean> {
  return SIGNATURE.test((await git.run(['cat-file', 'tag', `refs/tags/${tag}`])).stdout);
}

/** UserError unless the local tag object ends in a signature block. */
export async function assertSigned(git: Git, tag: string): Promise<void> {
  const object = (await git.run(['cat-file', 'tag', `refs/tags/${tag}`])).stdout;
  if (!SIGNATURE.test(object)) {
    const tail = object.trim().split('\n').pop() ?? '';
    throw new UserError(
      `git tag -s made ${tag} without a signature (its object ends: ${JSON.stringify(tail.slice(0, 200))}); check user.signingkey and gpg.format.`,
    );
  }
}

/** This clone's tags named like the modules' release tags: commit, annotated, and (when signing) signed. */
export async function localReleaseTags(
  git: Git,
  modules: readonly ReleaseModule[],
  sign: boolean,
): Promise<Map<string, LocalTag>> {
  const all = await git.localTagObjects();
  const found = new Map<string, LocalTag>();
  for (const m of modules) {
    const tag = all.get(m.tag);
    if (!tag) continue;
    const annotated = tag.type === 'tag';
    const signed = sign && annotated ? { signed: await isSigned(git, m.tag) } : {};
    found.set(m.tag, { commit: tag.commit, annotated, ...signed });
  }
  return found;
}

/** Who tags when git has no identity configured (a fresh runner). */
const BOT = {
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** The repository, with github-actions[bot] as committer when git has no identity. */
export async function tagger(git: Git, log: Logger): Promise<Git> {
  const name = (process.env.GIT_COMMITTER_NAME ?? (await git.config('user.name'))) !== undefined;
  const email = (process.env.GIT_COMMITTER_EMAIL ?? (await git.config('user.email'))) !== undefined;
  if (name && email) return git;
  log.info(`git has no user.name/user.email: tagging as ${BOT.GIT_COMMITTER_NAME}.`);
  return git.withEnv(BOT);
}
