/**
 * GitHub's OpenAPI description (`@octokit/openapi`, file `generated/api.github.com.json`), normalised
 * for ajv and loaded with openapi-backend in quick mode.
 *
 * Parsing, normalising and dereferencing the whole 13 MB document costs ~0.6 s, and every jest test
 * file starts its own sandbox, so the document is pruned to the operations that have handlers (plus
 * the components they reference) and cached on disk under `node_modules/.cache/release-actions/`,
 * keyed by the spec file's size and mtime, the set of implemented operationIds and NORMALISER_VERSION.
 * A skeleton of every operation (method, path, operationId, no schemas) is cached with it, so a
 * request for a spec'd but unimplemented operation is still told apart from an unknown path.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIBackend, OpenAPIRouter } from 'openapi-backend';
import type { AjvCustomizer, Document, Operation } from 'openapi-backend';

type Ajv = Parameters<AjvCustomizer>[0];

/** Bump when normalise() or prune() change, to invalidate cached documents. */
const NORMALISER_VERSION = 5;

export const API_ROOT = '/api/v3';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface SkeletonOperation {
  method: string;
  path: string;
  operationId: string;
}

export interface LoadedSpec {
  /** openapi-backend over the pruned document: getOperation, validateRequest, validateResponse. */
  api: OpenAPIBackend;
  /** Router over every operation of the full description (no schemas), for 'unimplemented'. */
  skeleton: OpenAPIRouter;
  /** Milliseconds spent loading (cache read or build + openapi-backend init). */
  loadMs: number;
  /** True when the pruned document came from the disk cache. */
  cached: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The spec file, found without importing the (385 MB) package. */
export function specFile(): string {
  try {
    return require.resolve('@octokit/openapi/generated/api.github.com.json');
  } catch {
    return join(here, '../../node_modules/@octokit/openapi/generated/api.github.com.json');
  }
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rewrite OpenAPI 3.0 `nullable: true` into JSON Schema ajv understands:
 * - with `type`: `type: [T, 'null']` (and `null` added to an `enum` that lacks it);
 * - without `type` (allOf/anyOf/oneOf/$ref): `anyOf: [<schema without nullable>, {type: 'null'}]`.
 * `example`/`examples` keywords (not property names) are dropped: they are large and unused.
 * `oneOf` becomes `anyOf`: the description's alternatives overlap (e.g. a 409 of `basic-error` or
 * `repository-rule-violation-error`, neither closed to extra properties), so a body matching two of
 * them would fail `oneOf` although it is exactly what GitHub sends.
 */
export function normalise(node: Json, parentKey?: string): Json {
  if (Array.isArray(node)) return node.map((n) => normalise(n));
  if (!isObject(node)) return node;
  const inPropertyMap = parentKey === 'properties';
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (!inPropertyMap && (k === 'example' || k === 'examples')) continue;
    // A schema with both oneOf and anyOf keeps its own anyOf under allOf (below).
    if (!inPropertyMap && k === 'anyOf' && 'oneOf' in node) continue;
    out[!inPropertyMap && k === 'oneOf' ? 'anyOf' : k] = normalise(v, k);
  }
  if (!inPropertyMap && 'oneOf' in node && 'anyOf' in node) {
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), { anyOf: normalise(node.anyOf ?? null) }];
  }
  if (!inPropertyMap && out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    // $ref with siblings is ignored by OpenAPI 3.0, so keep the $ref alone in the branch.
    return { anyOf: [out, { type: 'null' }] };
  }
  if (!inPropertyMap && out.nullable === false) delete out.nullable;
  return out;
}

/** Keep the given operations (by operationId) and every component they reference, transitively. */
export function prune(doc: JsonObject, operationIds: Set<string>): JsonObject {
  const paths: JsonObject = {};
  const wanted = new Set<string>();
  const collect = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
          if (!wanted.has(v)) {
            wanted.add(v);
            collect(resolvePointer(doc, v));
          }
        } else collect(v);
      }
    }
  };
  for (const [p, item] of Object.entries((doc.paths ?? {}) as JsonObject)) {
    if (!isObject(item)) continue;
    const kept: JsonObject = {};
    for (const [m, op] of Object.entries(item)) {
      if (isObject(op) && typeof op.operationId === 'string' && operationIds.has(op.operationId))
        kept[m] = op;
    }
    if (Object.keys(kept).length === 0) continue;
    if (item.parameters) kept.parameters = item.parameters;
    paths[p] = kept;
    collect(kept);
  }
  const components: Record<string, JsonObject> = {};
  for (const ref of wanted) {
    const [, , kind, ...rest] = ref.split('/');
    const name = rest.join('/').replace(/~1/g, '/').replace(/~0/g, '~');
    if (!kind) continue;
    components[kind] ??= {};
    components[kind][name] = resolvePointer(doc, ref);
  }
  return { openapi: doc.openapi ?? '3.0.3', info: doc.info ?? {}, paths, components };
}

