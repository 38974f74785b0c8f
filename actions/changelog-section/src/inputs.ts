/** action.yml inputs → one validated Inputs object. */
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getMultilineInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import { pathRoots, resolveInputPath } from '../../../shared/src/action/paths.js';

export const FORMATS = ['auto', 'github-changelog-generator', 'keep-a-changelog', 'plain'] as const;

export interface LabelOverrides {
  breaking?: string[];
  enhancement?: string[];
  bug?: string[];
  exclude?: string[];
}

export interface Inputs {
  mode: 'extract' | 'generate';
  version: string;
  /** Absolute path of the changelog file (as named: a link stays a link, writes go to its target). */
  changelog: string;
  /** The file it really is (links followed), absolute; in the workspace or an allowed folder. */
  changelogReal: string;
  /** That file relative to the workspace (`/`-separated); undefined when outside it. */
  changelogInWorkspace?: string;
  failIfMissing: boolean;
  token?: string;
  previousTag?: string;
  target: string;
  format: (typeof FORMATS)[number];
  includeIssues: boolean;
  labels: LabelOverrides;
  write: boolean;
  dryRun: boolean;
}

/** Longer is no version: a tag name that long is a mistake (and would not fit a file name). */
const MAX_VERSION = 200;

/** The version named by the input, or by the tag the workflow runs on. */
export function versionFromRef(ref: string): string | undefined {
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

function optionalList(values: string[]): string[] | undefined {
  return values.length ? values : undefined;
}

export function getInputs(context: RunnerContext): Inputs {
  const mode = getEnumInput('mode', ['extract', 'generate'], 'extract');
  const version = getOptionalInput('version') ?? versionFromRef(context.ref);
  if (version === undefined) {
    throw new InputError(
      'version',
      '',
      `a version such as v1.2.3, or a run on a tag (this run's ref is '${context.ref || 'unset'}')`,
    );
  }
  if (/\s/.test(version) || version.startsWith('-') || version.length > MAX_VERSION) {
    throw new InputError(
      'version',
      version,
      `a version or tag name of at most ${MAX_VERSION} characters, without spaces, such as v1.2.3`,
    );
  }
  // Checked before anything is read or written: links followed, inside the job's folders.
  const roots = pathRoots(
    context.workspace,
    context.runnerTemp,
    getMultilineInput('allow-outside-workspace'),
  );
  const changelog = resolveInputPath('changelog', getOptionalInput('changelog') ?? 'CHANGELOG.md', roots);
  const token = getOptionalInput('token', { secret: true });
  if (mode === 'generate' && token === undefined) {
    throw new InputError(
      'token',
      '',
      'a GitHub token when mode is generate (the default is ${{ github.token }})',
    );
  }
  const labels: LabelOverrides = {};
  const breaking = optionalList(getListInput('breaking-labels'));
  const enhancement = optionalList(getListInput('enhancement-labels'));
  const bug = optionalList(getListInput('bug-labels'));
  const exclude = optionalList(getListInput('exclude-labels'));
  if (breaking) labels.breaking = breaking;
  if (enhancement) labels.enhancement = enhancement;
  if (bug) labels.bug = bug;
  if (exclude) labels.exclude = exclude;
  const write = getBooleanInput('write');
  if (write && mode !== 'generate')
    throw new InputError('write', 'true', `false when mode is ${mode} (only generate writes the changelog)`);
  const previousTag = getOptionalInput('previous-tag');
  return {
    mode,
    version,
    changelog: changelog.path,
    changelogReal: changelog.real,
    ...(changelog.inWorkspace !== undefined ? { changelogInWorkspace: changelog.inWorkspace } : {}),
    failIfMissing: getBooleanInput('fail-if-missing', true),
    ...(token !== undefined ? { token } : {}),
    ...(previousTag !== undefined ? { previousTag } : {}),
    target: getOptionalInput('target') ?? context.sha,
    format: getEnumInput('format', FORMATS, 'auto'),
    includeIssues: getBooleanInput('include-issues', true),
    labels,
    write,
    dryRun: getBooleanInput('dry-run'),
  };
}
