/** action.yml inputs → one validated Inputs object: every image, tag, glob, template and line checked before any file is read. */
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getMultilineInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import { InvalidReferenceError, parseReference, tagProblem } from '../../../shared/src/registry/reference.js';
import {
  parseComponentLine,
  parseGlob,
  parseLinePattern,
  parseTemplateLine,
  type ComponentSpec,
  type Glob,
  type LinePattern,
  type Template,
} from './specs.js';

export const MODES = ['pin', 'revert'] as const;
export type Mode = (typeof MODES)[number];

/** An image as the input named it, and the repository it is after normalisation. */
export interface Image {
  /** As given (`quay.io/confidential-containers/cloud-api-adaptor`). */
  name: string;
  registry: string;
  repository: string;
}

export interface Inputs {
  mode: Mode;
  images: Image[];
  /** pin: the tag to write (`{sha}` filled in); revert: revert-tag. */
  tag: string;
  pinBy: 'tag' | 'digest';
  files: Glob[];
  templates: Template[];
  lines: LinePattern[];
  components: ComponentSpec[];
  revertReference: string;
  checkRegistry: boolean;
  username?: string;
  password?: string;
  insecureRegistries: string[];
  push: 'none' | 'branch' | 'pull-request';
  branch?: string;
  base?: string;
  commitMessage?: string;
  token?: string;
  dryRun: boolean;
  allowOutsideWorkspace: string[];
  /** The workflow's commit ({sha}). */
  sha: string;
}

/** The tracked YAML files searched when `files` lists no glob to include. */
export const DEFAULT_FILES: readonly Glob[] = [
  { pattern: '**/*.yaml', negated: false },
  { pattern: '**/*.yml', negated: false },
];

function images(): Image[] {
  const lines = getMultilineInput('image');
  if (lines.length === 0)
    throw new InputError(
      'image',
      '',
      'the image to pin, such as quay.io/confidential-containers/cloud-api-adaptor',
    );
  const seen = new Set<string>();
  return lines.map((name) => {
    let parsed;
    try {
      parsed = parseReference(name);
    } catch (error) {
      if (error instanceof InvalidReferenceError)
        throw new InputError('image', name, `an image name such as quay.io/org/name (${error.reason})`);
      throw error;
    }
    if (parsed.tag !== undefined || parsed.digest !== undefined)
      throw new InputError(
        'image',
        name,
        'the image without tag or digest (quay.io/org/name): the tag goes in the tag input',
      );
    const key = `${parsed.registry}/${parsed.repository}`;
    if (seen.has(key)) throw new InputError('image', name, `each image once (${key} is listed twice)`);
    seen.add(key);
    return { name, registry: parsed.registry, repository: parsed.repository };
  });
}

function pinTag(context: RunnerContext, mode: Mode, revertTag: string): string {
  if (mode === 'revert') {
    const problem = tagProblem(revertTag);
    if (problem) throw new InputError('revert-tag', revertTag, `an image tag such as latest (${problem})`);
    return revertTag;
  }
  const given = getOptionalInput('tag');
  const onTag = context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
  const value = given ?? onTag;
  if (value === undefined)
    throw new InputError(
      'tag',
      '',
      `the tag to pin, such as the release image's commit SHA, or a run on a tag (this run's ref is '${context.ref || 'unset'}')`,
    );
  if (value.includes('{sha}') && !/^[0-9a-f]{7,64}$/.test(context.sha))
    throw new InputError('tag', value, `{sha} with a commit to stand for (GITHUB_SHA is '${context.sha}')`);
  const tag = value.replaceAll('{sha}', context.sha);
  const from = given !== undefined ? '' : `; empty, it is taken from the run's ref ${context.ref}`;
  const problem = tagProblem(tag);
  if (problem)
    throw new InputError('tag', value, `an image tag such as v0.8.0 or a commit SHA (${problem}${from})`);
  if (tag === revertTag)
    throw new InputError('tag', value, `a release tag: ${revertTag} is what mode: revert writes back${from}`);
  return tag;
}

