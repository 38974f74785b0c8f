export const id = 856;
export const ids = [856];
export const modules = {

/***/ 856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupTag: () => (/* binding */ cleanupTag)
});

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __webpack_require__(691);
// EXTERNAL MODULE: ./build/js/shared/src/plan/plan.js
var plan_plan = __webpack_require__(932);
// EXTERNAL MODULE: ./build/js/shared/src/registry/manifest.js
var manifest = __webpack_require__(702);
;// CONCATENATED MODULE: ./build/js/shared/src/registry/cleanup.js

/** How deep an index of indexes is searched for the digest. */
const MAX_INDEX_DEPTH = 4;
/** True when the index `digest` refers to `wanted` at any depth (bounded); each index read once. */
async function indexContains(client, repository, digest, wanted, seen, depth = 0) {
    if (depth >= MAX_INDEX_DEPTH)
        return false;
    let children = seen.get(digest);
    if (!children) {
        children = client.getManifest(repository, digest).then((raw) => (0,manifest/* parseManifest */.Ng)(raw).manifests);
        seen.set(digest, children);
    }
    for (const child of await children) {
        if (child.digest === wanted)
            return true;
        if ((0,manifest/* isIndexType */.$U)(child.mediaType) &&
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
        else if ((0,manifest/* isIndexType */.$U)(head.mediaType) &&
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
var registry_errors = __webpack_require__(836);
// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var registry_reference = __webpack_require__(366);
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
    const plan = new plan_plan/* Plan */.cw().add({
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
        await (0,plan_plan/* executePlan */.vY)(plan, { dryRun: options.dryRun, log: deps.log });
    }
    catch (error) {
        return { ...result, result: 'error', error: message(error instanceof plan_plan/* PlanError */.W6 ? error.cause : error) };
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


/***/ })

};
