/** action.yml inputs → one validated Inputs object. */
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import { redactCredentials } from '../../../shared/src/git/git.js';
import { normaliseFolder } from '../../../shared/src/gomod/modules.js';
import { releaseVersionProblem } from '../../../shared/src/gomod/tags.js';
import { PLACEHOLDERS } from './message.js';

export interface Inputs {
  /** The release version, `v` and SemVer: v0.8.0, v0.8.0-alpha.1. */
  version: string;
  /** Full commit SHA the tags point at. */
  sha: string;
  /** Remote name or URL. */
  remote: string;
  token?: string;
  /** Folders (repository-relative, `''` = root) whose modules are tagged. */
  paths: string[];
  /** Modules left out: the one at `dir`, or (`dir/**`) every one at or below it. */
  exclude: Array<{ dir: string; below: boolean }>;
  /** Tag message template. */
  message: string;
  sign: 'auto' | 'true' | 'false';
  bumpRequires: boolean;
  /** Tag modules that hold no Go package too (left out by default). */
  includeEmptyModules: boolean;
  dryRun: boolean;
  workspace: string;
  /** GITHUB_SERVER_URL: the only host the token is sent to. */
  serverUrl: string;
}

const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

function folder(input: 'paths' | 'exclude', value: string): string {
  const normal = normaliseFolder(value);
  if (normal === undefined || normal.includes('*') || normal.startsWith('-')) {
    const pattern = input === 'exclude' ? ' (`dir/**` for every module below dir)' : '';
    throw new InputError(
      input,
      value,
      `folders relative to the repository root, inside it, not starting with '-'${pattern}`,
    );
  }
  return normal;
}

const PR_EVENTS = ['pull_request', 'pull_request_target'];

/** True for an http(s) URL with userinfo (`https://user:token@host/…`), or any URL with a password. */
function hasCredentials(remote: string): boolean {
  try {
    const url = new URL(remote);
    return url.password !== '' || (url.username !== '' && /^https?:$/.test(url.protocol));
  } catch {
    return false;
  }
}

export function getInputs(context: RunnerContext): Inputs {
  const fromRef = context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
  const version = getOptionalInput('version') ?? fromRef;
  if (version === undefined) {
    throw new InputError(
      'version',
      '',
      `a release version such as v0.8.0, or a run on a tag (this run's ref is '${context.ref || 'unset'}')`,
    );
  }
  const versionProblem = releaseVersionProblem(version);
  if (versionProblem) throw new InputError('version', version, versionProblem);

  const explicitSha = getOptionalInput('sha');
  if (explicitSha === undefined && PR_EVENTS.includes(context.eventName)) {
    throw new InputError(
      'sha',
      '',
      `the commit to tag, given explicitly on ${context.eventName} events: GITHUB_SHA is then a merge commit on no branch`,
    );
  }
  const sha = (explicitSha ?? context.sha).toLowerCase();
  if (!FULL_SHA.test(sha)) {
    throw new InputError(
      'sha',
      sha,
      'a full commit SHA (40 hex digits; empty: the workflow commit GITHUB_SHA), never a branch or tag name',
    );
  }
  const remote = getOptionalInput('remote') ?? 'origin';
  if (remote.startsWith('-') || /\s/.test(remote)) {
    throw new InputError('remote', remote, 'a remote name such as origin, or a repository URL');
  }
  if (hasCredentials(remote)) {
    throw new InputError(
      'remote',
      redactCredentials(remote),
      "a URL without user name or password: give the credential in the 'token' input",
    );
  }
  const message = getOptionalInput('message') ?? '{module} {version}';
  const unknown = [...message.matchAll(/\{([^{}]*)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length) {
    throw new InputError(
      'message',
      message,
      `a template using only ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')} (unknown: ${unknown.map((p) => `{${p}}`).join(', ')})`,
    );
  }
  const token = getOptionalInput('token', { secret: true });
  return {
    version,
    sha,
    remote,
    ...(token !== undefined ? { token } : {}),
    paths: getListInput('paths').map((value) => folder('paths', value)),
    exclude: getListInput('exclude').map((value) => {
      const below = /\/\*\*\/?$/.test(value);
      return { dir: folder('exclude', below ? value.replace(/\/\*\*\/?$/, '') : value), below };
    }),
    message,
    sign: getEnumInput('sign', ['auto', 'true', 'false'], 'auto'),
    bumpRequires: getBooleanInput('bump-requires'),
    includeEmptyModules: getBooleanInput('include-empty-modules'),
    dryRun: getBooleanInput('dry-run'),
    workspace: context.workspace,
    serverUrl: context.serverUrl,
  };
}
