import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 6053:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4438);
/* harmony import */ var _shared_src_registry_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3466);
/* harmony import */ var _shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(569);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8464);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8844);





await (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async ({ log, summary }) => {
    const context = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)();
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getInputs */ .GP)(context);
    const { username, password } = inputs;
    const registries = new Set(inputs.images.map((i) => i.registry));
    // Registries are asked only when check-registry is on; a docker login (config.json) is used when there is one.
    const registry = inputs.checkRegistry
        ? new _shared_src_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .b({
            credentials: (0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .chainLookups */ .F2)((r) => registries.has(r) && username && password ? { kind: 'basic', username, password } : undefined, (0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerConfig */ .TO)((0,_shared_src_registry_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigPath */ .Q1)(process.env), { mask: _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l }).lookup),
            mask: _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l,
            warn: (message) => log.warning(message),
            insecure: inputs.insecureRegistries,
            userAgent: 'release-actions/pin-image-tags',
        })
        : undefined;
    // Only a pull request asks GitHub: the client (octokit and its endpoint table) is loaded for it alone.
    const github = inputs.push === 'pull-request' && inputs.token
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(479), __nccwpck_require__.e(819)]).then(__nccwpck_require__.bind(__nccwpck_require__, 819))).createGitHubClient({
            token: inputs.token,
            apiUrl: context.apiUrl,
            log,
        })
        : undefined;
    (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(inputs, {
        log,
        summary,
        context,
        ...(registry ? { registry } : {}),
        ...(github ? { github } : {}),
    }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs),
/* harmony export */   Yc: () => (/* binding */ DEFAULT_FILES)
/* harmony export */ });
/* unused harmony export MODES */
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4438);
/* harmony import */ var _shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7366);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9001);
/** action.yml inputs → one validated Inputs object: every image, tag, glob, template and line checked before any file is read. */



const MODES = ['pin', 'revert'];
/** The tracked YAML files searched when `files` lists no glob to include. */
const DEFAULT_FILES = [
    { pattern: '**/*.yaml', negated: false },
    { pattern: '**/*.yml', negated: false },
];
function images() {
    const lines = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)('image');
    if (lines.length === 0)
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', '', 'the image to pin, such as quay.io/confidential-containers/cloud-api-adaptor');
    const seen = new Set();
    return lines.map((name) => {
        let parsed;
        try {
            parsed = (0,_shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(name);
        }
        catch (error) {
            if (error instanceof _shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidReferenceError */ .x_)
                throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', name, `an image name such as quay.io/org/name (${error.reason})`);
            throw error;
        }
        if (parsed.tag !== undefined || parsed.digest !== undefined)
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', name, 'the image without tag or digest (quay.io/org/name): the tag goes in the tag input');
        const key = `${parsed.registry}/${parsed.repository}`;
        if (seen.has(key))
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', name, `each image once (${key} is listed twice)`);
        seen.add(key);
        return { name, registry: parsed.registry, repository: parsed.repository };
    });
}
function pinTag(context, mode, revertTag) {
    if (mode === 'revert') {
        const problem = (0,_shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(revertTag);
        if (problem)
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('revert-tag', revertTag, `an image tag such as latest (${problem})`);
        return revertTag;
    }
    const given = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('tag');
    const onTag = context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
    const value = given ?? onTag;
    if (value === undefined)
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', '', `the tag to pin, such as the release image's commit SHA, or a run on a tag (this run's ref is '${context.ref || 'unset'}')`);
    if (value.includes('{sha}') && !/^[0-9a-f]{7,64}$/.test(context.sha))
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', value, `{sha} with a commit to stand for (GITHUB_SHA is '${context.sha}')`);
    const tag = value.replaceAll('{sha}', context.sha);
    const from = given !== undefined ? '' : `; empty, it is taken from the run's ref ${context.ref}`;
    const problem = (0,_shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
    if (problem)
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', value, `an image tag such as v0.8.0 or a commit SHA (${problem}${from})`);
    if (tag === revertTag)
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', value, `a release tag: ${revertTag} is what mode: revert writes back${from}`);
    return tag;
}
/** Each line of a line-based input parsed; InputError naming the line that is wrong. */
function eachLine(name, lines, parse) {
    return lines.map((line) => {
        try {
            return parse(line);
        }
        catch (error) {
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, line, error.message);
        }
    });
}
function getInputs(context) {
    const mode = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getEnumInput */ .iv)('mode', MODES, 'pin');
    const imageList = images();
    const revertTag = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('revert-tag') ?? 'latest';
    const tag = pinTag(context, mode, revertTag);
    const pinBy = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getEnumInput */ .iv)('pin-by', ['tag', 'digest'], 'tag');
    const files = eachLine('files', (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)('files'), _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGlob */ .qF);
    const templates = eachLine('templates', (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)('templates'), _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTemplateLine */ .eW);
    const lines = eachLine('lines', (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)('lines'), _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLinePattern */ .OA);
    const components = eachLine('components', (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)('components'), _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseComponentLine */ .V_);
    const sha = /^[0-9a-f]{7,64}$/.test(context.sha) ? context.sha : undefined;
    const needsSha = [
        ...templates.map((t) => ({ input: 'templates', line: `${t.glob}: ${t.template}`, text: t.template })),
        ...components.map((c) => ({ input: 'components', line: c.line, text: c.value ?? '' })),
    ].find((t) => t.text.includes('{sha}'));
    if (needsSha && !sha)
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(needsSha.input, needsSha.line, `{sha} with a commit to stand for (GITHUB_SHA is '${context.sha}')`);
    if (mode === 'pin') {
        const bare = components.find((c) => c.value === undefined);
        if (bare)
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('components', bare.line, 'path: key.path = value (a pin writes a value)');
    }
    const checkRegistry = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('check-registry', true);
    if (!checkRegistry && mode === 'pin') {
        if (pinBy === 'digest')
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('pin-by', pinBy, 'tag when check-registry is false (a digest is read from the registry)');
        const digest = templates.find((t) => t.template.includes('{digest}'));
        if (digest)
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('templates', `${digest.glob}: ${digest.template}`, 'no {digest} when check-registry is false (a digest is read from the registry)');
    }
    const revertReference = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('revert-reference') ?? 'main';
    if (/\s/.test(revertReference))
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('revert-reference', revertReference, 'a branch, tag or value such as main');
    const push = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getEnumInput */ .iv)('push', ['none', 'branch', 'pull-request'], 'none');
    const token = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('token', { secret: true });
    if (push === 'pull-request' && !token)
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', '', 'a GitHub token when push is pull-request (the default is ${{ github.token }})');
    const branch = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('branch');
    if (branch !== undefined && !/^(?!\/|.*\/\/|.*\.\.|.*\/$|.*\.lock$|-)[\w./-]+$/.test(branch))
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('branch', branch, 'a branch name such as release-actions/pin-v0.8.0');
    const base = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('base');
    if (base !== undefined && (/[\s~^:?*[\\]/.test(base) || base.startsWith('-') || base.includes('..')))
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base', base, 'a branch name such as main');
    const commitMessage = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('commit-message');
    const username = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('username');
    const password = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('password', { secret: true });
    if ((username === undefined) !== (password === undefined))
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(username === undefined ? 'username' : 'password', '', 'both username and password, or neither (the Docker config file is used then)');
    return {
        mode,
        images: imageList,
        tag,
        pinBy,
        files,
        templates,
        lines,
        components,
        revertReference,
        checkRegistry,
        ...(username !== undefined ? { username } : {}),
        ...(password !== undefined ? { password } : {}),
        insecureRegistries: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getListInput */ .DF)('insecure-registries'),
        push,
        ...(branch !== undefined ? { branch } : {}),
        ...(base !== undefined ? { base } : {}),
        ...(commitMessage !== undefined ? { commitMessage } : {}),
        ...(token !== undefined ? { token } : {}),
        dryRun: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('dry-run'),
        allowOutsideWorkspace: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)('allow-outside-workspace'),
        sha: context.sha,
    };
}


/***/ }),

/***/ 8844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/js/shared/src/action/paths.js
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
        if (!(0,external_node_path_.isAbsolute)(folder)) {
            throw new errors/* InputError */.dz('allow-outside-workspace', folder, 'absolute folder paths, one per line');
        }
    }
    return { workspace, others: [runnerTemp, ...allowed] };
}
/** realpath of a path that may not exist yet: its nearest existing ancestor's realpath + the rest. */
function realPath(path) {
    const absolute = (0,external_node_path_.resolve)(path);
    try {
        return external_node_fs_.realpathSync.native(absolute);
    }
    catch (error) {
        if (error.code !== 'ENOENT' &&
            error.code !== 'ENOTDIR')
            throw error;
        const parent = (0,external_node_path_.dirname)(absolute);
        if (parent === absolute)
            return absolute;
        return (0,external_node_path_.join)(realPath(parent), (0,external_node_path_.basename)(absolute));
    }
}
/** True when `path` is `root` or lies below it (both already real paths). */
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolve the path an input names (relative to the workspace) and check where it really leads.
 * Throws InputError naming the input, the value and the folders allowed.
 */
