import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 232:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(428);
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(962);
/* harmony import */ var _shared_src_registry_client_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(22);
/* harmony import */ var _shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(23);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(624);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(171);






await (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(async ({ log, summary }) => {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInputs */ .G)((0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunnerContext */ .gi)());
    const config = (0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .readDockerConfig */ .TO)((0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerConfigPath */ .Q1)(process.env), { mask: _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecret */ .$l });
    if (config.helpers.length)
        log.info(`Docker credential helpers are not run (configured for: ${config.helpers.join(', ')}).`);
    const { username, password, targetRegistry } = inputs;
    const registry = new _shared_src_registry_client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .b({
        credentials: (0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .chainLookups */ .F2)((r) => r === targetRegistry && username && password ? { kind: 'basic', username, password } : undefined, config.lookup),
        mask: _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecret */ .$l,
        warn: (message) => log.warning(message),
        insecure: inputs.insecureRegistries,
        userAgent: 'release-actions/publish-runenv',
    });
    // Silent, and printed through the log: docker's output echoes image names the inputs gave.
    const docker = async (args) => {
        log.info(`[command]docker ${args.join(' ')}`);
        const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('docker', args, { ignoreReturnCode: true, silent: true });
        const output = `${result.stdout}${result.stderr}`.trimEnd();
        if (output !== '')
            log.info(output);
        return result;
    };
    const { outputs, failure } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .e)(inputs, { log, summary, registry, docker });
    (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)(outputs);
    if (failure)
        throw failure;
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ getInputs)
});

// EXTERNAL MODULE: ./build/js/shared/src/action/index.js + 7 modules
var action = __nccwpck_require__(962);
// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var reference = __nccwpck_require__(366);
;// CONCATENATED MODULE: ./build/js/actions/publish-runenv/src/naming.js
/**
 * The names an image is published under, covering both seed conventions: seed 000's
 * `runenv-<payload>` plus aliases (`runenv-python`, `runenv-python-3.7`) and seed 004's
 * `kontain/<name>-<platform>:<version>`, each with every tag (`latest`, the commit, a release tag).
 */

/** Why a name template cannot work, or undefined. */
function templateProblem(template) {
    const unknown = [...template.matchAll(/\{([^}]*)\}/g)]
        .map((m) => m[1])
        .filter((p) => p !== 'name' && p !== 'platform');
    if (unknown.length)
        return `only {name} and {platform} placeholders (not {${unknown.join('}, {')}})`;
    if (!template.includes('{name}'))
        return 'a template containing {name}, such as runenv-{name}';
    return undefined;
}
/** The repository for one name: the template filled in under the target. */
function repositoryFor(naming, name) {
    const path = naming.template.replace(/\{name\}/g, name).replace(/\{platform\}/g, naming.platform ?? '');
    const problem = (0,reference/* repositoryProblem */.Ki)(path);
    if (problem)
        throw new Error(`${naming.template} with name ${JSON.stringify(name)} gives "${path}": ${problem}`);
    return (0,reference/* parseReference */.F2)(`${naming.target}/${path}`);
}
/** Tags with `{sha}` and `{short-sha}` filled in, duplicates dropped; throws with the grammar's reason. */
function expandTags(tags, sha) {
    const expanded = tags.map((tag) => tag.replace(/\{sha\}/g, sha).replace(/\{short-sha\}/g, sha.slice(0, 7)));
    for (const tag of expanded) {
        const problem = (0,reference/* tagProblem */.qH)(tag);
        if (problem)
            throw new Error(`"${tag}": ${problem}`);
    }
    return [...new Set(expanded)];
}
/** Every reference to publish: each name's repository with each tag. */
function targetReferences(naming, tags) {
    return naming.names.flatMap((name) => {
        const repository = repositoryFor(naming, name);
        return tags.map((tag) => ({ registry: repository.registry, repository: repository.repository, tag }));
    });
}

;// CONCATENATED MODULE: ./build/js/actions/publish-runenv/src/inputs.js
/** action.yml inputs → one validated Inputs object (every reference computed and checked before any write). */



function inputs_reference(input, value) {
    try {
        return (0,reference/* parseReference */.F2)(value);
    }
    catch (error) {
        if (error instanceof reference/* InvalidReferenceError */.x_)
            throw new action/* InputError */.dz(input, value, `a valid image reference (${error.reason})`);
        throw error;
    }
}
function targetOf(value) {
    if (value === undefined)
        throw new action/* InputError */.dz('target', '', 'the registry and namespace to publish to, such as docker.io/kontainapp');
    const target = value.replace(/\/+$/, '');
    const probe = inputs_reference('target', `${target}/probe`);
    if (probe.tag !== undefined || probe.digest !== undefined || target.includes('@'))
        throw new action/* InputError */.dz('target', value, 'a registry and namespace without tag or digest, such as docker.io/kontainapp');
    return { target, registry: probe.registry };
}
/** A repository given in full (its first component is a registry host) or under the target. */
function underTarget(value, target) {
    const first = value.split('/')[0] ?? '';
    const isHost = value.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    return isHost ? value : `${target}/${value}`;
}
function names(naming, payload, aliases) {
    const all = [...(payload !== undefined ? [payload] : []), ...aliases];
    for (const [index, name] of all.entries()) {
        try {
            repositoryFor({ ...naming, names: [] }, name);
        }
        catch (error) {
            const input = index === 0 && payload !== undefined ? 'payload' : 'aliases';
            throw new action/* InputError */.dz(input, name, `a name that makes a valid repository (${error.message})`);
        }
    }
    return [...new Set(all)];
}
function getInputs(context) {
    const sourceFrom = (0,action/* getEnumInput */.iv)('source-from', ['registry', 'docker-daemon'], 'registry');
    const source = (0,action/* getOptionalInput */.lI)('source');
    const { target, registry } = targetOf((0,action/* getOptionalInput */.lI)('target'));
    const template = (0,action/* getOptionalInput */.lI)('name-template') ?? 'runenv-{name}';
    const problem = templateProblem(template);
    if (problem)
        throw new action/* InputError */.dz('name-template', template, problem);
    const platform = (0,action/* getOptionalInput */.lI)('platform');
    if (template.includes('{platform}') && platform === undefined)
        throw new action/* InputError */.dz('platform', '', `a platform such as fedora, since name-template ${template} uses {platform}`);
    const naming = { target, template, ...(platform !== undefined ? { platform } : {}) };
    const payload = (0,action/* getOptionalInput */.lI)('payload');
    const allNames = names(naming, payload, (0,action/* getListInput */.DF)('aliases'));
    const cleanupTag = (0,action/* getOptionalInput */.lI)('cleanup-tag');
    const extraRepositories = (0,action/* getListInput */.DF)('cleanup-repositories');
    const tagList = (0,action/* getListInput */.DF)('tags');
    const sha = (0,action/* getOptionalInput */.lI)('sha') ?? context.sha;
    const username = (0,action/* getOptionalInput */.lI)('username');
    const password = (0,action/* getOptionalInput */.lI)('password', { secret: true });
    if ((username === undefined) !== (password === undefined))
        throw new action/* InputError */.dz(username === undefined ? 'username' : 'password', '', 'both username and password, or neither');
    const common = {
        sourceFrom,
        targetRegistry: registry,
        ...(username !== undefined && password !== undefined ? { username, password } : {}),
        insecureRegistries: (0,action/* getListInput */.DF)('insecure-registries'),
        dryRun: (0,action/* getBooleanInput */.Vt)('dry-run'),
        deleteTagsByName: (0,action/* getBooleanInput */.Vt)('delete-tags-by-name'),
    };
    if (cleanupTag !== undefined) {
        const tagIssue = (0,reference/* tagProblem */.qH)(cleanupTag);
        if (tagIssue)
            throw new action/* InputError */.dz('cleanup-tag', cleanupTag, `a tag such as CI-1234 (${tagIssue})`);
        const extra = extraRepositories.map((value) => {
            const r = inputs_reference('cleanup-repositories', underTarget(value, target));
            // The value as given, tag and all: the tag is what is wrong with it.
            if (r.tag !== undefined || r.digest !== undefined)
                throw new action/* InputError */.dz('cleanup-repositories', value, `repositories without tag or digest (cleanup-tag names the tag to delete), such as ${r.registry}/${r.repository}`);
            return r;
        });
        const repositories = [...allNames.map((name) => repositoryFor({ ...naming, names: [] }, name)), ...extra];
        if (repositories.length === 0)
            throw new action/* InputError */.dz('cleanup-repositories', '', 'repositories to clean: payload, aliases or cleanup-repositories');
        return { ...common, mode: 'cleanup', cleanupTag, cleanupRepositories: repositories, references: [] };
    }
    if (source === undefined)
        throw new action/* InputError */.dz('source', '', 'the image to publish (or cleanup-tag for cleanup mode)');
    if (payload === undefined)
        throw new action/* InputError */.dz('payload', '', 'the payload name, such as python');
    const requested = tagList.length ? tagList : ['latest', '{sha}'];
    if (requested.some((t) => t.includes('{sha}') || t.includes('{short-sha}')) &&
        !/^[0-9a-f]{7,64}$/i.test(sha))
        throw new action/* InputError */.dz('sha', sha, 'a commit SHA for {sha} in tags (GITHUB_SHA is empty or not a SHA)');
    let tags;
    try {
        tags = expandTags(requested, sha);
    }
    catch (error) {
        throw new action/* InputError */.dz('tags', requested.join(', '), `valid tags: ${error.message}`);
    }
    const sourceReference = sourceFrom === 'registry' ? inputs_reference('source', source) : undefined;
    if (sourceFrom === 'docker-daemon')
        inputs_reference('source', source);
    return {
        ...common,
        mode: 'publish',
        source,
        ...(sourceReference ? { sourceReference } : {}),
        references: targetReferences({ ...naming, names: allNames }, tags),
        cleanupRepositories: [],
    };
}


/***/ }),

