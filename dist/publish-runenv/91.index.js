export const id = 91;
export const ids = [91];
export const modules = {

/***/ 91:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dockerCommands: () => (/* binding */ dockerCommands),
/* harmony export */   normalisedName: () => (/* binding */ normalisedName),
/* harmony export */   publishFromDaemon: () => (/* binding */ publishFromDaemon),
/* harmony export */   pushedDigest: () => (/* binding */ pushedDigest)
/* harmony export */ });
/* harmony import */ var _shared_src_action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(691);
/* harmony import */ var _shared_src_plan_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(932);
/* harmony import */ var _shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(366);
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
    const ref = (0,_shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(name);
    return (0,_shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)({ ...ref, ...(ref.digest || ref.tag ? {} : { tag: 'latest' }) });
}
async function docker(cli, args) {
    const result = await cli(args);
    if (result.exitCode !== 0) {
        throw new _shared_src_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`docker ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
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
    throw new _shared_src_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The Docker daemon could not be reached: docker image inspect ${name} exited ${result.exitCode}: ${said || 'no message'}. Start the daemon (or point DOCKER_HOST at it); \`docker info\` shows whether the docker CLI reaches one.`);
}
/** Publish a local image with the docker CLI; every reference must come out at the same digest. */
async function publishFromDaemon(source, references, dryRun, cli, deps) {
    const sourceId = await imageId(cli, source);
    if (!sourceId)
        throw new _shared_src_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The local Docker daemon has no image ${source} (docker image inspect).`);
    const sourceName = normalisedName(source);
    const published = [];
    const plan = new _shared_src_plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .Plan */ .cw();
    for (const target of references) {
        const name = (0,_shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(target);
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
                        throw new _shared_src_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`docker push ${name} printed no digest`);
                    published.push({ reference: name, digest, how: HOW[local.kind] });
                }
                finally {
                    for (const command of after)
                        await docker(cli, command);
                }
            },
        });
    }
    await (0,_shared_src_plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .executePlan */ .vY)(plan, { dryRun, log: deps.log });
    const digests = [...new Set(published.map((p) => p.digest))];
    if (digests.length > 1) {
        throw new _shared_src_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The pushed references have different digests: ${published.map((p) => `${p.reference} ${p.digest}`).join('; ')}`);
    }
    return { digest: digests[0] ?? '', published };
}


/***/ })

};