function resolveInputPath(input, value, roots) {
    const path = (0,external_node_path_.isAbsolute)(value) ? (0,external_node_path_.resolve)(value) : (0,external_node_path_.resolve)(roots.workspace, value);
    const real = realPath(path);
    const workspace = realPath(roots.workspace);
    if (isInside(workspace, real)) {
        return { path, real, inWorkspace: (0,external_node_path_.relative)(workspace, real).split(external_node_path_.sep).join('/') };
    }
    if (roots.others.some((root) => root !== '' && isInside(realPath(root), real))) {
        return { path, real, inWorkspace: undefined };
    }
    const through = real === path ? '' : ` (it leads to ${real})`;
    throw new errors/* InputError */.dz(input, value, `a path inside the workspace or the runner's temp folder${through}; list another folder in allow-outside-workspace to use it on purpose`);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
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
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
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
;// CONCATENATED MODULE: ./build/js/shared/src/git/git.js
/**
 * The git CLI through @actions/exec. Remotes may carry credentials (`https://x-access-token:…@host`):
 * every command line and output that can reach a message goes through `redactCredentials` first.
 */

/** Replace the userinfo of every URL in a text (`https://user:token@host` → `https://***@host`). */
function redactCredentials(text) {
    // Up to the last `@` before the path, as URL parsers split: a password may hold a raw `@`.
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s]+@/gi, '$1***@');
}
class GitError extends Error {
    args;
    result;
    name = 'GitError';
    constructor(args, result) {
        super(redactCredentials(`git ${args.join(' ')} exited ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`));
        this.args = args;
        this.result = result;
    }
}
/** A git working copy (or bare repository) at `cwd`. */
class Git {
    cwd;
    env;
    constructor(cwd, env = {}) {
        this.cwd = cwd;
        this.env = env;
    }
    /** Run git; throws GitError on a non-zero exit unless `allowFailure`. */
    async run(args, options = {}) {
        const result = await getExecOutput('git', args, {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...this.env },
            ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
        });
        if (result.exitCode !== 0 && !options.allowFailure) {
            throw new GitError(args.map(redactCredentials), {
                ...result,
                stdout: redactCredentials(result.stdout),
                stderr: redactCredentials(result.stderr),
            });
        }
        return result;
    }
    async output(args) {
        return (await this.run(args)).stdout.trim();
    }
    /** The commit a revision names, or undefined when it names none. */
    async resolveCommit(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
            allowFailure: true,
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** Tags on a remote in one `git ls-remote`, peeled to their commits. */
    async lsRemoteTags(remote) {
        const out = await this.output(['ls-remote', '--tags', remote]);
        const tags = new Map();
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref?.startsWith('refs/tags/'))
                continue;
            const peeled = ref.endsWith('^{}');
            const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
            const known = tags.get(name);
            if (!known)
                tags.set(name, { name, sha, commit: sha });
            else if (peeled)
                known.commit = sha;
            else
                known.sha = sha;
        }
        return tags;
    }
    /** Local tags and the commits they point at. */
    async localTags() {
        const out = await this.output([
            'for-each-ref',
            '--format=%(refname:strip=2)%09%(*objectname)%09%(objectname)',
            'refs/tags',
        ]);
        const tags = new Map();
        for (const line of out.split('\n').filter(Boolean)) {
            const [name, peeled, sha] = line.split('\t');
            if (name)
                tags.set(name, peeled || sha || '');
        }
        return tags;
    }
    /** Local tags with the commit each points at and its object type (`tag` when annotated, `commit` when lightweight). */
    async localTagObjects() {
        const out = await this.output([
            'for-each-ref',
            '--format=%(refname:strip=2)%09%(*objectname)%09%(objectname)%09%(objecttype)',
            'refs/tags',
        ]);
        const tags = new Map();
        for (const line of out.split('\n').filter(Boolean)) {
            const [name, peeled, sha, type] = line.split('\t');
            if (name)
                tags.set(name, { commit: peeled || sha || '', type: type ?? '' });
        }
        return tags;
    }
    /** Create an annotated tag (or lightweight when no message) at a commit. */
    async createTag(name, commit, options = {}) {
        await this.run(tagCommand(name, commit, options));
    }
    /** Delete a local tag (no error when it does not exist). */
    async deleteLocalTag(name) {
        await this.run(['tag', '-d', name], { allowFailure: true });
    }
    /** Push refspecs in one `git push --atomic`: all land or none do. */
    async pushAtomic(remote, refspecs) {
        if (refspecs.length === 0)
            return;
        await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs]);
    }
    /** Push tags in one `git push --atomic <remote> refs/tags/…` (never forced: an existing remote tag is never moved). */
    async pushTagsAtomic(remote, tags) {
        if (tags.length === 0)
            return;
        await this.run(pushTagsCommand(remote, tags));
    }
    /** A config value, or undefined when it is not set. */
    async config(key) {
        const result = await this.run(['config', '--get', key], { allowFailure: true });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** The fetch URL of a configured remote, or undefined when `remote` is not the name of one. */
    async remoteUrl(remote) {
        const result = await this.run(['remote', 'get-url', '--', remote], { allowFailure: true });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** Every file path in a commit's tree, relative to the repository root (one `git ls-tree`). */
    async listTree(commit) {
        const out = (await this.run(['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit])).stdout;
        return out.split('\0').filter(Boolean);
    }
    /** The text of files at a commit, in one `git cat-file --batch`; files that are not blobs are left out. */
    async readFiles(commit, paths) {
        const files = new Map();
        if (paths.length === 0)
            return files;
        const input = paths.map((p) => `${commit}:${p}\n`).join('');
        const out = Buffer.from((await this.run(['cat-file', '--batch'], { input })).stdout, 'utf8');
        let at = 0;
        for (const path of paths) {
            const end = out.indexOf(0x0a, at);
            const header = out.subarray(at, end).toString('utf8').split(' ');
            at = end + 1;
            if (header[1] === 'missing' || header.length !== 3)
                continue;
            const size = Number(header[2]);
            if (header[1] === 'blob')
                files.set(path, out.subarray(at, at + size).toString('utf8'));
            at += size + 1;
            // Invalid UTF-8 in a file changes byte counts once decoded: refuse rather than misread the rest.
            if (out[at - 1] !== 0x0a)
                throw new Error(`git cat-file: ${path} at ${commit} is not UTF-8 text`);
        }
        return files;
    }
    /** The same repository with config entries given through GIT_CONFIG_* (never in argv, so never in a process list or log). */
    withConfig(entries) {
        // Entries already given this way (by the runner, or an earlier withConfig) are kept; ours come after.
        const base = Number(this.env.GIT_CONFIG_COUNT ?? process.env.GIT_CONFIG_COUNT ?? 0) || 0;
        const env = { ...this.env, GIT_CONFIG_COUNT: String(base + entries.length) };
        entries.forEach(([key, value], i) => {
            env[`GIT_CONFIG_KEY_${base + i}`] = key;
            env[`GIT_CONFIG_VALUE_${base + i}`] = value;
        });
        return new Git(this.cwd, env);
    }
    /** Names of the refs under `prefix` (e.g. `refs/remotes/origin/`) whose history contains `commit`. */
    async refsContaining(commit, prefix) {
        const out = await this.output(['for-each-ref', '--format=%(refname)', '--contains', commit, prefix]);
        return out.split('\n').filter(Boolean);
    }
    /** The same repository with more environment variables for git (an identity, a date). */
    withEnv(env) {
        return new Git(this.cwd, { ...this.env, ...env });
    }
}
/** The argv (after `git`) that creates a tag: `tag -a|-s -m <message> <name> <commit>`. */
function tagCommand(name, commit, options = {}) {
    const args = ['tag'];
    if (options.sign)
        args.push('-s');
    else if (options.message !== undefined)
        args.push('-a');
    if (options.message !== undefined || options.sign)
        args.push('-m', options.message ?? name);
    return [...args, name, commit];
}
/** The argv (after `git`) that pushes tags atomically: `push --atomic <remote> refs/tags/<tag>…`. */
function pushTagsCommand(remote, tags) {
    return ['push', '--atomic', remote, ...tags.map((t) => `refs/tags/${t}`)];
}

;// CONCATENATED MODULE: ./build/js/shared/src/git/branch.js
/**
 * Commit new file contents and push them to a branch without touching the working copy: the commit is
 * built from the contents themselves (blobs and a scratch index) on top of a given parent, so the
 * decision to push, reuse or refuse is made before anything in the workspace is written.
 */






/** Who commits when git has no identity configured (GitHub's own bot). */
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
async function identityEnv(git) {
    const email = await git.run(['config', 'user.email'], { allowFailure: true });
    if (email.exitCode === 0 && email.stdout.trim())
        return {};
    return {
        GIT_AUTHOR_NAME: BOT_IDENTITY.name,
        GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
        GIT_COMMITTER_NAME: BOT_IDENTITY.name,
        GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
    };
}
/**
 * A commit on top of `parent` in which `files` hold the given contents (modes kept); undefined when
 * that changes nothing. Only objects are written: no ref, index or working file moves.
 */
async function commitContents(git, options) {
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-actions-index-'));
    try {
        const scratch = new Git(git.cwd, { GIT_INDEX_FILE: (0,external_node_path_.join)(folder, 'index'), ...(await identityEnv(git)) });
        await scratch.run(['read-tree', options.parent]);
        for (const file of options.files) {
            const hashed = await git.run(['hash-object', '-w', '--stdin', `--path=${file.path}`], {
                input: file.content,
            });
            const blob = hashed.stdout.trim();
            const listed = await git.output(['ls-tree', options.parent, '--', file.path]);
            const mode = /^(\d{6}) blob /.exec(listed)?.[1] ?? '100644';
            // Content written over a link's blob would replace the link by a file named like its target.
            if (mode === '120000') {
                throw new errors/* UserError */.yo(`${file.path} is a symbolic link in the commit: give the path of the file it points to`);
            }
            await scratch.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${file.path}`]);
        }
        const tree = await scratch.output(['write-tree']);
        if (tree === (await git.output(['rev-parse', `${options.parent}^{tree}`])))
            return undefined;
        return await scratch.output(['commit-tree', tree, '-p', options.parent, '-m', options.message]);
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
/**
 * What pushing `commit` to `branch` would do: create it, fast-forward it (it is at `commit`'s parent)
 * or reuse it (it already holds the same files: a rerun). UserError for a branch holding other work.
 */
async function planPush(git, options) {
    const ref = `refs/heads/${options.branch}`;
    const listed = await git.output(['ls-remote', options.remote, ref]);
    const tip = listed
        .split('\n')
        .find((line) => line.endsWith(`\t${ref}`))
        ?.split('\t')[0];
    if (!tip)
        return { outcome: 'created' };
    if (tip === options.commit)
        return { outcome: 'reused', tip };
    await git.run(['fetch', '--no-tags', '--quiet', options.remote, ref]);
    const [theirs, ours, parent] = await Promise.all([
        git.output(['rev-parse', `${tip}^{tree}`]),
        git.output(['rev-parse', `${options.commit}^{tree}`]),
        git.output(['rev-parse', `${options.commit}^`]),
    ]);
    if (theirs === ours)
        return { outcome: 'reused', tip };
    if (tip === parent)
        return { outcome: 'updated', tip };
    if (await sameChangeOnOlderBase(git, tip, options.commit))
        return { outcome: 'reused', tip };
    throw new errors/* UserError */.yo(`Branch ${options.branch} already exists at ${tip.slice(0, 12)} with other changes; delete it or choose another branch`);
}
/** The changed paths of a one-parent commit; undefined for a merge or a root commit. */
async function changedPaths(git, commit) {
    const parents = (await git.output(['rev-list', '--parents', '-n', '1', commit])).split(' ').slice(1);
    if (parents.length !== 1)
        return undefined;
    const listed = await git.output(['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', commit]);
    return listed.split('\0').filter(Boolean).sort();
}
/**
 * A rerun after the base branch moved on: the branch's tip is one commit on top of an ancestor of our
 * parent, changing exactly our paths to exactly our contents. Its pull request already proposes this
 * change, so it is reused (rebuilding it on the new base would need a force push).
 */
async function sameChangeOnOlderBase(git, tip, commit) {
    const [theirs, ours] = await Promise.all([changedPaths(git, tip), changedPaths(git, commit)]);
    if (!theirs || !ours || theirs.join('\0') !== ours.join('\0'))
        return false;
    const ancestor = await git.run(['merge-base', '--is-ancestor', `${tip}^`, `${commit}^`], {
        allowFailure: true,
    });
    if (ancestor.exitCode !== 0)
        return false;
    const differ = await git.run(['--literal-pathspecs', 'diff-tree', '--quiet', '-r', tip, commit, '--', ...ours], {
        allowFailure: true,
    });
    return differ.exitCode === 0;
}
/** The remote refused a push (a hook, branch protection, a push that landed first): the user's to act on. */
class PushRefusedError extends errors/* UserError */.yo {
    branch;
    said;
    constructor(branch, 
    /** What the remote said: its `remote:` lines and the reason git gives for the ref. */
    said) {
        super(`The remote refused the push to branch ${branch}${said ? `: ${said}` : ''}`);
        this.branch = branch;
        this.said = said;
    }
}
/** The remote's own words in a failed push: `remote:` lines and the `[rejected] (reason)` of the ref. */
function refusal(result) {
    const reason = /^!\t[^\t]*\t(\[[^\]]+\](?: \(.*\))?)$/m.exec(result.stdout)?.[1];
    if (!reason)
        return undefined;
    const remote = result.stderr
        .split('\n')
        .map((line) => /^remote: (.*)$/.exec(line)?.[1]?.trim())
        .filter((line) => Boolean(line));
    return redactCredentials([...remote, reason].join('; '));
}
/**
 * Push `commit` to `branch`; a non-fast-forward is refused by git (someone pushed meanwhile). A ref
 * the remote rejects is a PushRefusedError with its message; a failure to reach it stays a GitError.
 */
async function pushCommit(git, options) {
    const args = ['push', '--porcelain', options.remote, `${options.commit}:refs/heads/${options.branch}`];
    const result = await git.run(args, { allowFailure: true });
    if (result.exitCode === 0)
        return;
    const said = refusal(result);
    if (said !== undefined)
        throw new PushRefusedError(options.branch, said);
    throw new GitError(args.map(redactCredentials), {
        ...result,
        stdout: redactCredentials(result.stdout),
        stderr: redactCredentials(result.stderr),
    });
}
/**
 * The bytes of `path` at `commit` (raw, for a byte-exact edit), or undefined when the commit has no
 * such file. `path` is relative to the repository's top folder.
 */
function readCommittedFile(git, commit, path) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', ['cat-file', 'blob', `${commit}:${path}`], { cwd: git.cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (!error)
                return resolve(stdout);
            const said = stderr.toString('utf8');
            if (/does not exist|exists on disk, but not in|not a valid object name|bad file/i.test(said)) {
                return resolve(undefined);
            }
            reject(new Error(`git cat-file blob ${commit}:${path}: ${said.trim() || error.message}`));
        });
    });
}

;// CONCATENATED MODULE: ./build/js/shared/src/edit/files.js
/**
 * Where an action that edits files reads and writes (bump-dev-version, pin-image-tags). Every path — a
 * listed target, a detected file, a zeitgeist refPath, a file a glob matched — goes through the one
 * rule of shared/src/action/paths.ts
 * (links followed; inside the workspace or the runner's temp folder unless allow-outside-workspace
 * lists its folder) and is from then on known as the file it really is: a link inside the workspace
 * is edited, and committed, as the file it points to, and stays a link.
 *
 * What is read comes from a Source: the working tree, or (when the change is pushed) the commit the
 * branch will be built on, so a rerun computes the same commit whatever an earlier run left behind.
 */







const OUTSIDE = "outside the workspace and the runner's temp folder";
/** The one path rule, for this run's workspace and allowed folders. */
class PathRule {
    roots;
    log;
    seen = new Set();
    constructor(roots, log) {
        this.roots = roots;
        this.log = log;
    }
    get workspace() {
        return this.roots.workspace;
    }
    /** The file `given` (relative to the workspace, or absolute) really is; errors name its origin. */
    resolve(given, origin) {
        let resolved;
        try {
            resolved = resolveInputPath(origin.kind === 'input' ? origin.input : 'path', given, this.roots);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz) || origin.kind === 'input')
                throw error;
            const real = realPath((0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.join)(this.roots.workspace, given));
            const allow = 'list its folder in allow-outside-workspace to edit it';
            if (origin.kind === 'detected')
                throw new errors/* UserError */.yo(`${given} is a link to ${real}, ${OUTSIDE}: ${allow}`);
            if (origin.kind === 'docs' || origin.kind === 'matched')
                throw new errors/* UserError */.yo(`${given} (matched by ${origin.kind === 'docs' ? 'docs' : origin.input}) leads to ${real}, ${OUTSIDE}: ${allow}`);
            throw new errors/* UserError */.yo(`${origin.file}${origin.line ? `:${origin.line}` : ''}: dependency "${origin.dependency}" refPath ${given} leads to ${real}, ${OUTSIDE}: ${allow}`);
        }
        const path = resolved.inWorkspace ?? resolved.real;
        if (resolved.inWorkspace !== undefined && resolved.inWorkspace.split('/')[0] === '.git') {
            throw new errors/* UserError */.yo(`${given} leads into the repository's .git folder (${path}); it is no file to edit`);
        }
        const named = given.replace(/^\.\//, '');
        if (named !== path && !this.seen.has(named)) {
            this.seen.add(named);
            this.log.info(`${named} is a link to ${path}: that file is the one edited`);
        }
        return { path, absolute: resolved.real, inWorkspace: resolved.inWorkspace !== undefined };
    }
}
/** The working tree as it is. Anything but a regular file (a FIFO, a device) is refused unread. */
const workingTree = {
    async read(file) {
        const info = await (0,promises_.stat)(file.absolute).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return undefined;
            throw error;
        });
        if (!info)
            return undefined;
        if (!info.isFile())
            throw new errors/* UserError */.yo(`${file.path}: is not a regular file`);
        return (0,promises_.readFile)(file.absolute);
    },
};
/** The checkout's HEAD; UserError when the workspace is no git checkout (push needs one). */
async function checkoutBase(workspace) {
    const git = new Git(workspace);
    const head = await git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
    if (head.exitCode !== 0) {
        throw new errors/* UserError */.yo(`The workspace (${workspace}) is not a git checkout with a commit: push needs one to build the branch on`);
    }
    const prefix = await git.output(['rev-parse', '--show-prefix']);
    return { git, commit: head.stdout.trim(), prefix };
}
/** The files of a commit: a pushed change starts from what is committed, not from the working tree. */
function commitSource(base) {
    return {
        read(file) {
            if (!file.inWorkspace) {
                throw new errors/* UserError */.yo(`${file.path} is outside the repository: a pushed change cannot include it`);
            }
            return readCommittedFile(base.git, base.commit, base.prefix + file.path);
        },
        async readMany(files) {
            const outside = files.find((f) => !f.inWorkspace);
            if (outside) {
                throw new errors/* UserError */.yo(`${outside.path} is outside the repository: a pushed change cannot include it`);
            }
            // cat-file's input is one name per line: a path with a line break in it is read on its own.
            const odd = (f) => /[\r\n]/.test(f.path);
            const blobs = await readCommittedFiles(base.git, base.commit, files.filter((f) => !odd(f)).map((f) => base.prefix + f.path));
            const found = new Map();
            for (const file of files) {
                const bytes = odd(file)
                    ? await readCommittedFile(base.git, base.commit, base.prefix + file.path)
                    : blobs.get(base.prefix + file.path);
                if (bytes)
                    found.set(file.path, bytes);
            }
            return found;
        },
    };
}
/**
 * The raw bytes of many files of a commit in one `git cat-file --batch` (one process, however many
 * files); paths that are missing or not blobs are left out. Paths are relative to the repository's top.
 */
function readCommittedFiles(git, commit, paths) {
    if (paths.length === 0)
        return Promise.resolve(new Map());
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], { cwd: git.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        const errors = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => errors.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0) {
                reject(new Error(`git cat-file --batch at ${commit}: ${Buffer.concat(errors).toString('utf8').trim()}`));
                return;
            }
            const out = Buffer.concat(chunks);
            const files = new Map();
            let at = 0;
            for (const path of paths) {
                const end = out.indexOf(0x0a, at);
                if (end < 0)
                    break;
                const header = out.subarray(at, end).toString('utf8').split(' ');
                at = end + 1;
                if (header.length !== 3)
                    continue; // `<name> missing`, `<name> ambiguous`
                const size = Number(header[2]);
                if (header[1] === 'blob')
                    files.set(path, Buffer.from(out.subarray(at, at + size)));
                at += size + 1;
            }
            resolve(files);
        });
        child.stdin.end(paths.map((p) => `${commit}:${p}\n`).join(''));
    });
}
/** A file's bytes as UTF-8 text (a BOM kept); UserError naming the file when they are not UTF-8. */
function decodeUtf8(path, bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new errors/* UserError */.yo(`${path}: is not UTF-8 text; it would be corrupted by rewriting it`);
    }
}
/** Reads each file once, through the rule and from the source; keeps every text read, by path. */
class Reader {
    rule;
    source;
    texts = new Map();
    /** Every file read, by path. */
    files = new Map();
    constructor(rule, source) {
        this.rule = rule;
        this.source = source;
    }
    /**
     * The file `given` names and its text; undefined when it does not exist and `optional`. A file
     * that is missing and not optional is a UserError naming it.
     */
    async read(given, origin, optional) {
        const file = this.rule.resolve(given, origin);
        this.files.set(file.path, file);
        const known = this.texts.get(file.path);
        if (known !== undefined)
            return { file, text: known };
        const bytes = await this.source.read(file);
        if (bytes === undefined) {
            if (optional)
                return undefined;
            throw new errors/* UserError */.yo(`${file.path}: no such file`);
        }
        const text = decodeUtf8(file.path, bytes);
        this.texts.set(file.path, text);
        return { file, text };
    }
    /**
     * Many files at once (those that exist; the missing left out), each read once: batched where the
     * source can (one git process for a commit), else a few at a time from the working tree.
     */
    async readAll(givens, origin) {
        const files = givens.map((given) => this.rule.resolve(given, origin));
        const unread = [
            ...new Map(files.filter((f) => !this.texts.has(f.path)).map((f) => [f.path, f])).values(),
        ];
        const bytes = new Map();
        if (this.source.readMany) {
            for (const [path, content] of await this.source.readMany(unread))
                bytes.set(path, content);
        }
        else {
            for (let i = 0; i < unread.length; i += 32) {
                const batch = unread.slice(i, i + 32);
                const read = await Promise.all(batch.map((f) => this.source.read(f)));
                batch.forEach((f, j) => {
                    const content = read[j];
                    if (content)
                        bytes.set(f.path, content);
                });
            }
        }
        for (const [path, content] of bytes)
            this.texts.set(path, decodeUtf8(path, content));
        const result = [];
        const seen = new Set();
        for (const file of files) {
            this.files.set(file.path, file);
            const text = this.texts.get(file.path);
            if (text === undefined || seen.has(file.path))
                continue;
            seen.add(file.path);
            result.push({ file, text });
        }
        return result;
    }
}
/** A path relative to the workspace, with `/` (for files found by walking it). */
function workspaceRelative(workspace, absolute) {
    return relative(workspace, absolute).split(sep).join('/');
}

