/** action.yml inputs → one validated Inputs object (nothing is downloaded or installed before this passes). */
import { createHash } from 'node:crypto';
import { basename, dirname, isAbsolute, join } from 'node:path';
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getMultilineInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import { pathRoots, realPath, resolveInputPath } from '../../../shared/src/action/paths.js';

export type UploadLogs = 'on-failure' | 'always' | 'never';

export interface Inputs {
  token: string;
  /** Download the release's assets, or install local files. */
  source:
    | { kind: 'release'; owner: string; repo: string; tag: string; assets: string[]; checksums: string }
    | { kind: 'files'; files: string[]; checksumsFile: string };
  prefix: string;
  guides:
    | { kind: 'workspace'; files: Array<{ name: string; path: string }> }
    | { kind: 'repository'; owner: string; repo: string; ref: string; names: string[] };
  requireKvm: boolean;
  kvmSetup: boolean;
  stepTimeoutSeconds: number;
  uploadLogs: UploadLogs;
  artifactName: string;
  dryRun: boolean;
  runnerTemp: string;
}

function repositoryInput(input: string, value: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  if (!match) throw new InputError(input, value, 'owner/repo, such as kontainapp/km-releases');
  return { owner: match[1]!, repo: match[2]! };
}

/** The install prefix: an absolute folder that is not `/` (also after following links). */
export function checkPrefix(value: string): string {
  if (!isAbsolute(value)) throw new InputError('prefix', value, 'an absolute folder, such as /opt/kontain');
  const normal = join(value, '.').replace(/\/+$/, '') || '/';
  if (normal === '/' || realPath(normal) === '/') {
    throw new InputError('prefix', value, 'a folder of its own, such as /opt/kontain: never / itself');
  }
  return normal;
}

/** A path inside a repository: relative, no `..`. */
function repositoryPath(value: string): string {
  const parts = value.split('/').filter((p) => p !== '' && p !== '.');
  if (value.startsWith('/') || parts.includes('..') || parts.length === 0) {
    throw new InputError(
      'guides',
      value,
      'paths inside guide-repository, such as README.md (no leading / or ..)',
    );
  }
  return parts.join('/');
}

/** An artifact name unique to this job, guide list and release: matrix jobs must not collide. */
function defaultArtifactName(env: NodeJS.ProcessEnv, guides: string[], release: string): string {
  const job = env.GITHUB_JOB ?? 'job';
  const attempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const first = basename(guides[0] ?? 'guide').replace(/\.[^.]*$/, '');
  const hash = createHash('sha256')
    .update(`${guides.join('\n')}\n${release}`)
    .digest('hex')
    .slice(0, 8);
  return `kvm-validate-logs-${job}-${first}-${hash}-${attempt}`.replace(/[^A-Za-z0-9._-]+/g, '-');
}

export function getInputs(context: RunnerContext, env: NodeJS.ProcessEnv = process.env): Inputs {
  const token = getOptionalInput('token', { secret: true }) ?? '';
  const roots = pathRoots(
    context.workspace,
    context.runnerTemp,
    getMultilineInput('allow-outside-workspace'),
  );
  const files = getMultilineInput('files');
  const tagInput = getOptionalInput('tag');
  let source: Inputs['source'];
  let releaseLabel: string;
  if (files.length > 0) {
    if (tagInput !== undefined) {
      throw new InputError(
        'files',
        files.join(', '),
        'empty when tag is given (install a release, or local files)',
      );
    }
    const resolved = files.map((f) => resolveInputPath('files', f, roots).path);
    const sums = getOptionalInput('checksums-file');
    const checksumsFile = resolveInputPath(
      'checksums-file',
      sums ?? join(dirname(resolved[0]!), 'SHA256SUMS'),
      roots,
    ).path;
    source = { kind: 'files', files: resolved, checksumsFile };
    releaseLabel = resolved.join('\n');
  } else {
    const tag =
      tagInput ?? (context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined);
    if (tag === undefined) {
      throw new InputError(
        'tag',
        '',
        `the release tag to validate (such as create-release's tag output), or a run on a tag (this run's ref is '${context.ref || 'unset'}'); or local files`,
      );
    }
    const repository = repositoryInput('repository', getOptionalInput('repository') ?? context.repository);
    const assets = getListInput('assets');
    source = {
      kind: 'release',
      ...repository,
      tag,
      assets: assets.length ? assets : ['kontain.tar.gz'],
      checksums: getOptionalInput('checksums') ?? 'SHA256SUMS',
    };
    releaseLabel = `${repository.owner}/${repository.repo}@${tag}`;
  }

  const guideNames = getMultilineInput('guides');
  if (guideNames.length === 0) throw new InputError('guides', '', 'one or more markdown files, one per line');
  const guideRepository = getOptionalInput('guide-repository');
  let guides: Inputs['guides'];
  if (guideRepository !== undefined) {
    const ref = getOptionalInput('guide-ref') ?? (source.kind === 'release' ? source.tag : undefined);
    if (ref === undefined) {
      throw new InputError(
        'guide-ref',
        '',
        'the ref to read the guides at (with local files there is no release tag to default to)',
      );
    }
    guides = {
      kind: 'repository',
      ...repositoryInput('guide-repository', guideRepository),
      ref,
      names: guideNames.map(repositoryPath),
    };
  } else {
    guides = {
      kind: 'workspace',
      files: guideNames.map((name) => ({ name, path: resolveInputPath('guides', name, roots).path })),
    };
  }
  if ((source.kind === 'release' || guides.kind === 'repository') && token === '') {
    throw new InputError(
      'token',
      '',
      'a GitHub token to read the release and guides with (the default is ${{ github.token }})',
    );
  }

  const timeout = getOptionalInput('step-timeout') ?? '600';
  const stepTimeoutSeconds = Number(timeout);
  if (!Number.isFinite(stepTimeoutSeconds) || stepTimeoutSeconds <= 0) {
    throw new InputError('step-timeout', timeout, 'a number of seconds above 0');
  }
  const artifactName =
    getOptionalInput('artifact-name') ?? defaultArtifactName(env, guideNames, releaseLabel);
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
    throw new InputError(
      'artifact-name',
      artifactName,
      'an artifact name without " : < > | * ? \\ / or line breaks',
    );
  }
  return {
    token,
    source,
    prefix: checkPrefix(getOptionalInput('prefix') ?? '/opt/kontain'),
    guides,
    requireKvm: getBooleanInput('require-kvm', true),
    kvmSetup: getBooleanInput('kvm-setup', true),
    stepTimeoutSeconds,
    uploadLogs: getEnumInput('upload-logs', ['on-failure', 'always', 'never'], 'on-failure'),
    artifactName,
    dryRun: getBooleanInput('dry-run'),
    runnerTemp: context.runnerTemp,
  };
}