/***/ 171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var registry_reference = __nccwpck_require__(366);
// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(691);
;// CONCATENATED MODULE: ./build/js/shared/src/plan/plan.js
class Plan {
    effects = [];
    add(effect) {
        this.effects.push(effect);
        return this;
    }
    get isEmpty() {
        return this.effects.length === 0;
    }
    /** One numbered line per effect, as printed in the log and the job summary. */
    lines() {
        return this.effects.map((e, i) => `${i + 1}. ${e.kind} ${e.target}${e.detail ? ` — ${e.detail}` : ''}`);
    }
}
class PlanError extends Error {
    applied;
    failed;
    pending;
    name = 'PlanError';
    constructor(message, applied, failed, pending, options) {
        super(message, options);
        this.applied = applied;
        this.failed = failed;
        this.pending = pending;
    }
}
/** Print the plan and apply it in order unless `dryRun`. */
async function executePlan(plan, options) {
    const { dryRun, log } = options;
    await log.group(`Plan: ${plan.effects.length} effect${plan.effects.length === 1 ? '' : 's'}${dryRun ? ' (dry run)' : ''}`, () => {
        for (const line of plan.isEmpty ? ['nothing to do'] : plan.lines())
            log.info(line);
        return Promise.resolve();
    });
    if (dryRun) {
        log.info(`Dry run: ${plan.effects.length} effect(s) planned, nothing written.`);
        return { dryRun, applied: 0 };
    }
    for (const [index, effect] of plan.effects.entries()) {
        try {
            await effect.apply();
            log.info(`done: ${effect.kind} ${effect.target}`);
        }
        catch (error) {
            const applied = plan.effects.slice(0, index);
            const pending = plan.effects.slice(index + 1);
            const said = (list) => list.length ? list.map((e) => `${e.kind} ${e.target}`).join('; ') : 'none';
            throw new PlanError(`${effect.kind} ${effect.target} failed. Applied before it: ${said(applied)}. Not applied: ${said(pending)}.`, applied, effect, pending, { cause: error });
        }
    }
    return { dryRun, applied: plan.effects.length };
}

// EXTERNAL MODULE: ./build/js/shared/src/registry/manifest.js
var registry_manifest = __nccwpck_require__(702);
;// CONCATENATED MODULE: ./build/js/shared/src/registry/cleanup.js

/** How deep an index of indexes is searched for the digest. */
const MAX_INDEX_DEPTH = 4;
/** True when the index `digest` refers to `wanted` at any depth (bounded); each index read once. */
async function indexContains(client, repository, digest, wanted, seen, depth = 0) {
    if (depth >= MAX_INDEX_DEPTH)
        return false;
    let children = seen.get(digest);
    if (!children) {
        children = client.getManifest(repository, digest).then((raw) => (0,registry_manifest/* parseManifest */.Ng)(raw).manifests);
        seen.set(digest, children);
    }
    for (const child of await children) {
        if (child.digest === wanted)
            return true;
        if ((0,registry_manifest/* isIndexType */.$U)(child.mediaType) &&
            (await indexContains(client, repository, child.digest, wanted, seen, depth + 1)))
            return true;
    }
    return false;
}
/** The tags among `names` that use `digest`, directly or as a child of an index; HEADs each once. */
async function sharing(client, repository, names, digest, tags) {
    const shared = [];
    const seen = new Map();
    for (const name of names) {
        const head = await client.headManifest(repository, name);
        if (!head)
            continue;
        tags.set(name, head.digest);
        if (head.digest === digest)
            shared.push(name);
        else if ((0,registry_manifest/* isIndexType */.$U)(head.mediaType) &&
            (await indexContains(client, repository, head.digest, digest, seen)))
            shared.push(`${name} (as a child)`);
    }
    return shared;
}
/** Decide what removing `tag` from `repository` would do, without changing anything. */
async function planTagCleanup(client, repository, tag) {
    const names = await client.listTags(repository);
    const tags = new Map();
    const absent = () => ({ repository, tag, decision: 'absent', sharedWith: [], tags });
    if (!names.includes(tag))
        return absent();
    const head = await client.headManifest(repository, tag);
    if (!head)
        return absent();
    tags.set(tag, head.digest);
    const sharedWith = await sharing(client, repository, names.filter((n) => n !== tag), head.digest, tags);
    return {
        repository,
        tag,
        decision: sharedWith.length ? 'keep' : 'delete',
        digest: head.digest,
        sharedWith,
        tags,
    };
}
/** True when the cleanup removes the tag: its digest is unshared, or the tag is deleted by name. */
function removesTag(cleanup, byName) {
    return cleanup.decision === 'delete' || (byName && cleanup.decision === 'keep');
}
const bare = (shared) => shared.replace(/ \(as a child\)$/, '');
/**
 * Apply a planned cleanup, checking again just before: the tag must still name the same digest, and
 * (unless deleting by name) no tag created since the plan may use it. The tags are snapshotted just
 * before the DELETE and listed again after: the tag must be gone and every other tag still there.
 */
async function applyTagCleanup(client, cleanup, options = {}) {
    const byName = options.byName ?? false;
    if (!removesTag(cleanup, byName) || !cleanup.digest)
        return { outcome: cleanup.decision === 'keep' ? 'kept' : 'absent', cleanup };
    const { repository, tag, digest } = cleanup;
    const head = await client.headManifest(repository, tag);
    if (!head)
        return { outcome: 'absent', cleanup: { ...cleanup, decision: 'absent', sharedWith: [] } };
    if (head.digest !== digest) {
        const moved = { ...cleanup, digest: head.digest, tags: new Map([...cleanup.tags, [tag, head.digest]]) };
        return { outcome: 'changed', cleanup: moved };
    }
    // The snapshot: every tag now, with the digests planned; tags new since the plan are checked.
    const names = await client.listTags(repository);
    const snapshot = new Map([...cleanup.tags].filter(([name]) => names.includes(name)));
    const added = names.filter((name) => !cleanup.tags.has(name));
    const addedSharing = await sharing(client, repository, added, digest, snapshot);
    const now = {
        ...cleanup,
        sharedWith: [...cleanup.sharedWith, ...addedSharing],
        tags: snapshot,
    };
    if (!byName && addedSharing.length)
        return { outcome: 'kept', cleanup: { ...now, decision: 'keep' } };
    if (byName)
        await client.deleteTag(repository, tag);
    else
        await client.deleteManifest(repository, digest);
    const after = new Set(await client.listTags(repository));
    const name = `${repository.registry}/${repository.repository}`;
    if (after.has(tag))
        throw new Error(`${name}:${tag} is still listed after deleting it`);
    const lost = [...snapshot.keys()].filter((t) => t !== tag && !after.has(t));
    if (lost.length) {
        throw new Error(`${name}: deleting ${tag} (${digest}) also removed ${lost.map((t) => `${t} (was ${snapshot.get(t) ?? '?'})`).join(', ')}: ` +
            'a tag was moved onto the digest between the check and the DELETE (the registry API cannot prevent this race); push those tags again');
    }
    for (const other of now.sharedWith.map(bare)) {
        if (!after.has(other))
            throw new Error(`${name}:${other} went with ${tag}: the registry deleted more than the tag`);
    }
    return { outcome: 'deleted', cleanup: now };
}

// EXTERNAL MODULE: ./build/js/shared/src/registry/errors.js
var registry_errors = __nccwpck_require__(836);
;// CONCATENATED MODULE: ./build/js/actions/publish-runenv/src/cleanup.js
/**
 * Cleanup mode (seed 004: "CI/CD should clean up images in registry after the run"): remove exactly
 * the CI tag from each repository. The registry deletes by digest, which would take every other tag
 * on that digest along, so a digest another tag still uses is kept and reported instead, unless the
 * user says the registry deletes a tag by name (`delete-tags-by-name`). Each repository is planned
 * and applied on its own: one that fails is reported as `error` and the others still cleaned.
 */





function entry(cleanup, result) {
    return {
        reference: `${(0,registry_reference/* repositoryName */.aR)(cleanup.repository)}:${cleanup.tag}`,
        result,
        ...(cleanup.digest ? { digest: cleanup.digest } : {}),
        'shared-with': cleanup.sharedWith,
    };
}
/** What to do when the registry deletes nothing through the distribution API. */
const UNSUPPORTED_HINT = "The tag is still there. Remove it with the registry's own tools (Docker Hub: hub.docker.com or its Hub API; ACR: az acr repository untag), or run without delete-tags-by-name so a CI tag that shares its digest is kept and reported instead.";
function message(error) {
    if (error instanceof registry_errors/* DeleteUnsupportedError */.BG)
        return `${error.message}. ${UNSUPPORTED_HINT}`;
    return error instanceof Error ? error.message : String(error);
}
/** Plan and (unless a dry run) apply the cleanup of one repository; failures become an `error` entry. */
async function cleanOne(tag, repository, options, client, deps) {
    const reference = `${(0,registry_reference/* repositoryName */.aR)(repository)}:${tag}`;
    let planned;
    try {
        planned = await planTagCleanup(client, repository, tag);
    }
    catch (error) {
        return { reference, result: 'error', 'shared-with': [], error: message(error) };
    }
    if (!removesTag(planned, options.byName))
        return entry(planned, planned.decision === 'keep' ? 'kept' : 'absent');
    let result = entry(planned, 'would delete');
    const plan = new Plan().add({
        kind: 'delete tag',
        target: reference,
        detail: planned.decision === 'delete'
            ? `manifest ${planned.digest ?? ''} (no other tag uses it)`
            : `by name, keeping ${planned.digest ?? ''} for ${planned.sharedWith.join(', ')}`,
        apply: async () => {
            const done = await applyTagCleanup(client, planned, { byName: options.byName });
            result = entry(done.cleanup, done.outcome);
        },
    });
    try {
        await executePlan(plan, { dryRun: options.dryRun, log: deps.log });
    }
    catch (error) {
        return { ...result, result: 'error', error: message(error instanceof PlanError ? error.cause : error) };
    }
    return result;
}
/**
 * Remove `tag` from every repository where no other tag uses its digest (or, `byName`, wherever it
 * is, with the registry's tag delete); report each one. Throws once at the end, naming every
 * repository that failed, after the entries (for outputs and summary) are handed to `report`.
 */
async function cleanupTag(tag, repositories, options, client, deps) {
    const entries = [];
    for (const repository of repositories)
        entries.push(await cleanOne(tag, repository, options, client, deps));
    for (const e of entries) {
        if (e.result === 'kept') {
            deps.log.warning(`Kept ${e.reference}: its digest ${e.digest ?? ''} is also tagged ${e['shared-with'].join(', ')}, and deleting the digest would delete those tags too (delete-tags-by-name: true removes the tag alone where the registry supports it).`);
        }
        else if (e.result === 'absent') {
            deps.log.info(`${e.reference} does not exist: nothing to delete.`);
        }
        else if (e.result === 'changed') {
            deps.log.warning(`Left ${e.reference} alone: it was moved to ${e.digest ?? ''} after it was checked (another run pushed it?); nothing was deleted.`);
        }
    }
    deps.summary.heading(`Cleanup of ${tag}`).table(['reference', 'result', 'digest', 'shared with'], entries.map((e) => [
        e.reference,
        e.result === 'error' ? `error: ${e.error ?? ''}` : e.result,
        e.digest ?? '',
        e['shared-with'].join(', '),
    ]));
    const failed = entries.filter((e) => e.result === 'error');
    if (!failed.length)
        return { entries };
    return {
        entries,
        failure: new errors/* UserError */.yo(`Cleanup of ${tag} failed for ${failed.map((e) => e.reference).join(', ')} (the others were cleaned): ${failed.map((e) => e.error ?? '').join('; ')}`),
    };
}