;// CONCATENATED MODULE: ./build/js/shared/src/edit/working-tree.js
/**
 * With a push, the change is computed from the committed files; the working tree then gets the same
 * files, so later steps of the job see them. A working file may already hold the change (an earlier
 * run wrote it) or differ from the commit only in line endings (a checkout with core.autocrlf); one
 * with other uncommitted changes is refused before anything is written, rather than overwritten or
 * mixed into the commit.
 */


const crlf = (text) => text.replace(/\r?\n/g, '\r\n');
/** The writes that bring the working tree to the changed files; UserError for a file with other work. */
async function workspaceWrites(changes, rule, log) {
    const writes = [];
    const other = [];
    for (const change of changes) {
        const file = rule.resolve(change.path, { kind: 'detected' });
        const bytes = await workingTree.read(file);
        const working = bytes?.toString('utf8');
        if (working === change.before)
            writes.push({ change, content: change.after });
        else if (working === undefined)
            other.push(change.path);
        else if (working === change.after || working === crlf(change.after)) {
            log.info(`${change.path}: the workspace already holds the change`);
        }
        else if (!change.before.includes('\r') && working === crlf(change.before)) {
            writes.push({ change, content: crlf(change.after) });
        }
        else
            other.push(change.path);
    }
    if (other.length > 0) {
        throw new errors/* UserError */.yo(`${other.join(', ')} ${other.length === 1 ? 'has' : 'have'} changes that are not committed (the working tree differs from HEAD): ` +
            'commit or discard them before a run that pushes, or run with push: none to edit the working tree as it is. Nothing was written');
    }
    return writes;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/js/shared/src/fs.js
/** File writes that never leave a half-written file behind. */



/**
 * Write a file atomically: the text goes to a temporary file in the same folder (same file system),
 * which then replaces the target in one rename. A crash or a full disk leaves the old file intact.
 * An existing file's mode is kept. A symbolic link stays a link: the file it points to is written.
 * (Callers check first, with resolveInputPath, that the link leads somewhere they may write.)
 */
async function writeFileAtomic(linkOrPath, data) {
    const path = await (0,promises_.realpath)(linkOrPath).catch(() => linkOrPath);
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const mode = await (0,promises_.stat)(path).then((s) => s.mode & 0o7777, () => undefined);
    try {
        await (0,promises_.writeFile)(temporary, data, mode === undefined ? {} : { mode });
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./build/js/shared/src/action/inputs.js
var inputs = __nccwpck_require__(5181);
;// CONCATENATED MODULE: ./build/js/shared/src/github/pulls.js
async function findOpen(github, request) {
    const { data } = await github.rest.pulls.list({
        owner: request.owner,
        repo: request.repo,
        head: `${request.owner}:${request.head}`,
        base: request.base,
        state: 'open',
        per_page: 1,
    });
    const pull = data[0];
    return pull ? { number: pull.number, url: pull.html_url, reused: true } : undefined;
}
/** The open pull request from `head` into `base`, created when there is none. */
async function openOrReusePullRequest(github, request) {
    const open = await findOpen(github, request);
    if (open)
        return open;
    try {
        const { data } = await github.rest.pulls.create({
            owner: request.owner,
            repo: request.repo,
            head: request.head,
            base: request.base,
            title: request.title,
            body: request.body,
        });
        return { number: data.number, url: data.html_url, reused: false };
    }
    catch (error) {
        // Another run opened it between our look and our create.
        const raced = error.status === 422 ? await findOpen(github, request) : undefined;
        if (raced)
            return raced;
        throw error;
    }
}
/** The repository's default branch. */
async function defaultBranch(github, owner, repo) {
    const { data } = await github.rest.repos.get({ owner, repo });
    return data.default_branch;
}
/** The open pull request from `headOwner:head` into `base` of the upstream repository, if any. */
async function findOpenForkPullRequest(github, request) {
    const { data } = await github.rest.pulls.list({
        owner: request.owner,
        repo: request.repo,
        head: `${request.headOwner}:${request.head}`,
        base: request.base,
        state: 'open',
        per_page: 1,
    });
    const pull = data[0];
    return pull
        ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? '' }
        : undefined;
}
/**
 * The open pull request from a fork's branch into upstream's `base`: reused (its title and body set
 * to the requested ones when they differ), or created when there is none.
 */
async function openOrUpdateForkPullRequest(github, request) {
    const reuse = async (open) => {
        if (open.title === request.title && open.body === request.body)
            return { number: open.number, url: open.url, reused: true, updated: false };
        await github.rest.pulls.update({
            owner: request.owner,
            repo: request.repo,
            pull_number: open.number,
            title: request.title,
            body: request.body,
        });
        return { number: open.number, url: open.url, reused: true, updated: true };
    };
    const open = await findOpenForkPullRequest(github, request);
    if (open)
        return reuse(open);
    try {
        const { data } = await github.rest.pulls.create({
            owner: request.owner,
            repo: request.repo,
            head: `${request.headOwner}:${request.head}`,
            // A fork named unlike its parent is named, as GitHub asks for cross-repository pulls.
            ...(request.headRepo.toLowerCase() !== request.repo.toLowerCase()
                ? { head_repo: request.headRepo }
                : {}),
            base: request.base,
            title: request.title,
            body: request.body,
            maintainer_can_modify: true,
        });
        return { number: data.number, url: data.html_url, reused: false, updated: false };
    }
    catch (error) {
        // Another run opened it between our look and our create.
        const raced = error.status === 422
            ? await findOpenForkPullRequest(github, request)
            : undefined;
        if (raced)
            return reuse(raced);
        throw error;
    }
}

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

;// CONCATENATED MODULE: ./build/js/shared/src/git/deliver.js
/**
 * Deliver file contents as a commit on a branch and, when asked, a pull request: the commit is built on
 * a parent (the checkout's HEAD) from the contents alone, so the push and the pull request are decided
 * (create, fast-forward, reuse, or refuse a branch holding other work) before anything is written,
 * and a rerun finds what an earlier run pushed. Any action that proposes file changes uses this; it
 * knows nothing of what the files hold. The token reaches git as an HTTP header through GIT_CONFIG_*
 * variables: never in a URL or argv.
 */






/** GIT_CONFIG_* entries that give git the token as an Authorization header for the server only. */
function tokenEnv(token, serverUrl) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    (0,inputs/* maskSecret */.$l)(basic);
    const key = `http.${serverUrl}/.extraheader`;
    // An empty value first clears a header actions/checkout may have persisted: two would be refused.
    return {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}
/**
 * Build the commit and decide what the push will do, before anything is written: a branch holding
 * other work fails the run here. Returns the plan's effects (push, pull request) and what they did.
 */
async function prepareDelivery(request, deps) {
    const git = new Git(deps.workspace, tokenEnv(request.token, deps.context.serverUrl));
    const parent = deps.parent ?? (await git.output(['rev-parse', 'HEAD']));
    const commit = await commitContents(git, { files: request.files, message: request.message, parent });
    if (!commit)
        return {
            effects: [],
            delivered: { branch: request.branch, commit: parent, outcome: 'nothing to commit' },
        };
    const target = { remote: 'origin', branch: request.branch, commit };
    const { outcome, tip } = await planPush(git, target);
    const delivered = {
        branch: request.branch,
        commit: outcome === 'reused' && tip ? tip : commit,
        outcome,
    };
    const effects = [];
    if (outcome !== 'reused') {
        effects.push({
            kind: 'push branch',
            target: request.branch,
            detail: `${outcome === 'created' ? 'new branch' : 'fast-forward'}: ${request.message.split('\n')[0]}`,
            apply: () => pushCommit(git, target),
        });
    }
    if (request.pullRequest && deps.github) {
        const github = deps.github;
        const { owner, repo } = deps.context;
        const runBranch = deps.context.ref.startsWith('refs/heads/')
            ? deps.context.ref.slice('refs/heads/'.length)
            : undefined;
        effects.push({
            kind: 'open pull request',
            target: `${request.branch} → ${request.base ?? runBranch ?? 'the default branch'}`,
            detail: 'or reuse the one already open',
            apply: async () => {
                const base = request.base ?? runBranch ?? (await defaultBranch(github, owner, repo));
                delivered.pullRequest = await openOrReusePullRequest(github, {
                    owner,
                    repo,
                    head: request.branch,
                    base,
                    title: request.message.split('\n')[0] ?? request.message,
                    body: request.body,
                });
            },
        });
    }
    return { effects, delivered };
}
/**
 * Apply a plan that delivers working-tree changes (prepareDelivery's effects, then the file writes):
 * a push the remote refused is the user's to act on, said with what was and was not done.
 */
async function applyDelivery(plan, dryRun, log) {
    try {
        await executePlan(plan, { dryRun, log });
    }
    catch (error) {
        if (!(error instanceof PlanError) || !(error.cause instanceof errors/* UserError */.yo))
            throw error;
        const said = (list) => list.map((e) => `${e.kind} ${e.target}`).join('; ');
        const done = error.applied.length ? ` Applied before it: ${said(error.applied)}.` : '';
        const pending = error.pending.length ? ` Not applied: ${said(error.pending)}.` : '';
        throw new errors/* UserError */.yo(`${error.cause.message}.${done}${pending} Nothing in the workspace changed; a rerun pushes it once the remote accepts it`);
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/text/unified-diff.js
/**
 * A unified diff of two texts by lines (`diff -u`), for dry runs that show a change before it is
 * made. Myers' O(ND) algorithm: a few added lines in a file of thousands cost little.
 */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** The shortest edit script from `a` to `b` (Myers 1986, greedy forward search with a trace). */
function editScript(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const offset = max + 1;
    let v = new Int32Array(2 * max + 3);
    const trace = [];
    let found = false;
    for (let d = 0; d <= max && !found; d++) {
        trace.push(v.slice());
        const next = v.slice();
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
                ? (v[offset + k + 1] ?? 0)
                : (v[offset + k - 1] ?? 0) + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            next[offset + k] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
        v = next;
    }
    trace.push(v);
    // Walk the trace back from (n, m).
    const ops = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
        const vd = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && (vd[offset + k - 1] ?? 0) < (vd[offset + k + 1] ?? 0));
        const prevK = down ? k + 1 : k - 1;
        const prevX = vd[offset + prevK] ?? 0;
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push({ kind: ' ', line: a[--x] });
            y--;
        }
        if (d === 0)
            break;
        if (down)
            ops.push({ kind: '+', line: b[--y] });
        else
            ops.push({ kind: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        ops.push({ kind: ' ', line: a[--x] });
        y--;
    }
    return ops.reverse();
}
/** `diff -u` of two texts (empty when equal), with `context` unchanged lines around each change. */
function unifiedDiff(before, after, names, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = editScript(a, b);
    const changed = ops.map((op, i) => (op.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
    const hunks = [];
    for (const i of changed) {
        const start = Math.max(0, i - context);
        const end = Math.min(ops.length - 1, i + context);
        const last = hunks.at(-1);
        if (last && start <= last[1] + 1)
            last[1] = end;
        else
            hunks.push([start, end]);
    }
    const out = [`--- ${names.from}`, `+++ ${names.to}`];
    // Line numbers before each op.
    const lineA = [];
    const lineB = [];
    let la = 1;
    let lb = 1;
    for (const op of ops) {
        lineA.push(la);
        lineB.push(lb);
        if (op.kind !== '+')
            la++;
        if (op.kind !== '-')
            lb++;
    }
    for (const [start, end] of hunks) {
        const slice = ops.slice(start, end + 1);
        const countA = slice.filter((op) => op.kind !== '+').length;
        const countB = slice.filter((op) => op.kind !== '-').length;
        const fromA = countA === 0 ? (lineA[start] ?? 1) - 1 : (lineA[start] ?? 1);
        const fromB = countB === 0 ? (lineB[start] ?? 1) - 1 : (lineB[start] ?? 1);
        out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@`);
        for (const op of slice)
            out.push(`${op.kind}${op.line}`);
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/js/shared/src/registry/errors.js
var registry_errors = __nccwpck_require__(5836);
// EXTERNAL MODULE: ./build/js/shared/src/registry/manifest.js
var registry_manifest = __nccwpck_require__(4702);
;// CONCATENATED MODULE: ./build/js/shared/src/registry/tags.js

/** Look `tag` up in `repo`: listed (with paging), then its manifest read and its digest verified. */
async function lookupTag(client, repo, tag, options = {}) {
    const tags = options.tags ?? (await client.listTags(repo, options.pageSize));
    if (!tags.includes(tag)) {
        return {
            found: false,
            tag,
            repositoryExists: tags.length > 0,
            closest: closestTags(tags, tag, options.closestLimit),
        };
    }
    const manifest = await client.getManifest(repo, tag);
    return {
        found: true,
        tag,
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        multiArch: (0,registry_manifest/* isIndexType */.$U)(manifest.mediaType),
    };
}
/** Edit distance (insertions, deletions, substitutions), each string at most a few dozen characters. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return i;
}
/** A tag without its image revision: `v3.4.4-1` → `v3.4.4`. */
const withoutRevision = (tag) => tag.replace(/-\d+$/, '');
/**
 * The tags that look most like `wanted`: the same version with another revision (or none) first, then
 * fewest edits, then the longest shared beginning, then by name. Signature and attestation tags
 * (`sha256-….sig`) are never suggested.
 */
function closestTags(tags, wanted, limit = 5) {
    const version = withoutRevision(wanted);
    return tags
        .filter((t) => t !== wanted && !/^sha256-[0-9a-f]{64}(\.\w+)?$/.test(t))
        .map((tag) => ({
        tag,
        other: withoutRevision(tag) === version ? 0 : 1,
        edits: distance(tag, wanted),
        prefix: commonPrefix(tag, wanted),
    }))
        .sort((x, y) => x.other - y.other ||
        x.edits - y.edits ||
        y.prefix - x.prefix ||
        (x.tag < y.tag ? -1 : x.tag > y.tag ? 1 : 0))
        .slice(0, limit)
        .map((c) => c.tag);
}
/** `image:tag is not staged` with the closest tags, as one line for an error message. */
function describeMissing(name, lookup) {
    if (!lookup.repositoryExists)
        return `${name} has no tags (the repository does not exist or is empty)`;
    const near = lookup.closest.length ? `; closest tags there: ${lookup.closest.join(', ')}` : '';
    return `${name} has no tag ${lookup.tag}${near}`;
}

;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/checks.js
/**
 * Checked before writing: every image:tag the pins write is looked up in its registry (each
 * repository's tag list read once, every page; each tag's manifest read once, which gives the digest —
 * the index's for a multi-arch image), and every component reference asked to be checked is found
 * where it points (`git ls-remote` against its url, or its image tag in its registry). Everything
 * missing is reported together, with the closest tags or refs that exist.
 */






const repoKey = (repo) => `${repo.registry}/${repo.repository}`;
const tagKey = (image, tag) => `${repoKey(image)}:${tag}`;
/** Looks tags up, listing each repository once. */
class TagChecker {
    client;
    lists = new Map();
    lookups = new Map();
    constructor(client) {
        this.client = client;
    }
    lookup(repo, tag) {
        const key = tagKey(repo, tag);
        let lookup = this.lookups.get(key);
        if (!lookup) {
            let tags = this.lists.get(repoKey(repo));
            if (!tags) {
                tags = this.client.listTags(repo);
                this.lists.set(repoKey(repo), tags);
            }
            lookup = tags.then((list) => lookupTag(this.client, repo, tag, { tags: list }));
            this.lookups.set(key, lookup);
        }
        return lookup;
    }
}
/** Every image:tag found in its registry: found tags by tagKey; a problem per missing one. */
async function checkImageTags(checker, pairs, problems) {
    const found = new Map();
    for (const { image, tag } of pairs) {
        const key = tagKey(image, tag);
        if (found.has(key))
            continue;
        const lookup = await refused(checker.lookup(image, tag), `${image.name}:${tag}`, problems);
        if (!lookup)
            continue;
        if (lookup.found)
            found.set(key, lookup);
        else
            problems.push(`${describeMissing(image.name, lookup)} (registry ${image.registry})`);
    }
    return found;
}
/** A registry that refuses the credentials (or their absence) is the user's to fix: a problem, said so. */
async function refused(work, what, problems) {
    try {
        return await work;
    }
    catch (error) {
        if (!(error instanceof registry_errors/* RegistryError */.gl) || ![401, 403].includes(error.status))
            throw error;
        const said = error.errors.map((e) => e.message).join('; ') || `HTTP ${error.status}`;
        const message = `${what}: the registry refused to show it (${error.status} ${said}): give username and password, or log in to the registry (docker/login-action) before this step`;
        if (!problems.includes(message))
            problems.push(message);
        return undefined;
    }
}
/** Check each component reference that asks for it; a problem per one not found. */
async function checkComponents(places, checker, git, problems) {
    const remotes = new Map();
    for (const place of places) {
        const check = place.check;
        if (!check)
            continue;
        const where = `${place.file}:${place.line} ${place.location} = ${place.value}`;
        if (check.kind === 'oci') {
            if (!checker) {
                problems.push(`${where}: cannot check ${check.text} with check-registry false`);
                continue;
            }
            const lookup = await refused(checker.lookup(check.reference, check.reference.tag ?? 'latest'), check.text, problems);
            if (lookup && !lookup.found)
                problems.push(`${where}: ${describeMissing(`${check.reference.registry}/${check.reference.repository}`, lookup)}`);
            continue;
        }
        let refs = remotes.get(check.url);
        if (!refs) {
            refs = lsRemote(git, check.url);
            remotes.set(check.url, refs);
        }
        const listed = await refs;
        if (typeof listed === 'string') {
            problems.push(`${where}: git ls-remote ${check.url} failed: ${listed}`);
            continue;
        }
        const problem = await gitReferenceProblem(git, check.url, listed, place.value);
        if (problem)
            problems.push(`${where}: ${problem}`);
    }
}
/** ref name → object, or git's own words when the remote cannot be listed. */
async function lsRemote(options, url) {
    const result = await new Git(options.workspace, options.env).run(['ls-remote', '--', url], {
        allowFailure: true,
    });
    if (result.exitCode !== 0)
        return redactCredentials(result.stderr.trim().split('\n').at(-1) ?? '');
    const refs = new Map();
    for (const line of result.stdout.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (sha && ref)
            refs.set(ref, sha);
    }
    return refs;
}
/** Why `value` names nothing in the remote; undefined when it names a branch, a tag or a commit there. */
async function gitReferenceProblem(options, url, refs, value) {
    if (refs.has(`refs/heads/${value}`) || refs.has(`refs/tags/${value}`) || refs.has(value))
        return undefined;
    if (/^[0-9a-f]{7,40}$/.test(value)) {
        if ([...refs.values()].some((sha) => sha.startsWith(value)))
            return undefined;
        if (value.length < 40)
            return `${url} has no branch or tag at ${value}, and an abbreviated commit cannot be fetched to check it: give the full SHA`;
        return (await fetchesCommit(options, url, value))
            ? undefined
            : `${url} has no commit ${value} (nor a branch or tag at it)`;
    }
    const names = [...refs.keys()]
        .filter((r) => /^refs\/(heads|tags)\//.test(r) && !r.endsWith('^{}'))
        .map((r) => r.replace(/^refs\/(heads|tags)\//, ''));
    const near = closestTags(names, value);
    return `${url} has no branch or tag ${value}${near.length ? `; closest there: ${near.join(', ')}` : ''}`;
}
/** True when the remote serves the commit (a shallow fetch of it alone, trees left out, into a scratch repository). */
async function fetchesCommit(options, url, sha) {
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pin-image-tags-commit-'));
    try {
        const git = new Git(scratch, options.env);
        await git.run(['init', '--quiet', '--bare']);
        const fetched = await git.run(['fetch', '--quiet', '--depth=1', '--filter=tree:0', '--', url, sha], {
            allowFailure: true,
        });
        return fetched.exitCode === 0;
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./build/js/shared/src/edit/span.js
var span = __nccwpck_require__(550);
;// CONCATENATED MODULE: ./build/js/shared/src/edit/yaml.js
/**
 * YAML scalars found through the `yaml` Document API and replaced in place: comments, key order,
 * quoting style, indentation and the final newline stay exactly as they were.
 */


/** Parse YAML for reading; EditError with the line of the first syntax error. */
function parseYaml(text) {
    // yaml's own duplicate-key check is quadratic in a mapping's size (minutes for a 40,000-key
    // values.yaml); keys are checked for duplicates along the path that is read instead.
    const doc = parseDocument(text, { uniqueKeys: false });
    throwFirstError(doc);
    return doc;
}
/**
 * Parse every document of a YAML stream (Kubernetes manifests separated by `---`); EditError with the
 * line of the first syntax error. Node ranges are offsets in the whole text. An empty text has none.
 */
function parseYamlDocuments(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    // An empty stream comes back as an EmptyStream (an array with no documents).
    const list = Array.isArray(docs) ? docs : [docs];
    for (const doc of list)
        throwFirstError(doc);
    return list;
}
function throwFirstError(doc) {
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0].line;
        // The parser recurses per level of nesting and reports running out of stack as a syntax error.
        if (/Maximum call stack size exceeded/.test(error.message)) {
            throw new span/* EditError */.F('nests deeper than the YAML reader can follow', line);
        }
        throw new span/* EditError */.F(`is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`, line);
    }
}
/**
 * Every plain or quoted scalar held by a mapping key for which `wanted(key)` is true, anywhere in the
 * document (mappings inside lists too), in document order. Block scalars and aliases are skipped.
 */
function yamlScalarsUnder(doc, text, wanted) {
    const found = [];
    const visit = (node, keys) => {
        if (isMap(node)) {
            for (const pair of node.items) {
                const key = isScalar(pair.key) ? pair.key.value : pair.key;
                if (typeof key !== 'string' && typeof key !== 'number')
                    continue;
                const path = [...keys, key];
                const value = pair.value;
                if (isScalar(value) && value.range && typeof key === 'string' && wanted(key)) {
                    if (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED')
                        continue;
                    if (value.value === null || typeof value.value === 'object')
                        continue;
                    found.push({ keys: path, occurrence: scalarOccurrence(value, text, keyPathText(path)) });
                }
                else
                    visit(value, path);
            }
        }
        else if (isSeq(node)) {
            node.items.forEach((item, index) => visit(item, [...keys, index]));
        }
    };
    visit(doc.contents, []);
    return found;
}
/** The scalar at a key path of a parsed document; EditError naming the path when it is not there. */
function yamlScalarAt(doc, text, keys) {
    let node = doc.contents;
    for (const [depth, key] of keys.entries()) {
        if ((0,dist/* isMap */.jh)(node)) {
            const same = node.items.filter((pair) => ((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key) === key);
            if (same.length > 1) {
                const [first, second] = same.slice(0, 2).map((pair) => {
                    const at = pair.key?.range?.[0];
                    return at === undefined ? undefined : (0,span/* lineAt */.mh)(text, at);
                });
                throw new span/* EditError */.F(`has the key ${(0,span/* keyPathText */.Cm)(keys.slice(0, depth + 1))} twice (lines ${first ?? '?'} and ${second ?? '?'})`, second);
            }
        }
        const next = (0,dist/* isMap */.jh)(node)
            ? node.get(key, true)
            : (0,dist/* isSeq */.oP)(node) && typeof key === 'number'
                ? node.get(key, true)
                : undefined;
        if (next === undefined)
            throw new span/* EditError */.F(`has no key ${(0,span/* keyPathText */.Cm)(keys.slice(0, depth + 1))}`);
        node = next;
    }
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        throw new span/* EditError */.F(`${(0,span/* keyPathText */.Cm)(keys)} is not a single value`);
    return scalarOccurrence(node, text, (0,span/* keyPathText */.Cm)(keys));
}
/** Find the scalar at a key path (`docker.version`) in a YAML text. */
function findYamlScalar(text, keys) {
    return yamlScalarAt(parseYaml(text), text, keys);
}
/** Where a scalar node sits in the text it was parsed from, and how to write another value there. */
function yamlScalarOccurrence(node, text, name) {
    return scalarOccurrence(node, text, name);
}
function scalarOccurrence(node, text, name) {
    const [start, end] = node.range;
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        throw new span/* EditError */.F(`${name} is a block scalar; only plain or quoted values can be edited`, (0,span/* lineAt */.mh)(text, start));
    }
    if (node.value !== null && typeof node.value === 'object')
        throw new span/* EditError */.F(`${name} is not a scalar`);
    const wasString = typeof node.value === 'string';
    return {
        start,
        end,
        line: (0,span/* lineAt */.mh)(text, start),
        // A plain scalar's own text: `1.10` stays 1.10, not the number 1.1.
        value: typeof node.value === 'string' ? node.value : text.slice(start, node.range[1]).trim(),
        render: (value) => renderScalar(value, node.type, wasString),
    };
}
/** Write a value as the old scalar was written; quote a plain one only when YAML would misread it. */
function renderScalar(value, type, wasString) {
    if (type === 'QUOTE_SINGLE')
        return `'${value.replace(/'/g, "''")}'`;
    if (type === 'QUOTE_DOUBLE')
        return JSON.stringify(value);
    let reads;
    try {
        reads = (0,dist/* parse */.qg)(`k: ${value}\n`);
    }
    catch {
        return JSON.stringify(value);
    }
    const read = reads?.k;
    // A plain number stays plain while the new value still reads as a number (`1.10` → `1.20`).
    const same = wasString ? read === value : typeof read === 'number' || read === value;
    return same ? value : JSON.stringify(value);
}

// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var reference = __nccwpck_require__(7366);
;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/components.js
/**
 * Seed 001's component references: `oci.guest-components.reference`, `oci.kata-containers.reference`,
 * `git.coco-operator.reference`/`config`, `git.kbs.tag` in versions.yaml move to the components'
 * releases before the release and back to `main` after. Each is an explicit `path: key.path = value`
 * line; what a `check` asks for is found beside the key (`url:` → git, `registry:` → an image tag).
 */




/** Where each listed reference is and what it gets; problems for a missing file or key. */
async function locateComponents(specs, reader, parse, values, problems) {
    const places = [];
    for (const spec of specs) {
        const read = await reader.read(spec.path, { kind: 'input', input: 'components' }, true);
        if (!read) {
            problems.push(`components: ${spec.path}: no such file`);
            continue;
        }
        const file = read.file.path;
        const docs = parse(file, read.text);
        if (docs instanceof span/* EditError */.F) {
            problems.push(`${file}: ${docs.message}`);
            continue;
        }
        let occurrence;
        let doc;
        let missing;
        for (const candidate of docs) {
            try {
                occurrence = yamlScalarAt(candidate, read.text, spec.keys);
                doc = candidate;
                break;
            }
            catch (error) {
                if (!(error instanceof span/* EditError */.F))
                    throw error;
                missing ??= error;
            }
        }
        if (!occurrence || !doc) {
            problems.push(`${file}${missing?.line ? `:${missing.line}` : ''}: ${missing?.message ?? 'holds no YAML document'} (components: ${spec.line})`);
            continue;
        }
        const value = values.mode === 'revert' && spec.value === undefined
            ? values.revertReference
            : (spec.value ?? '').replaceAll('{tag}', values.tag).replaceAll('{sha}', values.sha);
        const place = { file, location: spec.keyText, occurrence, line: occurrence.line, value };
        if (spec.check) {
            const check = checkFor(spec, doc, value);
            if (typeof check === 'string')
                problems.push(`${file}:${occurrence.line}: ${spec.keyText}: ${check}`);
            else
                place.check = check;
        }
        places.push(place);
    }
    return places;
}
/** What checks the value: the `url` or `registry` beside the key, or the reference the line gives. */
function checkFor(spec, doc, value) {
    let text;
    if (spec.check?.kind === 'reference')
        text = spec.check.template.replaceAll('{value}', value);
    else {
        let parent = doc.contents;
        for (const key of spec.keys.slice(0, -1))
            parent = (0,dist/* isMap */.jh)(parent) ? parent.get(key, true) : undefined;
        const beside = (key) => {
            const node = (0,dist/* isMap */.jh)(parent) ? parent.get(key, true) : undefined;
            return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
        };
        const url = beside('url');
        if (url !== undefined)
            return { kind: 'git', url };
        const registry = beside('registry');
        if (registry === undefined)
            return 'check needs a url (git) or registry (image) beside the key, or check <image reference with {value}>';
        text = `${registry}:${value}`;
    }
    try {
        return { kind: 'oci', reference: (0,reference/* parseReference */.F2)(text), text };
    }
    catch (error) {
        if (error instanceof reference/* InvalidReferenceError */.x_)
            return `cannot check ${text}: ${error.reason}`;
        throw error;
    }
}

// EXTERNAL MODULE: ./build/js/actions/pin-image-tags/src/specs.js
var specs = __nccwpck_require__(9001);
;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/edits.js
/**
 * What each place gets, and the files that result. A place's tag comes from the first template whose
 * glob matches its file (else the tag); a digest is that tag's digest in the registry. Only the value's
 * characters change — except the `digest:` line a kustomize pin by digest adds, and a tag pin or a
 * revert removes, so that kustomize (which prefers the digest) really uses the tag. Two places that
 * would write different text into the same characters are a problem, never a guess.
 */



/** The template a place follows (`{tag}` when none matches). */
function templateFor(place, templates) {
    return templates.find((t) => (0,specs/* globMatches */.mw)(place.file, t.glob));
}
/** The tag a place pins (checked in the registry): the template's part before an `@`, filled in. */
function pinnedTag(place, settings) {
    if (settings.mode === 'revert')
        return settings.tag;
    const template = templateFor(place, settings.templates)?.template ?? '{tag}';
    const at = template.indexOf('@');
    const part = (at < 0 ? template : template.slice(0, at))
        .replaceAll('{tag}', settings.tag)
        .replaceAll('{sha}', settings.sha);
    return part === '' ? settings.tag : part;
}
/** The templates no place's file matches: a typo there would pin a dev overlay with the release tag. */
function unusedTemplates(places, templates) {
    const used = new Set(places.map((p) => templateFor(p, templates)).filter(Boolean));
    return templates.filter((t) => !used.has(t));
}
/** The image:tag pairs the places pin, each once, in order. */
function pinnedPairs(places, settings) {
    const pairs = new Map();
    for (const place of places) {
        const tag = pinnedTag(place, settings);
        pairs.set(tagKey(place.image, tag), { image: place.image, tag });
    }
    return [...pairs.values()];
}
/**
 * Every edit the places and component references need, grouped into file changes (only files whose
 * text changes); problems for a place that cannot take its value, notes for what the user should know.
 */
function computeChanges(places, components, texts, settings, digests, report) {
    const edits = [];
    const edit = (file, occurrence, location, value) => {
        edits.push({
            occurrence,
            value,
            row: { file, line: occurrence.line, location, old: occurrence.value, new: value },
        });
    };
    for (const place of places) {
        const tag = pinnedTag(place, settings);
        const digest = digests?.get(tagKey(place.image, tag))?.digest ?? '';
        const template = settings.mode === 'pin' ? (templateFor(place, settings.templates)?.template ?? '{tag}') : '{tag}';
        const written = template
            .replaceAll('{tag}', settings.tag)
            .replaceAll('{sha}', settings.sha)
            .replaceAll('{digest}', digest);
        const byDigest = settings.mode === 'pin' && settings.pinBy === 'digest';
        const where = `${place.file}:${place.line} ${place.location}`;
        switch (place.kind) {
            case 'string': {
                const old = place.occurrence;
                const name = nameOf(old.value);
                edit(place.file, old, place.location, byDigest ? `${name}@${digest}` : `${name}:${written}`);
                break;
            }
            case 'line':
                edit(place.file, place.occurrence, place.location, written);
                break;
            case 'kustomize': {
                const slot = place.digest;
                if (place.occurrence)
                    edit(place.file, place.occurrence, place.location, written);
                else if (!byDigest) {
                    report.problems.push(`${where}: the images entry for ${place.image.name} has no newTag to pin: add newTag: latest`);
                    break;
                }
                if (byDigest) {
                    const at = slot.occurrence ?? slot.insertion;
                    if (at)
                        edit(place.file, at, slot.location, digest);
                    else
                        report.problems.push(`${where}: cannot add a digest line to a flow mapping ({…}): write the entry in block style`);
                }
                else if (slot.occurrence) {
                    // kustomize prefers a digest to newTag: the tag pin (or the revert) would not take effect.
                    if (slot.removal)
                        edit(place.file, slot.removal, slot.location, '');
                    else
                        report.problems.push(`${place.file}:${slot.occurrence.line} ${slot.location}: cannot remove this digest, which kustomize would use instead of newTag: put it on a line of its own`);
                }
                break;
            }
            case 'helm':
            case 'helm-values': {
                edit(place.file, place.occurrence, place.location, written);
                const slot = place.digest;
                if (byDigest) {
                    if (slot?.occurrence)
                        edit(place.file, slot.occurrence, slot.location, digest);
                    else
                        report.notes.push(`${where}: the chart has no digest key beside the tag, so the pin there is by tag (a template such as {tag}@{digest} writes both where the chart joins name:tag)`);
                }
                else if (slot?.occurrence && slot.occurrence.value !== '') {
                    edit(place.file, slot.occurrence, slot.location, '');
                }
                break;
            }
        }
    }
    for (const component of components)
        edit(component.file, component.occurrence, component.location, component.value);
    return group(edits, texts, report.problems);
}
/** The reference without its tag and digest, as written (`nginx:1.2@sha256:…` → `nginx`). */
function nameOf(reference) {
    const at = reference.indexOf('@');
    const name = at < 0 ? reference : reference.slice(0, at);
    const colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}
function group(edits, texts, problems) {
    const byFile = new Map();
    for (const edit of edits) {
        const list = byFile.get(edit.row.file) ?? [];
        list.push(edit);
        byFile.set(edit.row.file, list);
    }
    const changes = [];
    const rows = [];
    for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const before = texts.get(file) ?? '';
        const kept = withoutDuplicates(list, file, problems);
        rows.push(...kept.map((e) => e.row).sort((a, b) => a.line - b.line));
        const after = (0,span/* applyEdits */.ct)(before, kept);
        if (after !== before)
            changes.push({
                path: file,
                before,
                after,
                rows: kept.map((e) => e.row).filter((r) => r.old !== r.new),
            });
    }
    return { changes, rows };
}
/** One edit per span: the same text written twice is one edit; different text, or spans that cross, a problem. */
function withoutDuplicates(edits, file, problems) {
    const sorted = [...edits].sort((a, b) => a.occurrence.start - b.occurrence.start || a.occurrence.end - b.occurrence.end);
    const kept = [];
    for (const edit of sorted) {
        const last = kept.at(-1);
        const sameSpan = last?.occurrence.start === edit.occurrence.start && last.occurrence.end === edit.occurrence.end;
        if (last && sameSpan && last.occurrence.render(last.value) === edit.occurrence.render(edit.value))
            continue;
        if (last && (sameSpan || edit.occurrence.start < last.occurrence.end)) {
            problems.push(`${file}:${edit.row.line}: ${last.row.location} and ${edit.row.location} would write different values into the same text (${last.row.new || '(removed)'} and ${edit.row.new || '(removed)'})`);
            continue;
        }
        kept.push(edit);
    }
    return kept;
}

// EXTERNAL MODULE: ./build/js/shared/src/edit/regex.js
var regex = __nccwpck_require__(8595);
;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/patterns.js
/**
 * Non-YAML files only through an explicit line pattern: peer pods' Helm-era release-helper also sed's a
 * line of src/cloud-providers/Makefile (`"  tag: \"latest\"", \`). The pattern's one capture group is a
 * tag of the first image. A glob that matches no tracked file, or a pattern that matches nothing, is a
 * problem: the line would otherwise silently stay unpinned.
 */


async function linePlaces(patterns, tracked, reader, image, problems) {
    const places = [];
    for (const pattern of patterns) {
        const paths = tracked.filter((file) => (0,specs/* globMatches */.mw)(file, pattern.glob));
        const location = `/${pattern.source}/`;
        if (paths.length === 0) {
            problems.push(`lines: ${pattern.glob} matches none of the files git tracks`);
            continue;
        }
        const before = places.length;
        for (const { file, text } of await reader.readAll(paths, { kind: 'matched', input: 'lines' })) {
            for (const occurrence of (0,regex/* findCaptures */.Ji)(text, pattern.regex)) {
                places.push({ kind: 'line', file: file.path, image, location, occurrence, line: occurrence.line });
            }
        }
        if (places.length === before)
            problems.push(`lines: ${location} matches nothing in ${paths.join(', ')}`);
    }
    return places;
}

;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/places.js
/** Offset just past the line that holds `offset` (past its newline; the text's end on the last line). */
function lineEnd(text, offset) {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline + 1;
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The line ending the file uses at that line (CRLF kept for an added line). */
function eolAt(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline > 0 && text[newline - 1] === '\r')
        return '\r\n';
    if (newline < 0 && /\r\n/.test(text))
        return '\r\n';
    return '\n';
}
/**
 * A `key: value` line to add after the line holding `after`, indented like the key at `keyStart` (its
 * column, so `- newTag:` gives two spaces). On a last line without a newline the line goes after one,
 * and the file still ends without one.
 */
function lineInsertion(text, after, keyStart, key, line) {
    const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
    const at = lineEnd(text, after);
    const eol = eolAt(text, after);
    const last = at === text.length && !text.endsWith('\n');
    return {
        start: at,
        end: at,
        line: line + 1,
        value: '',
        render: (value) => (last ? `${eol}${indent}${key}: ${value}` : `${indent}${key}: ${value}${eol}`),
    };
}
/**
 * The whole line(s) of a `key: value` pair, to remove it; undefined when the key shares its line with
 * something before it (`- digest: …`, a flow mapping), which cannot be removed alone. The last line of
 * a file without a final newline takes the newline before it along, as lineInsertion added it.
 */
function lineRemoval(text, keyStart, valueEnd, old, line) {
    const start = lineStart(text, keyStart);
    if (text.slice(start, keyStart).trim() !== '')
        return undefined;
    const end = lineEnd(text, valueEnd);
    const last = end === text.length && !text.endsWith('\n') && start > 0;
    const from = last ? start - (text[start - 2] === '\r' ? 2 : 1) : start;
    return { start: from, end, line, value: old, render: () => '' };
}

// EXTERNAL MODULE: ./build/js/actions/pin-image-tags/src/inputs.js
var src_inputs = __nccwpck_require__(8464);
;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/tree.js
/**
 * The files searched: the files git tracks (in the working tree, or in the checked-out commit when the
 * change is pushed), narrowed by the `files` globs, each read once through the path rule. Helm chart
 * folders are known from their tracked Chart.yaml.
 */





/** The tracked files under the workspace: of the base commit when there is one, else of the index. */
async function trackedTree(workspace, base) {
    const git = new Git(workspace);
    const args = base ? ['ls-tree', '-r', '-z', '--name-only', base.commit] : ['ls-files', '-z'];
    const listed = await git.run(args, { allowFailure: true });
    if (listed.exitCode !== 0) {
        throw new errors/* UserError */.yo(`The workspace (${workspace}) is not a git checkout: pin-image-tags searches the files git tracks (${listed.stderr.trim().split('\n')[0]})`);
    }
    const tracked = listed.stdout.split('\0').filter(Boolean);
    const charts = new Set(tracked.filter((f) => external_node_path_.posix.basename(f) === 'Chart.yaml').map((f) => chartDir(external_node_path_.posix.dirname(f))));
    return { tracked, charts };
}
const chartDir = (dir) => (dir === '.' ? '' : dir);
/** The chart folder a file belongs to (the nearest folder above it with a Chart.yaml), if any. */
function chartOf(path, charts) {
    for (let dir = external_node_path_.posix.dirname(path);; dir = external_node_path_.posix.dirname(dir)) {
        if (charts.has(chartDir(dir)))
            return chartDir(dir);
        if (dir === '.' || dir === '/' || dir === '')
            return undefined;
    }
}
/** True for a file inside a chart's `templates/` folder (Go templates, not YAML). */
function isChartTemplate(path, charts) {
    const chart = chartOf(path, charts);
    if (chart === undefined)
        return false;
    return path.slice(chart === '' ? 0 : chart.length + 1).startsWith('templates/');
}
/**
 * The tracked files the globs select (`!` ones leave files out); with no glob to include, every tracked
 * YAML file. A glob that matches no tracked file is an error naming it: a typo would otherwise search
 * nothing and say so only as "no reference found".
 */
function selectFiles(tracked, globs, input) {
    const include = globs.filter((g) => !g.negated);
    const exclude = globs.filter((g) => g.negated);
    const wanted = include.length ? include : src_inputs/* DEFAULT_FILES */.Yc;
    const used = new Set();
    const selected = tracked.filter((file) => {
        const by = wanted.filter((g) => (0,specs/* globMatches */.mw)(file, g.pattern));
        if (by.length === 0)
            return false;
        for (const g of by)
            used.add(g.pattern);
        return !exclude.some((g) => (0,specs/* globMatches */.mw)(file, g.pattern));
    });
    const unused = include.find((g) => !used.has(g.pattern));
    if (unused) {
        throw new errors/* InputError */.dz(input, unused.pattern, `a glob that matches a file git tracks in the workspace (it matches none of the ${tracked.length})`);
    }
    return selected;
}
/** Read the files (each once, through the path rule), keyed by the path of the file they really are. */
async function readSelected(reader, paths, input) {
    const read = await reader.readAll(paths, { kind: 'matched', input });
    return new Map(read.map((r) => [r.file.path, r.text]));
}

;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/scan.js
/**
 * "Say what, not where": every reference to the images in the YAML files, found through the `yaml`
 * Document API — kustomize `images:` entries, Helm values mappings that name the image beside a
 * `tag:`, and whole references in strings. A file is parsed only when it mentions an image's
 * repository (most files of a large tree never are), at most once, and one that mentions it but is
 * not valid YAML is a problem reported with the others before anything is written.
 */







/** The text an image's references always contain: its repository path (Docker Hub's `library/` aside). */
function needle(image) {
    return image.registry === 'docker.io' ? image.repository.replace(/^library\//, '') : image.repository;
}
/** The image a name (without tag or digest) is, if it is one of ours. */
function imageNamed(name, images) {
    if (typeof name !== 'string' || name === '')
        return undefined;
    try {
        const ref = (0,reference/* parseReference */.F2)(name);
        if (ref.tag !== undefined || ref.digest !== undefined)
            return undefined;
        return images.find((i) => i.registry === ref.registry && i.repository === ref.repository);
    }
    catch {
        return undefined;
    }
}
const pairKey = (pair) => ((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
function pairOf(map, key) {
    return map.items.find((p) => pairKey(p) === key);
}
function stringAt(map, key) {
    const value = pairOf(map, key)?.value;
    return (0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' ? value.value : undefined;
}
class Scanner {
    images;
    charts;
    docs = new Map();
    chartImages = [];
    result = { places: [], problems: [], notes: [], parsed: 0 };
    constructor(images, charts) {
        this.images = images;
        this.charts = charts;
    }
    /** The file's documents, parsed once; EditError when it is not valid YAML. */
    documents(file, text) {
        let docs = this.docs.get(file);
        if (docs === undefined) {
            this.result.parsed++;
            try {
                docs = parseYamlDocuments(text);
            }
            catch (error) {
                if (!(error instanceof span/* EditError */.F))
                    throw error;
                docs = error;
            }
            this.docs.set(file, docs);
        }
        return docs;
    }
    /** Search the files (path → text) for references; Helm chart values files last. */
    scan(files) {
        const needles = this.images.map(needle);
        for (const [file, text] of files) {
            if (isChartTemplate(file, this.charts))
                continue;
            if (!needles.some((n) => text.includes(n)))
                continue;
            const docs = this.documents(file, text);
            if (docs instanceof span/* EditError */.F) {
                this.result.problems.push(`${file}: ${docs.message}; it mentions ${this.images.find((i) => text.includes(needle(i)))?.name}: fix it, or leave it out of files with a ! glob`);
                continue;
            }
            for (const doc of docs)
                this.visit(file, text, doc.contents, [], false);
        }
        this.chartValues(files);
        this.result.places.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
        return this.result;
    }
    visit(file, text, node, keys, kustomizeImages) {
        if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, i) => this.visit(file, text, item, [...keys, i], kustomizeImages));
            return;
        }
        if (!(0,dist/* isMap */.jh)(node))
            return;
        const taken = (kustomizeImages ? this.kustomizeEntry(file, text, node, keys) : undefined) ??
            this.helmMapping(file, text, node, keys);
        for (const pair of node.items) {
            const key = pairKey(pair);
            if (typeof key !== 'string' && typeof key !== 'number')
                continue;
            const value = pair.value;
            if ((0,dist/* isScalar */.jn)(value)) {
                if (!taken.has(value))
                    this.stringReference(file, text, value, [...keys, key]);
            }
            else {
                this.visit(file, text, value, [...keys, key], keys.length === 0 && key === 'images');
            }
        }
    }
    occurrence(file, text, node, keys) {
        try {
            return yamlScalarOccurrence(node, text, (0,span/* keyPathText */.Cm)(keys));
        }
        catch (error) {
            if (!(error instanceof span/* EditError */.F))
                throw error;
            this.result.problems.push(`${file}:${error.line ?? (0,span/* lineAt */.mh)(text, node.range?.[0] ?? 0)}: ${error.message}`);
            return undefined;
        }
    }
    /**
     * A kustomize `images:` entry: the image is its newName, else its name. Undefined when the mapping is
     * no such entry (a Helm list of images is tried next).
     */
    kustomizeEntry(file, text, map, keys) {
        const taken = new Set();
        const name = stringAt(map, 'name');
        const newName = stringAt(map, 'newName');
        if (name === undefined && newName === undefined)
            return undefined;
        const image = imageNamed(newName ?? name, this.images);
        if (!image) {
            const renamed = imageNamed(name, this.images);
            if (renamed && newName !== undefined)
                this.result.notes.push(`${file}:${(0,span/* lineAt */.mh)(text, map.range?.[0] ?? 0)}: ${(0,span/* keyPathText */.Cm)(keys)} renames ${renamed.name} to ${newName}: left alone`);
            return renamed ? taken : undefined;
        }
        for (const key of ['name', 'newName'])
            taken.add(pairOf(map, key)?.value);
        const at = (0,span/* lineAt */.mh)(text, map.range?.[0] ?? 0);
        const tagPair = pairOf(map, 'newTag');
        const place = {
            kind: 'kustomize',
            file,
            image,
            location: (0,span/* keyPathText */.Cm)([...keys, 'newTag']),
            line: at,
        };
        if (tagPair) {
            if (!(0,dist/* isScalar */.jn)(tagPair.value) || !tagPair.value.range) {
                this.result.problems.push(`${file}:${at}: ${(0,span/* keyPathText */.Cm)([...keys, 'newTag'])} is not a single value`);
                return taken;
            }
            taken.add(tagPair.value);
            const occurrence = this.occurrence(file, text, tagPair.value, [...keys, 'newTag']);
            if (!occurrence)
                return taken;
            place.occurrence = occurrence;
            place.line = occurrence.line;
        }
        const digestKeys = [...keys, 'digest'];
        const digestPair = pairOf(map, 'digest');
        const last = map.items.at(-1);
        const lastEnd = last?.value?.range?.[1] ?? (last?.key).range?.[1] ?? 0;
        const firstKey = map.items[0]?.key?.range?.[0] ?? 0;
        place.digest = { location: (0,span/* keyPathText */.Cm)(digestKeys) };
        if (digestPair && (0,dist/* isScalar */.jn)(digestPair.value) && digestPair.value.range) {
            taken.add(digestPair.value);
            const occurrence = this.occurrence(file, text, digestPair.value, digestKeys);
            if (occurrence) {
                place.digest.occurrence = occurrence;
                const keyStart = digestPair.key.range?.[0] ?? occurrence.start;
                const removal = lineRemoval(text, keyStart, occurrence.end, occurrence.value, occurrence.line);
                if (removal)
                    place.digest.removal = removal;
            }
        }
        else if (!map.flow) {
            place.digest.insertion = lineInsertion(text, lastEnd, firstKey, 'digest', (0,span/* lineAt */.mh)(text, lastEnd));
        }
        this.result.places.push(place);
        return taken;
    }
    /**
     * A Helm values mapping: `repository:`, `name:` or `image:` naming the image (after a `registry:`
     * when the mapping has one), and `tag:` beside it. A `repository:` or `name:` without a tag is a
     * problem (the pin has no place); an `image:` without one is a whole reference, found as a string.
     */
    helmMapping(file, text, map, keys) {
        const taken = new Set();
        const registry = stringAt(map, 'registry');
        let nameKey;
        let image;
        for (const key of ['repository', 'name', 'image']) {
            const name = stringAt(map, key);
            if (name === undefined)
                continue;
            image = imageNamed(registry ? `${registry.replace(/\/+$/, '')}/${name}` : name, this.images);
            if (image) {
                nameKey = key;
                break;
            }
        }
        if (!image || !nameKey)
            return taken;
        const tag = pairOf(map, 'tag')?.value;
        if (!(0,dist/* isScalar */.jn)(tag) || !tag.range) {
            if (nameKey === 'image')
                return taken;
            this.result.problems.push(`${file}:${(0,span/* lineAt */.mh)(text, map.range?.[0] ?? 0)}: ${(0,span/* keyPathText */.Cm)(keys) || 'the top level'} names ${image.name} (${nameKey}) but has no tag key beside it to pin: add tag: latest, or leave the file out with a ! glob`);
            return taken;
        }
        for (const key of [nameKey, 'registry', 'tag', 'digest'])
            taken.add(pairOf(map, key)?.value);
        const place = this.helmPlace('helm', file, text, map, keys, image);
        if (place)
            this.result.places.push(place);
        const chart = chartOf(file, this.charts);
        if (chart !== undefined &&
            external_node_path_.posix.basename(file) === 'values.yaml' &&
            external_node_path_.posix.dirname(file) === (chart || '.'))
            this.chartImages.push({ chart, file, keys, image });
        return taken;
    }
    helmPlace(kind, file, text, map, keys, image) {
        const tag = pairOf(map, 'tag')?.value;
        const occurrence = this.occurrence(file, text, tag, [...keys, 'tag']);
        if (!occurrence)
            return undefined;
        const place = {
            kind,
            file,
            image,
            location: (0,span/* keyPathText */.Cm)([...keys, 'tag']),
            occurrence,
            line: occurrence.line,
        };
        const digestKeys = [...keys, 'digest'];
        const digest = pairOf(map, 'digest')?.value;
        if ((0,dist/* isScalar */.jn)(digest) && digest.range) {
            if (digest.value === null && digest.range[0] === digest.range[1]) {
                // `digest:` with nothing after it: the value goes after the colon, with the space YAML needs.
                const start = digest.range[0];
                place.digest = {
                    location: (0,span/* keyPathText */.Cm)(digestKeys),
                    occurrence: { start, end: start, line: (0,span/* lineAt */.mh)(text, start), value: '', render: (v) => ` ${v}` },
                };
            }
            else {
                const found = this.occurrence(file, text, digest, digestKeys);
                if (found)
                    place.digest = { location: (0,span/* keyPathText */.Cm)(digestKeys), occurrence: found };
            }
        }
        return place;
    }
    /** A whole reference to an image in a string (`image: quay.io/org/name:tag`, `…@sha256:…`). */
    stringReference(file, text, node, keys) {
        const value = node.value;
        if (typeof value !== 'string' || !node.range)
            return;
        if (!this.images.some((i) => value.includes(needle(i))))
            return;
        let ref;
        try {
            ref = (0,reference/* parseReference */.F2)(value);
        }
        catch {
            return;
        }
        const image = this.images.find((i) => i.registry === ref.registry && i.repository === ref.repository);
        if (!image)
            return;
        // A bare name is a reference only as an `image:` (a repository: beside no tag names no version).
        if (ref.tag === undefined && ref.digest === undefined && keys.at(-1) !== 'image')
            return;
        const occurrence = this.occurrence(file, text, node, keys);
        if (!occurrence)
            return;
        this.result.places.push({
            kind: 'string',
            file,
            image,
            location: (0,span/* keyPathText */.Cm)(keys),
            occurrence,
            line: occurrence.line,
        });
    }
    /**
     * Helm's other values files: a file in the chart's folder (not its templates/ or subcharts) that sets
     * `tag` at the key path where values.yaml names the image overrides that image's tag (peer pods'
     * `providers/libvirt.yaml`: `image.tag: "latest"`, pinned to `<tag>-dev`).
     */
    chartValues(files) {
        if (this.chartImages.length === 0)
            return;
        const found = new Set(this.result.places.map((p) => `${p.file}\0${p.occurrence?.start}`));
        // The values files of each chart that names an image: not its templates, Chart.yaml or subcharts.
        const byChart = new Map();
        for (const file of files.keys()) {
            const chart = chartOf(file, this.charts);
            if (chart === undefined || isChartTemplate(file, this.charts) || external_node_path_.posix.basename(file) === 'Chart.yaml')
                continue;
            const list = byChart.get(chart) ?? [];
            list.push(file);
            byChart.set(chart, list);
        }
        for (const chartImage of this.chartImages) {
            for (const file of byChart.get(chartImage.chart) ?? []) {
                const text = files.get(file);
                if (file === chartImage.file || !text.includes('tag'))
                    continue;
                const docs = this.documents(file, text);
                if (docs instanceof span/* EditError */.F) {
                    this.result.notes.push(`${file}: not valid YAML, so not searched for ${(0,span/* keyPathText */.Cm)([...chartImage.keys, 'tag'])}`);
                    continue;
                }
                for (const doc of docs) {
                    const map = nodeAt(doc.contents, chartImage.keys);
                    if (!(0,dist/* isMap */.jh)(map) || !(0,dist/* isScalar */.jn)(pairOf(map, 'tag')?.value))
                        continue;
                    const named = ['repository', 'name', 'image'].find((k) => stringAt(map, k) !== undefined);
                    if (named)
                        continue; // it names an image itself: found (or not ours) above
                    const place = this.helmPlace('helm-values', file, text, map, chartImage.keys, chartImage.image);
                    if (place && !found.has(`${file}\0${place.occurrence?.start}`))
                        this.result.places.push(place);
                }
            }
        }
    }
}
function nodeAt(node, keys) {
    let at = node;
    for (const key of keys) {
        if ((0,dist/* isMap */.jh)(at))
            at = at.get(key, true);
        else if ((0,dist/* isSeq */.oP)(at) && typeof key === 'number')
            at = at.get(key, true);
        else
            return undefined;
    }
    return at;
}

;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/summary.js
function writeSummary(summary, facts) {
    const { inputs } = facts;
    const names = inputs.images.map((i) => i.name).join(', ');
    summary.heading(inputs.mode === 'pin' ? `Pin ${names} to ${inputs.tag}` : `Unpin ${names}: back to ${inputs.tag}`);
    summary.facts({
        'dry run': inputs.dryRun ? 'yes, nothing written' : undefined,
        'pinned by': inputs.mode === 'pin' ? inputs.pinBy : undefined,
        digest: facts.digest || undefined,
        registry: inputs.checkRegistry
            ? 'every tag found there before writing'
            : 'not asked (check-registry: false)',
        'files searched': facts.searched,
        'files changed': facts.changedFiles.length,
        branch: facts.delivered?.branch ? `${facts.delivered.branch} (${facts.delivered.outcome})` : undefined,
        'pull request': facts.delivered?.pullRequest?.url,
    });
    for (const note of facts.notes)
        summary.paragraph(`- ${note}`);
    if (facts.changedFiles.length === 0)
        summary.paragraph('Every place already holds its value: nothing to change.');
    summary.table(['file', 'line', 'location', 'old', 'new', ''], facts.rows.map((r) => [
        r.file,
        r.line,
        r.location,
        r.old,
        r.new,
        r.old === r.new ? 'already' : 'changed',
    ]));
    if (inputs.dryRun && facts.diff)
        summary.details('The diff', `\`\`\`diff\n${facts.diff.replace(/```/g, '` ` `')}\n\`\`\``);
}

;// CONCATENATED MODULE: ./build/js/actions/pin-image-tags/src/run.js















/** Stop before anything is written when a check found problems, naming every one. */
function stopOn(problems) {
    if (problems.length === 0)
        return;
    const list = problems.join('; ');
    throw new errors/* UserError */.yo(problems.length === 1
        ? `${list}. Nothing was written`
        : `${problems.length} problems, nothing was written: ${list}`);
}
/** `a, b, c and 12 more` */
function listed(items, most = 12) {
    return items.length <= most
        ? items.join(', ')
        : `${items.slice(0, most).join(', ')} and ${items.length - most} more`;
}
async function run(inputs, deps) {
    const { log, context } = deps;
    const workspace = context.workspace;
    const rule = new PathRule(pathRoots(workspace, context.runnerTemp, inputs.allowOutsideWorkspace), log);
    // A pushed change is built on the checkout's commit: read from it, so that whatever an earlier run
    // left in the working tree, a rerun computes the same commit and finishes the job.
    const base = inputs.push === 'none' ? undefined : await checkoutBase(workspace);
    const reader = new Reader(rule, base ? commitSource(base) : workingTree);
    // Say what, not where: every reference to the images in the files git tracks.
    const tree = await trackedTree(workspace, base);
    const texts = await readSelected(reader, selectFiles(tree.tracked, inputs.files, 'files'), 'files');
    const scanner = new Scanner(inputs.images, tree.charts);
    const scan = scanner.scan(texts);
    const problems = [...scan.problems];
    const notes = [...scan.notes];
    const places = [
        ...scan.places,
        ...(await linePlaces(inputs.lines, tree.tracked, reader, inputs.images[0], problems)),
    ];
    const components = await locateComponents(inputs.components, reader, (file, text) => scanner.documents(file, text), { mode: inputs.mode, tag: inputs.tag, sha: inputs.sha, revertReference: inputs.revertReference }, problems);
    log.info(`Searched ${texts.size} file(s): ${reader.texts.size} read, ${scan.parsed} parsed as YAML (those that mention the image); ${places.length} reference(s) found.`);
    for (const image of inputs.images.filter((i) => !places.some((p) => p.image === i))) {
        problems.push(`No reference to ${image.name} in the ${texts.size} file(s) searched (${listed([...texts.keys()])})`);
    }
    for (const template of unusedTemplates(places, inputs.templates))
        problems.push(`templates: ${template.glob} matches no file with a reference (${template.glob}: ${template.template})`);
    stopOn(problems);
    // Checked before writing: every tag in its registry, every component reference where it points.
    const checker = inputs.checkRegistry && deps.registry ? new TagChecker(deps.registry) : undefined;
    const pairs = pinnedPairs(places, inputs);
    if (checker)
        log.info(`Looking up ${pairs.map((p) => `${p.image.name}:${p.tag}`).join(', ')}`);
    const digests = checker ? await checkImageTags(checker, pairs, problems) : undefined;
    await checkComponents(components, checker, { workspace, env: tokenEnv(inputs.token, context.serverUrl) }, problems);
    stopOn(problems);
    for (const found of digests?.values() ?? [])
        log.info(`found: ${found.tag} @ ${found.digest}${found.multiArch ? ' (multi-arch index)' : ''}`);
    const { changes, rows } = computeChanges(places, components, reader.texts, inputs, digests, {
        problems,
        notes,
    });
    stopOn(problems);
    for (const note of notes)
        log.warning(note);
    const first = inputs.images[0];
    // The first image's digest at the tag; else at the first tag its places pin (all of them templated).
    const digest = [{ image: first, tag: inputs.tag }, ...pairs.filter((p) => p.image === first)]
        .map((p) => digests?.get(tagKey(p.image, p.tag))?.digest)
        .find(Boolean) ?? '';
    const diff = changes
        .map((c) => unifiedDiff(c.before, c.after, { from: `a/${c.path}`, to: `b/${c.path}` }))
        .join('');
    // With a push, the working tree gets the same files, unless it holds other uncommitted work there.
    const writes = base
        ? await workspaceWrites(changes, rule, log)
        : changes.map((c) => ({ change: c, content: c.after }));
    const plan = new Plan();
    let delivered;
    if (base && changes.length > 0 && !inputs.dryRun) {
        const message = inputs.commitMessage ?? defaultMessage(inputs, digests !== undefined);
        const lines = changes.flatMap((c) => c.rows.map((r) => `- \`${r.file}\` ${r.location}: ${r.old || '(none)'} → ${r.new || '(removed)'}`));
        // The push goes first: when the remote refuses it, the workspace is left as it was.
        const prepared = await prepareDelivery({
            files: changes.map((c) => ({ path: base.prefix + c.path, content: c.after })),
            branch: inputs.branch ?? run_defaultBranch(inputs, places, changes),
            message,
            body: `${message}, by pin-image-tags:\n\n${lines.join('\n')}\n`,
            pullRequest: inputs.push === 'pull-request',
            ...(inputs.base !== undefined ? { base: inputs.base } : {}),
            ...(inputs.token !== undefined ? { token: inputs.token } : {}),
        }, { workspace, context, parent: base.commit, ...(deps.github ? { github: deps.github } : {}) });
        for (const effect of prepared.effects)
            plan.add(effect);
        delivered = prepared.delivered;
    }
    else if (base && changes.length > 0) {
        log.info(`Dry run: would commit ${changes.length} file(s) and push them (${inputs.push}).`);
    }
    for (const write of writes) {
        plan.add({
            kind: 'write file',
            target: write.change.path,
            detail: write.change.rows
                .map((r) => `${r.location}: ${r.old || '(none)'} → ${r.new || '(removed)'}`)
                .join('; '),
            apply: () => writeFileAtomic(reader.files.get(write.change.path).absolute, write.content),
        });
    }
    if (inputs.dryRun && diff) {
        await log.group('The diff (nothing written)', () => {
            log.info(diff);
            return Promise.resolve();
        });
    }
    await applyDelivery(plan, inputs.dryRun, log);
    if (delivered?.outcome)
        log.info(`Branch ${delivered.branch}: ${delivered.outcome} (${delivered.commit.slice(0, 12)})`);
    if (delivered?.pullRequest) {
        const pull = delivered.pullRequest;
        log.info(`Pull request #${pull.number}${pull.reused ? ' (already open)' : ''}: ${pull.url}`);
    }
    const changedFiles = changes.map((c) => c.path);
    writeSummary(deps.summary, {
        inputs,
        rows,
        changedFiles,
        notes,
        digest,
        searched: texts.size,
        diff,
        ...(delivered ? { delivered } : {}),
    });
    return {
        changed: changes.length > 0,
        'changed-files': changedFiles,
        pins: rows,
        tag: inputs.tag,
        digest,
        branch: delivered?.branch ?? '',
        'pull-request-url': delivered?.pullRequest?.url ?? '',
    };
}
function defaultMessage(inputs, checked) {
    const names = inputs.images.map((i) => i.name).join(', ');
    if (inputs.mode === 'revert')
        return `Unpin ${names}: back to ${inputs.tag}`;
    return `Pin ${names} to ${inputs.tag}${inputs.pinBy === 'digest' && checked ? ' by digest' : ''}`;
}
/**
 * `release-actions/pin-<tag>`. A revert's branch is named after the tag it replaces, so each release
 * gets its own: the old tag the others contain (`<tag>` in `<tag>-dev`, `dev-<tag>`), the shortest on a tie.
 */
function run_defaultBranch(inputs, places, changes) {
    if (inputs.mode === 'pin')
        return `release-actions/pin-${inputs.tag}`;
    const changed = new Set(changes.map((c) => c.path));
    const olds = places
        .filter((p) => p.occurrence && changed.has(p.file))
        .map((p) => {
        const value = p.occurrence.value;
        return p.kind === 'string' ? value.slice(nameOf(value).length + 1) : value;
    })
        .filter((value) => value !== '' && value !== inputs.tag);
    const score = (candidate) => olds.filter((o) => o.includes(candidate)).length;
    const best = [...new Set(olds)].sort((a, b) => score(b) - score(a) || a.length - b.length)[0] ?? 'pins';
    return `release-actions/unpin-${best.replace(/[^\w.-]+/g, '-').slice(0, 80)}`;
}


/***/ }),

