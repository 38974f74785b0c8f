/**
 * The remote side: how a token reaches `git push` (an http.extraheader given through GIT_CONFIG_*
 * variables — never in a URL, never in argv, masked in the log), and which tags the remote already has.
 */
import { maskSecret, UserError } from '../../../shared/src/action/index.js';
import { redactCredentials, type Git, type RemoteTag } from '../../../shared/src/git/git.js';
import type { Logger } from '../../../shared/src/log.js';
import type { Inputs } from './inputs.js';
import type { ReleaseModule } from './modules.js';

/**
 * The same repository, authenticated to the GitHub server's own https remote with `token` the way
 * actions/checkout does (`AUTHORIZATION: basic base64(x-access-token:TOKEN)`), replacing any header
 * checkout persisted for the host. The token goes only to GITHUB_SERVER_URL's host, over https (over
 * http only when the server itself is http, as a local test server is); another http(s) host is told
 * nothing, with a notice. Other remotes (ssh, file) get the repository unchanged.
 */
export async function authenticated(
  git: Git,
  remote: string,
  token: string | undefined,
  server: { serverUrl: string; log: Logger },
): Promise<Git> {
  if (token === undefined) return git;
  const url = (await git.remoteUrl(remote)) ?? remote;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return git;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return git;
  const home = URL.canParse(server.serverUrl) ? new URL(server.serverUrl) : new URL('https://github.com');
  const secure = parsed.protocol === 'https:' || home.protocol === 'http:';
  if (!secure || parsed.host !== home.host) {
    server.log.info(
      `Notice: the token was not sent to ${parsed.protocol}//${parsed.host} (${redactCredentials(remote)}): it goes only to ${home.protocol}//${home.host} (GITHUB_SERVER_URL)${secure ? '' : ', and never over plain http'}; git uses its own credentials there.`,
    );
    return git;
  }
  const header = Buffer.from(`x-access-token:${token}`).toString('base64');
  maskSecret(header);
  const key = `http.${parsed.protocol}//${parsed.host}/.extraheader`;
  // An empty value first empties the list, so a header persisted by actions/checkout is not sent too.
  return git.withConfig([
    [key, ''],
    [key, `AUTHORIZATION: basic ${header}`],
  ]);
}

export interface TagState {
  /** Tags to create locally and push. */
  create: ReleaseModule[];
  /** Annotated (and, when signing, signed) tags already in this clone at the commit: pushed as they are. */
  adopted: ReleaseModule[];
  /** Tags already on the remote at the commit (an earlier run): nothing to do. */
  existing: ReleaseModule[];
}

/** A tag of this clone: the commit it points at, whether it is annotated, and (when signing) signed. */
export interface LocalTag {
  commit: string;
  annotated: boolean;
  signed?: boolean;
}

const short = (sha: string): string => sha.slice(0, 12);

/** Why a local tag at the commit cannot be pushed as the release tag, or undefined when it can. */
function adoptionProblem(tag: string, local: LocalTag, sign: boolean): string | undefined {
  const fix = `delete it with git tag -d ${tag} and rerun`;
  if (!local.annotated)
    return `${tag} is a lightweight tag in the local repository (a release tag is annotated; ${fix})`;
  if (sign && local.signed !== true)
    return `${tag} is an unsigned tag in the local repository (signing is on; ${fix})`;
  return undefined;
}

/**
 * Sort the tags into create / adopted / existing. A tag that exists (on the remote or locally) at
 * another commit, or locally at the commit but lightweight (or unsigned when signing), is a UserError
 * listing every such tag: published tags never move, and nothing half-made is published.
 */
export function tagState(
  modules: readonly ReleaseModule[],
  sha: string,
  remote: { name: string; tags: ReadonlyMap<string, RemoteTag> },
  local: ReadonlyMap<string, LocalTag>,
  sign = false,
): TagState {
  const state: TagState = { create: [], adopted: [], existing: [] };
  const conflicts: string[] = [];
  const problems: string[] = [];
  for (const m of modules) {
    const published = remote.tags.get(m.tag);
    const here = local.get(m.tag);
    if (published && published.commit !== sha) {
      conflicts.push(`${m.tag} is at ${short(published.commit)} on ${remote.name}`);
    } else if (published) {
      state.existing.push(m);
    } else if (here !== undefined && here.commit !== sha) {
      conflicts.push(
        `${m.tag} is at ${short(here.commit)} in the local repository (not pushed; delete it with git tag -d)`,
      );
    } else if (here !== undefined) {
      const problem = adoptionProblem(m.tag, here, sign);
      if (problem) problems.push(problem);
      else state.adopted.push(m);
    } else {
      state.create.push(m);
    }
  }
  if (conflicts.length) {
    throw new UserError(
      `${conflicts.length} tag(s) already exist at another commit than ${short(sha)}, and a published tag never moves (the Go module proxy keeps the first): ${[...conflicts, ...problems].join('; ')}. Nothing was tagged or pushed; release the next patch version instead.`,
    );
  }
  if (problems.length) {
    throw new UserError(
      `${problems.length} local tag(s) at ${short(sha)} cannot be published as they are: ${problems.join('; ')}. Nothing was tagged or pushed.`,
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
  const remote = redactCredentials(inputs.remote);
  const branches = await git.refsContaining(inputs.sha, `refs/remotes/${inputs.remote}/`);
  if (branches.length === 0) {
    log.warning(
      `Commit ${inputs.sha} is on no branch of ${remote} that this clone knows (refs/remotes/${remote}/): pushing the tags will publish it. Push the commit to a branch first if that is not intended.`,
    );
  }
}
