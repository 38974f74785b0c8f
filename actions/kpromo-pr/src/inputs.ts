/** action.yml inputs → one validated Inputs object: every name, tag and repository checked before any request. */
import {
  getBooleanInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  InputError,
} from '../../../shared/src/action/index.js';
import { stagingRepoFor } from '../../../shared/src/kpromo/manifest.js';
import { LATEST } from '../../../shared/src/kpromo/images.js';
import type { RepoName } from '../../../shared/src/github/fork.js';
import {
  InvalidReferenceError,
  parseReference,
  repositoryProblem,
  tagProblem,
} from '../../../shared/src/registry/reference.js';

export interface Inputs {
  project: string;
  /** Registry host and repository path of the staging repository. */
  staging: { registry: string; repository: string };
  /** The staging repository as written (`gcr.io/k8s-staging-<project>`). */
  stagingRepo: string;
  /** True when the input named it (kpromo's --staging-repo then appears in the body's command). */
  stagingGiven: boolean;
  /** Image names under the staging repository; empty: every image carrying the tag. */
  images: string[];
  tag: string;
  /** `owner` or `owner/name` as given (kpromo's --fork). */
  forkSlug: string;
  fork: RepoName;
  upstream: RepoName;
  base?: string;
  reviewers: string;
  hold: boolean;
  token: string;
  forkToken: string;
  insecureRegistries: string[];
  dryRun: boolean;
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

function repoName(input: string, value: string, defaultRepo?: string): RepoName {
  const [owner = '', repo = defaultRepo, ...rest] = value.split('/');
  if (
    !OWNER.test(owner) ||
    repo === undefined ||
    !REPO.test(repo) ||
    rest.length > 0 ||
    repo === '.' ||
    repo === '..'
  )
    throw new InputError(
      input,
      value,
      defaultRepo ? 'owner or owner/name' : 'owner/name, such as kubernetes/k8s.io',
    );
  return { owner, repo };
}

function imageTag(): string {
  const tag = getOptionalInput('tag');
  const gitTag = getOptionalInput('git-tag');
  const revision = getOptionalInput('revision') ?? '1';
  if (tag !== undefined && gitTag !== undefined)
    throw new InputError('git-tag', gitTag, `either tag or git-tag and revision, not both (tag is ${tag})`);
  if (gitTag !== undefined && !/^\d+$/.test(revision))
    throw new InputError('revision', revision, 'a number, such as 1 (the image tag is <git-tag>-<revision>)');
  const value = tag ?? (gitTag !== undefined ? `${gitTag}-${revision}` : undefined);
  const input = tag !== undefined ? 'tag' : 'git-tag';
  if (value === undefined)
    throw new InputError(
      'tag',
      '',
      'the image tag to promote, such as v3.4.4-1 (or git-tag v3.4.4 and revision 1)',
    );
  if (value === LATEST)
    throw new InputError(
      input,
      value,
      'a release tag such as v3.4.4-1: the promoter pins digests, and latest moves (kpromo refuses it as an anti-pattern)',
    );
  const problem = tagProblem(value);
  if (problem)
    throw new InputError(
      input,
      input === 'tag' ? value : (gitTag ?? value),
      `an image tag such as v3.4.4-1 (${problem})`,
    );
  return value;
}

function staging(project: string): Pick<Inputs, 'staging' | 'stagingRepo' | 'stagingGiven'> {
  const given = getOptionalInput('staging-repo');
  const stagingRepo = (given ?? stagingRepoFor(project)).replace(/\/+$/, '');
  const input = given === undefined ? 'project' : 'staging-repo';
  const shown = given ?? project;
  let parsed;
  try {
    parsed = parseReference(stagingRepo);
  } catch (error) {
    if (error instanceof InvalidReferenceError)
      throw new InputError(
        input,
        shown,
        `a staging repository such as gcr.io/k8s-staging-${project} (${error.reason})`,
      );
    throw error;
  }
  const hostGiven = stagingRepo.startsWith(`${parsed.registry}/`);
  if (parsed.tag !== undefined || parsed.digest !== undefined || !hostGiven)
    throw new InputError(
      input,
      shown,
      'a registry host and repository path without tag or digest, such as us-central1-docker.pkg.dev/k8s-staging-images/kro',
    );
  return {
    staging: { registry: parsed.registry, repository: parsed.repository },
    stagingRepo,
    stagingGiven: given !== undefined,
  };
}

export function getInputs(): Inputs {
  const project = getRequiredInput('project');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(project) || project.includes('..'))
    throw new InputError(
      'project',
      project,
      'a project name such as artifact-promoter (letters, digits, ., _ and -)',
    );
  const stage = staging(project);
  const images = [...new Set(getListInput('images').map((i) => i.replace(/^\/+|\/+$/g, '')))];
  for (const image of images) {
    const problem = repositoryProblem(`${stage.staging.repository}/${image}`);
    if (problem || image.includes(':') || image.includes('@'))
      throw new InputError(
        'images',
        image,
        `image names under ${stage.stagingRepo}, such as kpromo (${problem ?? 'no tag or digest'})`,
      );
  }
  const tag = imageTag();
  const upstream = repoName('upstream', getOptionalInput('upstream') ?? 'kubernetes/k8s.io');
  const forkSlug = getRequiredInput('fork').replace(/\/+$/, '');
  const fork = repoName('fork', forkSlug, upstream.repo);
  if (
    fork.owner.toLowerCase() === upstream.owner.toLowerCase() &&
    fork.repo.toLowerCase() === upstream.repo.toLowerCase()
  )
    throw new InputError(
      'fork',
      forkSlug,
      `your fork of ${upstream.owner}/${upstream.repo}, not the repository itself`,
    );
  const base = getOptionalInput('base');
  if (base !== undefined && (/[\s~^:?*[\\]/.test(base) || base.startsWith('-') || base.includes('..')))
    throw new InputError('base', base, 'a branch name such as main');
  const reviewers = getOptionalInput('reviewers') ?? '@kubernetes/release-engineering';
  if (/[\r\n]/.test(reviewers))
    throw new InputError('reviewers', reviewers, 'one line, such as @kubernetes/release-engineering');
  const readToken = getOptionalInput('token', { secret: true });
  const writeToken = getOptionalInput('fork-token', { secret: true });
  const token = readToken ?? writeToken;
  const forkToken = writeToken ?? readToken;
  if (token === undefined || forkToken === undefined)
    throw new InputError(
      'fork-token',
      '',
      "a token of the fork's owner that may write the fork and open pull requests",
    );
  return {
    project,
    ...stage,
    images,
    tag,
    forkSlug,
    fork,
    upstream,
    ...(base !== undefined ? { base } : {}),
    reviewers,
    hold: getBooleanInput('hold', true),
    token,
    forkToken,
    insecureRegistries: getListInput('insecure-registries'),
    dryRun: getBooleanInput('dry-run'),
  };
}