/***/ 9001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ parseLinePattern),
/* harmony export */   V_: () => (/* binding */ parseComponentLine),
/* harmony export */   eW: () => (/* binding */ parseTemplateLine),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   qF: () => (/* binding */ parseGlob)
/* harmony export */ });
/* unused harmony export checkTemplate */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _shared_src_edit_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8595);
/* harmony import */ var _shared_src_edit_span_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(550);
/* harmony import */ var _shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7366);
/**
 * The line-based inputs, each line parsed into what it asks for: file globs (`!` excludes), value
 * templates per glob, line patterns for non-YAML files and component references. Pure: every mistake
 * is an Error whose message says what the line should look like; inputs.ts names the input.
 */




/** A glob relative to the workspace; Error when it could never match a tracked file. */
function parseGlob(line) {
    const negated = line.startsWith('!');
    const pattern = (negated ? line.slice(1) : line).trim().replace(/^\.\//, '');
    if (pattern === '')
        throw new Error('a glob such as **/*.yaml, or !glob to leave files out');
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(pattern) || pattern.split('/').includes('..'))
        throw new Error('a glob relative to the workspace (no leading / and no ..)');
    try {
        node_path__WEBPACK_IMPORTED_MODULE_0__.posix.matchesGlob('x', pattern);
    }
    catch (error) {
        throw new Error(`a valid glob (${error.message})`, { cause: error });
    }
    return { pattern, negated };
}
/** True when a workspace-relative path matches the glob. */
function globMatches(path, pattern) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.matchesGlob(path, pattern);
}
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = ['tag', 'sha', 'digest'];
/** A sample of what a template writes, to check its tag part before any file is read. */
function checkTemplate(template) {
    for (const match of template.matchAll(PLACEHOLDER)) {
        if (!KNOWN.includes(match[1] ?? ''))
            throw new Error(`placeholders {tag}, {sha} and {digest} only (not {${match[1]}})`);
    }
    const at = template.indexOf('@');
    const tagPart = at < 0 ? template : template.slice(0, at);
    if (at >= 0 && template.slice(at + 1) !== '{digest}')
        throw new Error('a tag, or a tag followed by @{digest}');
    if (tagPart.includes('{digest}'))
        throw new Error('{digest} only after an @, or alone');
    if (tagPart === '')
        return;
    const sample = tagPart.replaceAll('{tag}', 'v1').replaceAll('{sha}', '0123abc');
    const problem = (0,_shared_src_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .tagProblem */ .qH)(sample);
    if (problem)
        throw new Error(`a template that makes a valid tag (${problem})`);
}
/** `glob: template` (the last `:` separates them: a template has none). */
function parseTemplateLine(line) {
    const colon = line.lastIndexOf(':');
    if (colon <= 0)
        throw new Error('glob: template, such as **/overlays/libvirt/**: dev-{tag}');
    const glob = parseGlob(line.slice(0, colon).trim());
    if (glob.negated)
        throw new Error('a glob without !, then : and the template');
    const template = line.slice(colon + 1).trim();
    if (template === '')
        throw new Error('glob: template, such as **/overlays/libvirt/**: dev-{tag}');
    checkTemplate(template);
    return { glob: glob.pattern, template };
}
/** `glob: /regex/` with exactly one capture group. */
function parseLinePattern(line) {
    const match = /^(.+?):\s*\/(.*)\/$/.exec(line);
    if (!match?.[1] || match[2] === undefined)
        throw new Error('glob: /regex/ with one capture group around the tag, such as Makefile: /TAG \\?= (\\S+)/');
    const glob = parseGlob(match[1].trim());
    if (glob.negated)
        throw new Error('a glob without !, then : and /regex/');
    try {
        return { glob: glob.pattern, source: match[2], regex: (0,_shared_src_edit_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .compileCapture */ .Ez)(match[2]) };
    }
    catch (error) {
        if (error instanceof _shared_src_edit_span_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F)
            throw new Error(error.message, { cause: error });
        throw error;
    }
}
/** `path: key.path = value [check [reference]]`; the value may be left out (revert). */
function parseComponentLine(line) {
    const match = /^(.+?):\s+([^\s=]+)(?:\s*=\s*([^\s=]+))?(?:\s+check(?:\s+(\S+))?)?$/.exec(line);
    const usage = 'path: key.path = value, optionally followed by check or check <image reference with {value}> (versions.yaml: git.kbs.reference = v0.17.0 check)';
    if (!match?.[1] || !match[2])
        throw new Error(usage);
    const path = match[1].trim().replace(/^\.\//, '');
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(path) || path.split('/').includes('..'))
        throw new Error(`a path relative to the workspace (${usage})`);
    let keys;
    try {
        keys = (0,_shared_src_edit_span_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyPath */ ._q)(match[2]);
    }
    catch (error) {
        throw new Error(`${error.message} (${usage})`, { cause: error });
    }
    const checked = /\scheck(?:\s+\S+)?$/.test(line);
    const reference = match[4];
    if (reference !== undefined && !reference.includes('{value}'))
        throw new Error(`check <reference> with {value} where the value goes (${usage})`);
    if (match[3] !== undefined) {
        for (const placeholder of match[3].matchAll(PLACEHOLDER)) {
            if (!['tag', 'sha'].includes(placeholder[1] ?? ''))
                throw new Error(`placeholders {tag} and {sha} only in a component's value (not {${placeholder[1]}})`);
        }
    }
    return {
        path,
        keys,
        keyText: match[2],
        ...(match[3] !== undefined ? { value: match[3] } : {}),
        ...(checked
            ? { check: reference !== undefined ? { kind: 'reference', template: reference } : { kind: 'beside' } }
            : {}),
        line,
    };
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

/***/ 4438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  Vt: () => (/* reexport */ inputs/* getBooleanInput */.Vt),
  iv: () => (/* reexport */ inputs/* getEnumInput */.iv),
  DF: () => (/* reexport */ inputs/* getListInput */.DF),
  q3: () => (/* reexport */ inputs/* getMultilineInput */.q3),
  lI: () => (/* reexport */ inputs/* getOptionalInput */.lI),
  $l: () => (/* reexport */ inputs/* maskSecret */.$l),
  gi: () => (/* reexport */ readRunnerContext),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ outputs/* setOutputs */.n0)
});

