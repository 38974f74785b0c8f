import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 232:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(962);
/* harmony import */ var _shared_src_registry_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(717);
/* harmony import */ var _shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(23);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(624);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(616);





await (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async ({ log, summary }) => {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getInputs */ .G)((0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)());
    const config = (0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerConfig */ .TO)((0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigPath */ .Q1)(process.env), { mask: _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l });
    if (config.helpers.length)
        log.info(`Docker credential helpers are not run (configured for: ${config.helpers.join(', ')}).`);
    const { username, password, targetRegistry } = inputs;
    const registry = new _shared_src_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .b({
        credentials: (0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .chainLookups */ .F2)((r) => r === targetRegistry && username && password ? { kind: 'basic', username, password } : undefined, config.lookup),
        mask: _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l,
        warn: (message) => log.warning(message),
        insecure: inputs.insecureRegistries,
        userAgent: 'release-actions/publish-runenv',
    });
    // Silent, and printed through the log: docker's output echoes image names the inputs gave.
    // @actions/exec is loaded by the one mode that runs docker (source-from: docker-daemon).
    const docker = async (args) => {
        log.info(`[command]docker ${args.join(' ')}`);
        const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 260));
        const result = await getExecOutput('docker', args, { ignoreReturnCode: true, silent: true });
        const output = `${result.stdout}${result.stderr}`.trimEnd();
        if (output !== '')
            log.info(output);
        return result;
    };
    const { outputs, failure } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(inputs, { log, summary, registry, docker });
    (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(outputs);
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

/***/ 616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var registry_reference = __nccwpck_require__(366);
// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(691);
// EXTERNAL MODULE: ./build/js/shared/src/plan/plan.js
var plan_plan = __nccwpck_require__(932);
// EXTERNAL MODULE: ./build/js/shared/src/registry/manifest.js
var registry_manifest = __nccwpck_require__(702);
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

// EXTERNAL MODULE: ./build/js/shared/src/registry/errors.js
var registry_errors = __nccwpck_require__(836);
;// CONCATENATED MODULE: ./build/js/actions/publish-runenv/src/publish.js
/**
 * Publish through the registry API (the primary path): read the source manifest once, then make
 * every target reference name it — a manifest PUT within the source repository, blob mounts within
 * the registry, streamed blobs across registries — and check that each tag resolves to the source.
 */






const HOW = {
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
/**
 * The digest each reference names now (absent: a new tag); one tag list per repository, the
 * repositories side by side.
 */
async function currentDigests(client, references, deps) {
    const tagsOf = async (target) => {
        try {
            return new Set(await client.listTags(target, 1000, { forPush: true }));
        }
        catch (error) {
            // Only informational: without the list every tag is treated as new.
            if (!(error instanceof registry_errors/* RegistryError */.gl) || ![401, 403].includes(error.status))
                throw error;
            deps.log.debug(`Could not list the tags of ${(0,registry_reference/* repositoryName */.aR)(target)}: ${error.message}`);
            return new Set();
        }
    };
    const repositories = [...byRepository(references)];
    const listed = await Promise.all(repositories.map(([repository]) => tagsOf(repository)));
    const existing = repositories.flatMap(([, targets], i) => targets.filter((target) => target.tag !== undefined && listed[i].has(target.tag)));
    const heads = await Promise.all(existing.map((target) => client.headManifest(target, target.tag)));
    const digests = new Map();
    existing.forEach((target, i) => {
        const head = heads[i];
        if (head)
            digests.set((0,registry_reference/* formatReference */.FH)(target), head.digest);
    });
    return digests;
}
/** Publish `source` under every reference; returns the source digest and what was pushed. */
async function publishFromRegistry(source, references, dryRun, client, deps) {
    // The source and the targets' current tags are independent reads: side by side.
    const [manifest, current] = await Promise.all([
        client.getManifest(source, (0,registry_reference/* referenceTarget */.Z9)(source)),
        currentDigests(client, references, deps),
    ]);
    const parsed = (0,registry_manifest/* parseManifest */.Ng)(manifest);
    deps.log.info(`Source ${(0,registry_reference/* formatReference */.FH)(source)}: ${manifest.digest} (${parsed.kind === 'index' ? `index of ${parsed.manifests.length} manifests` : `${parsed.blobs.length} blobs`})`);
    const copier = new ImageCopier(client, source, manifest);
    const published = [];
    const plan = new plan_plan/* Plan */.cw();
    for (const [repository, targets] of byRepository(references)) {
        const how = HOW[copyStrategy(source, repository)];
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
    await (0,plan_plan/* executePlan */.vY)(plan, { dryRun, log: deps.log });
    if (dryRun)
        return {
            digest: manifest.digest,
            published: references.map((r) => ({
                reference: (0,registry_reference/* formatReference */.FH)(r),
                digest: manifest.digest,
                how: HOW[copyStrategy(source, r)],
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
    // Each mode's code is loaded when that mode runs: publishing from a registry is the common one.
    if (inputs.mode === 'cleanup') {
        const { cleanupTag } = await __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 856));
        const { entries, failure } = await cleanupTag(inputs.cleanupTag ?? '', inputs.cleanupRepositories, { dryRun: inputs.dryRun, byName: inputs.deleteTagsByName }, deps.registry, deps);
        return { outputs: { cleanup: entries }, ...(failure ? { failure } : {}) };
    }
    const source = inputs.source ?? '';
    const { digest, published, facts } = inputs.sourceReference
        ? await publishFromRegistry(inputs.sourceReference, inputs.references, inputs.dryRun, deps.registry, deps)
        : await (await __nccwpck_require__.e(/* import() */ 91).then(__nccwpck_require__.bind(__nccwpck_require__, 91))).publishFromDaemon(source, inputs.references, inputs.dryRun, deps.docker, deps);
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
 * The same protocol as @actions/core, proven against it; without its eager OIDC client. Importing
 * @actions/core loads that client, and with it @actions/http-client, its bundled undici and `tunnel`
 * — a third of a bundle's bytes and ~25 ms of every start, for a token none of these actions asks
 * for. The protocol is small and documented (GitHub's "Workflow commands for GitHub Actions"), so it
 * is written here, and test/unit/action/core-protocol.test.ts drives @actions/core (kept as a
 * dependency for that) and these functions over the same cases: inputs, the GITHUB_OUTPUT heredoc,
 * add-mask, annotations and their escaping, groups, debug lines, setFailed's exit code, the job
 * summary's append. The bytes are the same, but where we differ on purpose, each case saying why:
 * info text the runner would execute is printed with commands stopped around it; an empty secret
 * registers no mask; an undefined output is left out; a blank required input is empty. The e2e tests
 * read the log back as actions/runner does (test/harness/commands.ts).
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
        // A runner always sets it; outside one, print the old command so the value is not lost (on a
        // line of its own, as @actions/core does, whatever was printed before it).
        process.stdout.write(external_node_os_namespaceObject.EOL);
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

/***/ 932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W6: () => (/* binding */ PlanError),
/* harmony export */   cw: () => (/* binding */ Plan),
/* harmony export */   vY: () => (/* binding */ executePlan)
/* harmony export */ });
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


/***/ }),

/***/ 717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: nextLink

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./build/js/shared/src/http/fetch.js
/**
 * fetch over node:http and node:https: the one HTTP stack of every bundle (the streamed uploads and
 * blob copies already use node:http(s)). Node's global fetch is undici, compiled and loaded on first
 * use: touching `fetch`, `Response` or `Headers` once costs ~40 ms of CPU, more than the rest of a
 * bundle's start, while node:http is part of Node's startup snapshot.
 *
 * Only what our callers use (octokit's request, the registry session and its token service):
 * - a request with a string or bytes body and an abort signal (covering the answer's body too);
 * - `redirect: 'manual'` (GitHub's guard follows redirects itself) or `'follow'`, as fetch follows:
 *   303 (and 301/302 after a POST) become a GET without body, and the Authorization and Cookie
 *   headers are dropped when a redirect leads to another origin;
 * - an answer with status, url, headers (`get`, iterable) and its body read as text, JSON or bytes,
 *   streamed (`stream()`), or dropped (`body.cancel()`).
 * Failures look like fetch's: a TypeError 'fetch failed' whose cause is the system error (callers
 * read its code), or the signal's reason (a TimeoutError for AbortSignal.timeout) when aborted.
 */



/** Redirects followed for one request before giving up, as fetch does. */
const MAX_REDIRECTS = 20;
/** The answer's headers: lower-case names, repeated ones joined with ", " as fetch joins them. */
class AnswerHeaders {
    map = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw))
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
/** The part of a fetch Response our callers read; the body is read (or dropped) once. */
class Answer {
    status;
    statusText;
    url;
    res;
    failure;
    settle;
    empty;
    headers;
    used = false;
    constructor(status, statusText, url, res, failure, settle, 
    /** A HEAD answer, or a status without content: its (empty) body is read at once. */
    empty) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.res = res;
        this.failure = failure;
        this.settle = settle;
        this.empty = empty;
        this.headers = new AnswerHeaders(res.headers);
        if (empty) {
            res.once('end', settle);
            res.resume();
        }
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    get bodyUsed() {
        return this.used;
    }
    /** The body, for dropping unread (`await answer.body?.cancel()`), as a fetch body can be. */
    get body() {
        return this.used || this.empty ? null : { cancel: () => this.cancel() };
    }
    /** The body as a stream, read as it arrives (never held whole). */
    stream() {
        this.take();
        if (this.empty)
            return external_node_stream_namespaceObject.Readable.from([]);
        this.res.once('end', this.settle);
        return this.res;
    }
    async text() {
        return (await this.bytes()).toString('utf8');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        const bytes = await this.bytes();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    /** Drop the body: read and discard what is left, so the connection can serve the next request. */
    cancel() {
        if (this.used || this.empty)
            return Promise.resolve();
        this.used = true;
        return new Promise((done) => {
            this.res.once('end', done).once('close', done);
            this.res.once('end', this.settle);
            this.res.resume();
        });
    }
    bytes() {
        this.take();
        if (this.empty)
            return Promise.resolve(Buffer.alloc(0));
        const res = this.res;
        return new Promise((resolve, reject) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.once('end', () => {
                this.settle();
                resolve(Buffer.concat(chunks));
            });
            res.once('error', () => reject(this.failure()));
            res.once('close', () => {
                if (!res.complete)
                    reject(this.failure());
            });
        });
    }
    take() {
        if (this.used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.used = true;
    }
}
/** fetch as our callers use it, over node:http(s). */
async function nodeFetch(input, init = {}) {
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = { ...init.headers };
    let body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body);
    const redirect = init.redirect ?? 'follow';
    for (let hops = 0;; hops++) {
        const answer = await once(url, method, headers, body, init.signal ?? undefined);
        const location = answer.headers.get('location');
        if (redirect === 'manual' || ![301, 302, 303, 307, 308].includes(answer.status) || !location)
            return answer;
        await answer.cancel();
        if (redirect === 'error' || hops >= MAX_REDIRECTS)
            throw new TypeError('fetch failed', {
                cause: new Error(`${method} ${url.href}: ${redirect === 'error' ? 'redirected' : 'too many redirects'}`),
            });
        const next = new URL(location, url);
        if (answer.status === 303
            ? method !== 'HEAD'
            : method === 'POST' && answer.status !== 307 && answer.status !== 308) {
            method = 'GET';
            body = undefined;
            headers = withoutHeaders(headers, [
                'content-type',
                'content-length',
                'content-encoding',
                'content-language',
            ]);
        }
        // The fetch standard: credentials for one origin are not carried to another.
        if (next.origin !== url.origin)
            headers = withoutHeaders(headers, ['authorization', 'cookie', 'proxy-authorization']);
        url = next;
    }
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
/** One request, resolved once the answer's status and headers are in. */
function once(url, method, headers, body, signal) {
    const send = url.protocol === 'https:' ? external_node_https_namespaceObject.request : url.protocol === 'http:' ? external_node_http_namespaceObject.request : undefined;
    if (!send)
        return Promise.reject(new TypeError('fetch failed', { cause: new Error(`unsupported URL ${url.protocol}`) }));
    if (signal?.aborted)
        return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
        const req = send(url, {
            method,
            headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        });
        let cause;
        const failure = () => signal?.aborted
            ? abortError(signal)
            : new TypeError('fetch failed', { cause: cause ?? new Error('terminated') });
        const onAbort = () => {
            req.destroy();
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => signal?.removeEventListener('abort', onAbort);
        req.on('error', (error) => {
            cause = error;
            settle();
            reject(failure());
        });
        req.on('response', (res) => {
            res.on('error', (error) => (cause = error));
            const status = res.statusCode ?? 0;
            // An answer without a body frees its connection at once.
            const empty = method === 'HEAD' || [204, 205, 304].includes(status);
            resolve(new Answer(status, res.statusMessage ?? '', url.href, res, failure, settle, empty));
        });
        req.end(body);
    });
}
/** What fetch rejects with when its signal aborts: the signal's reason, else an AbortError. */
function abortError(signal) {
    // Duck-typed: a DOMException (TimeoutError) may come from another realm (jest's vm).
    const reason = signal.reason;
    return typeof reason === 'object' && reason !== null && typeof reason.name === 'string'
        ? reason
        : Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}

// EXTERNAL MODULE: ./build/js/shared/src/registry/errors.js
var errors = __nccwpck_require__(836);
;// CONCATENATED MODULE: ./build/js/shared/src/registry/auth.js
/**
 * Authorization for one registry: anonymous, basic, or the bearer challenge flow (a 401 names the
 * token service; a token is fetched per scope set, reused for any request whose scopes it covers).
 */


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
            response = await nodeFetch(realmUrl, {
                method: 'POST',
                signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
                headers: {
                    'Content-Type': 'application/x-www-form-urlencoded',
                    'User-Agent': this.options.userAgent,
                },
                body: form.toString(),
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
            response = await nodeFetch(url, {
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
 * challenge once), and idempotent requests are retried on 429, 5xx and dropped connections. All of
 * it over node:http(s): small bodies through http/fetch.ts, blob bodies piped (Node's own fetch,
 * undici, keeps a streamed request body in memory, nodejs/undici#4058, and costs ~40 ms to load).
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
    /** Send a request; answers a 401 challenge and retries transient failures. */
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
            const response = await nodeFetch(url, {
                method,
                // Cross-origin redirects drop the Authorization header (the fetch standard; http/fetch.ts too).
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
        return { stream: response.stream(), size: Number(response.headers.get('content-length') ?? -1) };
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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
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