;// CONCATENATED MODULE: ./build/js/actions/publish-runenv/src/docker-daemon.js
/**
 * A source in the local Docker daemon is out of reach of the registry API, so it goes through the
 * docker CLI as seed 004 does it: tag the image with the target name, push, then clear the tag again
 * (also when the push fails). The registry path is the primary one; this needs a prior docker login.
 *
 * The user's own tags are never lost: the source is resolved to its image ID first and tagged from
 * the ID; a reference that is the source itself after Docker's normalisation is pushed as it is; and
 * a reference that already existed locally is put back on its image afterwards instead of removed.
 */



const HOW = {
    absent: 'docker tag, push, untag',
    source: 'docker push (the source itself)',
    other: 'docker tag, push, tag restored',
};
/**
 * The docker commands that publish the image `sourceId` as `reference`, in order; `local` is what
 * `reference` named before. The last command (clear or restore the tag) runs even when the push fails.
 */
function dockerCommands(sourceId, reference, local) {
    if (local.kind === 'source')
        return [['push', reference]];
    const restore = local.kind === 'other' ? ['tag', local.id, reference] : ['image', 'rm', reference];
    return [['tag', sourceId, reference], ['push', reference], restore];
}
/** The digest in `docker push` output (`latest: digest: sha256:… size: 1234`). */
function pushedDigest(output) {
    return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}
/** `name[:tag]` as Docker normalises it (`kontainapp/x` → `docker.io/kontainapp/x:latest`). */
function normalisedName(name) {
    const ref = (0,registry_reference/* parseReference */.F2)(name);
    return (0,registry_reference/* formatReference */.FH)({ ...ref, ...(ref.digest || ref.tag ? {} : { tag: 'latest' }) });
}
async function docker(cli, args) {
    const result = await cli(args);
    if (result.exitCode !== 0) {
        throw new errors/* UserError */.yo(`docker ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return result.stdout;
}
/**
 * The image ID a local name resolves to; undefined when the daemon has no such image. Any other
 * failure (a stopped daemon, DOCKER_HOST pointing nowhere, no permission on the socket) is not "no
 * image" and is said as it is.
 */
async function imageId(cli, name) {
    const result = await cli(['image', 'inspect', '--format', '{{.Id}}', name]);
    if (result.exitCode === 0)
        return result.stdout.trim() || undefined;
    const said = result.stderr.trim() || result.stdout.trim();
    if (/no such (image|object)/i.test(said))
        return undefined;
    throw new errors/* UserError */.yo(`The Docker daemon could not be reached: docker image inspect ${name} exited ${result.exitCode}: ${said || 'no message'}. Start the daemon (or point DOCKER_HOST at it); \`docker info\` shows whether the docker CLI reaches one.`);
}
/** Publish a local image with the docker CLI; every reference must come out at the same digest. */
async function publishFromDaemon(source, references, dryRun, cli, deps) {
    const sourceId = await imageId(cli, source);
    if (!sourceId)
        throw new errors/* UserError */.yo(`The local Docker daemon has no image ${source} (docker image inspect).`);
    const sourceName = normalisedName(source);
    const published = [];
    const plan = new Plan();
    for (const target of references) {
        const name = (0,registry_reference/* formatReference */.FH)(target);
        let local = { kind: 'absent' };
        if (name === sourceName)
            local = { kind: 'source' };
        else {
            const id = await imageId(cli, name);
            if (id === sourceId)
                local = { kind: 'source' };
            else if (id)
                local = { kind: 'other', id };
        }
        const commands = dockerCommands(sourceId, name, local);
        const pushAt = commands.findIndex((c) => c[0] === 'push');
        plan.add({
            kind: 'docker push',
            target: name,
            detail: commands.map((c) => `docker ${c.join(' ')}`).join('; '),
            apply: async () => {
                const before = commands.slice(0, pushAt);
                const after = commands.slice(pushAt + 1);
                for (const command of before)
                    await docker(cli, command);
                try {
                    const digest = pushedDigest(await docker(cli, commands[pushAt] ?? []));
                    if (!digest)
                        throw new errors/* UserError */.yo(`docker push ${name} printed no digest`);
                    published.push({ reference: name, digest, how: HOW[local.kind] });
                }
                finally {
                    for (const command of after)
                        await docker(cli, command);
                }
            },
        });
    }
    await executePlan(plan, { dryRun, log: deps.log });
    const digests = [...new Set(published.map((p) => p.digest))];
    if (digests.length > 1) {
        throw new errors/* UserError */.yo(`The pushed references have different digests: ${published.map((p) => `${p.reference} ${p.digest}`).join('; ')}`);
    }
    return { digest: digests[0] ?? '', published };
}

;// CONCATENATED MODULE: ./build/js/shared/src/registry/copy.js

/** Blobs copied or mounted at once (each streamed, so memory stays flat). */
const BLOB_CONCURRENCY = 4;
/** Run `fn` over `items`, at most `limit` at a time; fails with the first failure once all settled. */
async function forEachLimited(items, limit, fn) {
    const queue = [...items];
    const errors = [];
    await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
            try {
                await fn(item);
            }
            catch (error) {
                errors.push(error);
            }
        }
    }));
    if (errors.length)
        throw errors[0];
}
/** How a target repository gets the image: retag (same repository), mount (same registry) or stream. */
function copyStrategy(source, target) {
    if (source.registry !== target.registry)
        return 'stream';
    return source.repository === target.repository ? 'retag' : 'mount';
}
/** Copies one source image to any number of repositories and tags, remembering what each already has. */
class ImageCopier {
    client;
    source;
    manifest;
    stats = {
        blobsMounted: 0,
        blobsUploaded: 0,
        bytesUploaded: 0,
        blobsPresent: 0,
        manifestsPut: 0,
    };
    children = new Map();
    /** `registry/repository@digest` of the child manifests known to be in place. */
    present = new Set();
    /**
     * `registry/repository@digest` → the blob's placement, settled or in flight: a layer repeated in a
     * manifest (or shared by an index's children) is mounted or uploaded once, whichever worker asks.
     */
    blobs = new Map();
    /** `registry@digest` → a repository of that registry that has the blob (to mount from). */
    placed = new Map();
    constructor(client, source, manifest) {
        this.client = client;
        this.source = source;
        this.manifest = manifest;
    }
    /** Make `target:tag` name the source manifest. */
    async copyTo(target, tag) {
        await this.copyToTags(target, [tag]);
        return this.manifest.digest;
    }
    /**
     * Make every `target:tag` name the source manifest: content first, then the tags' manifest PUTs
     * side by side. When some PUTs fail, the error names the tags that were put and those that were not.
     */
    async copyToTags(target, tags) {
        await this.ensureContent(target, this.manifest);
        const results = await Promise.allSettled(tags.map((tag) => this.client.putManifest(target, tag, this.manifest)));
        const done = tags.filter((_, i) => results[i]?.status === 'fulfilled');
        this.stats.manifestsPut += done.length;
        const failure = results.find((r) => r.status === 'rejected');
        if (failure) {
            const failed = tags.filter((_, i) => results[i]?.status === 'rejected');
            throw new Error(`${target.registry}/${target.repository}: tagged ${done.join(', ') || 'nothing'}; not tagged ${failed.join(', ')}`, { cause: failure.reason });
        }
    }
    /** The blobs and child manifests `manifest` needs, in place in `target`. */
    async ensureContent(target, manifest) {
        const strategy = copyStrategy(this.source, target);
        if (strategy === 'retag')
            return;
        const parsed = (0,registry_manifest/* parseManifest */.Ng)(manifest);
        await forEachLimited(parsed.blobs, BLOB_CONCURRENCY, (blob) => this.ensureBlob(target, blob, strategy));
        for (const child of parsed.manifests) {
            const key = `${target.registry}/${target.repository}@${child.digest}`;
            if (this.present.has(key))
                continue;
            const raw = await this.child(child);
            await this.ensureContent(target, raw);
            this.stats.manifestsPut++;
            await this.client.putManifest(target, child.digest, raw);
            this.present.add(key);
        }
    }
    async child(descriptor) {
        let raw = this.children.get(descriptor.digest);
        if (!raw) {
            raw = await this.client.getManifest(this.source, descriptor.digest);
            this.children.set(descriptor.digest, raw);
        }
        return raw;
    }
    ensureBlob(target, blob, strategy) {
        const key = `${target.registry}/${target.repository}@${blob.digest}`;
        let placing = this.blobs.get(key);
        if (!placing) {
            placing = this.placeBlob(target, blob, strategy);
            this.blobs.set(key, placing);
            // A failed placement may be tried again by a later copy.
            void placing.catch(() => this.blobs.delete(key));
        }
        return placing;
    }
    async placeBlob(target, blob, strategy) {
        // Mount from the source, or from a repository of the target registry this copy already filled.
        const from = strategy === 'mount' ? this.source : this.placed.get(`${target.registry}@${blob.digest}`);
        if (from && (await this.client.mountBlob(target, from, blob.digest))) {
            this.stats.blobsMounted++;
        }
        else if (strategy === 'stream' && !from && (await this.client.blobExists(target, blob.digest))) {
            this.stats.blobsPresent++;
        }
        else {
            await this.client.uploadBlob(target, blob.digest, blob.size, async () => {
                const { stream } = await this.client.openBlob(this.source, blob.digest);
                return stream;
            });
            this.stats.blobsUploaded++;
            this.stats.bytesUploaded += blob.size;
        }
        if (!this.placed.has(`${target.registry}@${blob.digest}`))
            this.placed.set(`${target.registry}@${blob.digest}`, target);
    }
}

;// CONCATENATED MODULE: ./build/js/actions/publish-runenv/src/publish.js
/**
 * Publish through the registry API (the primary path): read the source manifest once, then make
 * every target reference name it — a manifest PUT within the source repository, blob mounts within
 * the registry, streamed blobs across registries — and check that each tag resolves to the source.
 */






