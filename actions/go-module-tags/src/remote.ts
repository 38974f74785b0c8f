/**
 * The remote side: how a token reaches `git push` (an http.extraheader given through GIT_CONFIG_*
 * variables — never in a URL, never in argv, masked in the log), and which tags the remote already has.
 */
import { maskSecret, UserError } from '../../../shared/src/action/index.js';
import type { Git, RemoteTag } from '../../../shared/src/git/git.js';
import type { Logger } from '../../../shared/src/log.js';
import type { Inputs } from './inputs.js';
import type { ReleaseModule } from './modules.js';

/**
 * The same repository, authenticated to an http(s) remote with `token` the way actions/checkout does
 * (`AUTHORIZATION: basic base64(x-access-token:TOKEN)`), replacing any header checkout persisted for
 * the host. Other remotes (ssh, file) get the repository unchanged.
 */
export async function authenticated(git: Git, remote: string, token: string | undefined): Promise<Git> {
  if (token === undefined) return git;
  const url = (await git.remoteUrl(remote)) ?? remote;
  let origin: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return git;
    origin = `${parsed.protocol}//${parsed.host}/`;
  } catch {
    return git;
  }
  const header = Buffer.from(`x-access-token:${token}`).toString('base64');
  maskSecret(header);
  const key = `http.${origin}.extraheader`;
  // An empty value first empties the list, so a header persisted by actions/checkout is not sent too.
  return git.withConfig([
    [key, ''],
    [key, `AUTHORIZATION: basic ${header}`],
  ]);
}

export interface TagState {
  /** Tags to create locally and push. */
  create: ReleaseModule[];
  /** Tags that exist locally at the commit but not on the remote: pushed as they are. */
  pushLocal: ReleaseModule[];
  /** Tags already on the remote at the commit (an earlier run): nothing to do. */
  existing: ReleaseModule[];
}

const short = (sha: string): string => sha.slice(0, 12);

/**
 * Sort the tags into create / push-local / existing. A tag that exists (on the remote or locally) at
 * another commit is a UserError listing every such tag: published tags never move.
 */
export function tagState(
  modules: readonly ReleaseModule[],
  sha: string,
  remote: { name: string; tags: ReadonlyMap<string, RemoteTag> },
  local: ReadonlyMap<string, string>,
): TagState {
  const state: TagState = { create: [], pushLocal: [], existing: [] };
  const conflicts: string[] = [];
  for (const m of modules) {
    const published = remote.tags.get(m.tag);
    const here = local.get(m.tag);
    if (published && published.commit !== sha) {
      conflicts.push(`${m.tag} is at ${short(published.commit)} on ${remote.name}`);
    } else if (published) {
      state.existing.push(m);
    } else if (here !== undefined && here !== sha) {
      conflicts.push(
        `${m.tag} is at ${short(here)} in the local repository (not pushed; delete it with git tag -d)`,
      );
    } else if (here !== undefined) {
      state.pushLocal.push(m);
    } else {
      state.create.push(m);
    }
  }
  if (conflicts.length) {
    throw new UserError(
      `${conflicts.length} tag(s) already exist at another commit than ${short(sha)}, and a published tag never moves (the Go module proxy keeps the first): ${conflicts.join('; ')}. Nothing was tagged or pushed; release the next patch version instead.`,
    );
  }
  return state;
}

/** A tag pushed at a commit no branch of the remote has publishes that commit with it: say so. */
export async function warnIfUnpublished(
  git: Git,
  inputs: Pick<Inputs, 'remote' | 'sha'>,
  log: Logger,
): Promise<void> {
  if ((await git.remoteUrl(inputs.remote)) === undefined) return;
  const branches = await git.refsContaining(inputs.sha, `refs/remotes/${inputs.remote}/`);
  if (branches.length === 0) {
    log.warning(
      `Commit ${inputs.sha} is on no branch of ${inputs.remote} that this clone knows (refs/remotes/${inputs.remote}/): pushing the tags will publish it. Push the commit to a branch first if that is not intended.`,
    );
  }
}