/** Each line of a line-based input parsed; InputError naming the line that is wrong. */
function eachLine<T>(name: string, lines: readonly string[], parse: (line: string) => T): T[] {
  return lines.map((line) => {
    try {
      return parse(line);
    } catch (error) {
      throw new InputError(name, line, (error as Error).message);
    }
  });
}

export function getInputs(context: RunnerContext): Inputs {
  const mode = getEnumInput('mode', MODES, 'pin');
  const imageList = images();
  const revertTag = getOptionalInput('revert-tag') ?? 'latest';
  const tag = pinTag(context, mode, revertTag);
  const pinBy = getEnumInput('pin-by', ['tag', 'digest'], 'tag');
  const files = eachLine('files', getMultilineInput('files'), parseGlob);
  const templates = eachLine('templates', getMultilineInput('templates'), parseTemplateLine);
  const lines = eachLine('lines', getMultilineInput('lines'), parseLinePattern);
  const components = eachLine('components', getMultilineInput('components'), parseComponentLine);
  const sha = /^[0-9a-f]{7,64}$/.test(context.sha) ? context.sha : undefined;
  const needsSha = [
    ...templates.map((t) => ({ input: 'templates', line: `${t.glob}: ${t.template}`, text: t.template })),
    ...components.map((c) => ({ input: 'components', line: c.line, text: c.value ?? '' })),
  ].find((t) => t.text.includes('{sha}'));
  if (needsSha && !sha)
    throw new InputError(
      needsSha.input,
      needsSha.line,
      `{sha} with a commit to stand for (GITHUB_SHA is '${context.sha}')`,
    );
  if (mode === 'pin') {
    const bare = components.find((c) => c.value === undefined);
    if (bare) throw new InputError('components', bare.line, 'path: key.path = value (a pin writes a value)');
  }
  const checkRegistry = getBooleanInput('check-registry', true);
  if (!checkRegistry && mode === 'pin') {
    if (pinBy === 'digest')
      throw new InputError(
        'pin-by',
        pinBy,
        'tag when check-registry is false (a digest is read from the registry)',
      );
    const digest = templates.find((t) => t.template.includes('{digest}'));
    if (digest)
      throw new InputError(
        'templates',
        `${digest.glob}: ${digest.template}`,
        'no {digest} when check-registry is false (a digest is read from the registry)',
      );
  }
  const revertReference = getOptionalInput('revert-reference') ?? 'main';
  if (/\s/.test(revertReference))
    throw new InputError('revert-reference', revertReference, 'a branch, tag or value such as main');
  const push = getEnumInput('push', ['none', 'branch', 'pull-request'], 'none');
  const token = getOptionalInput('token', { secret: true });
  if (push === 'pull-request' && !token)
    throw new InputError(
      'token',
      '',
      'a GitHub token when push is pull-request (the default is ${{ github.token }})',
    );
  const branch = getOptionalInput('branch');
  if (branch !== undefined && !/^(?!\/|.*\/\/|.*\.\.|.*\/$|.*\.lock$|-)[\w./-]+$/.test(branch))
    throw new InputError('branch', branch, 'a branch name such as release-actions/pin-v0.8.0');
  const base = getOptionalInput('base');
  if (base !== undefined && (/[\s~^:?*[\\]/.test(base) || base.startsWith('-') || base.includes('..')))
    throw new InputError('base', base, 'a branch name such as main');
  const commitMessage = getOptionalInput('commit-message');
  const username = getOptionalInput('username');
  const password = getOptionalInput('password', { secret: true });
  if ((username === undefined) !== (password === undefined))
    throw new InputError(
      username === undefined ? 'username' : 'password',
      '',
      'both username and password, or neither (the Docker config file is used then)',
    );
  return {
    mode,
    images: imageList,
    tag,
    pinBy,
    files,
    templates,
    lines,
    components,
    revertReference,
    checkRegistry,
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    insecureRegistries: getListInput('insecure-registries'),
    push,
    ...(branch !== undefined ? { branch } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(commitMessage !== undefined ? { commitMessage } : {}),
    ...(token !== undefined ? { token } : {}),
    dryRun: getBooleanInput('dry-run'),
    allowOutsideWorkspace: getMultilineInput('allow-outside-workspace'),
    sha: context.sha,
  };
}