function resolvePointer(doc: JsonObject, ref: string): Json {
  let node: Json = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? (node[key] ?? null) : null;
  }
  return node;
}

function skeletonOf(doc: JsonObject): SkeletonOperation[] {
  const ops: SkeletonOperation[] = [];
  for (const [p, item] of Object.entries((doc.paths ?? {}) as JsonObject)) {
    if (!isObject(item)) continue;
    for (const [m, op] of Object.entries(item)) {
      if (isObject(op) && typeof op.operationId === 'string')
        ops.push({ method: m, path: p, operationId: op.operationId });
    }
  }
  return ops;
}

function skeletonDocument(ops: SkeletonOperation[]): Document {
  const paths: Record<string, Record<string, { operationId: string; responses: object }>> = {};
  for (const op of ops) (paths[op.path] ??= {})[op.method] = { operationId: op.operationId, responses: {} };
  return { openapi: '3.0.3', info: { title: 'skeleton', version: '0' }, paths };
}

/** RFC 3339 date-time as GitHub prints it; other formats are checked loosely or not at all. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function addFormats(ajv: Ajv): Ajv {
  ajv.addFormat('date-time', { type: 'string', validate: (s: string) => DATE_TIME.test(s) });
  ajv.addFormat('date', { type: 'string', validate: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) });
  ajv.addFormat('uri', {
    type: 'string',
    validate: (s: string) => {
      try {
        new URL(s);
        return true;
      } catch {
        return false;
      }
    },
  });
  ajv.addFormat('email', { type: 'string', validate: (s: string) => /^[^\s@]+@[^\s@]+$/.test(s) });
  for (const name of ['uri-template', 'repo.nwo', 'timestamp', 'hostname', 'ipv4', 'ipv6', 'uuid', 'regex']) {
    ajv.addFormat(name, true);
  }
  return ajv;
}

interface CacheFile {
  document: JsonObject;
  skeleton: SkeletonOperation[];
}

function cacheDir(): string {
  return join(here, '../../node_modules/.cache/release-actions');
}

/**
 * Where GitHub's documentation and its OpenAPI description disagree, the documented behaviour wins:
 * - release-asset `state` lists only `uploaded` and `open`, but "Upload a release asset" documents that
 *   an upstream failure "may leave an empty asset with a state of `starter`".
 */
function patchKnownGaps(doc: JsonObject): void {
  const components = doc.components;
  const schemas = isObject(components) ? components.schemas : undefined;
  const asset = isObject(schemas) ? schemas['release-asset'] : undefined;
  const props = isObject(asset) ? asset.properties : undefined;
  const state = isObject(props) ? props.state : undefined;
  if (isObject(state) && Array.isArray(state.enum) && !state.enum.includes('starter')) {
    state.enum = [...state.enum, 'starter'];
  }
}

function buildCache(file: string, operationIds: Set<string>): CacheFile {
  const full = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  const skeleton = skeletonOf(full);
  const document = normalise(prune(full, operationIds)) as JsonObject;
  patchKnownGaps(document);
  return { document, skeleton };
}

/** Load the (cached) pruned, normalised document and initialise openapi-backend over it. */
export async function loadSpec(implemented: Iterable<string>): Promise<LoadedSpec> {
  const started = performance.now();
  const ids = new Set(implemented);
  const file = specFile();
  const st = statSync(file);
  const key = createHash('sha256')
    .update(JSON.stringify([NORMALISER_VERSION, st.size, st.mtimeMs, [...ids].sort()]))
    .digest('hex')
    .slice(0, 16);
  const cachePath = join(cacheDir(), `github-spec-${key}.json`);
  let data: CacheFile;
  let cached = true;
  try {
    data = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
  } catch {
    cached = false;
    data = buildCache(file, ids);
    try {
      mkdirSync(cacheDir(), { recursive: true });
      // Two jest workers may write at once: write aside, then rename atomically.
      const tmp = `${cachePath}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, cachePath);
      // Older documents (another spec version or set of handlers) are dead weight.
      for (const f of readdirSync(cacheDir())) {
        if (/^github-spec-[0-9a-f]+\.json$/.test(f) && join(cacheDir(), f) !== cachePath) {
          rmSync(join(cacheDir(), f), { force: true });
        }
      }
    } catch {
      // a read-only node_modules only costs speed
    }
  }
  const api = new OpenAPIBackend({
    definition: data.document as unknown as Document,
    apiRoot: API_ROOT,
    quick: true,
    strict: false,
    validate: true,
    ajvOpts: { strict: false, allErrors: true, validateSchema: false },
    customizeAjv: (ajv) => addFormats(ajv),
  });
  await api.init();
  const skeleton = new OpenAPIRouter({ definition: skeletonDocument(data.skeleton), apiRoot: API_ROOT });
  return { api, skeleton, loadMs: performance.now() - started, cached };
}

export type { Operation };
