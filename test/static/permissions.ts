/**
 * excessive-permissions: every workflow declares `permissions:` (top level or on every job), never
 * `write-all`, never null, and grants no write scope that no step of the job can use; a job calling a
 * reusable workflow of ours grants what its jobs ask for, and no write scope they do not.
 */
import path from 'node:path';
import type { Problem } from './problems.js';
import { actionFile } from './repo-files.js';
import { ownPath, parseUses } from './uses.js';
import type { Job } from './steps.js';
import { jobsOf } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { entries, entry, get, getIn, isScalar, items, lineOf, loadYaml, str } from './yaml-doc.js';

/** Every workflow declares `permissions:` (top level or on every job), never `write-all`, never empty. */
export function permissionProblems(file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const at = (node: unknown, message: string): Problem => ({
    file: file.rel,
    line: lineOf(file, node),
    rule: 'excessive-permissions',
    message,
  });
  // `permissions:` with no value is null: the default token permissions, not none (that is `{}`).
  const isNull = (value: unknown): boolean => value == null || (isScalar(value) && value.value == null);
  const declared = (found: { value: unknown } | undefined): boolean =>
    found !== undefined && !isNull(found.value);
  const NULL_MESSAGE =
    'is empty (null), which leaves the default token permissions; write permissions: {} for none';

  const top = entry(file.doc.contents, 'permissions');
  if (top && str(top.value) === 'write-all') {
    problems.push(at(top.value, 'top-level permissions: write-all; grant only the scopes the jobs need'));
  }
  if (top && isNull(top.value)) problems.push(at(top.keyNode, `top-level permissions: ${NULL_MESSAGE}`));
  for (const job of jobsOf(file)) {
    const own = entry(job.node, 'permissions');
    if (own && str(own.value) === 'write-all') {
      problems.push(
        at(own.value, `job "${job.id}" has permissions: write-all; grant only the scopes it needs`),
      );
    }
    if (own && isNull(own.value)) {
      problems.push(at(own.keyNode, `job "${job.id}" permissions: ${NULL_MESSAGE}`));
    } else if (!declared(top) && !declared(own)) {
      problems.push(
        at(job.keyNode, `job "${job.id}" has no permissions: and the workflow declares none at top level`),
      );
    }
  }
  return problems;
}

type Level = 'none' | 'read' | 'write';
const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };
/** Every scope the token can be granted (GitHub's `permissions:` keys). */
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

/** The scopes a `permissions:` node grants (undefined for no node; `read-all`/`write-all` expanded). */
export function grants(node: unknown): Map<string, Level> | undefined {
  if (node == null || (isScalar(node) && node.value == null)) return undefined;
  const all = str(node);
  if (all === 'read-all' || all === 'write-all') {
    return new Map(SCOPES.map((scope) => [scope, all === 'read-all' ? 'read' : 'write']));
  }
  return new Map(entries(node).map((e) => [e.key, (str(e.value) ?? 'none') as Level]));
}

/** Scopes a step or job may write: a set, or 'any' when we cannot tell. */
type Writes = Set<string> | 'any';

const TOKEN_FREE_ACTIONS = new Set([
  'actions/cache',
  'actions/checkout', // reads contents with the token; writes nothing
  'actions/download-artifact',
  'actions/setup-go',
  'actions/setup-node',
  'actions/setup-python',
  'actions/upload-artifact',
  'docker/login-action',
  'docker/setup-buildx-action',
  'docker/setup-qemu-action',
]);

const SCOPE_WORDS: Array<[RegExp, string]> = [
  [/\bcontents\b/gi, 'contents'],
  [/\bpull[ -]requests?\b/gi, 'pull-requests'],
  [/\bissues\b/gi, 'issues'],
  [/\bpackages\b/gi, 'packages'],
  [/\bstatuses\b/gi, 'statuses'],
  [/\bchecks\b/gi, 'checks'],
  [/\bdeployments\b/gi, 'deployments'],
  [/\bactions\b/gi, 'actions'],
];

/**
 * The scopes one of our actions may write, read from its `token` input's description, which says what the
 * token needs: each scope named takes the level word after it ("needs contents and pull requests write",
 * "pull requests write and contents read"), else the one before it ("read access to issues"). No `token`
 * input: it uses no GitHub token. A description naming no scope, or an action we cannot read: any.
 */
export function actionWrites(root: string, name: string): Writes {
  const rel = actionFile(root, name);
  if (rel === undefined) return 'any';
  const { file } = loadYaml(root, rel);
  const token = get(get(file.doc.contents, 'inputs'), 'token');
  if (token === undefined) return new Set();
  const description = str(get(token, 'description')) ?? '';
  const levels = [...description.matchAll(/\b(read|write)\b/gi)].map((m) => ({
    at: m.index,
    level: (m[1] ?? '').toLowerCase(),
  }));
  const named = SCOPE_WORDS.flatMap(([word, scope]) =>
    [...description.matchAll(word)].map((m) => ({ scope, at: m.index })),
  );
  if (named.length === 0) return 'any';
  const writes = new Set<string>();
  for (const { scope, at } of named) {
    const after = levels.find((l) => l.at > at);
    const before = levels.filter((l) => l.at < at).pop();
    if ((after ?? before)?.level === 'write') writes.add(scope);
  }
  return writes;
}