// UNUSED EXPORTS: JobSummary, UserError, describeError, getRequiredInput, isUserError, runnerLogger

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
// EXTERNAL MODULE: ./build/js/shared/src/action/inputs.js
var inputs = __nccwpck_require__(5181);
// EXTERNAL MODULE: ./build/js/shared/src/action/outputs.js + 1 modules
var outputs = __nccwpck_require__(1218);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
        runnerTemp: env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
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
    const summary = new outputs/* JobSummary */.c3();
    try {
        await main({ log: outputs/* runnerLogger */.hB, summary });
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            (0,outputs/* setFailed */.C1)(error.message);
        }
        else {
            (0,outputs/* setFailed */.C1)(`Unexpected failure: ${(0,errors/* describeError */.Uc)(error)}`);
            if (error instanceof Error && error.stack)
                outputs/* runnerLogger */.hB.debug(error.stack);
        }
        summary.paragraph(`**Failed:** ${(0,errors/* isUserError */.iU)(error) ? error.message : (0,errors/* describeError */.Uc)(error)}`);
    }
    finally {
        try {
            await summary.write();
        }
        catch (error) {
            outputs/* runnerLogger */.hB.warning(`Could not write the job summary: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/index.js







/***/ }),

/***/ 5181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   DF: () => (/* binding */ getListInput),
/* harmony export */   Vt: () => (/* binding */ getBooleanInput),
/* harmony export */   iv: () => (/* binding */ getEnumInput),
/* harmony export */   lI: () => (/* binding */ getOptionalInput),
/* harmony export */   q3: () => (/* binding */ getMultilineInput)
/* harmony export */ });
/* unused harmony export getRequiredInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4691);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1218);
/**
 * Typed input getters. Every action reads its inputs only through these, with the input's name as a
 * string literal first argument: the static checks match those names against action.yml.
 */


/** The input as the runner passes it (INPUT_<NAME>, spaces as `_`), trimmed. */
function raw(name, options = {}) {
    const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    if (options.secret && value !== '')
        (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .addMask */ .eu)(value);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, value, 'true or false');
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}
/** Register a value computed at run time (a derived token) so the log masks it. */
function maskSecret(value) {
    if (value !== '')
        (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .addMask */ .eu)(value);
}


/***/ }),

/***/ 1218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c3: () => (/* binding */ JobSummary),
  eu: () => (/* binding */ addMask),
  hB: () => (/* binding */ runnerLogger),
  C1: () => (/* binding */ setFailed),
  n0: () => (/* binding */ setOutputs)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
    process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
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
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path} (${variable})`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
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
    info: (message) => void process.stdout.write(`${withoutWorkflowCommands(message)}${external_node_os_.EOL}`),
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
        await (0,promises_.appendFile)(path, `${this.toMarkdown()}${external_node_os_.EOL}`, 'utf8');
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


/***/ }),

/***/ 8595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ compileCapture),
/* harmony export */   Ji: () => (/* binding */ findCaptures)
/* harmony export */ });
/* unused harmony exports findVersionStrings, textLines */
/* harmony import */ var _span_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(550);
/**
 * Text edits: a regular expression's one capture group, whole version strings in prose (`0.7.0` never
 * inside `10.7.0` or `0.7.01`), and the lines a zeitgeist `match` selects.
 */