const publish_HOW = {
    retag: 'manifest PUTs only (same repository)',
    mount: 'blobs mounted from the source repository, then manifest PUTs',
    stream: 'blobs streamed from the source registry, then manifest PUTs',
};
/** The references grouped by repository, in their order. */
function byRepository(references) {
    const groups = new Map();
    for (const reference of references) {
        const key = (0,registry_reference/* repositoryName */.aR)(reference);
        groups.set(key, [...(groups.get(key) ?? []), reference]);
    }
    return new Map([...groups.values()].map((group) => [group[0], group]));
}
/** The digest each reference names now (absent: a new tag); one tag list per repository. */
async function currentDigests(client, references, deps) {
    const digests = new Map();
    const tagsOf = new Map();
    for (const target of references) {
        const key = (0,registry_reference/* repositoryName */.aR)(target);
        let tags = tagsOf.get(key);
        if (!tags) {
            try {
                tags = new Set(await client.listTags(target, 1000, { forPush: true }));
            }
            catch (error) {
                // Only informational: without the list every tag is treated as new.
                if (!(error instanceof registry_errors/* RegistryError */.gl) || ![401, 403].includes(error.status))
                    throw error;
                deps.log.debug(`Could not list the tags of ${key}: ${error.message}`);
                tags = new Set();
            }
            tagsOf.set(key, tags);
        }
        if (!target.tag || !tags.has(target.tag))
            continue;
        const head = await client.headManifest(target, target.tag);
        if (head)
            digests.set((0,registry_reference/* formatReference */.FH)(target), head.digest);
    }
    return digests;
}
/** Publish `source` under every reference; returns the source digest and what was pushed. */
async function publishFromRegistry(source, references, dryRun, client, deps) {
    const manifest = await client.getManifest(source, (0,registry_reference/* referenceTarget */.Z9)(source));
    const parsed = (0,registry_manifest/* parseManifest */.Ng)(manifest);
    deps.log.info(`Source ${(0,registry_reference/* formatReference */.FH)(source)}: ${manifest.digest} (${parsed.kind === 'index' ? `index of ${parsed.manifests.length} manifests` : `${parsed.blobs.length} blobs`})`);
    const copier = new ImageCopier(client, source, manifest);
    const published = [];
    const current = await currentDigests(client, references, deps);
    const plan = new Plan();
    for (const [repository, targets] of byRepository(references)) {
        const how = publish_HOW[copyStrategy(source, repository)];
        const tags = [];
        const moves = [];
        for (const target of targets) {
            const name = (0,registry_reference/* formatReference */.FH)(target);
            const now = current.get(name);
            if (now === manifest.digest) {
                deps.log.info(`${name} already names ${manifest.digest}: nothing to push.`);
                published.push({ reference: name, digest: manifest.digest, how: 'already there' });
                continue;
            }
            tags.push(target.tag ?? 'latest');
            if (now)
                moves.push(`moves ${target.tag ?? 'latest'} from ${now}`);
        }
        if (tags.length === 0)
            continue;
        plan.add({
            kind: 'push image',
            target: (0,registry_reference/* repositoryName */.aR)(repository),
            detail: [`tags ${tags.join(', ')}`, how, ...moves].join('; '),
            apply: async () => {
                await copier.copyToTags(repository, tags);
                for (const tag of tags)
                    published.push({ reference: `${(0,registry_reference/* repositoryName */.aR)(repository)}:${tag}`, digest: manifest.digest, how });
            },
        });
    }
    await executePlan(plan, { dryRun, log: deps.log });
    if (dryRun)
        return {
            digest: manifest.digest,
            published: references.map((r) => ({
                reference: (0,registry_reference/* formatReference */.FH)(r),
                digest: manifest.digest,
                how: publish_HOW[copyStrategy(source, r)],
            })),
        };
    const heads = await Promise.all(references.map((target) => client.headManifest(target, target.tag ?? 'latest')));
    const wrong = references.flatMap((target, index) => heads[index]?.digest === manifest.digest
        ? []
        : [`${(0,registry_reference/* formatReference */.FH)(target)} → ${heads[index]?.digest ?? 'missing'}`]);
    if (wrong.length) {
        throw new errors/* UserError */.yo(`Pushed, but these tags do not resolve to the source digest ${manifest.digest}: ${wrong.join('; ')}`);
    }
    const s = copier.stats;
    deps.log.info(`Verified ${references.length} reference(s) at ${manifest.digest}: ${s.manifestsPut} manifest PUT(s), ${s.blobsMounted} blob(s) mounted, ${s.blobsUploaded} uploaded (${s.bytesUploaded} bytes), ${s.blobsPresent} already present; ${client.requestCount} request(s).`);
    return {
        digest: manifest.digest,
        published,
        facts: {
            'blobs mounted': s.blobsMounted,
            'blobs uploaded': s.blobsUploaded,
            'bytes uploaded': s.bytesUploaded,
            'blobs already present': s.blobsPresent,
            requests: client.requestCount,
        },
    };
}

;// CONCATENATED MODULE: ./build/js/actions/publish-runenv/src/run.js




/**
 * Publish, or clean up; `failure` is set when some repositories could not be cleaned (the outputs
 * and summary describe every repository all the same, so the caller writes them, then fails).
 */
async function run(inputs, deps) {
    if (inputs.mode === 'cleanup') {
        const { entries, failure } = await cleanupTag(inputs.cleanupTag ?? '', inputs.cleanupRepositories, { dryRun: inputs.dryRun, byName: inputs.deleteTagsByName }, deps.registry, deps);
        return { outputs: { cleanup: entries }, ...(failure ? { failure } : {}) };
    }
    const source = inputs.source ?? '';
    const { digest, published, facts } = inputs.sourceReference
        ? await publishFromRegistry(inputs.sourceReference, inputs.references, inputs.dryRun, deps.registry, deps)
        : await publishFromDaemon(source, inputs.references, inputs.dryRun, deps.docker, deps);
    deps.summary
        .heading(`Published ${inputs.sourceReference ? (0,registry_reference/* formatReference */.FH)(inputs.sourceReference) : source}${inputs.dryRun ? ' (dry run)' : ''}`)
        .facts({ digest, references: inputs.references.length, ...facts })
        .table(['reference', 'digest', 'how'], (inputs.dryRun
        ? inputs.references.map((r) => ({ reference: (0,registry_reference/* formatReference */.FH)(r), digest, how: 'planned' }))
        : published).map((p) => [p.reference, p.digest, p.how]));
    return {
        outputs: {
            digest,
            references: (inputs.dryRun ? [] : published).map(({ reference, digest: d }) => ({
                reference,
                digest: d,
            })),
        },
    };
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Two kinds of failure: the user's (an input that cannot work — reported as one clear sentence, no
 * stack trace) and everything else (reported with its cause chain so it can be diagnosed).
 */
/** A user mistake in an input: names the input, the value received and what was expected. */
class InputError extends Error {
    input;
    value;
    expected;
    name = 'InputError';
    constructor(input, value, expected) {
        super(`Input '${input}' ${value === '' ? 'is empty' : `got ${quote(value)}`}: expected ${expected}`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/**
 * A failure the user can act on that is not one input's value (a release that already exists, a tag
 * that would move). Reported like InputError: one clear message, no stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
/** True for errors whose message is the whole story for the user. */
function isUserError(error) {
    return error instanceof InputError || error instanceof UserError;
}
/** The message of an error followed by its causes: `a: b: c`. */
function describeError(error) {
    const parts = [];
    let current = error;
    for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
        if (current instanceof Error) {
            parts.push(httpContext(current) + (current.message || current.name));
            current = current.cause;
        }
        else {
            parts.push(typeof current === 'string' ? current : (JSON.stringify(current) ?? typeof current));
            break;
        }
    }
    return parts.join(': caused by: ');
}
/** `GitHub answered 404 to GET https://…: ` for octokit's RequestError (it has status and request). */
function httpContext(error) {
    const { status, request } = error;
    if (typeof status !== 'number' || !request?.method || !request.url)
        return '';
    return `GitHub answered ${status} to ${request.method} ${request.url}: `;
}
function quote(value) {
    const shown = value.length > 200 ? `${value.slice(0, 200)}…` : value;
    return JSON.stringify(shown);
}


/***/ }),

/***/ 962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  Vt: () => (/* reexport */ getBooleanInput),
  iv: () => (/* reexport */ getEnumInput),
  DF: () => (/* reexport */ getListInput),
  lI: () => (/* reexport */ getOptionalInput),
  $l: () => (/* reexport */ maskSecret),
  gi: () => (/* reexport */ readRunnerContext),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: JobSummary, UserError, describeError, getMultilineInput, getRequiredInput, isUserError, runnerLogger

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(691);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./build/js/shared/src/log.js
/**
 * The logger every module takes as an argument. Only shared/src/action binds it to @actions/core;
 * tests use the memory logger below.
 */

/** Keeps every line, for tests of pure logic. */
class MemoryLogger {
    lines = [];
    info(message) {
        this.lines.push(message);
    }
    warning(message) {
        this.lines.push(`warning: ${message}`);
    }
    error(message) {
        this.lines.push(`error: ${message}`);
    }
    debug(message) {
        this.lines.push(`debug: ${message}`);
    }
    async group(name, fn) {
        this.lines.push(`group: ${name}`);
        return fn();
    }
}
/**
 * Would the runner take a line of `text` as a workflow command? Its rule (actions/runner,
 * ActionCommand.cs and OutputManager.cs): lines end at \n, \r or \r\n; a line is a `::name::` command
 * when it starts with `::` once leading whitespace is trimmed (.NET's whitespace, within \s and U+0085), and
 * a legacy `##[name]` command wherever `##[` appears in it. Erring on the safe side, any such line
 * counts, whether or not `name` is a command the runner knows.
 */
