/**
 * The event a run starts from, as GitHub delivers it: whether the caller's `on:` accepts it (branch and
 * tag filters with GitHub's filter patterns), the `inputs` of a workflow_dispatch (required, typed,
 * defaulted), the webhook payload (`github.event`) and the `github` context every expression sees.
 */
import { execFileSync } from 'node:child_process';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import type { GitHubSandbox } from '../sandbox/index.js';
import { text } from './expressions.js';

export type WorkflowEvent =
  | { name: 'push'; ref: string; sha: string }
  | {
      name: 'workflow_dispatch';
      ref: string;
      sha: string;
      /** As the API takes them: strings (booleans as 'true'/'false'). */
      inputs?: Record<string, string | boolean>;
    };

/**
 * GitHub's filter pattern (docs: "Filter pattern cheat sheet") as a regular expression: `*` any
 * characters but `/`, `**` any characters, `?` and `+` zero-or-one and one-or-more of what precedes
 * them, `[...]` one character of a set or range; everything else literal.
 */
export function filterPattern(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (c === '?' || c === '+') out += c;
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      out += close < 0 ? '\\[' : `[${pattern.slice(i + 1, close)}]`;
      if (close >= 0) i = close;
    } else out += c.replace(/[.^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** A list of patterns where a later `!pattern` excludes what an earlier one included. */
function matches(patterns: string[], name: string): boolean {
  let included = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (filterPattern(negated ? p.slice(1) : p).test(name)) included = !negated;
  }
  return included;
}

/** Why the workflow does not run for this event, or undefined when it does. */
export function notTriggered(
  template: WorkflowTemplate,
  file: string,
  event: WorkflowEvent,
): string | undefined {
  const events = template.events ?? {};
  if (event.name === 'workflow_dispatch')
    return 'workflow_dispatch' in events ? undefined : `${file} has no on.workflow_dispatch`;
  if (!('push' in events)) return `${file} has no on.push`;
  const push = events.push ?? {};
  const tag = event.ref.startsWith('refs/tags/') ? event.ref.slice('refs/tags/'.length) : undefined;
  const branch = event.ref.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined;
  const hasTagFilter = push.tags !== undefined || push['tags-ignore'] !== undefined;
  const hasBranchFilter = push.branches !== undefined || push['branches-ignore'] !== undefined;
  const [name, include, ignore, other, kind] =
    tag !== undefined
      ? [tag, push.tags, push['tags-ignore'], hasBranchFilter, 'tags']
      : [branch ?? event.ref, push.branches, push['branches-ignore'], hasTagFilter, 'branches'];
  const hasOwn = include !== undefined || ignore !== undefined;
  // Only the other kind's filters given: GitHub does not run for this kind of ref at all.
  if (!hasOwn)
    return other ? `${file}: on.push filters only ${kind === 'tags' ? 'branches' : 'tags'}` : undefined;
  if (include !== undefined && !matches(include, name))
    return `${file}: ${event.ref} matches none of on.push.${kind} (${include.join(', ')})`;
  if (ignore !== undefined && matches(ignore, name))
    return `${file}: ${event.ref} matches on.push.${kind}-ignore (${ignore.join(', ')})`;
  return undefined;
}

/**
 * The `inputs` context of a workflow_dispatch run: each declared input from the event or its default,
 * booleans as booleans; a missing required input, an unknown one or a bad boolean/choice is refused
 * as the API refuses it.
 */
export function dispatchInputs(
  template: WorkflowTemplate,
  given: Record<string, string | boolean>,
): { inputs: Record<string, string | boolean>; problems: string[] } {
  const declared = template.events?.workflow_dispatch?.inputs ?? {};
  const inputs: Record<string, string | boolean> = {};
  const problems: string[] = [];
  for (const name of Object.keys(given))
    if (!(name in declared)) problems.push(`Unexpected inputs provided: ["${name}"]`);
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name];
    if (value === undefined || value === '') {
      if (spec.required && spec.default === undefined) problems.push(`Required input '${name}' not provided`);
      inputs[name] = String(spec.type) === 'boolean' ? spec.default === true : String(spec.default ?? '');
      continue;
    }
    if (String(spec.type) === 'boolean') {
      if (String(value) !== 'true' && String(value) !== 'false')
        problems.push(
          `Provided value '${String(value)}' for input '${name}' not in the list of allowed values`,
        );
      inputs[name] = String(value) === 'true';
    } else {
      if (String(spec.type) === 'choice' && !spec.options?.includes(String(value)))
        problems.push(
          `Provided value '${String(value)}' for input '${name}' not in the list of allowed values`,
        );
      inputs[name] = String(value);
    }
  }
  return { inputs, problems };
}

export interface RunIdentity {
  repository: string;
  event: WorkflowEvent;
  github: GitHubSandbox;
  runId: number;
  /** The caller's file as it would sit in the user's repository (`.github/workflows/release.yml`). */
  workflowPath: string;
  workflowName: string;
  actor: string;
}

