/**
 * Checkouts: dangerous-triggers (a privileged run taking a pull request's code) and artipacked (a token
 * left in .git/config where an artifact or untrusted code can reach it).
 */
import { contextReferences } from './contexts.js';
import { findExpressions } from './expressions.js';
import type { Problem } from './problems.js';
import type { RunScript } from './run-scripts.js';
import { sourceLine } from './run-scripts.js';
import type { Step } from './steps.js';
import { stepsOf, triggersOf } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { entries, entry, get, items, lineOf, str } from './yaml-doc.js';

/**
 * Events whose runs have the base repository's secrets and a write-capable token, yet anyone can start
 * (opening a pull request, commenting, opening an issue) or whose data comes from such a run (workflow_run).
 */
export const PRIVILEGED_TRIGGERS = [
  'pull_request_target',
  'workflow_run',
  'issue_comment',
  'issues',
  'discussion',
  'discussion_comment',
];

/** Events whose runs may execute code an outsider wrote: the pull request's, or a privileged run's checkout. */
const UNTRUSTED_CODE_TRIGGERS = ['pull_request', ...PRIVILEGED_TRIGGERS];

/**
 * References that name the base repository's code in a privileged run: its commit, its refs, its default
 * branch, the pull request's base. Any other reference in a checkout's `ref:` or `repository:` may name the
 * pull request's code: head.sha, head.ref, merge_commit_sha (the test merge of the head), head_ref, the
 * triggering run's head_sha/head_branch, a step output, an input.
 */
const BASE_REFERENCES = new Set([
  'github.sha',
  'github.ref',
  'github.ref_name',
  'github.base_ref',
  'github.workflow_sha',
  'github.repository',
  'github.event.repository.default_branch',
  'github.event.repository.full_name',
  'github.event.pull_request.base.sha',
  'github.event.pull_request.base.ref',
  'github.event.pull_request.base.repo.full_name',
]);