function plain(start, value, line) {
    return { start, end: start + value.length, line, value, render: (v) => v };
}
/** Compile a user's pattern that must have exactly one capture group. */
function compileCapture(pattern) {
    let regex;
    try {
        regex = new RegExp(pattern, 'gmd');
    }
    catch (error) {
        throw new _span_js__WEBPACK_IMPORTED_MODULE_0__/* .EditError */ .F(`/${pattern}/ is not a valid regular expression: ${error.message}`);
    }
    const groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
    if (groups !== 1)
        throw new _span_js__WEBPACK_IMPORTED_MODULE_0__/* .EditError */ .F(`/${pattern}/ has ${groups} capture groups; it needs exactly one`);
    return regex;
}
/** Every match's capture group in a text (empty when none matches). */
function findCaptures(text, regex) {
    const found = [];
    const lineOf = (0,_span_js__WEBPACK_IMPORTED_MODULE_0__/* .lineFinder */ .ze)(text);
    for (const match of text.matchAll(new RegExp(regex.source, 'gmd'))) {
        const span = match.indices?.[1];
        // An empty capture names no version; matchAll itself steps over empty matches.
        if (span && match[1])
            found.push(plain(span[0], match[1], lineOf(span[0])));
    }
    return found;
}
/** A longer version goes on after ours: more digits, a PEP 440 or SemVer suffix, build metadata. */
const LONGER = /^(?:\w|\.(?:\d|dev|post|rc|a\d|b\d|alpha|beta|pre)|\+\w|-(?:rc|alpha|beta|pre|dev|snapshot)|-\d)/i;
/** The same, when an image revision (`v4.5.1-0`) still names the version. */
const LONGER_LOOSE = /^(?:\w|\.(?:\d|dev|post|rc|a\d|b\d|alpha|beta|pre)|\+\w|-(?:rc|alpha|beta|pre|dev|snapshot))/i;
/** True when what stands before `at` lets a version start there (`v0.7.0` yes, `10.7.0` no). */
function startsFree(text, at) {
    const prev = text[at - 1];
    if (prev === undefined || !/[\w.+]/.test(prev))
        return true;
    return /[vV]/.test(prev) && !/[\w.+]/.test(text[at - 2] ?? ' ');
}
/**
 * Whole occurrences of a version in text. Not inside a longer number (`10.7.0`, `0.7.01`, `0.7.0.1`)
 * nor a longer version (`0.7.0-rc.1`, `0.7.0.dev0`, `0.7.0+build`); a `v` in front is allowed (and
 * kept, as it is outside the span). `loose` also accepts an image revision after it (`v4.5.1-0`).
 */