function hasCommandLine(text) {
    return text.split(/\r\n|\r|\n/).some((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}
/**
 * `text` made safe to print on the runner's log: unchanged when no line of it could be a workflow
 * command, otherwise printed verbatim between `::stop-commands::TOKEN` and `::TOKEN::`, the runner's
 * own way to show untrusted text (GitHub's "Stopping and starting workflow commands"). The token is
 * random per call, so the text cannot end the pause and run its own commands after it.
 */
function withoutWorkflowCommands(text) {
    if (!hasCommandLine(text))
        return text;
    let token;
    do
        token = `release-actions-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    while (text.includes(token));
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/outputs.js
/**
 * Everything an action says to the runner: log lines, workflow commands (masks, annotations, groups),
 * outputs and the job summary. The one file that prints.
 *
 * The runner's protocol is written here rather than taken from @actions/core: that package imports its
 * OIDC client at load, which loads @actions/http-client, its bundled undici and `tunnel` — a third of
 * a bundle's bytes and ~25 ms of every start, for a token none of these actions asks for. The protocol
 * is small and documented (GitHub's "Workflow commands for GitHub Actions"); the e2e tests read it
 * back as actions/runner does (test/harness/commands.ts).
 */





/** `%`, CR and LF escaped, as the runner unescapes a command's data. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value additionally escapes `:` and `,`, which separate properties. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Print `::name key=value,…::message` (properties without a value left out). */
function issueCommand(name, message, properties = {}) {
    const props = Object.entries(properties)
        // As @actions/core does: a property without a value (or 0) is left out.
        .filter((entry) => Boolean(entry[1]))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** An annotation's properties as the runner names them. */
function annotationProperties(annotation = {}) {
    return { title: annotation.title, file: annotation.file, line: annotation.startLine };
}
/** Append `name<<DELIMITER` … to a file command (GITHUB_OUTPUT), the delimiter random and absent from both. */
function appendFileCommand(variable, name, value) {
    const path = process.env[variable];
    if (!path) {
        // A runner always sets it; outside one, print the old command so the value is not lost.
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path} (${variable})`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/** Register a value the runner masks in every later line of the log. */
function addMask(value) {
    issueCommand('add-mask', value);
}
/** Fail the step: exit code 1 and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    issueCommand('error', message);
}
/** Set outputs: strings as they are, numbers and booleans as text, lists and objects as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        appendFileCommand('GITHUB_OUTPUT', name, typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
}
/**
 * The logger bound to the runner's log: annotations, groups, debug lines. No message can start a
 * workflow command: the newlines of annotations, debug lines and group names are escaped (each is one
 * `::command::` line), and an info line that could be read as a command is printed with commands
 * paused around it.
 */
const runnerLogger = {
    info: (message) => void process.stdout.write(`${withoutWorkflowCommands(message)}${external_node_os_namespaceObject.EOL}`),
    warning: (message, annotation) => issueCommand('warning', message, annotationProperties(annotation)),
    error: (message, annotation) => issueCommand('error', message, annotationProperties(annotation)),
    debug: (message) => issueCommand('debug', message),
    group: async (name, fn) => {
        issueCommand('group', name);
        try {
            return await fn();
        }
        finally {
            issueCommand('endgroup', '');
        }
    },
};
/**
 * A job summary built up while the action runs and written once at the end (also on failure, so a
 * person sees how far it got). Cells, headings and facts are plain text: HTML and markdown markup in
 * them are escaped.
 */
class JobSummary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${escapeCell(text)}\n`);
        return this;
    }
    paragraph(markdown) {
        this.parts.push(`${markdown}\n`);
        return this;
    }
    table(header, rows) {
        if (rows.length === 0)
            return this;
        const line = (cells) => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
        this.parts.push([line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    /** Key/value facts as a bullet list (`- **range**: v1.0.0 … v1.1.0`); empty values left out. */
    facts(entries) {
        const lines = Object.entries(entries)
            .filter((e) => e[1] !== undefined && e[1] !== '')
            .map(([key, value]) => `- **${escapeCell(key)}**: ${escapeCell(String(value))}`);
        if (lines.length)
            this.parts.push(`${lines.join('\n')}\n`);
        return this;
    }
    /** Markdown shown folded under a summary line (a section's text, a long list). */
    details(summary, markdown) {
        // The markdown renders as markdown, but cannot close the block it sits in.
        const inner = markdown.trim().replace(/<\/details/gi, '&lt;/details');
        this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${inner}\n\n</details>\n`);
        return this;
    }
    get isEmpty() {
        return this.parts.length === 0;
    }
    toMarkdown() {
        return this.parts.join('\n');
    }
    /** Append to GITHUB_STEP_SUMMARY when the runner provides one. */
    async write() {
        const path = process.env.GITHUB_STEP_SUMMARY;
        if (this.isEmpty || !path)
            return;
        try {
            await (0,promises_namespaceObject.access)(path, promises_namespaceObject.constants.R_OK | promises_namespaceObject.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
        }
        await (0,promises_namespaceObject.appendFile)(path, `${this.toMarkdown()}${external_node_os_namespaceObject.EOL}`, 'utf8');
    }
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Text for a table cell or heading: no markup survives (a PR title is not ours to render). */
function escapeCell(text) {
    return escapeHtml(text)
        .replace(/([\\`*_[\]|#])/g, '\\$1')
        .replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/inputs.js
/**
 * Typed input getters. Every action reads its inputs only through these, with the input's name as a
 * string literal first argument: the static checks match those names against action.yml.
 */


/** The input as the runner passes it (INPUT_<NAME>, spaces as `_`), trimmed. */
function raw(name, options = {}) {
    const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    if (options.secret && value !== '')
        addMask(value);
    return value;
}
/** A required input; InputError when empty. */
function getRequiredInput(name, options) {
    const value = raw(name, options);
    if (value === '')
        throw new InputError(name, '', 'a value (this input is required)');
    return value;
}
/** An optional input; undefined (not '') when empty. */
function getOptionalInput(name, options) {
    const value = raw(name, options);
    return value === '' ? undefined : value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A YAML 1.2 boolean (`true`/`false` in any of its three spellings); `fallback` when empty. */
function getBooleanInput(name, fallback = false) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* InputError */.dz(name, value, 'true or false');
}
/** A list given one item per line or comma-separated; empty items dropped. */
function getListInput(name) {
    return raw(name)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** One item per line (commas kept, for globs and paths); empty lines dropped. */
function getMultilineInput(name) {
    return raw(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/** One of a fixed set of values; `fallback` when empty. */
function getEnumInput(name, allowed, fallback) {
    const value = raw(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}
/** Register a value computed at run time (a derived token) so the log masks it. */
function maskSecret(value) {
    if (value !== '')
        addMask(value);
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/context.js
/** The runner's environment, read once into a typed object (not at module load, so tests can set it). */



/** Read the runner context; `GITHUB_REPOSITORY` is required, the rest default sensibly. */
function readRunnerContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is ${repository === '' ? 'not set' : `'${repository}'`}: expected owner/repo (the runner sets it; set it yourself outside Actions)`);
    }
    let event;
    const eventPath = env.GITHUB_EVENT_PATH;
    return {
        owner,
        repo,
        repository,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        get event() {
            return (event ??= readEvent(eventPath));
        },
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)(),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
    };
}
function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`GITHUB_EVENT_PATH points at ${path}, which cannot be read (${error.message})`, { cause: error });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`GITHUB_EVENT_PATH points at ${path}, which is not JSON (${error.message}); the runner writes the event's payload there`, { cause: error });
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        throw new errors/* UserError */.yo(`GITHUB_EVENT_PATH points at ${path}, which holds no JSON object (the event's payload)`);
    return payload;
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/run.js
/** The one place an action's failures are sorted and reported. */


/**
 * Run an action: a user error fails the step with its message alone; any other error fails it with
 * its cause chain, and the stack goes to the debug log. The job summary is written either way.
 */