function headCommit(gitDir: string, sha: string): Record<string, unknown> | null {
  try {
    const [message, name, email, date] = execFileSync(
      'git',
      ['--git-dir', gitDir, 'show', '-s', '--format=%B%x00%an%x00%ae%x00%aI', sha],
      { encoding: 'utf8' },
    ).split('\0');
    return {
      id: sha,
      tree_id: execFileSync('git', ['--git-dir', gitDir, 'rev-parse', `${sha}^{tree}`], {
        encoding: 'utf8',
      }).trim(),
      message: message?.trim(),
      timestamp: date?.trim(),
      author: { name, email },
      committer: { name, email },
    };
  } catch {
    return null;
  }
}

/** The webhook payload (`github.event`, the GITHUB_EVENT_PATH file) for the run's event. */
export function eventPayload(
  run: RunIdentity,
  inputs: Record<string, string | boolean>,
): Record<string, unknown> {
  const record = run.github.repo(run.repository);
  const repository = {
    id: record.id,
    name: record.name,
    full_name: record.fullName,
    private: record.private,
    owner: { login: record.owner, type: 'Organization' },
    html_url: `${run.github.serverUrl}/${record.fullName}`,
    url: `${run.github.apiUrl}/repos/${record.fullName}`,
    default_branch: record.defaultBranch,
    fork: record.forkOf !== null,
  };
  const sender = { login: run.actor, type: 'User' };
  if (run.event.name === 'workflow_dispatch')
    return {
      // The payload keeps every input as a string; the inputs context keeps booleans.
      inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
      ref: run.event.ref,
      repository,
      sender,
      workflow: run.workflowPath,
    };
  const head = headCommit(record.gitDir, run.event.sha);
  return {
    ref: run.event.ref,
    before: '0000000000000000000000000000000000000000',
    after: run.event.sha,
    created: true,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${repository.html_url}/compare/${run.event.ref}`,
    commits: head ? [head] : [],
    head_commit: head,
    pusher: { name: run.actor },
    repository: { ...repository, master_branch: record.defaultBranch },
    sender,
  };
}

/** The `github` context (job-independent part); `job`, `action`… are added where they are known. */
export function githubContext(
  run: RunIdentity,
  payload: Record<string, unknown>,
  workspace = '',
): Record<string, unknown> {
  const { ref, sha } = run.event;
  const refType = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  const record = run.github.repo(run.repository);
  return {
    action: '',
    action_path: '',
    action_ref: '',
    action_repository: '',
    actor: run.actor,
    actor_id: '1',
    api_url: run.github.apiUrl,
    base_ref: '',
    env: '',
    event: payload,
    event_name: run.event.name,
    event_path: '',
    graphql_url: `${run.github.apiUrl}/graphql`,
    head_ref: '',
    job: '',
    path: '',
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_protected: false,
    ref_type: refType,
    repository: record.fullName,
    repository_id: String(record.id),
    repository_owner: record.owner,
    repository_owner_id: String(run.github.state.user(record.owner).id),
    retention_days: '90',
    run_attempt: '1',
    run_id: String(run.runId),
    run_number: '1',
    secret_source: 'Actions',
    server_url: run.github.serverUrl,
    sha,
    token: run.github.token,
    triggering_actor: run.actor,
    workflow: run.workflowName,
    workflow_ref: `${record.fullName}/${run.workflowPath}@${ref}`,
    workflow_sha: sha,
    workspace,
  };
}

/** The GITHUB_* variables the runner sets from the github context (beyond what the harness sets). */
export function githubEnv(github: Record<string, unknown>): Record<string, string> {
  const s = (k: string): string => text(github[k]);
  return {
    GITHUB_ACTOR: s('actor'),
    GITHUB_ACTOR_ID: s('actor_id'),
    GITHUB_BASE_REF: s('base_ref'),
    GITHUB_HEAD_REF: s('head_ref'),
    GITHUB_JOB: s('job'),
    GITHUB_REF_NAME: s('ref_name'),
    GITHUB_REF_PROTECTED: s('ref_protected'),
    GITHUB_REF_TYPE: s('ref_type'),
    GITHUB_REPOSITORY_ID: s('repository_id'),
    GITHUB_REPOSITORY_OWNER_ID: s('repository_owner_id'),
    GITHUB_RETENTION_DAYS: s('retention_days'),
    GITHUB_RUN_ATTEMPT: s('run_attempt'),
    GITHUB_RUN_ID: s('run_id'),
    GITHUB_RUN_NUMBER: s('run_number'),
    GITHUB_TRIGGERING_ACTOR: s('triggering_actor'),
    GITHUB_WORKFLOW: s('workflow'),
    GITHUB_WORKFLOW_REF: s('workflow_ref'),
    GITHUB_WORKFLOW_SHA: s('workflow_sha'),
  };
}