function findVersionStrings(text, version, loose = false) {
    const found = [];
    if (version === '')
        return found;
    const longer = loose ? LONGER_LOOSE : LONGER;
    const lineOf = lineFinder(text);
    for (let at = text.indexOf(version); at !== -1; at = text.indexOf(version, at + 1)) {
        if (startsFree(text, at) && !longer.test(text.slice(at + version.length, at + version.length + 8))) {
            found.push(plain(at, version, lineOf(at)));
        }
    }
    return found;
}
/** The lines of a text as a line scanner reads them (no trailing empty line after the last newline). */
function textLines(text) {
    const lines = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        lines.push({ line: number++, start, text: text.slice(start, stop).replace(/\r$/, '') });
        start = stop + 1;
    }
    return lines;
}


/***/ }),

/***/ 550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ keyPathText),
/* harmony export */   F: () => (/* binding */ EditError),
/* harmony export */   _q: () => (/* binding */ parseKeyPath),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   ze: () => (/* binding */ lineFinder)
/* harmony export */ });
/**
 * Format-preserving edits as spans: every finder returns where a value's text starts and ends in the
 * file, and an edit replaces exactly those characters. Everything outside them stays byte-for-byte.
 */
/** A file that cannot be read as what it claims to be, or lacks what it should hold. */
class EditError extends Error {
    line;
    name = 'EditError';
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** The 1-based line of an offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** A fast `lineAt` for many offsets in one text: the newline offsets, searched by bisection. */
function lineFinder(text) {
    const newlines = [];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        newlines.push(i);
    return (offset) => {
        let low = 0;
        let high = newlines.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (newlines[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low + 1;
    };
}
/** Apply edits (non-overlapping spans) to a text; the rest of it is left untouched. */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.occurrence.start - b.occurrence.start);
    let out = '';
    let at = 0;
    for (const { occurrence, value } of sorted) {
        if (occurrence.start < at)
            throw new Error(`overlapping edits at offset ${occurrence.start}`);
        out += text.slice(at, occurrence.start) + occurrence.render(value);
        at = occurrence.end;
    }
    return out + text.slice(at);
}
/** A key path as written in an input: `docker.version`, `dependencies[0].version`. */
function parseKeyPath(path) {
    const keys = [];
    for (const part of path.split('.')) {
        const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
        if (!match || (match[1] === '' && match[2] === ''))
            throw new EditError(`'${path}' is not a key path`);
        if (match[1])
            keys.push(match[1]);
        for (const index of match[2]?.matchAll(/\[(\d+)\]/g) ?? [])
            keys.push(Number(index[1]));
    }
    return keys;
}
/** A key path written back for messages. */
function keyPathText(keys) {
    return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}


/***/ }),

