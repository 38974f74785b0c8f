/** action.yml inputs → one validated Inputs object (every reference computed and checked before any write). */
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import {
  parseReference,
  InvalidReferenceError,
  tagProblem,
  type ImageReference,
} from '../../../shared/src/registry/reference.js';
import { expandTags, repositoryFor, targetReferences, templateProblem, type Naming } from './naming.js';

export interface Inputs {
  mode: 'publish' | 'cleanup';
  sourceFrom: 'registry' | 'docker-daemon';
  /** The source as given (a docker-daemon image name is passed to docker as it is). */
  source?: string;
  /** The source parsed (registry mode). */
  sourceReference?: ImageReference;
  /** publish: every reference to push. */
  references: ImageReference[];
  cleanupTag?: string;
  /** cleanup: the registry deletes a tag by name, so shared digests need not keep CI tags. */
  deleteTagsByName: boolean;
  /** cleanup: the repositories to remove `cleanupTag` from. */
  cleanupRepositories: ImageReference[];
  /** The registry of `target`, which `username`/`password` are for. */
  targetRegistry: string;
  username?: string;
  password?: string;
  insecureRegistries: string[];
  dryRun: boolean;
}

function reference(input: string, value: string): ImageReference {
  try {
    return parseReference(value);
  } catch (error) {
    if (error instanceof InvalidReferenceError)
      throw new InputError(input, value, `a valid image reference (${error.reason})`);
    throw error;
  }
}

function targetOf(value: string | undefined): { target: string; registry: string } {
  if (value === undefined)
    throw new InputError(
      'target',
      '',
      'the registry and namespace to publish to, such as docker.io/kontainapp',
    );
  const target = value.replace(/\/+$/, '');
  const probe = reference('target', `${target}/probe`);
  if (probe.tag !== undefined || probe.digest !== undefined || target.includes('@'))
    throw new InputError(
      'target',
      value,
      'a registry and namespace without tag or digest, such as docker.io/kontainapp',
    );
  return { target, registry: probe.registry };
}

/** A repository given in full (its first component is a registry host) or under the target. */
function underTarget(value: string, target: string): string {
  const first = value.split('/')[0] ?? '';
  const isHost = value.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return isHost ? value : `${target}/${value}`;
}

function names(naming: Omit<Naming, 'names'>, payload: string | undefined, aliases: string[]): string[] {
  const all = [...(payload !== undefined ? [payload] : []), ...aliases];
  for (const [index, name] of all.entries()) {
    try {
      repositoryFor({ ...naming, names: [] }, name);
    } catch (error) {
      const input = index === 0 && payload !== undefined ? 'payload' : 'aliases';
      throw new InputError(input, name, `a name that makes a valid repository (${(error as Error).message})`);
    }
  }
  return [...new Set(all)];
}

export function getInputs(context: RunnerContext): Inputs {
  const sourceFrom = getEnumInput('source-from', ['registry', 'docker-daemon'], 'registry');
  const source = getOptionalInput('source');
  const { target, registry } = targetOf(getOptionalInput('target'));
  const template = getOptionalInput('name-template') ?? 'runenv-{name}';
  const problem = templateProblem(template);
  if (problem) throw new InputError('name-template', template, problem);
  const platform = getOptionalInput('platform');
  if (template.includes('{platform}') && platform === undefined)
    throw new InputError(
      'platform',
      '',
      `a platform such as fedora, since name-template ${template} uses {platform}`,
    );
  const naming = { target, template, ...(platform !== undefined ? { platform } : {}) };
  const payload = getOptionalInput('payload');
  const allNames = names(naming, payload, getListInput('aliases'));
  const cleanupTag = getOptionalInput('cleanup-tag');
  const extraRepositories = getListInput('cleanup-repositories');
  const tagList = getListInput('tags');
  const sha = getOptionalInput('sha') ?? context.sha;
  const username = getOptionalInput('username');
  const password = getOptionalInput('password', { secret: true });
  if ((username === undefined) !== (password === undefined))
    throw new InputError(
      username === undefined ? 'username' : 'password',
      '',
      'both username and password, or neither',
    );
  const common = {
    sourceFrom,
    targetRegistry: registry,
    ...(username !== undefined && password !== undefined ? { username, password } : {}),
    insecureRegistries: getListInput('insecure-registries'),
    dryRun: getBooleanInput('dry-run'),
    deleteTagsByName: getBooleanInput('delete-tags-by-name'),
  };

  if (cleanupTag !== undefined) {
    const tagIssue = tagProblem(cleanupTag);
    if (tagIssue) throw new InputError('cleanup-tag', cleanupTag, `a tag such as CI-1234 (${tagIssue})`);
    const extra = extraRepositories.map((value) => {
      const r = reference('cleanup-repositories', underTarget(value, target));
      // The value as given, tag and all: the tag is what is wrong with it.
      if (r.tag !== undefined || r.digest !== undefined)
        throw new InputError(
          'cleanup-repositories',
          value,
          `repositories without tag or digest (cleanup-tag names the tag to delete), such as ${r.registry}/${r.repository}`,
        );
      return r;
    });
    const repositories = [...allNames.map((name) => repositoryFor({ ...naming, names: [] }, name)), ...extra];
    if (repositories.length === 0)
      throw new InputError(
        'cleanup-repositories',
        '',
        'repositories to clean: payload, aliases or cleanup-repositories',
      );
    return { ...common, mode: 'cleanup', cleanupTag, cleanupRepositories: repositories, references: [] };
  }

  if (source === undefined)
    throw new InputError('source', '', 'the image to publish (or cleanup-tag for cleanup mode)');
  if (payload === undefined) throw new InputError('payload', '', 'the payload name, such as python');
  const requested = tagList.length ? tagList : ['latest', '{sha}'];
  if (
    requested.some((t) => t.includes('{sha}') || t.includes('{short-sha}')) &&
    !/^[0-9a-f]{7,64}$/i.test(sha)
  )
    throw new InputError('sha', sha, 'a commit SHA for {sha} in tags (GITHUB_SHA is empty or not a SHA)');
  let tags: string[];
  try {
    tags = expandTags(requested, sha);
  } catch (error) {
    throw new InputError('tags', requested.join(', '), `valid tags: ${(error as Error).message}`);
  }
  const sourceReference = sourceFrom === 'registry' ? reference('source', source) : undefined;
  if (sourceFrom === 'docker-daemon') reference('source', source);
  return {
    ...common,
    mode: 'publish',
    source,
    ...(sourceReference ? { sourceReference } : {}),
    references: targetReferences({ ...naming, names: allNames }, tags),
    cleanupRepositories: [],
  };
}
