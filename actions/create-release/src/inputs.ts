/** action.yml inputs → one validated Inputs object (nothing is written before this passes). */
import { readFileSync, statSync } from 'node:fs';
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getMultilineInput,
  getOptionalInput,
  getRequiredInput,
  InputError,
  type RunnerContext,
} from '../../../shared/src/action/index.js';
import { pathRoots, resolveInputPath, type PathRoots } from '../../../shared/src/action/paths.js';
import { githubAssetName } from '../../../shared/src/github/assets.js';
import type { RepoRef } from '../../../shared/src/github/changes.js';
import { readCleanup, readRepositoryInput, type Cleanup } from './cleanup-inputs.js';
import { withBuild, type Source } from './lineage.js';
import { sameRepository } from './target.js';
import { notARegularFile } from './files.js';
import {
  acceptable,
  DEFAULT_ROLLING,
  invalidRefName,
  isRolling,
  looksLikePrerelease,
  releaseTitle,
  resolveTag,
  type TagPattern,
  type TagPolicy,
  type TagSource,
} from './tag.js';

/** GitHub refuses a release description longer than this many characters. */
export const RELEASE_BODY_LIMIT = 125_000;

export interface Inputs {
  token: string;
  tag: string;
  tagSource: TagSource;
  /** The tag is a rolling one: an existing release is replaced, not refused. */
  rolling: boolean;
  /** The commit (or branch) a new tag is created at, and a rolling tag is moved to. */
  target: string;
  /** `target` came from the target-commitish input (GITHUB_SHA is trusted to exist; an input is checked). */
  targetGiven: boolean;
  /** The run was triggered by this tag (`refs/tags/<tag>`). */
  ranOnTag: boolean;
  /**
   * The tag is the one this run was triggered by and is not rolling, so it points at `target` (a
   * rolling tag may have moved on since: it is always read).
   */
  tagIsRunRef: boolean;
  title: string;
  body: string;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  /** Globs and paths of the asset files, relative to the workspace. */
  files: string[];
  failOnUnmatched: boolean;
  /** Asset name of the generated checksums file; undefined: none. */
  checksums?: string;
  publish: boolean;
  dryRun: boolean;
  workspace: string;
  runnerTemp: string;
  /** Where path inputs may lead: the workspace, the runner's temp folder, allow-outside-workspace. */
  roots: PathRoots;
  /**
   * The repository releases are made, pruned and deleted in (`repository`, KM: kontainapp/km-releases);
   * undefined: the workflow's own. Another one gets `target`'s default there (its default branch).
   */
  repository?: RepoRef;
  /** Reads the workflow's repository to compare builds, when `repository` is another (source-token). */
  sourceToken?: string;
  /** The body carries the visible `Built from` line (built-from), in a release into another repository. */
  builtFrom?: boolean;
  /** `release: false`: no release this run (prune or delete only); the release fields are unused. */
  noRelease?: boolean;
  /** `prune`, `delete` and what protects a release from both. */
  cleanup?: Cleanup;
}

function tagPattern(value: string | undefined): TagPattern {
  if (value === undefined || value === 'semver') return 'semver';
  try {
    return new RegExp(value);
  } catch {
    throw new InputError('tag-pattern', value, "'semver' or a valid regular expression");
  }
}

function readBody(roots: PathRoots, build?: { source: Source; visible: boolean }): string {
  const text = getOptionalInput('body');
  const file = getOptionalInput('body-file');
  if (text !== undefined && file !== undefined) {
    throw new InputError('body-file', file, 'empty when body is given (give one of body and body-file)');
  }
  let body = text ?? '';
  if (file !== undefined) {
    const { path } = resolveInputPath('body-file', file, roots);
    // A FIFO would block the read forever, a device never end: only a regular file is opened.
    const info = statSync(path, { throwIfNoEntry: false });
    const odd = info && notARegularFile(info);
    if (odd) throw new InputError('body-file', file, `a regular file (this is ${odd})`);
    try {
      body = readFileSync(path, 'utf8');
    } catch {
      throw new InputError('body-file', file, 'the path of a readable file (relative to the workspace)');
    }
  }
  // GitHub counts the text it stores: line ends as \n.
  body = body.replace(/\r\n?/g, '\n');
  if (build) body = withBuild(body, build.source, build.visible);
  const characters = [...body].length;
  if (characters > RELEASE_BODY_LIMIT) {
    throw new InputError(
      file !== undefined ? 'body-file' : 'body',
      file ?? `<${characters} characters>`,
      `a release description of at most ${RELEASE_BODY_LIMIT} characters (GitHub's limit); this one has ${characters}`,
    );
  }
  return body;
}