/***/ 1760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   vs: () => (/* binding */ nodeFetch)
/* harmony export */ });
/* unused harmony exports AnswerHeaders, Answer */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7075);
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
            return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from([]);
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
    const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_0__.request : undefined;
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


/***/ }),

/***/ 3466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: nextLink

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./build/js/shared/src/http/fetch.js
var fetch = __nccwpck_require__(1760);
// EXTERNAL MODULE: ./build/js/shared/src/registry/errors.js
var errors = __nccwpck_require__(5836);
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
            response = await (0,fetch/* nodeFetch */.vs)(realmUrl, {
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
            response = await (0,fetch/* nodeFetch */.vs)(url, {
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
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
            const response = await (0,fetch/* nodeFetch */.vs)(url, {
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
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
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
var manifest = __nccwpck_require__(4702);
// EXTERNAL MODULE: ./build/js/shared/src/registry/reference.js
var reference = __nccwpck_require__(7366);
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

/***/ 569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ chainLookups),
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath),
/* harmony export */   TO: () => (/* binding */ readDockerConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7366);
/**
 * Registry credentials: given explicitly (inputs), or read from the Docker config file that
 * `docker login` and the login actions write (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`,
 * `auths.<registry>.auth` = base64 `user:password`, or `identitytoken`).
 */



const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
/** The registry a config.json `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
function keyRegistry(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
    return HUB_KEYS.includes(host) || HUB_KEYS.includes(key) ? _reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb : host;
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
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.DOCKER_CONFIG, 'config.json');
    return env.HOME ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME, '.docker', 'config.json') : undefined;
}
/**
 * Credentials per registry from a Docker config file (none when it does not exist), every secret
 * in it passed to `mask` as it is read. Credential helpers (`credsStore`, `credHelpers`) are not run: their registries are reported in `helpers`.
 */
function readDockerConfig(path, options = {}) {
    let text;
    try {
        text = path ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') : '{}';
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

/***/ 5836:
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

/***/ 4702:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   TN: () => (/* binding */ declaredMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony exports MediaType, parseManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
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

/***/ 7366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_API, digestProblem, repositoryProblem, formatReference, repositoryName, referenceTarget */
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
/******/ var __webpack_exports__ = __nccwpck_require__(6053);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
