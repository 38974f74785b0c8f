/** action.yml inputs → one validated Inputs object. */
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
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
  dryRun: boolean;
  workspace: string;
}

const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

function folder(input: 'paths' | 'exclude', value: string): string {
  const normal = normaliseFolder(value);
  if (normal === undefined || normal.includes('*')) {
    const pattern = input === 'exclude' ? ' (`dir/**` for every module below dir)' : '';
    throw new InputError(input, value, `folders relative to the repository root, inside it${pattern}`);
  }
  return normal;
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

  const sha = (getOptionalInput('sha') ?? context.sha).toLowerCase();
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
    dryRun: getBooleanInput('dry-run'),
    workspace: context.workspace,
  };
}
