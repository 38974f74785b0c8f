/** action.yml inputs → one validated Inputs object. */
import {
  getBooleanInput,
  getEnumInput,
  getMultilineInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import {
  parseAnyVersion,
  versionTextProblem,
  type Increment,
  type Version,
} from '../../../shared/src/versions/schemes.js';
import { parseExcludeLine, parseTargetLine, type Exclude, type TargetSpec } from './targets.js';

export const MODES = ['verify', 'release', 'next-dev'] as const;
export type Mode = (typeof MODES)[number];

export interface Inputs {
  mode: Mode;
  /** The release version; undefined for next-dev/verify runs that read it from the targets. */
  version?: Version;
  increment: Increment;
  scheme: 'auto' | 'pep440' | 'semver';
  chartVersion: 'semver' | 'project';
  autoDetect: boolean;
  targets: TargetSpec[];
  /** Detected targets (and chart values entries) the `targets` input leaves out (`!path`). */
  excludes: Exclude[];
  dependency?: string;
  docs: string[];
  previousRelease?: Version;
  /** undefined: the release commit's committer date (UTC), else today. */
  releaseDate?: string;
  releaseSha: string;
  push: 'none' | 'branch' | 'pull-request';
  branch?: string;
  base?: string;
  commitMessage?: string;
  token?: string;
  dryRun: boolean;
  /** Folders outside the workspace and runner temp that paths may lead into. */
  allowOutsideWorkspace: string[];
}

function versionInput(name: string, value: string): Version {
  const problem = versionTextProblem(value);
  if (problem) throw new InputError(name, value, `a version such as 0.2.0 or v4.5.1 (this one ${problem})`);
  const version = parseAnyVersion(value);
  if (!version)
    throw new InputError(name, value, 'a SemVer or PEP 440 version such as 0.2.0, v4.5.1 or 1.2.3rc1');
  return version;
}

export function getInputs(context: RunnerContext): Inputs {
  const mode = getEnumInput('mode', MODES, 'verify');
  const given = versionOrTag(context, mode);
  const targets: TargetSpec[] = [];
  const excludes: Exclude[] = [];
  for (const line of getMultilineInput('targets')) {
    try {
      const exclude = parseExcludeLine(line);
      if (exclude) excludes.push(exclude);
      else targets.push(parseTargetLine(line));
    } catch (error) {
      throw new InputError('targets', line, (error as Error).message);
    }
  }
  const releaseDate = getOptionalInput('release-date');
  if (releaseDate !== undefined && !isCalendarDate(releaseDate)) {
    throw new InputError('release-date', releaseDate, 'a date as YYYY-MM-DD, one the calendar has');
  }
  const releaseSha = getOptionalInput('release-sha') ?? context.sha;
  if (releaseSha && !/^[0-9a-f]{7,64}$/.test(releaseSha)) {
    throw new InputError(
      'release-sha',
      releaseSha,
      'a commit SHA (hexadecimal, as git rev-parse HEAD prints it)',
    );
  }
  const previous = getOptionalInput('previous-release');
  const push = getEnumInput('push', ['none', 'branch', 'pull-request'], 'none');
  const token = getOptionalInput('token', { secret: true });
  if (push === 'pull-request' && !token) {
    throw new InputError(
      'token',
      '',
      'a GitHub token when push is pull-request (the default is ${{ github.token }})',
    );
  }
  if (push !== 'none' && mode === 'verify') throw new InputError('push', push, 'none when mode is verify');
  const branch = getOptionalInput('branch');
  if (branch !== undefined && !/^(?!\/|.*\/\/|.*\.\.|.*\/$|.*\.lock$|-)[\w./-]+$/.test(branch)) {
    throw new InputError('branch', branch, 'a branch name such as release-actions/next-dev-0.2.0');
  }
  const dependency = getOptionalInput('dependency');
  const base = getOptionalInput('base');
  const commitMessage = getOptionalInput('commit-message');
  return {
    mode,
    ...(given ? { version: versionInput(given.input, given.value) } : {}),
    increment: getEnumInput('increment', ['minor', 'patch', 'major'], 'minor'),
    scheme: getEnumInput('scheme', ['auto', 'pep440', 'semver'], 'auto'),
    chartVersion: getEnumInput('chart-version', ['semver', 'project'], 'semver'),
    autoDetect: getBooleanInput('auto-detect', true),
    targets,
    excludes,
    ...(dependency !== undefined ? { dependency } : {}),
    docs: getMultilineInput('docs'),
    ...(previous !== undefined ? { previousRelease: versionInput('previous-release', previous) } : {}),
    ...(releaseDate !== undefined ? { releaseDate } : {}),
    releaseSha,
    push,
    ...(branch !== undefined ? { branch } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(commitMessage !== undefined ? { commitMessage } : {}),
    ...(token !== undefined ? { token } : {}),
    dryRun: getBooleanInput('dry-run'),
    allowOutsideWorkspace: getMultilineInput('allow-outside-workspace'),
  };
}

/** `2024-02-29` yes, `2024-02-30` no: Date.parse rolls an impossible day over into the next month. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** The version input, else the tag the run is on; a release cannot do without one. */
function versionOrTag(context: RunnerContext, mode: Mode): { input: string; value: string } | undefined {
  const value = getOptionalInput('version');
  if (value !== undefined) return { input: 'version', value };
  if (context.ref.startsWith('refs/tags/'))
    return { input: 'version', value: context.ref.slice('refs/tags/'.length) };
  if (mode === 'release') {
    throw new InputError(
      'version',
      '',
      `the release version such as 0.2.0, or a run on a tag (this run's ref is '${context.ref || 'unset'}')`,
    );
  }
  return undefined;
}
