/** action.yml inputs → one validated Inputs object. */
import { isAbsolute, join } from 'node:path';
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';

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
  /** Absolute path of the changelog file. */
  changelog: string;
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
  if (/\s/.test(version) || version.startsWith('-')) {
    throw new InputError('version', version, 'a version or tag name without spaces, such as v1.2.3');
  }
  const file = getOptionalInput('changelog') ?? 'CHANGELOG.md';
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
    changelog: isAbsolute(file) ? file : join(context.workspace, file),
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