/** Pull request heads fetched by name: `refs/pull/<n>/head`, `pull/<n>/merge`, a `refs/pull/` glob. */
const PULL_REF = /(?:^|[\s/:"'=+])pull\/(?:\$|\d|\{|\*)/;

export const CHECKOUT = /^actions\/checkout(?:@|$)/i;

function privilegedTriggers(file: YamlFile): string[] {
  return triggersOf(file).filter((t) => PRIVILEGED_TRIGGERS.includes(t));
}

/** Why a checkout's `ref:` or `repository:` may name the pull request's code, or undefined. */
function untrustedRefReason(value: string): string | undefined {
  if (PULL_REF.test(value.replace(/\$\{\{[\s\S]*?\}\}/g, '$'))) return 'a refs/pull/ ref';
  for (const found of findExpressions(value)) {
    const other = contextReferences(found.text).find((reference) => !BASE_REFERENCES.has(reference));
    if (other !== undefined) return other;
  }
  return undefined;
}

/**
 * dangerous-triggers: in a privileged run (see PRIVILEGED_TRIGGERS), no actions/checkout of a ref or
 * repository other than the base's, and no script that fetches or checks out a pull request
 * (`gh pr checkout`, `git fetch origin pull/<n>/head`, a head ref passed through env:).
 */
export function dangerousTriggerProblems(file: YamlFile, scripts: readonly RunScript[]): Problem[] {
  const privileged = privilegedTriggers(file);
  if (privileged.length === 0) return [];
  const by = privileged.join(', ');
  const problems: Problem[] = [];
  for (const step of stepsOf(file).filter(isCheckout)) {
    for (const key of ['ref', 'repository']) {
      const found = entry(get(step.node, 'with'), key);
      const value = str(found?.value) ?? '';
      const reason = untrustedRefReason(value);
      if (reason === undefined) continue;
      problems.push({
        file: file.rel,
        line: lineOf(file, found?.value),
        rule: 'dangerous-triggers',
        message:
          `${step.where}: checks out the pull request's code (${key}: ${value}) in a workflow run by ${by}, ` +
          'which has secrets and a write token; check out the base, or do the untrusted part in a ' +
          `pull_request workflow (${reason} may name the pull request's code)`,
      });
    }
  }
  for (const script of scripts.filter((s) => s.file === file)) {
    const headVariables = headEnvironment(file, script.step);
    script.script.split('\n').forEach((line, i) => {
      const what = pullRequestFetch(line, headVariables);
      if (what === undefined) return;
      problems.push({
        file: file.rel,
        line: sourceLine(script, i + 1),
        rule: 'dangerous-triggers',
        message:
          `run script in ${script.where} ${what} in a workflow run by ${by}, which has secrets and a write ` +
          'token; do the untrusted part in a pull_request workflow',
      });
    });
  }
  return problems;
}

const GIT_CHECKOUT =
  /\bgit\s+(?:-\S+\s+)*(?:fetch|pull|checkout|switch|worktree|reset|merge|rebase|cherry-pick)\b/;

/** What a script line does with a pull request's code, or undefined when it does not fetch one. */
function pullRequestFetch(line: string, headVariables: ReadonlySet<string>): string | undefined {
  const code = line.replace(/(?:^|\s)#.*$/, '');
  if (/\b(?:gh|hub)\s+pr\s+checkout\b/.test(code)) return 'checks out a pull request (gh pr checkout)';
  if (!GIT_CHECKOUT.test(code)) return undefined;
  if (PULL_REF.test(code.replace(/\$\{\{[\s\S]*?\}\}/g, '$'))) return 'fetches a refs/pull/ ref';
  const head = findExpressions(code).find((found) => contextReferences(found.text).some(isHeadReference));
  if (head) return `fetches \${{ ${head.text} }}`;
  const variable = [...code.matchAll(/\$\{?([A-Za-z_]\w*)/g)].find((m) => headVariables.has(m[1] ?? ''));
  return variable ? `fetches $${variable[1]}, a pull request head` : undefined;
}

/** A reference naming the pull request's (or a triggering run's) head rather than the base. */
function isHeadReference(reference: string): boolean {
  return /^github\.(?:head_ref$|event\.pull_request\.(?:head\.|merge_commit_sha$)|event\.workflow_run\.head_|event\.check_(?:run|suite)\.head_)/.test(
    reference,
  );
}

/** Environment variables a step sees that hold a pull request head (set from a head reference). */
function headEnvironment(file: YamlFile, step: Step): Set<string> {
  const levels = [get(file.doc.contents, 'env'), get(step.job?.node, 'env'), get(step.node, 'env')];
  const names = new Set<string>();
  for (const level of levels) {
    for (const variable of entries(level)) {
      names.delete(variable.key);
      const value = str(variable.value) ?? '';
      if (findExpressions(value).some((found) => contextReferences(found.text).some(isHeadReference)))
        names.add(variable.key);
    }
  }
  return names;
}

function isCheckout(step: Step): boolean {
  return CHECKOUT.test(str(get(step.node, 'uses')) ?? '');
}

const UPLOAD = /^actions\/(?:upload-artifact|upload-pages-artifact)(?:@|$)/i;

/**
 * artipacked: actions/checkout leaves the token in .git/config unless `persist-credentials: false`. Left out,
 * it is persisted implicitly (always reported); `persist-credentials: true` says the job needs it, and is
 * reported only where the job uploads an artifact (which can carry .git/config) or the workflow runs code
 * an outsider wrote (pull_request and the privileged triggers).
 */
export function artipackedProblems(file: YamlFile): Problem[] {
  const untrustedCode = triggersOf(file).filter((t) => UNTRUSTED_CODE_TRIGGERS.includes(t));
  const problems: Problem[] = [];
  for (const step of stepsOf(file).filter(isCheckout)) {
    const persist = entry(get(step.node, 'with'), 'persist-credentials');
    const value = str(persist?.value);
    if (value === 'false') continue;
    const at = {
      file: file.rel,
      line: lineOf(file, persist?.value ?? get(step.node, 'uses')),
      rule: 'artipacked',
    };
    if (persist === undefined) {
      problems.push({
        ...at,
        message: `${step.where}: actions/checkout without persist-credentials: false leaves the token in .git/config for every later step`,
      });
      continue;
    }
    const uploads = items(get(step.job?.node, 'steps')).some((s) => UPLOAD.test(str(get(s, 'uses')) ?? ''));
    const why = uploads
      ? 'the job uploads an artifact, which can carry .git/config'
      : untrustedCode.length > 0
        ? `the workflow runs code an outsider wrote (${untrustedCode.join(', ')})`
        : undefined;
    if (why === undefined) continue;
    problems.push({
      ...at,
      message: `${step.where}: actions/checkout with persist-credentials: ${value ?? '?'} leaves the token in .git/config, and ${why}; set it to false and pass the token to the step that pushes`,
    });
  }
  return problems;
}