const TOKEN_USE = /github\.token|secrets\.github_token|\$\{?(?:GH_TOKEN|GITHUB_TOKEN)\b/i;

/** The scopes a step may write with the job's token. */
function stepWrites(root: string, job: Job, step: unknown, file: YamlFile): Writes {
  const uses = str(get(step, 'uses'));
  if (uses !== undefined) {
    const own = ownPath(uses);
    const name = own === undefined ? undefined : /^actions\/([^/]+)$/.exec(own)?.[1];
    if (name !== undefined) return actionWrites(root, name);
    const parsed = parseUses(uses);
    const repository = parsed.kind === 'remote' && parsed.path === '' ? parsed.repository.toLowerCase() : '';
    if (TOKEN_FREE_ACTIONS.has(repository) && !TOKEN_USE.test(JSON.stringify(get(step, 'with') ?? {})))
      return new Set();
    return 'any'; // github-script and most actions read github.token by default
  }
  const envs = [get(file.doc.contents, 'env'), get(job.node, 'env'), get(step, 'env')];
  const envText = envs.flatMap((env) => entries(env).map((v) => str(v.value) ?? ''));
  const text = [str(get(step, 'run')) ?? '', ...envText];
  return text.some((t) => TOKEN_USE.test(t)) ? 'any' : new Set();
}

/** The scopes a reusable workflow's jobs ask for (the most each asks), or undefined when unknown. */
export function requestedBy(root: string, rel: string): Map<string, Level> | undefined {
  let callee: YamlFile;
  try {
    callee = loadYaml(root, rel).file;
  } catch {
    return undefined;
  }
  const top = grants(get(callee.doc.contents, 'permissions'));
  const wanted = new Map<string, Level>();
  for (const job of jobsOf(callee)) {
    const own = grants(get(job.node, 'permissions')) ?? top;
    if (own === undefined) return undefined;
    for (const [scope, level] of own) {
      if (RANK[level] > RANK[wanted.get(scope) ?? 'none']) wanted.set(scope, level);
    }
  }
  return wanted;
}

/** What a job may write: the union over its steps, or the write scopes its called workflow asks for. */
function jobWrites(root: string, file: YamlFile, job: Job): Writes {
  const uses = str(get(job.node, 'uses'));
  if (uses !== undefined) {
    const own = ownPath(uses);
    const requested = own === undefined ? undefined : requestedBy(root, own);
    if (requested === undefined) return 'any';
    return new Set([...requested].filter(([, level]) => level === 'write').map(([scope]) => scope));
  }
  const writes = new Set<string>();
  // A checkout that keeps the token in .git/config lets any later `git push` write contents.
  const keepsToken = items(get(job.node, 'steps')).some(
    (step) =>
      /^actions\/checkout(?:@|$)/i.test(str(get(step, 'uses')) ?? '') &&
      str(getIn(step, ['with', 'persist-credentials'])) !== 'false',
  );
  if (keepsToken) writes.add('contents');
  for (const step of items(get(job.node, 'steps'))) {
    const some = stepWrites(root, job, step, file);
    if (some === 'any') return 'any';
    some.forEach((scope) => writes.add(scope));
  }
  return writes;
}

/**
 * Write scopes no step of the job can use (a job's own `permissions:`, or the top-level one it inherits),
 * and, for a job calling one of our reusable workflows, scopes its jobs ask for that the caller does not
 * grant (GitHub fails such a run before it starts).
 */
export function unusedWriteProblems(root: string, file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const topNode = get(file.doc.contents, 'permissions');
  const top = grants(topNode);
  const unusedAtTop = new Map<string, string[]>();
  for (const job of jobsOf(file)) {
    const ownNode = get(job.node, 'permissions');
    const own = grants(ownNode);
    const granted = own ?? top;
    // write-all is reported by permissionProblems, once.
    if (granted === undefined || str(ownNode ?? topNode) === 'write-all') continue;
    const writes = jobWrites(root, file, job);
    for (const [scope, level] of granted) {
      if (level !== 'write' || writes === 'any' || writes.has(scope)) continue;
      if (own === undefined) {
        unusedAtTop.set(scope, [...(unusedAtTop.get(scope) ?? []), job.id]);
        continue;
      }
      const user =
        get(job.node, 'uses') === undefined
          ? 'none of its steps can use'
          : 'the workflow it calls does not ask for';
      problems.push({
        file: file.rel,
        line: lineOf(file, entry(ownNode, scope)?.keyNode ?? ownNode),
        rule: 'excessive-permissions',
        message: `job "${job.id}" grants ${scope}: write, which ${user}; grant read or nothing`,
      });
    }
    const uses = str(get(job.node, 'uses'));
    const calleeRel = uses === undefined ? undefined : ownPath(uses);
    const requested = calleeRel === undefined ? undefined : requestedBy(root, calleeRel);
    for (const [scope, level] of requested ?? []) {
      const given = granted.get(scope) ?? 'none';
      if (RANK[given] >= RANK[level]) continue;
      problems.push({
        file: file.rel,
        line: lineOf(file, ownNode ?? job.keyNode),
        rule: 'workflow-call',
        message: `job "${job.id}" grants ${scope}: ${given}, but ${path.posix.normalize(calleeRel ?? '')} asks for ${scope}: ${level}; GitHub refuses the run`,
      });
    }
  }
  for (const [scope, jobs] of unusedAtTop) {
    problems.push({
      file: file.rel,
      line: lineOf(file, entry(topNode, scope)?.keyNode ?? topNode),
      rule: 'excessive-permissions',
      message: `top-level permissions grant ${scope}: write to job(s) ${jobs.join(', ')}, which cannot use it; grant it on the job that needs it`,
    });
  }
  return problems;
}
