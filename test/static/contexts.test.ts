import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { SAFE_EVENT_NUMBERS, SAFE_EVENT_SHAS, untrustedReason } from './contexts.js';
import { REPO_ROOT } from './repo-files.js';

/** GitHub's own OpenAPI description (only this file of @octokit/openapi: the whole package is 385 MB). */
const OPENAPI = path.join(REPO_ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json');

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

interface Description {
  'x-webhooks': Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema> };
}

/** The leaf types a property path has in a schema, through $ref, allOf, anyOf and oneOf. */
function typesAt(api: Description, schema: Schema | undefined, keys: readonly string[], depth = 0): string[] {
  if (schema === undefined || depth > 40) return [];
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return typesAt(api, api.components.schemas[name], keys, depth + 1);
  }
  const alternatives = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const fromAlternatives = alternatives.flatMap((s) => typesAt(api, s, keys, depth + 1));
  const [key, ...rest] = keys;
  if (key === undefined) {
    const own = schema.type === undefined ? [] : [schema.type].flat();
    return [...own, ...fromAlternatives].filter((t) => t !== 'null');
  }
  return [...fromAlternatives, ...typesAt(api, schema.properties?.[key], rest, depth + 1)];
}

describe('the github.event allow-list, against GitHub webhook schemas', () => {
  let api: Description;
  let payloads: Schema[];
  const types = (field: string): Set<string> =>
    new Set(payloads.flatMap((schema) => typesAt(api, schema, field.split('.'))));

  beforeAll(() => {
    api = JSON.parse(readFileSync(OPENAPI, 'utf8')) as Description;
    payloads = Object.values(api['x-webhooks']).flatMap((operations) =>
      Object.values(operations).flatMap((op) =>
        Object.values(op.requestBody?.content ?? {}).flatMap((c) => (c.schema ? [c.schema] : [])),
      ),
    );
  });

  it('every field trusted as a number is an integer or a boolean in every webhook that has it', () => {
    const wrong = [...SAFE_EVENT_NUMBERS]
      .map((field) => [field, [...types(field)].sort()] as const)
      .filter(
        ([, found]) => found.length === 0 || found.some((t) => !['integer', 'number', 'boolean'].includes(t)),
      );
    expect(wrong).toEqual([]);
  });

  it('every field trusted as a SHA exists as a string', () => {
    const missing = [...SAFE_EVENT_SHAS].filter((field) => !types(field).has('string'));
    expect(missing).toEqual([]);
  });

  it('names a string an integrator chooses, whatever its suffix: check_run.external_id, node_id', () => {
    expect([...types('check_run.external_id')]).toEqual(['string']);
    expect([...types('check_run.node_id')]).toEqual(['string']);
    for (const field of ['check_run.external_id', 'check_run.node_id', 'pull_request.merge_commit_sha']) {
      expect(untrustedReason(`github.event.${field}`)).toBeDefined();
    }
  });
});

describe('untrustedReason', () => {
  it('trusts only the listed github.event fields', () => {
    const verdicts = [
      'github.event.pull_request.number',
      'github.event.check_run.id',
      'github.event.workflow_run.workflow_id',
      'github.event.pull_request.head.sha',
      'github.event.check_run.external_id',
      'github.event.pull_request.user.login',
      'github.event.inputs.build_id',
      'github.event.client_payload.run_id',
      'github.event.workflow_run.head_sha',
    ].map((reference) => untrustedReason(reference) === undefined);
    expect(verdicts).toEqual([true, true, true, true, false, false, false, false, false]);
  });

  it('trusts a matrix key unless the scope says it was built from untrusted data', () => {
    const scope = { safeInputs: new Set<string>(), matrix: new Map([['target', 'built from x']]) };
    expect(untrustedReason('matrix.os', scope)).toBeUndefined();
    expect(untrustedReason('matrix.target', scope)).toBe('built from x');
    expect(untrustedReason('matrix', scope)).toBe('built from x');
    const all = { safeInputs: new Set<string>(), matrix: new Map([['*', 'built from y']]) };
    expect(untrustedReason('matrix.os', all)).toBe('built from y');
  });
});
