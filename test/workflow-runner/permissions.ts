/**
 * GITHUB_TOKEN permissions across reusable workflow calls: a called workflow may only keep or lower what
 * its caller grants ("the GITHUB_TOKEN permissions passed from the caller workflow can be only
 * downgraded"); a nested job asking for more makes the whole run fail before it starts, with GitHub's
 * message. The token the engine hands to steps is the sandbox's either way: this is the startup check,
 * and each job's effective permissions are shown in its summary.
 */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';

export type Level = 'none' | 'read' | 'write';
export type Permissions = Record<string, Level>;

export const SCOPES = [
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
] as const;

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

const all = (level: Level): Permissions =>
  Object.fromEntries(SCOPES.map((s) => [s, s === 'id-token' && level === 'read' ? 'none' : level]));

/** The repository's default for a workflow that declares none: GitHub's restricted or permissive setting. */
export function defaultPermissions(kind: 'restricted' | 'permissive'): Permissions {
  if (kind === 'permissive') return { ...all('write'), 'id-token': 'none' };
  return { ...all('none'), contents: 'read', packages: 'read' };
}

/** A `permissions:` value (`read-all`, `write-all`, `{}` or a mapping), or undefined when absent. */
export function readPermissions(token: TemplateToken | undefined): Permissions | undefined {
  if (token === undefined) return undefined;
  if (isString(token)) {
    if (token.value === 'read-all') return all('read');
    if (token.value === 'write-all') return all('write');
    return undefined;
  }
  if (!isMapping(token)) return undefined;
  const out = all('none');
  for (const pair of token) {
    if (isString(pair.key) && isString(pair.value)) out[pair.key.value] = pair.value.value as Level;
  }
  return out;
}

/** Each scope at the lower of the two. */
export function lower(a: Permissions, b: Permissions): Permissions {
  return Object.fromEntries(
    SCOPES.map((s) => [
      s,
      RANK[a[s] ?? 'none'] <= RANK[b[s] ?? 'none'] ? (a[s] ?? 'none') : (b[s] ?? 'none'),
    ]),
  );
}

/** GitHub's refusal for each scope `requested` holds above `allowed`. */
export function excess(job: string, requested: Permissions, allowed: Permissions): string[] {
  return SCOPES.filter((s) => RANK[requested[s] ?? 'none'] > RANK[allowed[s] ?? 'none']).map(
    (s) =>
      `The nested job '${job}' is requesting '${s}: ${requested[s]}', but is only allowed '${s}: ${allowed[s] ?? 'none'}'.`,
  );
}

/** `contents: write, pull-requests: write` (scopes at none left out), or `none`. */
export function describePermissions(p: Permissions): string {
  const granted = SCOPES.filter((s) => (p[s] ?? 'none') !== 'none').map((s) => `${s}: ${p[s]}`);
  return granted.length ? granted.join(', ') : 'none';
}