async function runAction(main) {
    const summary = new JobSummary();
    try {
        await main({ log: runnerLogger, summary });
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            setFailed(error.message);
        }
        else {
            setFailed(`Unexpected failure: ${(0,errors/* describeError */.Uc)(error)}`);
            if (error instanceof Error && error.stack)
                runnerLogger.debug(error.stack);
        }
        summary.paragraph(`**Failed:** ${(0,errors/* isUserError */.iU)(error) ? error.message : (0,errors/* describeError */.Uc)(error)}`);
    }
    finally {
        try {
            await summary.write();
        }
        catch (error) {
            runnerLogger.warning(`Could not write the job summary: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/index.js







/***/ }),

/***/ 22:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: nextLink

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./build/js/shared/src/registry/errors.js
var errors = __nccwpck_require__(836);
;// CONCATENATED MODULE: ./build/js/shared/src/registry/auth.js

/** `registry-1.docker.io` → `docker.io`: hosts in one domain count as the same operator. */
const domainOf = (hostname) => hostname.split('.').slice(-2).join('.');
const TOKEN_TIMEOUT_MS = 60_000;
/** One registry's authorization state: the challenge it sent and the tokens obtained. */
class RegistryAuth {
    options;
    challenge;
    tokens = [];
    maskedBasic = false;
    warnedRealm = false;
    /** Requests sent to token services (for tests and benchmarks). */
    tokenRequests = 0;
    constructor(options) {
        this.options = options;
    }
    /**
     * The Authorization header for a request needing `scopes`: once the registry's challenge is known,
     * a missing token is fetched before the request rather than after its 401.
     */
    async authorize(scopes) {
        const header = this.headerFor(scopes);
        if (header || this.challenge?.scheme !== 'bearer')
            return header;
        await this.fetchToken(this.challenge, [...scopes]);
        return this.headerFor(scopes);
    }
    /** The cached Authorization header for `scopes`, or undefined. */
    headerFor(scopes) {
        if (!this.challenge)
            return undefined;
        if (this.challenge.scheme === 'basic')
            return this.basicHeader();
        return this.covering(scopes)?.header;
    }
    /**
     * Handle a 401: remember the challenge and obtain what it asks for. False when nothing better than
     * `sent` (the header the refused request carried) can be tried.
     */
    async answer(challenges, scopes, sent) {
        const chosen = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
        if (!chosen)
            return false;
        this.challenge = chosen;
        if (chosen.scheme === 'basic')
            return sent === undefined && this.basicHeader() !== undefined;
        const wanted = new Set(scopes);
        for (const scope of (chosen.params.scope ?? '').split(' '))
            if (scope)
                wanted.add(scope);
        const covering = this.covering([...wanted]);
        if (covering)
            return covering.header !== sent;
        await this.fetchToken(chosen, [...wanted]);
        return true;
    }
    /** A live token granted every action of every scope (`repository:a:pull` is covered by `…:pull,push`). */
    covering(scopes) {
        const now = Date.now();
        return this.tokens.find((t) => t.expiresAt > now &&
            scopes.every((scope) => {
                const { resource, actions } = splitScope(scope);
                const granted = t.scopes.get(resource);
                return granted !== undefined && actions.every((a) => granted.has(a));
            }));
    }
    basicHeader() {
        const credentials = this.options.credentials;
        if (credentials?.kind !== 'basic')
            return undefined;
        const encoded = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
        if (!this.maskedBasic)
            this.options.mask?.(encoded);
        this.maskedBasic = true;
        return `Basic ${encoded}`;
    }
    /** The realm's URL, refused when it would send credentials or tokens in the clear. */
    realmUrl(realm) {
        const registry = new URL(this.options.registryUrl);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new Error(`${registry.host} named the token service ${JSON.stringify(realm)}, which is not a URL`);
        }
        const plainOk = registry.protocol === 'http:';
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && plainOk)) {
            throw new Error(`${registry.host} (reached over ${registry.protocol.slice(0, -1)}) sends token requests to ${url.origin}; refusing to send credentials there over ${url.protocol.slice(0, -1)} (a plain-http token service is used only for a registry reached over plain http: loopback or insecure-registries)`);
        }
        if (this.options.credentials &&
            !this.warnedRealm &&
            domainOf(url.hostname) !== domainOf(registry.hostname)) {
            this.warnedRealm = true;
            this.options.warn?.(`${registry.host} sends its token requests, with your credentials for it, to another host: ${url.host}.`);
        }
        return url;
    }
    async fetchToken(challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new Error('the registry sent a Bearer challenge without a realm');
        const realmUrl = this.realmUrl(realm);
        const service = challenge.params.service;
        const credentials = this.options.credentials;
        let response;
        this.tokenRequests++;
        if (credentials?.kind === 'identity-token') {
            // The OAuth2 refresh-token grant docker uses for an identity token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                client_id: 'release-actions',
                ...(service ? { service } : {}),
                scope: scopes.join(' '),
            });
            response = await fetch(realmUrl, {
                method: 'POST',
                signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
                headers: {
                    'Content-Type': 'application/x-www-form-urlencoded',
                    'User-Agent': this.options.userAgent,
                },
                body: form,
            });
        }
        else {
            const url = new URL(realmUrl);
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const basic = this.basicHeader();
            if (credentials?.kind === 'basic')
                url.searchParams.set('account', credentials.username);
            response = await fetch(url, {
                signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
                headers: { 'User-Agent': this.options.userAgent, ...(basic ? { Authorization: basic } : {}) },
            });
        }
        const text = await response.text();
        if (!response.ok) {
            throw new errors/* RegistryError */.gl(response.status, 'GET', realm, (0,errors/* parseErrorBody */.kW)(text));
        }
        const body = JSON.parse(text);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new Error(`the token service ${realm} answered without a token`);
        this.options.mask?.(token);
        // Docker's default lifetime is 60 s when the service does not say; keep a margin.
        const lifetime = Math.max((body.expires_in ?? 60) - 10, 5);
        const granted = new Map();
        for (const scope of scopes) {
            const { resource, actions } = splitScope(scope);
            granted.set(resource, new Set([...(granted.get(resource) ?? []), ...actions]));
        }
        this.tokens.push({
            scopes: granted,
            header: `Bearer ${token}`,
            expiresAt: Date.now() + lifetime * 1000,
        });
    }
}
/** `repository:a/b:pull,push` → resource `repository:a/b`, actions [pull, push]. */
function splitScope(scope) {
    const at = scope.lastIndexOf(':');
    return at < 0
        ? { resource: scope, actions: [] }
        : { resource: scope.slice(0, at), actions: scope.slice(at + 1).split(',') };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./build/js/shared/src/registry/challenge.js
/** `WWW-Authenticate` challenges (RFC 7235) as registries send them: `Bearer realm="…",service="…",scope="…"`. */
/** Parse a WWW-Authenticate header value into its challenges. */
function parseChallenges(header) {
    const challenges = [];
    const pattern = /\s*([A-Za-z][\w!#$%&'*+.^`|~-]*)(?:\s+|$)|\s*([\w!#$%&'*+.^`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/gy;
    let current;
    let match;
    while (pattern.lastIndex < header.length && (match = pattern.exec(header)) !== null) {
        if (match[1] !== undefined && match[2] === undefined) {
            current = { scheme: match[1].toLowerCase(), params: {} };
            challenges.push(current);
        }
        else if (current && match[2] !== undefined) {
            current.params[match[2].toLowerCase()] = match[3]?.replace(/\\(.)/g, '$1') ?? match[4] ?? '';
        }
        if (match[0] === '')
            break;
    }
    return challenges;
}

;// CONCATENATED MODULE: ./build/js/shared/src/registry/session.js
/**
 * HTTP to one registry: every request carries the authorization its scopes need (answering a 401
 * challenge once), and idempotent requests are retried on 429, 5xx and dropped connections. Small
 * bodies go through fetch; blob bodies are piped through node:http(s), because fetch (undici) keeps a
 * streamed request body in memory (nodejs/undici#4058).
 */






const DEFAULT_TIMEOUTS = { requestMs: 120_000, blobMs: 3_600_000, idleMs: 120_000 };
const RETRY_STATUS = [429, 500, 502, 503, 504];
const DEFAULT_BACKOFF_MS = [250, 1000, 3000];
/** One registry's HTTP session: base URL, authorization and request count. */
class RegistrySession {
    baseUrl;
    auth;
    userAgent;
    backoffMs;
    timeouts;
    /** Requests sent to the registry itself (token requests are counted by `auth`). */
    requests = 0;
    constructor(baseUrl, auth, userAgent, backoffMs = DEFAULT_BACKOFF_MS, timeouts = DEFAULT_TIMEOUTS) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.userAgent = userAgent;
        this.backoffMs = backoffMs;
        this.timeouts = timeouts;
    }
    /**
     * The registry's Authorization for a request to `url`: none for another origin (an upload
     * Location at a storage service, a Link to elsewhere), which must not see the registry's token.
     */
    async authorizationFor(url, scopes) {
        return url.origin === new URL(this.baseUrl).origin ? this.auth.authorize(scopes) : undefined;
    }
    /** Resolve a path (`/v2/…`) or a Location header against the registry's base URL. */
    url(pathOrLocation) {
        return new URL(pathOrLocation, this.baseUrl);
    }
    /** Send a request through fetch; answers a 401 challenge and retries transient failures. */
    async request(method, path, options) {
        const url = this.url(path);
        const attempts = options.retry === false ? 1 : this.backoffMs.length + 1;
        for (let attempt = 1;; attempt++) {
            try {
                const response = await this.authorized(method, url, options);
                if (attempt < attempts && RETRY_STATUS.includes(response.status)) {
                    await response.body?.cancel();
                    await (0,promises_namespaceObject.setTimeout)(this.backoffMs[attempt - 1] ?? 1000);
                    continue;
                }
                return response;
            }
            catch (error) {
                if (attempt >= attempts || !isConnectionError(error))
                    throw error;
                await (0,promises_namespaceObject.setTimeout)(this.backoffMs[attempt - 1] ?? 1000);
            }
        }
    }
    /** request(), then throw a RegistryError unless the status is one of `ok`. */
    async expect(method, path, ok, options) {
        const response = await this.request(method, path, options);
        if (!ok.includes(response.status))
            throw await registryError(response, method, this.url(path));
        return response;
    }
    async authorized(method, url, options) {
        for (let round = 0;; round++) {
            const authorization = await this.authorizationFor(url, options.scopes);
            this.requests++;
            const response = await fetch(url, {
                method,
                // Cross-origin redirects drop the Authorization header (the fetch standard, as undici does it).
                redirect: 'follow',
                signal: AbortSignal.timeout(options.timeoutMs ?? this.timeouts.requestMs),
                headers: {
                    'User-Agent': this.userAgent,
                    ...options.headers,
                    ...(authorization ? { Authorization: authorization } : {}),
                },
                ...(options.body !== undefined ? { body: options.body } : {}),
            });
            if (response.status !== 401 || round >= 2 || url.origin !== new URL(this.baseUrl).origin)
                return response;
            const challenges = parseChallenges(response.headers.get('www-authenticate') ?? '');
            if (!(await this.auth.answer(challenges, options.scopes, authorization)))
                return response;
            await response.body?.cancel();
        }
    }
    /**
     * Send `body` (a stream of exactly `length` bytes) without buffering it. Not retried here: the
     * caller restarts the whole upload, reopening its source.
     */
    async stream(method, location, body, length, options) {
        const url = this.url(location);
        const authorization = await this.authorizationFor(url, options.scopes);
        const send = url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_namespaceObject.request;
        const { idleMs, blobMs } = this.timeouts;
        this.requests++;
        const timedOut = (what) => Object.assign(new Error(`${method} ${url.origin}${url.pathname}: ${what}`), { code: 'ETIMEDOUT' });
        let overall;
        try {
            return await new Promise((resolve, reject) => {
                const request = send(url, {
                    method,
                    headers: {
                        'User-Agent': this.userAgent,
                        'Content-Length': String(length),
                        'Content-Type': 'application/octet-stream',
                        ...options.headers,
                        ...(authorization ? { Authorization: authorization } : {}),
                    },
                });
                overall = setTimeout(() => request.destroy(timedOut(`not done after ${blobMs} ms`)), blobMs);
                // The socket's idle limit: a stalled registry (or source) fails the attempt, to be retried.
                request.setTimeout(idleMs, () => request.destroy(timedOut(`no data for ${idleMs} ms`)));
                request.on('response', (response) => {
                    let text = '';
                    response.setEncoding('utf8');
                    response.on('data', (chunk) => {
                        if (text.length < 64 * 1024)
                            text += chunk;
                    });
                    response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
                    response.on('error', reject);
                });
                request.on('error', reject);
                (0,external_node_stream_promises_namespaceObject.pipeline)(body, request).catch(reject);
            });
        }
        finally {
            clearTimeout(overall);
        }
    }
}
/** A RegistryError from a response that was not what the caller expected. */
async function registryError(response, method, url) {
    const text = method === 'HEAD' ? '' : await response.text().catch(() => '');
    return new errors/* RegistryError */.gl(response.status, method, String(url), (0,errors/* parseErrorBody */.kW)(text));
}
/** Network-level failures (reset, refused, closed early) that are worth another attempt. */
function isConnectionError(error) {
    // Duck-typed, not instanceof: errors from node's core may come from another realm (jest's vm).
    if (typeof error !== 'object' || error === null)
        return false;
    const { code, name, message, cause } = error;
    const causeCode = typeof cause === 'object' && cause !== null ? cause.code : undefined;
    const codes = [code, causeCode].filter((c) => typeof c === 'string');
    return ((name === 'TypeError' && message === 'fetch failed') ||
        name === 'TimeoutError' ||
        codes.some((c) => CONNECTION_CODES.includes(c)));
}
const CONNECTION_CODES = [
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'ERR_STREAM_PREMATURE_CLOSE',
];

;// CONCATENATED MODULE: ./build/js/shared/src/registry/delete.js


const remove = (repo) => `repository:${repo.repository}:delete`;
const said = (error) => error.message.replace(/^registry answered /, '');
/** Delete a manifest by digest: every tag of the repository pointing at it goes with it. */
async function deleteManifest(client, repo, digest) {
    const session = client.session(repo.registry);
    const path = `/v2/${repo.repository}/manifests/${digest}`;
    // 404 after a retried DELETE: the first attempt went through; the caller checks the tag is gone.
    const response = await session.request('DELETE', path, { scopes: [remove(repo)] });
    if ([202, 200, 404].includes(response.status)) {
        await response.body?.cancel();
        return;
    }
    const error = await registryError(response, 'DELETE', session.url(path));
    if (error.status === 405 || error.has('UNSUPPORTED')) {
        throw new errors/* DeleteUnsupportedError */.BG(`${repo.registry} does not delete manifests through its registry API (it answered ${said(error)}); delete the tag with the registry's own tools (Docker Hub: hub.docker.com or its Hub API)`);
    }
    throw error;
}
/**
 * Delete one tag and nothing else, where the registry supports it (OCI distribution spec 1.1
 * `DELETE /v2/<name>/manifests/<tag>`: distribution 3 and some registries; not distribution 2.x,
 * not Docker Hub's registry API, and ACR only through its own untag API, which is not used here).
 */
async function deleteTag(client, repo, tag) {
    const session = client.session(repo.registry);
    const path = `/v2/${repo.repository}/manifests/${tag}`;
    const response = await session.request('DELETE', path, { scopes: [remove(repo)], retry: false });
    if (response.status === 202 || response.status === 200) {
        await response.body?.cancel();
        return;
    }
    const error = await registryError(response, 'DELETE', session.url(path));
    // distribution 2.x reads the tag as a digest (400 DIGEST_INVALID); others say 405 or UNSUPPORTED.
    if (error.status === 405 || error.has('UNSUPPORTED') || error.has('DIGEST_INVALID')) {
        throw new errors/* DeleteUnsupportedError */.BG(`${repo.registry} does not delete a tag by name (it answered ${said(error)})`);
    }
    throw error;
}

// EXTERNAL MODULE: ./build/js/shared/src/registry/manifest.js
var manifest = __nccwpck_require__(702);
// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var reference = __nccwpck_require__(366);
;// CONCATENATED MODULE: ./build/js/shared/src/registry/client.js
/**
 * The OCI distribution API, one method per operation: manifests (always with an explicit Accept,
 * digests verified against the bytes), tags with Link pagination, blob existence, cross-repository
 * mount, streamed blob upload and download, delete by digest.
 */








const pull = (repo) => `repository:${repo.repository}:pull`;
const push = (repo) => `repository:${repo.repository}:pull,push`;
class RegistryClient {
    options;
    sessions = new Map();
    constructor(options = {}) {
        this.options = options;
    }
    /** The session for a registry (created on first use). */
    session(registry) {
        let session = this.sessions.get(registry);
        if (!session) {
            const userAgent = this.options.userAgent ?? 'release-actions';
            const credentials = this.options.credentials?.(registry);
            const baseUrl = (0,reference/* registryBaseUrl */.mO)(registry, this.options.insecure);
            const auth = new RegistryAuth({
                userAgent,
                registryUrl: baseUrl,
                ...(credentials ? { credentials } : {}),
                ...(this.options.mask ? { mask: this.options.mask } : {}),
                ...(this.options.warn ? { warn: this.options.warn } : {}),
            });
            session = new RegistrySession(baseUrl, auth, userAgent, this.options.backoffMs, {
                ...DEFAULT_TIMEOUTS,
                ...this.options.timeouts,
            });
            this.sessions.set(registry, session);
        }
        return session;
    }
    /** Requests sent so far, to registries and token services. */
    get requestCount() {
        let total = 0;
        for (const s of this.sessions.values())
            total += s.requests + s.auth.tokenRequests;
        return total;
    }
    /** The manifest a tag or digest names, its digest verified against its bytes. */
    async getManifest(repo, reference) {
        const path = `/v2/${repo.repository}/manifests/${reference}`;
        const response = await this.session(repo.registry).expect('GET', path, [200], {
            scopes: [pull(repo)],
            headers: { Accept: manifest/* MANIFEST_ACCEPT */.dY },
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = (0,manifest/* sha256Digest */.sI)(bytes);
        const claimed = reference.includes(':') ? reference : response.headers.get('docker-content-digest');
        if (claimed?.startsWith('sha256:') && claimed !== digest) {
            throw new Error(`${repo.registry}/${repo.repository}:${reference}: the manifest's bytes hash to ${digest}, not ${claimed} as the registry says`);
        }
        return { mediaType: (0,manifest/* declaredMediaType */.TN)(bytes, response.headers.get('content-type')), digest, bytes };
    }
    /** Digest, media type and size of a manifest (HEAD); undefined when the tag or digest is unknown. */
    async headManifest(repo, reference) {
        const path = `/v2/${repo.repository}/manifests/${reference}`;
        const response = await this.session(repo.registry).expect('HEAD', path, [200, 404], {
            scopes: [pull(repo)],
            headers: { Accept: manifest/* MANIFEST_ACCEPT */.dY },
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get('docker-content-digest');
        if (!digest)
            return headByGet(await this.getManifest(repo, reference));
        return {
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: Number(response.headers.get('content-length') ?? 0),
        };
    }
    /** Store a manifest's exact bytes under a tag or its digest; returns the digest the registry reports. */
    async putManifest(repo, reference, manifest) {
        const path = `/v2/${repo.repository}/manifests/${reference}`;
        const response = await this.session(repo.registry).expect('PUT', path, [201], {
            scopes: [push(repo)],
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        });
        await response.body?.cancel();
        const digest = response.headers.get('docker-content-digest') ?? manifest.digest;
        if (digest !== manifest.digest) {
            throw new Error(`${repo.registry}/${repo.repository}:${reference}: the registry stored ${digest}, not ${manifest.digest}`);
        }
        return digest;
    }
    /** Delete a manifest by digest: every tag of the repository pointing at it goes with it. */
    deleteManifest(repo, digest) {
        return deleteManifest(this, repo, digest);
    }
    /** Delete one tag and nothing else, where the registry supports it (see delete.ts). */
    deleteTag(repo, tag) {
        return deleteTag(this, repo, tag);
    }
    /** Every tag of a repository, following `Link: <…>; rel="next"` pages; [] when it does not exist. */
    async listTags(repo, pageSize = 1000, options = {}) {
        // Before a push, ask with the push scope: one token serves both, and a registry that creates
        // repositories on push (Docker Hub) refuses a pull-only token for one that does not exist yet.
        const scopes = [options.forPush ? push(repo) : pull(repo)];
        const session = this.session(repo.registry);
        const tags = [];
        let path = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
        while (path) {
            const response = await session.expect('GET', path, [200, 404], { scopes });
            if (response.status === 404) {
                await response.body?.cancel();
                return tags;
            }
            const body = (await response.json());
            tags.push(...(body.tags ?? []));
            path = nextLink(response.headers.get('link'));
        }
        return tags;
    }
    /** True when the repository has the blob. */
    async blobExists(repo, digest) {
        const path = `/v2/${repo.repository}/blobs/${digest}`;
        const response = await this.session(repo.registry).expect('HEAD', path, [200, 404], {
            scopes: [pull(repo)],
        });
        return response.status === 200;
    }
    /**
     * Mount a blob from another repository of the same registry (no bytes move). Returns false when
     * the registry declines (it then opened an upload, which is cancelled).
     */
    async mountBlob(to, from, digest) {
        const session = this.session(to.registry);
        const path = `/v2/${to.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`;
        const response = await session.expect('POST', path, [201, 202], { scopes: [push(to), pull(from)] });
        await response.body?.cancel();
        if (response.status === 201)
            return true;
        const location = response.headers.get('location');
        if (location)
            await (await session.request('DELETE', location, { scopes: [push(to)] })).body?.cancel();
        return false;
    }
    /** A blob's bytes as a stream (never held whole in memory). */
    async openBlob(repo, digest) {
        const session = this.session(repo.registry);
        const response = await session.expect('GET', `/v2/${repo.repository}/blobs/${digest}`, [200], {
            scopes: [pull(repo)],
            timeoutMs: session.timeouts.blobMs,
        });
        if (!response.body)
            throw new Error(`${repo.registry}/${repo.repository}@${digest}: the blob has no body`);
        return {
            stream: external_node_stream_namespaceObject.Readable.fromWeb(response.body),
            size: Number(response.headers.get('content-length') ?? -1),
        };
    }
    /**
     * Upload a blob of `size` bytes from the stream `open` gives: a monolithic streamed PUT. A failed
     * attempt is restarted from scratch (a new upload, the source reopened); the registry checks the
     * digest of what it received.
     */
    async uploadBlob(repo, digest, size, open) {
        const session = this.session(repo.registry);
        const backoff = this.options.backoffMs ?? DEFAULT_BACKOFF_MS;
        for (let attempt = 1;; attempt++) {
            try {
                await this.uploadOnce(session, repo, digest, size, await open());
                return;
            }
            catch (error) {
                const transient = isConnectionError(error) || (error instanceof errors/* RegistryError */.gl && error.status >= 500);
                if (!transient || attempt > backoff.length)
                    throw error;
                await (0,promises_namespaceObject.setTimeout)(backoff[attempt - 1] ?? 1000);
            }
        }
    }
    async uploadOnce(session, repo, digest, size, body) {
        try {
            const started = await session.expect('POST', `/v2/${repo.repository}/blobs/uploads/`, [202], {
                scopes: [push(repo)],
                retry: false,
            });
            await started.body?.cancel();
            const location = started.headers.get('location');
            if (!location)
                throw new Error(`${repo.registry}: the upload was opened without a Location`);
            const target = session.url(location);
            target.searchParams.set('digest', digest);
            const response = await session.stream('PUT', target.toString(), body, size, { scopes: [push(repo)] });
            if (response.status !== 201) {
                throw new errors/* RegistryError */.gl(response.status, 'PUT', target.toString().replace(/\?.*$/, ''), [
                    ...(0,errors/* parseErrorBody */.kW)(response.text),
                ]);
            }
        }
        finally {
            body.destroy();
        }
    }
}
function headByGet(manifest) {
    return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
}
/** The next page's path from a `Link: </v2/…?last=x&n=100>; rel="next"` header. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
        if (match?.[1])
            return match[1];
    }
    return undefined;
}


/***/ }),

/***/ 23:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F2: () => (/* binding */ chainLookups),
  Q1: () => (/* binding */ dockerConfigPath),
  TO: () => (/* binding */ readDockerConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var reference = __nccwpck_require__(366);
;// CONCATENATED MODULE: ./build/js/shared/src/registry/credentials.js
/**
 * Registry credentials: given explicitly (inputs), or read from the Docker config file that
 * `docker login` and the login actions write (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`,
 * `auths.<registry>.auth` = base64 `user:password`, or `identitytoken`).
 */



const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
/** The registry a config.json `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
function keyRegistry(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
    return HUB_KEYS.includes(host) || HUB_KEYS.includes(key) ? reference/* DOCKER_HUB */.Xb : host;
}
function entryCredentials(entry, where) {
    let username = entry.username;
    let password = entry.password;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            throw new Error(`${where}: "auth" is not base64 of user:password`);
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (entry.identitytoken)
        return { kind: 'identity-token', token: entry.identitytoken, ...(username ? { username } : {}) };
    if (username !== undefined && password !== undefined && password !== '')
        return { kind: 'basic', username, password };
    return undefined;
}
/** Path of the Docker config file for this environment. */
function dockerConfigPath(env) {
    if (env.DOCKER_CONFIG)
        return (0,external_node_path_namespaceObject.join)(env.DOCKER_CONFIG, 'config.json');
    return env.HOME ? (0,external_node_path_namespaceObject.join)(env.HOME, '.docker', 'config.json') : undefined;
}
/**
 * Credentials per registry from a Docker config file (none when it does not exist), every secret
 * in it passed to `mask` as it is read. Credential helpers (`credsStore`, `credHelpers`) are not run: their registries are reported in `helpers`.
 */
function readDockerConfig(path, options = {}) {
    let text;
    try {
        text = path ? (0,external_node_fs_.readFileSync)(path, 'utf8') : '{}';
    }
    catch (error) {
        if (error.code === 'ENOENT')
            text = '{}';
        else
            throw new Error(`cannot read the Docker config file ${path}`, { cause: error });
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the Docker config file ${path} is not JSON`, { cause: error });
    }
    const found = new Map();
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        // Masked as soon as read: the raw auth, password and identity token, whether used or not.
        for (const secret of [entry.auth, entry.password, entry.identitytoken])
            if (typeof secret === 'string' && secret !== '')
                options.mask?.(secret);
        const credentials = entryCredentials(entry, `${path} auths["${key}"]`);
        if (credentials?.kind === 'basic')
            options.mask?.(credentials.password);
        if (credentials)
            found.set(keyRegistry(key), credentials);
    }
    const helpers = Object.keys(config.credHelpers ?? {}).map(keyRegistry);
    if (config.credsStore)
        helpers.push(`* (credsStore ${config.credsStore})`);
    return { lookup: (registry) => found.get(registry), helpers };
}
/** The first lookup that knows the registry wins. */
function chainLookups(...lookups) {
    return (registry) => {
        for (const lookup of lookups) {
            const found = lookup(registry);
            if (found)
                return found;
        }
        return undefined;
    };
}


/***/ }),

/***/ 836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ DeleteUnsupportedError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/** What a registry said when it refused a request: status, its error codes and messages. */
class RegistryError extends Error {
    status;
    method;
    url;
    errors;
    name = 'RegistryError';
    constructor(status, method, url, errors, options) {
        const said = errors.length ? errors.map((e) => `${e.code}: ${e.message}`).join('; ') : 'no error body';
        super(`registry answered ${status} to ${method} ${url} (${said})`, options);
        this.status = status;
        this.method = method;
        this.url = url;
        this.errors = errors;
    }
    /** True when the registry names this error code (MANIFEST_UNKNOWN, BLOB_UNKNOWN, DENIED…). */
    has(code) {
        return this.errors.some((e) => e.code === code);
    }
}
/** The `errors` list of a registry's JSON error body; [] when the body is something else. */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        const str = (value) => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));
        return (body.errors ?? []).map((e) => ({ code: str(e.code), message: str(e.message) }));
    }
    catch {
        return text.trim() ? [{ code: 'UNKNOWN', message: text.trim().slice(0, 200) }] : [];
    }
}
/** The registry does not delete what was asked (a tag by name, or any manifest: Docker Hub's registry API). */
class DeleteUnsupportedError extends Error {
    name = 'DeleteUnsupportedError';
}


/***/ }),

/***/ 702:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   TN: () => (/* binding */ declaredMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony export MediaType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/**
 * The four manifest kinds a registry serves (Docker schema 2 manifest and manifest list, OCI manifest
 * and index): their media types, the Accept header that asks for all of them, and what a manifest
 * refers to (blobs for an image, child manifests for an index).
 */

const MediaType = {
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
};
/** Sent with every manifest request: without an explicit Accept a registry may answer 404 or schema 1. */
const MANIFEST_ACCEPT = [
    MediaType.ociIndex,
    MediaType.dockerManifestList,
    MediaType.ociManifest,
    MediaType.dockerManifest,
].join(', ');
const INDEX_TYPES = [MediaType.ociIndex, MediaType.dockerManifestList];
const IMAGE_TYPES = [MediaType.ociManifest, MediaType.dockerManifest];
/** `sha256:<hex>` of the bytes. */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** True when the media type is a manifest list or OCI index. */
function isIndexType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}
function descriptors(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new Error(`the manifest's ${where} is not a list`);
    return value.map((item, i) => {
        const d = item;
        if (!d || typeof d.digest !== 'string' || typeof d.mediaType !== 'string' || typeof d.size !== 'number')
            throw new Error(`the manifest's ${where}[${i}] is not a descriptor (mediaType, digest, size)`);
        return d;
    });
}
/** Parse a manifest's JSON into the blobs or child manifests it refers to. */
function parseManifest(raw) {
    let json;
    try {
        json = JSON.parse(raw.bytes.toString('utf8'));
    }
    catch (error) {
        throw new Error(`manifest ${raw.digest} is not JSON`, { cause: error });
    }
    const mediaType = typeof json.mediaType === 'string' ? json.mediaType : raw.mediaType;
    if (isIndexType(mediaType) || (json.manifests !== undefined && json.layers === undefined)) {
        return { kind: 'index', blobs: [], manifests: descriptors(json.manifests, 'manifests') };
    }
    if (!IMAGE_TYPES.includes(mediaType) && json.config === undefined)
        throw new Error(`manifest ${raw.digest} has media type ${mediaType}, which this client does not copy`);
    return {
        kind: 'image',
        blobs: [
            ...descriptors(json.config === undefined ? [] : [json.config], 'config'),
            ...descriptors(json.layers, 'layers'),
        ],
        manifests: [],
    };
}
/**
 * The media type to store a manifest under: its own `mediaType` field when it has one (a proxy or
 * registry may label it loosely), else the Content-Type it was served with.
 */
function declaredMediaType(bytes, contentType) {
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        if (typeof json.mediaType === 'string' && json.mediaType !== '')
            return json.mediaType;
    }
    catch {
        // Not JSON: parseManifest says so when it is read.
    }
    return (contentType ?? '').split(';')[0]?.trim() ?? '';
}


/***/ }),

/***/ 366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Ki: () => (/* binding */ repositoryProblem),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   Z9: () => (/* binding */ referenceTarget),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_API, digestProblem */
/**
 * Image references as the distribution grammar defines them (github.com/distribution/reference):
 * `[domain[:port]/]path[:tag][@digest]`, normalised as Docker does (`docker.io` by default,
 * `library/` for its one-component names, `index.docker.io` is `docker.io`).
 */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME = 255;
/** A reference that breaks the grammar, with the grammar's reason. */
class InvalidReferenceError extends Error {
    reference;
    reason;
    name = 'InvalidReferenceError';
    constructor(reference, reason) {
        super(`invalid image reference ${JSON.stringify(reference)}: ${reason}`);
        this.reference = reference;
        this.reason = reason;
    }
}
/** Why `tag` is not a valid tag, or undefined when it is. */
function tagProblem(tag) {
    if (TAG.test(tag))
        return undefined;
    if (tag === '')
        return 'the tag is empty';
    if (tag.length > 128)
        return `the tag has ${tag.length} characters; at most 128 are allowed`;
    return 'a tag is letters, digits, _, . and - (not starting with . or -)';
}
/** Why `digest` is not a valid digest, or undefined when it is. */
function digestProblem(digest) {
    if (!DIGEST.test(digest))
        return 'a digest is algorithm:hex, such as sha256:<64 hex digits>';
    if (digest.startsWith('sha256:') && !SHA256.test(digest))
        return 'a sha256 digest has exactly 64 lowercase hex digits';
    return undefined;
}
function domainProblem(domain) {
    const at = domain.lastIndexOf(':');
    const host = at >= 0 ? domain.slice(0, at) : domain;
    const port = at >= 0 ? domain.slice(at + 1) : undefined;
    if (port !== undefined && !/^\d{1,5}$/.test(port))
        return `the port of ${domain} is not a number`;
    if (!host.split('.').every((label) => DOMAIN_LABEL.test(label)))
        return `${domain} is not a valid registry host`;
    return undefined;
}
/** Why `path` is not a valid repository path, or undefined when it is. */
function repositoryProblem(path) {
    if (path === '')
        return 'the repository name is empty';
    if (path.length > MAX_NAME)
        return `the repository name is longer than ${MAX_NAME} characters`;
    for (const component of path.split('/')) {
        if (COMPONENT.test(component))
            continue;
        if (/[A-Z]/.test(component))
            return 'a repository name must be lowercase';
        if (component === '')
            return 'a repository name has no empty path components (no // or trailing /)';
        return `"${component}" is not a valid path component (lowercase letters and digits, separated by ., _, __ or -)`;
    }
    return undefined;
}
/** Split `name` into domain and path the way Docker does. */
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    // Docker also takes an uppercase first component for a host; that is nearly always a mistyped
    // namespace, so it stays in the path and is reported as not lowercase.
    const isDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (!isDomain)
        return { registry: DOCKER_HUB, path: name };
    return { registry: first, path: name.slice(slash + 1) };
}
/** Parse and normalise a reference; InvalidReferenceError with the grammar's reason when it is invalid. */
function parseReference(text) {
    if (text.trim() === '')
        throw new InvalidReferenceError(text, 'the reference is empty');
    if (/\s/.test(text))
        throw new InvalidReferenceError(text, 'a reference has no spaces');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        const problem = digestProblem(digest);
        if (problem)
            throw new InvalidReferenceError(text, problem);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        const problem = tagProblem(tag);
        if (problem)
            throw new InvalidReferenceError(text, problem);
    }
    const split = splitDomain(rest);
    const domainIssue = split.registry === DOCKER_HUB ? undefined : domainProblem(split.registry);
    if (domainIssue)
        throw new InvalidReferenceError(text, domainIssue);
    const registry = split.registry === 'index.docker.io' ? DOCKER_HUB : split.registry;
    let repository = split.path;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    const problem = repositoryProblem(repository);
    if (problem)
        throw new InvalidReferenceError(text, problem);
    if (`${registry}/${repository}`.length > MAX_NAME)
        throw new InvalidReferenceError(text, `the name is longer than ${MAX_NAME} characters`);
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** `registry/repository[:tag][@digest]`, the normalised form. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`, without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The tag or digest to ask the registry for (digest wins; `latest` when neither is given). */
function referenceTarget(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** Base URL of a registry's API: https, except plain http for loopback hosts and `insecure` ones. */
function registryBaseUrl(registry, insecure = []) {
    const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
    const hostname = host.replace(/:\d+$/, '');
    const plain = insecure.includes(registry) || ['localhost', '127.0.0.1', '[::1]'].includes(hostname.toLowerCase());
    return `${plain ? 'http' : 'https'}://${host}`;
}


/***/ }),

/***/ 428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ getExecOutput)
});

// UNUSED EXPORTS: exec

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(232);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
