import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 2284:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3540);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(531);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1481);



await (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async ({ log, summary }) => {
    const context = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)();
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .GP)(context);
    // Only generate asks GitHub: extract reads a file, and loads no GitHub client (octokit, its
    // endpoint table) to do it.
    const github = inputs.mode === 'generate' && inputs.token
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(479), __nccwpck_require__.e(987)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7987))).createGitHubClient({
            token: inputs.token,
            apiUrl: context.apiUrl,
            log,
        })
        : undefined;
    (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(inputs, { log, summary, context, ...(github ? { github } : {}) }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs)
/* harmony export */ });
/* unused harmony exports FORMATS, versionFromRef */
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3540);
/* harmony import */ var _shared_src_action_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8402);
/** action.yml inputs → one validated Inputs object. */


const FORMATS = ['auto', 'github-changelog-generator', 'keep-a-changelog', 'plain'];
/** Longer is no version: a tag name that long is a mistake (and would not fit a file name). */
const MAX_VERSION = 200;
/** The version named by the input, or by the tag the workflow runs on. */
function versionFromRef(ref) {
    return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
function optionalList(values) {
    return values.length ? values : undefined;
}
function getInputs(context) {
    const mode = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getEnumInput */ .iv)('mode', ['extract', 'generate'], 'extract');
    const version = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('version') ?? versionFromRef(context.ref);
    if (version === undefined) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', '', `a version such as v1.2.3, or a run on a tag (this run's ref is '${context.ref || 'unset'}')`);
    }
    if (/\s/.test(version) || version.startsWith('-') || version.length > MAX_VERSION) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', version, `a version or tag name of at most ${MAX_VERSION} characters, without spaces, such as v1.2.3`);
    }
    // Checked before anything is read or written: links followed, inside the job's folders.
    const roots = (0,_shared_src_action_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .pathRoots */ .DI)(context.workspace, context.runnerTemp, (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)('allow-outside-workspace'));
    const changelog = (0,_shared_src_action_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInputPath */ .qL)('changelog', (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('changelog') ?? 'CHANGELOG.md', roots);
    const token = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('token', { secret: true });
    if (mode === 'generate' && token === undefined) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', '', 'a GitHub token when mode is generate (the default is ${{ github.token }})');
    }
    const labels = {};
    const breaking = optionalList((0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getListInput */ .DF)('breaking-labels'));
    const enhancement = optionalList((0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getListInput */ .DF)('enhancement-labels'));
    const bug = optionalList((0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getListInput */ .DF)('bug-labels'));
    const exclude = optionalList((0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getListInput */ .DF)('exclude-labels'));
    if (breaking)
        labels.breaking = breaking;
    if (enhancement)
        labels.enhancement = enhancement;
    if (bug)
        labels.bug = bug;
    if (exclude)
        labels.exclude = exclude;
    const write = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('write');
    if (write && mode !== 'generate')
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('write', 'true', `false when mode is ${mode} (only generate writes the changelog)`);
    const previousTag = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('previous-tag');
    return {
        mode,
        version,
        changelog: changelog.path,
        changelogReal: changelog.real,
        ...(changelog.inWorkspace !== undefined ? { changelogInWorkspace: changelog.inWorkspace } : {}),
        failIfMissing: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('fail-if-missing', true),
        ...(token !== undefined ? { token } : {}),
        ...(previousTag !== undefined ? { previousTag } : {}),
        target: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('target') ?? context.sha,
        format: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getEnumInput */ .iv)('format', FORMATS, 'auto'),
        includeIssues: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('include-issues', true),
        labels,
        write,
        dryRun: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('dry-run'),
    };
}


/***/ }),

/***/ 1481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony exports OUTPUT_LIMIT, RELEASE_BODY_LIMIT */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/**
 * changelog-section: the release description from CHANGELOG.md (seed 003 §7: "copy the section for
 * this version into the description of the release"), or the section generated from what merged.
 */


/** GitHub keeps at most 1 MB in one step output; larger bodies are read from `body-file`. */
const OUTPUT_LIMIT = 1_000_000;
/** GitHub refuses a release description longer than this. */
const RELEASE_BODY_LIMIT = 125_000;
async function run(inputs, deps) {
    // Each mode's code (the changelog parser, or the GitHub queries and the section renderer) is
    // loaded when that mode runs: a start loads neither.
    const outputs = inputs.mode === 'extract'
        ? await (await Promise.all(/* import() */[__nccwpck_require__.e(644), __nccwpck_require__.e(168), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2131))).extract(inputs, deps)
        : await (await Promise.all(/* import() */[__nccwpck_require__.e(644), __nccwpck_require__.e(479), __nccwpck_require__.e(168), __nccwpck_require__.e(264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3264))).generate(inputs, deps);
    // Outputs are LF whatever the file uses; a CRLF changelog must not leak \r into release bodies.
    const body = outputs.body.replace(/\r\n?/g, '\n');
    // A folder of its own per run, so two steps of one job never share a body file.
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deps.context.runnerTemp, 'changelog-section-'));
    const bodyFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `${outputs.version.replace(/[^\w.-]/g, '_')}.md`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(bodyFile, body);
    const bytes = Buffer.byteLength(body);
    if (body.length > RELEASE_BODY_LIMIT) {
        deps.log.warning(`The section has ${body.length} characters; GitHub refuses a release description over ${RELEASE_BODY_LIMIT}.`);
    }
    if (bytes > OUTPUT_LIMIT) {
        deps.log.warning(`The section is ${bytes} bytes, over a step output's limit: read body-file (${bodyFile}).`);
    }
    return { ...outputs, body: bytes <= OUTPUT_LIMIT ? body : '', 'body-file': bodyFile };
}


