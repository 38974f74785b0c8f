/**
 * `uses:` values: what they name (local path, self-repository path, this repository, a Docker image, a
 * third party) and the audits over them: unpinned-uses, self-repository, composite-local-uses.
 *
 * GitHub's self-repository syntax (changelog 2026-07-30): `uses: $/<path>` names an action or reusable
 * workflow in the repository of the running workflow at the running commit, with no checkout and no `@ref`;
 * it works wherever `./<path>` does (steps, composite steps, reusable workflow calls), needs runner 2.336.0+
 * and is not available on GitHub Enterprise Server.
 */
import type { Problem } from './problems.js';
import { isOwnRepositoryPath, OWN_REPOSITORY } from './repo-files.js';
import { jobsOf, stepsOf, triggersOf } from './steps.js';
import type { YamlFile } from './yaml-doc.js';
import { get, getIn, lineOf, str } from './yaml-doc.js';

export type Uses =
  /** `$/<path>`: this repository at the running commit. */
  | { kind: 'self'; path: string }
  /** `./<path>`: the workspace (an action) or this repository (a reusable workflow). */
  | { kind: 'local'; path: string }
  /** `<OWN_REPOSITORY>/<path>@<ref>`. */
  | { kind: 'own'; path: string; ref: string }
  | { kind: 'docker'; image: string }
  | { kind: 'remote'; repository: string; path: string; ref: string }
  /** A form the runner refuses (`$/`, `$/x@v1`, no `@ref`), or an expression we cannot read. */
  | { kind: 'invalid'; reason: string };

const SELF = /^\$\/(.*)$/;
const REMOTE = /^([^/@\s]+\/[^/@\s]+)(?:\/([^@\s]+))?@(\S+)$/;

/** What a `uses:` value names. */
export function parseUses(uses: string): Uses {
  if (uses.includes('${{')) return { kind: 'invalid', reason: 'is an expression, which uses: does not take' };
  const self = SELF.exec(uses);
  if (self) {
    const path = self[1] ?? '';
    if (path === '' || path.startsWith('/'))
      return { kind: 'invalid', reason: 'names no path after $/ (write $/<path>, one slash)' };
    if (path.includes('@'))
      return { kind: 'invalid', reason: 'gives a ref; $/ always means the running commit, so it takes none' };
    return { kind: 'self', path: path.replace(/\/$/, '') };
  }
  if (uses.startsWith('./')) return { kind: 'local', path: uses.slice(2).replace(/\/$/, '') };
  if (uses.startsWith('docker://')) return { kind: 'docker', image: uses.slice('docker://'.length) };
  const remote = REMOTE.exec(uses);
  if (!remote)
    return { kind: 'invalid', reason: 'is not {owner}/{repo}[/{path}]@{ref}, ./{path} or $/{path}' };
  const [, repository = '', path = '', ref = ''] = remote;
  if (isOwnRepositoryPath(uses)) return { kind: 'own', path, ref };
  return { kind: 'remote', repository, path, ref };
}

/** The path inside this repository a `uses:` value names (`actions/x`, `.github/workflows/y.yml`), if any. */
export function ownPath(uses: string): string | undefined {
  const parsed = parseUses(uses);
  return parsed.kind === 'self' || parsed.kind === 'local' || parsed.kind === 'own' ? parsed.path : undefined;
}

export interface UsesSite {
  /** `jobs.<id>` or a step's `where`. */
  where: string;
  node: unknown;
  value: string;
  /** A job calling a reusable workflow (else a step using an action). */
  workflowCall: boolean;
}

/** Every `uses:` of a workflow (jobs and steps) or a composite action. */
export function usesSites(file: YamlFile): UsesSite[] {
  const sites: UsesSite[] = [];
  for (const job of jobsOf(file)) {
    const node = get(job.node, 'uses');
    const value = str(node);
    if (value !== undefined) sites.push({ where: `jobs.${job.id}`, node, value, workflowCall: true });
  }
  for (const step of stepsOf(file)) {
    const node = get(step.node, 'uses');
    const value = str(node);
    if (value !== undefined) sites.push({ where: step.where, node, value, workflowCall: false });
  }
  return sites;
}

/** The comment after a node on its own line (`# v5.0.0`), without the `#`. */
export function trailingComment(file: YamlFile, node: unknown): string | undefined {
  const end = (node as { range?: [number, number, number] } | undefined)?.range?.[1];
  if (end === undefined) return undefined;
  const newline = file.text.indexOf('\n', end);
  const rest = file.text.slice(end, newline === -1 ? undefined : newline);
  return /^\s*#\s?(.*)$/.exec(rest)?.[1]?.trim();
}

