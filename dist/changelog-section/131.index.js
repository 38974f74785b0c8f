export const id = 131;
export const ids = [131];
export const modules = {

/***/ 2131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extract: () => (/* binding */ extract)
});

// EXTERNAL MODULE: ./build/js/shared/src/action/index.js + 6 modules
var action = __webpack_require__(3540);
// EXTERNAL MODULE: ./build/js/shared/src/changelog/index.js + 10 modules
var changelog = __webpack_require__(3696);
// EXTERNAL MODULE: ./build/js/actions/changelog-section/src/changelog-file.js
var changelog_file = __webpack_require__(7561);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/js/shared/src/action/paths.js
var paths = __webpack_require__(8402);
;// CONCATENATED MODULE: ./build/js/actions/changelog-section/src/links.js
/**
 * The section's relative links made absolute for the release description: at the release's tag, in
 * the repository the workflow runs for, from the changelog file's folder in that repository. The
 * changelog file itself is never changed.
 */




/** The tag the release gets: the one the workflow runs on when it names this version, else `version`. */
function releaseTag(version, ref) {
    const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    return tag !== undefined && (0,changelog/* versionsMatch */.$p)(tag, version) ? tag : version;
}
/**
 * The file's folder in its repository: relative to the nearest folder above it holding `.git` (a
 * checkout into a subfolder of the workspace has its own), or to the workspace.
 */
function repositoryFolder(realFile, workspace) {
    const top = (0,paths/* realPath */.Ye)(workspace);
    let dir = (0,external_node_path_.dirname)(realFile);
    while ((0,external_node_path_.relative)(top, dir) !== '' && !(0,external_node_path_.relative)(top, dir).startsWith('..')) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            break;
        dir = (0,external_node_path_.dirname)(dir);
    }
    return (0,external_node_path_.relative)(dir, (0,external_node_path_.dirname)(realFile)).split(external_node_path_.sep).join('/');
}
/** The body with absolute links, and a line for the summary (undefined when there was none). */
function linksAtTag(section, inputs, context, log) {
    const relativeLinks = section.links.filter((l) => !/^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/\/|#|$)/.test(l.destination.trim()));
    if (relativeLinks.length === 0)
        return { body: section.body };
    if (inputs.changelogInWorkspace === undefined) {
        log.warning(`The section has ${relativeLinks.length} relative link(s), left as written: the changelog is outside the workspace, so its place in ${context.repository} is unknown.`);
        return {
            body: section.body,
            said: `${relativeLinks.length} left as written (file outside the workspace)`,
        };
    }
    const ref = releaseTag(inputs.version, context.ref);
    const repositoryUrl = `${context.serverUrl}/${context.repository}`;
    const result = (0,changelog/* absoluteLinks */.h)(section.body, relativeLinks, {
        repositoryUrl,
        ref,
        folder: repositoryFolder(inputs.changelogReal, context.workspace),
    });
    const at = `${repositoryUrl}/blob/${ref}/`;
    log.info(`Rewrote ${result.rewritten} relative link(s) of the section to ${at}… (images: …/raw/${ref}/…).`);
    if (result.outside.length) {
        log.warning(`Left ${result.outside.length} relative link(s) as written: they lead out of the repository (${result.outside.join(', ')}).`);
    }
    return {
        body: result.body,
        said: `${result.rewritten} made absolute at ${at}${result.outside.length ? `; ${result.outside.length} leading out of the repository left as written` : ''}`,
    };
}

;// CONCATENATED MODULE: ./build/js/actions/changelog-section/src/extract.js
/**
 * extract: the version's section of the changelog file, verbatim — but for its relative links, which
 * point nowhere in a release description and are made absolute at the release's tag.
 */




/** The section of `inputs.version`, or found=false when allowed to be missing. */
async function extract(inputs, { log, summary, context }) {
    const text = await (0,changelog_file/* readChangelog */.T)(inputs, context);
    const fileName = (0,changelog_file/* displayName */.Q)(inputs, context);
    try {
        const section = (0,changelog/* extractSection */.Xl)(text, inputs.version, { fileName });
        const lines = section.body === '' ? 0 : section.body.split('\n').length;
        log.info(`Found ${section.heading} in ${fileName} (${section.format} format, ${lines} line${lines === 1 ? '' : 's'}).`);
        const links = linksAtTag(section, inputs, context, log);
        summary
            .heading(`Changelog section ${section.version}`)
            .facts({
            file: fileName,
            heading: section.heading,
            format: section.format,
            yanked: section.yanked ? 'yes' : undefined,
            'relative links': links.said,
        })
            .details('The section', links.body);
        return { body: links.body, version: section.version, found: true };
    }
    catch (error) {
        if (!(error instanceof changelog/* ChangelogVersionNotFound */.K_))
            throw error;
        if (inputs.failIfMissing) {
            throw new action/* InputError */.dz('version', inputs.version, `a version that has a section in ${fileName} — ${error.message}`);
        }
        log.warning(error.message);
        summary.heading(`Changelog section ${inputs.version}`).paragraph(`Not found: ${error.message}`);
        return { body: '', version: inputs.version, found: false };
    }
}


/***/ })

};