/***/ }),

/***/ 4691:
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

/***/ 3540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  Vt: () => (/* reexport */ getBooleanInput),
  iv: () => (/* reexport */ getEnumInput),
  DF: () => (/* reexport */ getListInput),
  q3: () => (/* reexport */ getMultilineInput),
  lI: () => (/* reexport */ getOptionalInput),
  gi: () => (/* reexport */ readRunnerContext),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: JobSummary, describeError, getRequiredInput, isUserError, maskSecret, runnerLogger

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
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
function outputs_addMask(value) {
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
            await (0,promises_.access)(path, promises_.constants.R_OK | promises_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
        }
        await (0,promises_.appendFile)(path, `${this.toMarkdown()}${external_node_os_namespaceObject.EOL}`, 'utf8');
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
        outputs_addMask(value);
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

/***/ 8402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ pathRoots),
/* harmony export */   Ye: () => (/* binding */ realPath),
/* harmony export */   qL: () => (/* binding */ resolveInputPath)
/* harmony export */ });
/* unused harmony export isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4691);
/**
 * Where a path input may lead: one rule for every action.
 *
 * A path an input names (a file to upload, a file to edit, a release description) must resolve —
 * after following every symbolic link, in the path and in its folders — inside the job's own folders:
 * GITHUB_WORKSPACE (the checkout) or RUNNER_TEMP (emptied for each job; where our actions leave files
 * such as changelog-section's body-file for the next step). Anything else (`/etc/passwd`, `../x`, a
 * link to `~/.ssh`) is an InputError unless the workflow lists the folder it lies in, on purpose, in
 * the action's `allow-outside-workspace` input.
 */



/** The roots for a run: the workspace, the runner's temp folder and the folders a user allowed. */
function pathRoots(workspace, runnerTemp, allowed = []) {
    for (const folder of allowed) {
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(folder)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('allow-outside-workspace', folder, 'absolute folder paths, one per line');
        }
    }
    return { workspace, others: [runnerTemp, ...allowed] };
}
/** realpath of a path that may not exist yet: its nearest existing ancestor's realpath + the rest. */
function realPath(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
    }
    catch (error) {
        if (error.code !== 'ENOENT' &&
            error.code !== 'ENOTDIR')
            throw error;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
        if (parent === absolute)
            return absolute;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realPath(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
    }
}
/** True when `path` is `root` or lies below it (both already real paths). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Resolve the path an input names (relative to the workspace) and check where it really leads.
 * Throws InputError naming the input, the value and the folders allowed.
 */
function resolveInputPath(input, value, roots) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(roots.workspace, value);
    const real = realPath(path);
    const workspace = realPath(roots.workspace);
    if (isInside(workspace, real)) {
        return { path, real, inWorkspace: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') };
    }
    if (roots.others.some((root) => root !== '' && isInside(realPath(root), real))) {
        return { path, real, inWorkspace: undefined };
    }
    const through = real === path ? '' : ` (it leads to ${real})`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `a path inside the workspace or the runner's temp folder${through}; list another folder in allow-outside-workspace to use it on purpose`);
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
/******/ var __webpack_exports__ = __nccwpck_require__(2284);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