export function getInputs(context: RunnerContext): Inputs {
  const token = getRequiredInput('token', { secret: true });
  const roots = pathRoots(
    context.workspace,
    context.runnerTemp,
    getMultilineInput('allow-outside-workspace'),
  );
  const repository = readRepositoryInput();
  const cross =
    repository !== undefined && !sameRepository(repository, { owner: context.owner, repo: context.repo });
  const sourceToken = getOptionalInput('source-token', { secret: true });
  const builtFrom = getBooleanInput('built-from', true);
  const cleanup = readCleanup();
  const dryRun = getBooleanInput('dry-run');
  const where = {
    ...(cross ? { repository, builtFrom, ...(sourceToken !== undefined ? { sourceToken } : {}) } : {}),
    cleanup,
    dryRun,
    workspace: context.workspace,
    runnerTemp: context.runnerTemp,
    roots,
  };
  if (!getBooleanInput('release', true)) {
    if (!cleanup.prune && !cleanup.deletion) {
      throw new InputError('release', 'false', 'true, or prune or delete set (there is nothing else to do)');
    }
    for (const name of ['tag', 'files'] as const) {
      const value = name === 'tag' ? getOptionalInput('tag') : getMultilineInput('files').join('\n');
      if (value) throw new InputError(name, value, 'empty with release: false (no release is made)');
    }
    return { ...NO_RELEASE, token, ...where, noRelease: true };
  }
  const rollingGlobs = getListInput('rolling-tags');
  const fallback = getOptionalInput('fallback-tag');
  const policy: TagPolicy = {
    pattern: tagPattern(getOptionalInput('tag-pattern')),
    rolling: rollingGlobs.length ? rollingGlobs : DEFAULT_ROLLING,
    ...(fallback !== undefined ? { fallback } : {}),
  };
  const resolved = resolveTag(getOptionalInput('tag'), context.ref, policy);
  if (!resolved) {
    throw new InputError(
      'tag',
      '',
      `a tag, a run on a tag or on a releases/<tag>/<topic> branch, or a fallback-tag (this run's ref is '${context.ref || 'unset'}')`,
    );
  }
  const { tag } = resolved;
  const input = resolved.source === 'fallback' ? 'fallback-tag' : 'tag';
  if (invalidRefName(tag)) throw new InputError(input, tag, 'a tag name git accepts');
  if (!acceptable(tag, policy)) {
    const wanted =
      policy.pattern === 'semver'
        ? 'SemVer with a v prefix (v1.2.3, v1.2.3-rc.1)'
        : `tag-pattern ${String(policy.pattern)}`;
    if (resolved.source === 'release branch') {
      throw new InputError(
        'tag',
        '',
        `a tag: the branch ${context.ref} names ${tag}, which neither follows ${wanted} nor is one of the rolling-tags (${policy.rolling.join(', ')}); rename the branch or set tag`,
      );
    }
    throw new InputError(
      input,
      tag,
      `a tag following ${wanted}, or one of the rolling-tags (${policy.rolling.join(', ')})`,
    );
  }
  const prereleaseInput = getEnumInput('prerelease', ['auto', 'true', 'false'], 'auto');
  const checksums = getOptionalInput('checksums') ?? 'SHA256SUMS';
  if (checksums !== 'none' && githubAssetName(checksums) !== checksums) {
    throw new InputError('checksums', checksums, "an asset name of letters, digits and . _ + - (or 'none')");
  }
  const rolling = isRolling(tag, policy.rolling);
  const publish = getBooleanInput('publish', true);
  if (rolling && !publish) {
    throw new InputError(
      'publish',
      'false',
      `true for the rolling tag ${tag} (replacing its release means publishing)`,
    );
  }
  const targetInput = getOptionalInput('target-commitish');
  // In another repository GITHUB_SHA does not exist: the target is found there (run.ts).
  const target = targetInput ?? (cross ? '' : context.sha);
  if (target === '' && !cross)
    throw new InputError('target-commitish', '', 'a commit or branch (GITHUB_SHA is not set)');
  if (cleanup.deletion?.tag === tag) {
    throw new InputError('delete', tag, `a tag other than ${tag}, the one this run releases`);
  }
  const source = { repository: context.repository, sha: context.sha, serverUrl: context.serverUrl };
  return {
    token,
    tag,
    tagSource: resolved.source,
    rolling,
    target,
    targetGiven: targetInput !== undefined,
    // The run's own ref names a tag of the workflow's repository, not of another one.
    ranOnTag: !cross && context.ref === `refs/tags/${tag}`,
    tagIsRunRef: !cross && context.ref === `refs/tags/${tag}` && target === context.sha && !rolling,
    title: releaseTitle(getOptionalInput('name') ?? '{tag}', tag),
    body: readBody(roots, cross ? { source, visible: builtFrom } : undefined),
    prerelease: prereleaseInput === 'auto' ? looksLikePrerelease(tag) : prereleaseInput === 'true',
    makeLatest: getEnumInput('make-latest', ['true', 'false', 'legacy'], 'true'),
    files: getMultilineInput('files'),
    failOnUnmatched: getBooleanInput('fail-on-unmatched-files', true),
    ...(checksums !== 'none' ? { checksums } : {}),
    publish,
    ...where,
  };
}

/** The release fields of a run that makes no release (release: false: only prune and delete). */
export const NO_RELEASE = {
  tag: '',
  tagSource: 'input',
  rolling: false,
  target: '',
  targetGiven: false,
  ranOnTag: false,
  tagIsRunRef: false,
  title: '',
  body: '',
  prerelease: false,
  makeLatest: 'true',
  files: [],
  failOnUnmatched: true,
  publish: false,
} as const satisfies Partial<Inputs>;