const COMMIT_SHA = /^[0-9a-f]{40}$/;
const IMAGE_DIGEST = /@sha256:[0-9a-f]{64}$/;
/** A version a person can read beside a SHA: `v5.0.0`, `v3`, `1.2`. */
const VERSION_COMMENT = /(?:^|\s)v?\d+(?:\.\d+)*(?:[-+][\w.]+)?(?:\s|$)/;

/** Why a `uses:` value is not acceptable for unpinned-uses, or undefined when it is. */
export function unpinnedReason(uses: string): string | undefined {
  const parsed = parseUses(uses);
  switch (parsed.kind) {
    case 'self':
    case 'local':
    case 'own':
    case 'invalid': // self-repository and actionlint report those
      return undefined;
    case 'docker':
      return IMAGE_DIGEST.test(uses) ? undefined : 'is not pinned to an image digest (@sha256:...)';
    case 'remote':
      return COMMIT_SHA.test(parsed.ref) ? undefined : 'is not pinned to a full 40-hex commit SHA';
  }
}

/**
 * unpinned-uses: every third-party action and reusable workflow is pinned by full commit SHA (an image by
 * digest), with the version it stands for in a comment beside it, so an update shows what moved.
 */
export function pinningProblems(file: YamlFile): Problem[] {
  return usesSites(file).flatMap(({ where, node, value }) => {
    const at = { file: file.rel, line: lineOf(file, node), rule: 'unpinned-uses' };
    const reason = unpinnedReason(value);
    if (reason !== undefined) return [{ ...at, message: `${where}: uses "${value}" ${reason}` }];
    const parsed = parseUses(value);
    if (parsed.kind !== 'remote' && parsed.kind !== 'docker') return [];
    if (VERSION_COMMENT.test(trailingComment(file, node) ?? '')) return [];
    return [
      {
        ...at,
        message: `${where}: uses "${value}" has no version comment beside it (e.g. "# v1.2.3"); say which release the pin is`,
      },
    ];
  });
}

/** Whether a file is one of this repository's workflows (not an example of a caller elsewhere). */
function isOwnWorkflow(file: YamlFile): boolean {
  return file.rel.startsWith('.github/workflows/');
}

/**
 * self-repository: a malformed `$/` anywhere; in this repository's workflows, our own actions and workflows
 * named by `$/<path>`, so a caller pinning a workflow at a commit runs our actions at that same commit.
 * `./<path>` in a reusable workflow resolves in the caller's workspace; `<OWN_REPOSITORY>/<path>@<ref>`
 * runs whatever `<ref>` points at now.
 */
export function selfRepositoryProblems(file: YamlFile): Problem[] {
  const reusable = triggersOf(file).includes('workflow_call');
  return usesSites(file).flatMap(({ where, node, value, workflowCall }) => {
    const parsed = parseUses(value);
    const at = { file: file.rel, line: lineOf(file, node), rule: 'self-repository' };
    if (parsed.kind === 'invalid' && value.startsWith('$/'))
      return [{ ...at, message: `${where}: uses "${value}" ${parsed.reason}` }];
    if (!isOwnWorkflow(file)) return [];
    const better = `$/${parsed.kind === 'local' || parsed.kind === 'own' ? parsed.path : ''}`;
    if (parsed.kind === 'own') {
      return [
        {
          ...at,
          message: `${where}: uses "${value}" runs whatever ${parsed.ref} points at, not this workflow's commit; use ${better}`,
        },
      ];
    }
    if (parsed.kind === 'local' && reusable && !workflowCall) {
      return [
        {
          ...at,
          message: `${where}: uses "${value}" in a reusable workflow resolves in the caller's workspace; use ${better}`,
        },
      ];
    }
    return [];
  });
}

/**
 * composite-local-uses: a composite action's `uses: ./...` resolves against the caller's workspace, not this
 * repository: it runs whatever the caller's checkout holds at that path (or fails).
 */
export function compositeLocalUsesProblems(file: YamlFile): Problem[] {
  if (str(getIn(file.doc.contents, ['runs', 'using'])) !== 'composite') return [];
  return stepsOf(file).flatMap((step) => {
    const node = get(step.node, 'uses');
    const uses = str(node);
    if (uses === undefined || !uses.startsWith('./')) return [];
    return [
      {
        file: file.rel,
        line: lineOf(file, node),
        rule: 'composite-local-uses',
        message:
          `${step.where}: composite action uses "${uses}", which resolves in the caller's workspace; ` +
          `use ${OWN_REPOSITORY}/${uses.slice(2)}@<ref>`,
      },
    ];
  });
}
