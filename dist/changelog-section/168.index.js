export const id = 168;
export const ids = [168];
export const modules = {

/***/ 7561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ displayName),
/* harmony export */   T: () => (/* binding */ readChangelog)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3540);
/** The changelog file as the user named it: shown relative to the workspace, read with a clear error. */



/** The path as the user wrote it (relative to the workspace). */
function displayName(inputs, context) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.workspace, inputs.changelog) || inputs.changelog;
}
/** The file's text; InputError naming the `changelog` input when it cannot be read. */
async function readChangelog(inputs, context) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(inputs.changelog, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('changelog', displayName(inputs, context), code === 'ENOENT'
            ? 'the path of an existing changelog file (there is no such file in the workspace)'
            : `a readable file (${code ?? String(error)})`);
    }
}


/***/ }),

/***/ 3696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K_: () => (/* reexport */ ChangelogVersionNotFound),
  h: () => (/* reexport */ absoluteLinks),
  Qu: () => (/* reexport */ defaultGroups),
  Tz: () => (/* reexport */ detectFormat),
  Xl: () => (/* reexport */ extractSection),
  hb: () => (/* reexport */ insertSection),
  yp: () => (/* reexport */ renderSectionParts),
  $p: () => (/* reexport */ src_versions/* versionsMatch */.$p)
});

// UNUSED EXPORTS: ChangelogSectionExists, KEEP_A_CHANGELOG_CATEGORIES, absoluteUrl, escapeGeneratorTitle, escapeTitle, groupItems, joinSection, listVersions, parseChangelog, parseVersionHeading, renderSection, stripV

;// CONCATENATED MODULE: ./build/js/shared/src/changelog/blocks.js
/**
 * The top-level block structure of a markdown document, in one pass over its lines.
 *
 * A changelog is found by its level-1/2 headings at the top of the document: not those inside a
 * fence, an HTML block, a list item or a block quote. Parsing the whole file into a syntax tree to
 * find them costs far more than they are worth — micromark (under mdast-util-from-markdown) grows
 * quadratically with the number of lists: 14 s for 4,000 short sections — so this module walks the
 * lines once with CommonMark's own block algorithm (the spec's "parsing strategy", as commonmark.js
 * implements it: open containers matched line by line, then new block starts, then lazy paragraph
 * continuation) and reports only what sits at the top: headings, paragraphs and other blocks, with
 * their offsets. Inline content is never parsed here; the one section asked for is (section.ts).
 *
 * The test suite compares this with the full parse (mdast) on real changelogs and generated ones.
 */
const CODE_INDENT = 4;
const MAYBE_SPECIAL = /^[#`~*+_=<>0-9-]/;
const ATX = /^#{1,6}(?:[ \t]+|$)/;
const FENCE = /^`{3,}(?!.*`)|^~{3,}/;
const CLOSING_FENCE = /^(?:`{3,}|~{3,})(?=[ \t]*$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const THEMATIC = /^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$|^(?:-[ \t]*){3,}$/;
const BULLET = /^[*+-]/;
const ORDERED = /^(\d{1,9})([.)])/;
const NON_SPACE = /[^ \t\f\v\r\n]/;
const BLOCK_NAMES = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const TAG_NAME = '[A-Za-z][A-Za-z0-9-]*';
const ATTRIBUTE = '(?:[ \\t]+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:[ \\t]*=[ \\t]*(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*"))?)';
const HTML_OPEN = [
    /./,
    /^<(?:script|pre|textarea|style)(?:[ \t]|>|$)/i,
    /^<!--/,
    /^<[?]/,
    /^<![A-Za-z]/,
    /^<!\[CDATA\[/,
    new RegExp(`^</?(?:${BLOCK_NAMES})(?:[ \\t]|/?>|$)`, 'i'),
    new RegExp(`^(?:<${TAG_NAME}${ATTRIBUTE}*[ \\t]*/?>|</${TAG_NAME}[ \\t]*>)[ \\t]*$`),
];
const HTML_CLOSE = [/./, /<\/(?:script|pre|textarea|style)>/i, /-->/, /\?>/, />/, /\]\]>/];
const isSpaceOrTab = (c) => c === ' ' || c === '\t';
/** Offset just past the line ending of the line starting at `start` (CR, LF or CRLF). */
function lineEnd(source, start) {
    let i = start;
    while (i < source.length) {
        const c = source.charCodeAt(i);
        if (c === 10)
            return { end: i, next: i + 1 };
        if (c === 13)
            return { end: i, next: source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
        i++;
    }
    return { end: i, next: i };
}
/**
 * The blocks at the top of `source`, in order. `probe` is asked only when a setext underline follows
 * a paragraph starting with `[` (which may be all link definitions, and then is no heading).
 */
function topBlocks(source, probe, inlines) {
    const tops = [];
    const document = {
        kind: 'document',
        parent: undefined,
        last: undefined,
        open: true,
        hasChildren: false,
        top: undefined,
    };
    let tip = document;
    let oldTip = document;
    let lastMatched = document;
    let allClosed = true;
    // Per-line state, as commonmark.js keeps it.
    let ln = '';
    let lineNumber = 0;
    let lineStart = 0;
    let offset = 0;
    let column = 0;
    let nextNonspace = 0;
    let nextNonspaceColumn = 0;
    let indent = 0;
    let indented = false;
    let blank = false;
    // The last whitespace run scanned: a line nested 1,000 lists deep is matched against 1,000
    // containers, each asking where its text starts — scanning the run again each time would make that
    // line cost a million steps.
    let runFrom = -1;
    let runTo = -1;
    let runLastTab = -1;
    const findNextNonspace = () => {
        if (offset >= runFrom && offset <= runTo && offset > runLastTab) {
            nextNonspace = runTo;
            nextNonspaceColumn = column + (runTo - offset);
        }
        else {
            let i = offset;
            let cols = column;
            let lastTab = -1;
            let c = ln[i];
            while (c === ' ' || c === '\t') {
                if (c === '\t')
                    lastTab = i;
                cols += c === ' ' ? 1 : 4 - (cols % 4);
                c = ln[++i];
            }
            runFrom = offset;
            runTo = i;
            runLastTab = lastTab;
            nextNonspace = i;
            nextNonspaceColumn = cols;
        }
        blank = nextNonspace >= ln.length;
        indent = nextNonspaceColumn - column;
        indented = indent >= CODE_INDENT;
    };
    const advanceNextNonspace = () => {
        offset = nextNonspace;
        column = nextNonspaceColumn;
    };
    const advanceOffset = (count, columns) => {
        let left = count;
        while (left > 0 && offset < ln.length) {
            if (ln[offset] === '\t') {
                const toTab = 4 - (column % 4);
                if (columns) {
                    // A tab may be consumed only partly (as columns), staying for the next container.
                    const advance = toTab > left ? left : toTab;
                    column += advance;
                    offset += toTab > left ? 0 : 1;
                    left -= advance;
                }
                else {
                    column += toTab;
                    offset += 1;
                    left -= 1;
                }
            }
            else {
                offset += 1;
                column += 1;
                left -= 1;
            }
        }
    };
    const canContain = (parent, child) => {
        if (parent === 'document' || parent === 'blockquote' || parent === 'item')
            return child !== 'item';
        if (parent === 'list')
            return child === 'item';
        return false;
    };
    const finalize = (block) => {
        block.open = false;
        tip = block.parent ?? document;
        if (inlines && block.lines)
            inlines.push({ kind: 'paragraph', lines: block.lines });
    };
    const addChild = (kind, at) => {
        while (!canContain(tip.kind, kind))
            finalize(tip);
        const parent = tip;
        const block = { kind, parent, last: undefined, open: true, hasChildren: false, top: undefined };
        parent.last = block;
        parent.hasChildren = true;
        if (parent === document) {
            block.top = {
                kind: kind === 'paragraph' ? 'paragraph' : 'other',
                line: lineNumber,
                lineStart,
                start: lineStart + at,
            };
            tops.push(block.top);
        }
        tip = block;
        return block;
    };
    const closeUnmatched = () => {
        if (allClosed)
            return;
        while (oldTip !== lastMatched) {
            const parent = oldTip.parent ?? document;
            finalize(oldTip);
            oldTip = parent;
        }
        allClosed = true;
    };
    const addParagraphLine = (paragraph) => {
        const line = { text: ln.slice(offset), start: lineStart + offset, lineStart, line: lineNumber };
        // All lines are kept only where link definitions may start the paragraph, or inline content is
        // wanted; else the first and the last.
        const lines = (paragraph.lines ??= []);
        if (lines.length < 2 || inlines || lines[0]?.text.startsWith('['))
            lines.push(line);
        else
            lines[1] = line;
    };
    /** continue(): 0 matched, 1 not matched, 2 the line is used up (a closing fence). */
    const continues = (block) => {
        switch (block.kind) {
            case 'document':
            case 'list':
                return 0;
            case 'blockquote':
                if (!indented && ln[nextNonspace] === '>') {
                    advanceNextNonspace();
                    advanceOffset(1, false);
                    if (isSpaceOrTab(ln[offset]))
                        advanceOffset(1, true);
                    return 0;
                }
                return 1;
            case 'item': {
                const data = block.list;
                if (blank) {
                    if (!block.hasChildren)
                        return 1;
                    advanceNextNonspace();
                }
                else if (indent >= data.markerOffset + data.padding) {
                    advanceOffset(data.markerOffset + data.padding, true);
                }
                else
                    return 1;
                return 0;
            }
            case 'heading':
            case 'thematic':
                return 1;
            case 'fenced': {
                const match = indent <= 3 && ln[nextNonspace] === block.fenceChar
                    ? CLOSING_FENCE.exec(ln.slice(nextNonspace))
                    : null;
                if (match && match[0].length >= (block.fenceLength ?? 0)) {
                    finalize(block);
                    return 2;
                }
                let i = block.fenceOffset ?? 0;
                while (i > 0 && isSpaceOrTab(ln[offset])) {
                    advanceOffset(1, true);
                    i--;
                }
                return 0;
            }
            case 'indented':
                if (indent >= CODE_INDENT)
                    advanceOffset(CODE_INDENT, true);
                else if (blank)
                    advanceNextNonspace();
                else
                    return 1;
                return 0;
            case 'html':
                return blank && (block.htmlType === 6 || block.htmlType === 7) ? 1 : 0;
            case 'paragraph':
                return blank ? 1 : 0;
        }
    };
    const parseListMarker = (container) => {
        if (indent >= 4)
            return undefined;
        const rest = ln.slice(nextNonspace);
        // An empty item, or one not numbered 1, cannot interrupt a paragraph — nor, in micromark, an
        // indented code block still open in the same container.
        const interrupting = container.kind === 'paragraph' || (tip.kind === 'indented' && tip.parent === container);
        let match = BULLET.exec(rest);
        let type;
        let marker;
        if (match) {
            type = 'bullet';
            marker = match[0];
        }
        else {
            match = ORDERED.exec(rest);
            if (!match || (interrupting && match[1] !== '1'))
                return undefined;
            type = 'ordered';
            marker = match[2] ?? '.';
        }
        const after = ln[nextNonspace + match[0].length];
        if (!(after === undefined || after === '\t' || after === ' '))
            return undefined;
        if (interrupting && !NON_SPACE.test(ln.slice(nextNonspace + match[0].length)))
            return undefined;
        const markerOffset = indent;
        advanceNextNonspace();
        advanceOffset(match[0].length, true);
        const spacesStartColumn = column;
        const spacesStartOffset = offset;
        do {
            advanceOffset(1, true);
        } while (column - spacesStartColumn < 5 && isSpaceOrTab(ln[offset]));
        const blankItem = ln[offset] === undefined;
        const spaces = column - spacesStartColumn;
        let padding;
        if (spaces >= 5 || spaces < 1 || blankItem) {
            padding = match[0].length + 1;
            column = spacesStartColumn;
            offset = spacesStartOffset;
            if (isSpaceOrTab(ln[offset]))
                advanceOffset(1, true);
        }
        else {
            padding = match[0].length + spaces;
        }
        return { type, marker, markerOffset, padding };
    };
    const blockQuoteStart = () => {
        if (indented || ln[nextNonspace] !== '>')
            return 0;
        advanceNextNonspace();
        advanceOffset(1, false);
        if (isSpaceOrTab(ln[offset]))
            advanceOffset(1, true);
        closeUnmatched();
        addChild('blockquote', nextNonspace);
        return 1;
    };
    const atxStart = () => {
        const match = indented ? null : ATX.exec(ln.slice(nextNonspace));
        if (!match)
            return 0;
        advanceNextNonspace();
        advanceOffset(match[0].length, false);
        closeUnmatched();
        const top = addChild('heading', nextNonspace).top;
        const content = ln
            .slice(offset)
            .replace(/^[ \t]*#+[ \t]*$/, '')
            .replace(/[ \t]+#+[ \t]*$/, '');
        const lead = content.length - content.replace(/^[ \t]+/, '').length;
        const contentStart = lineStart + offset + lead;
        const contentEnd = Math.max(contentStart, lineStart + offset + content.replace(/[ \t]+$/, '').length);
        if (top) {
            top.kind = 'heading';
            top.depth = match[0].trim().length;
            top.contentStart = contentStart;
            top.contentEnd = contentEnd;
        }
        if (inlines && contentEnd > contentStart) {
            inlines.push({
                kind: 'atx',
                lines: [{ text: source.slice(contentStart, contentEnd), start: contentStart }],
            });
        }
        advanceOffset(ln.length - offset, false);
        return 2;
    };
    const fenceStart = () => {
        const match = indented ? null : FENCE.exec(ln.slice(nextNonspace));
        if (!match)
            return 0;
        closeUnmatched();
        const fence = addChild('fenced', nextNonspace);
        fence.fenceChar = match[0][0];
        fence.fenceLength = match[0].length;
        fence.fenceOffset = indent;
        advanceNextNonspace();
        advanceOffset(match[0].length, false);
        return 2;
    };
    const htmlStart = (container) => {
        if (indented || ln[nextNonspace] !== '<')
            return 0;
        const rest = ln.slice(nextNonspace);
        const lazyParagraph = !allClosed && !blank && tip.kind === 'paragraph';
        for (let type = 1; type <= 7; type++) {
            if (!HTML_OPEN[type].test(rest))
                continue;
            if (type === 7 && container.kind === 'paragraph')
                return 0;
            if (type === 7 && lazyParagraph) {
                // micromark (what mdast-util-from-markdown runs) lets a complete tag on a lazy line start an
                // HTML block inside the paragraph's container instead of continuing the paragraph lazily
                // (CommonMark would continue it): the containers stay open for this line.
                lastMatched = tip.parent ?? document;
            }
            closeUnmatched();
            addChild('html', offset).htmlType = type;
            return 2;
        }
        return 0;
    };
    const setextStart = (container) => {
        const match = !indented && container.kind === 'paragraph' ? SETEXT.exec(ln.slice(nextNonspace)) : null;
        if (!match)
            return 0;
        closeUnmatched();
        const lines = container.lines ?? [];
        let first = 0;
        if (lines[0]?.text.startsWith('[')) {
            // Link definitions at its start are not heading text; all definitions, and it is no heading.
            const answer = probe(lines.map((l) => l.text).join('\n'));
            if (!answer.rest)
                return 0;
            first = answer.restLine;
        }
        const firstLine = lines[first];
        const lastLine = lines[lines.length - 1];
        const top = container.top;
        if (top && firstLine && lastLine) {
            // The heading starts where the paragraph did (as micromark places it, definitions and all);
            // its text starts after the definitions.
            top.kind = 'heading';
            top.setext = true;
            top.depth = match[0][0] === '=' ? 1 : 2;
            top.textLineStart = firstLine.lineStart;
            top.contentStart = firstLine.start;
            top.contentEnd = lastLine.start + lastLine.text.replace(/[ \t]+$/, '').length;
        }
        container.kind = 'heading';
        advanceOffset(ln.length - offset, false);
        return 2;
    };
    const thematicStart = () => {
        if (indented || !THEMATIC.test(ln.slice(nextNonspace)))
            return 0;
        closeUnmatched();
        addChild('thematic', nextNonspace);
        advanceOffset(ln.length - offset, false);
        return 2;
    };
    const listStart = (container) => {
        if (indented && container.kind !== 'list')
            return 0;
        const data = parseListMarker(container);
        if (!data)
            return 0;
        closeUnmatched();
        if (tip.kind !== 'list' || !sameList(tip.list, data))
            addChild('list', nextNonspace).list = data;
        addChild('item', nextNonspace).list = data;
        return 1;
    };
    const indentedStart = () => {
        if (!indented || tip.kind === 'paragraph' || blank)
            return 0;
        advanceOffset(CODE_INDENT, true);
        closeUnmatched();
        addChild('indented', offset);
        return 2;
    };
    const STARTS = [
        blockQuoteStart,
        atxStart,
        fenceStart,
        htmlStart,
        setextStart,
        thematicStart,
        listStart,
        indentedStart,
    ];
    for (let start = 0, index = 0; start < source.length || index === 0; index++) {
        const { end, next } = lineEnd(source, start);
        ln = source.slice(start, end);
        runFrom = runTo = runLastTab = -1;
        lineNumber = index + 1;
        lineStart = start;
        offset = 0;
        column = 0;
        blank = false;
        oldTip = tip;
        allClosed = true;
        let container = document;
        let consumed = false;
        while (container.last?.open) {
            container = container.last;
            findNextNonspace();
            const result = continues(container);
            if (result === 2) {
                consumed = true;
                break;
            }
            if (result === 1) {
                container = container.parent ?? document;
                allClosed = false;
                break;
            }
        }
        if (!consumed) {
            allClosed = container === oldTip;
            lastMatched = container;
            let matchedLeaf = container.kind !== 'paragraph' &&
                (container.kind === 'fenced' || container.kind === 'indented' || container.kind === 'html');
            while (!matchedLeaf) {
                findNextNonspace();
                if (!indented && !MAYBE_SPECIAL.test(ln.slice(nextNonspace))) {
                    advanceNextNonspace();
                    break;
                }
                let result = 0;
                for (const tryStart of STARTS) {
                    result = tryStart(container);
                    if (result !== 0)
                        break;
                }
                if (result === 0) {
                    advanceNextNonspace();
                    break;
                }
                container = tip;
                if (result === 2)
                    matchedLeaf = true;
            }
            if (!allClosed && !blank && tip.kind === 'paragraph') {
                addParagraphLine(tip); // lazy continuation
            }
            else {
                closeUnmatched();
                const kind = container.kind;
                if (kind === 'html') {
                    const type = container.htmlType ?? 0;
                    if (type >= 1 && type <= 5 && HTML_CLOSE[type].test(ln.slice(offset)))
                        finalize(container);
                }
                else if (kind === 'paragraph') {
                    addParagraphLine(container);
                }
                else if (kind !== 'fenced' && kind !== 'indented' && offset < ln.length && !blank) {
                    const paragraph = addChild('paragraph', nextNonspace);
                    advanceNextNonspace();
                    paragraph.lines = [];
                    addParagraphLine(paragraph);
                }
            }
        }
        // The line belongs to the top-level block open after it (or the one it closed).
        const open = document.last;
        if (open?.top && !blank)
            open.top.nextLineStart = next;
        start = next;
    }
    // Blocks still open at the end close now (their inline content is complete).
    for (let open = tip; open && open !== document; open = open.parent)
        finalize(open);
    return tops;
}
function sameList(a, b) {
    return a !== undefined && a.type === b.type && a.marker === b.marker;
}

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(3825);
;// CONCATENATED MODULE: ./build/js/shared/src/changelog/markdown.js

/** Parse with mdast-util-from-markdown, recording destinations (micromark tokens mdast does not keep). */
function parseMarkdown(text) {
    const destinations = [];
    const record = (literal) => function (token) {
        // The node being built (a link, an image or a definition) is on top of the stack.
        const node = this.stack[this.stack.length - 1];
        if (node)
            destinations.push({ start: token.start.offset, end: token.end.offset, literal, node });
        return undefined;
    };
    const root = (0,lib/* fromMarkdown */.Y)(text, {
        mdastExtensions: [
            {
                enter: {
                    resourceDestinationRaw: record(false),
                    resourceDestinationLiteral: record(true),
                    definitionDestinationRaw: record(false),
                    definitionDestinationLiteral: record(true),
                },
            },
        ],
    });
    return { root, destinations };
}
/** micromark's normalizeIdentifier, lower-cased as mdast stores identifiers. */
function identifierOf(label) {
    return label
        .replace(/[\t\n\r ]+/g, ' ')
        .replace(/^ | $/g, '')
        .toLowerCase()
        .toUpperCase()
        .toLowerCase();
}
// One whole definition on one line, in the plainest form: no escapes, entities, parentheses or
// tabs, so the text is the value and nothing on a following line can belong to it (a title would
// need a line starting with a quote; every line here starts with `[`).
const SIMPLE_DEFINITION = /^\[([^[\]\\\r\n]{1,999})\]:( *)(?:<([^<>\\\r\n&]*)>|([^\s<>()\\&\p{Cc}]+))(?: +(?:"[^"\\\r\n&]*"|'[^'\\\r\n&]*'))? *$/u;
/**
 * The nodes of one top-level block (its text starts at `base` in the document): definitions with
 * their offsets, and the kind of every other node. Lines of simple definitions are read directly;
 * anything else goes through the real parser.
 */
function blockNodes(text, base) {
    const simple = simpleDefinitions(text, base);
    if (simple)
        return simple.map((definition) => ({ type: 'definition', ...definition, definition }));
    const { root, destinations } = parseMarkdown(text);
    return root.children.map((node) => {
        const start = base + (node.position?.start.offset ?? 0);
        const end = base + (node.position?.end.offset ?? 0);
        if (node.type !== 'definition')
            return { type: node.type, start, end, node };
        const written = destinations.find((d) => d.node === node);
        const definition = {
            identifier: node.identifier,
            label: node.label ?? node.identifier,
            url: node.url,
            start,
            end,
            destination: written
                ? { start: base + written.start, end: base + written.end, literal: written.literal }
                : { start: end, end, literal: false },
        };
        return { type: 'definition', start, end, definition, node };
    });
}
/** Every definition anywhere in a block (in list items and block quotes too), in document order. */
function nestedDefinitions(text, base) {
    const simple = simpleDefinitions(text, base);
    if (simple)
        return simple;
    const { root, destinations } = parseMarkdown(text);
    const found = [];
    const visit = (node) => {
        if (node.type === 'definition') {
            const written = destinations.find((d) => d.node === node);
            const start = base + (node.position?.start.offset ?? 0);
            const end = base + (node.position?.end.offset ?? 0);
            found.push({
                identifier: node.identifier,
                label: node.label ?? node.identifier,
                url: node.url,
                start,
                end,
                destination: written
                    ? { start: base + written.start, end: base + written.end, literal: written.literal }
                    : { start: end, end, literal: false },
            });
        }
        if ('children' in node)
            node.children.forEach(visit);
    };
    visit(root);
    return found;
}
/** The definitions of a block made only of simple one-line definitions; undefined otherwise. */
function simpleDefinitions(text, base) {
    if (!text.startsWith('['))
        return undefined;
    const found = [];
    const re = /\r\n|\r|\n/g;
    let start = 0;
    for (;;) {
        const eol = re.exec(text);
        const line = text.slice(start, eol ? eol.index : text.length);
        if (line.trim() !== '') {
            const m = SIMPLE_DEFINITION.exec(line);
            const label = m?.[1];
            if (!m || label === undefined || label.trim() === '')
                return undefined;
            const open = start + label.length + 3 + (m[2]?.length ?? 0);
            const literal = m[3] !== undefined;
            const url = literal ? (m[3] ?? '') : (m[4] ?? '');
            const length = literal ? url.length + 2 : url.length;
            found.push({
                identifier: identifierOf(label),
                label,
                url,
                start: base + start,
                end: base + start + line.replace(/ +$/, '').length,
                destination: { start: base + open, end: base + open + length, literal },
            });
        }
        else if (eol && found.length) {
            // A blank line ends the block: anything after it is another block.
            const rest = text.slice(eol.index).trim();
            if (rest !== '')
                return undefined;
        }
        if (!eol)
            break;
        start = eol.index + eol[0].length;
    }
    return found;
}
/** What link definitions at the start of a paragraph leave of it: anything, and from which line. */
function probeDefinitions(text) {
    const { root } = parseMarkdown(text);
    const rest = root.children.find((n) => n.type !== 'definition');
    return rest ? { rest: true, restLine: (rest.position?.start.line ?? 1) - 1 } : { rest: false, restLine: 0 };
}

// EXTERNAL MODULE: ./build/js/shared/src/versions/index.js + 1 modules
var src_versions = __webpack_require__(1827);
;// CONCATENATED MODULE: ./build/js/shared/src/changelog/versions.js
// `[label](url "title")`, `[label][ref]` or `[label]` at the start of the heading.
const BRACKETED = /^\[([^\]]+)\](?:\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|\[[^\]]*\])?/;
const BARE = /^(?:(?:version|release)\s+)?(v?\d[0-9A-Za-z.+_-]*)/i;
const VERSIONISH = /^(?:(?:version|release)\s+)?v?\d\S*$/i;
// A link to a tag lets the generator's headings carry tag names that do not start with a digit.
const TAG_URL = /\/(?:tree|releases\/tag)\/[^/]+\/?$/;
const YANKED = /\s*(?:\\?\[YANKED\\?\]|\(YANKED\)|\bYANKED\b)\s*/i;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
/** Reads the version, date and yanked marker from a heading's text (without the `##`). */
function parseVersionHeading(text) {
    const content = text.trim();
    let label;
    let style;
    let url;
    let rest;
    const bracketed = BRACKETED.exec(content);
    if (bracketed?.[1] !== undefined) {
        label = bracketed[1].trim();
        url = bracketed[2];
        style = url === undefined ? 'bracket' : 'link';
        rest = content.slice(bracketed[0].length);
    }
    else if (/^unreleased\b/i.test(content)) {
        label = content.slice(0, 'unreleased'.length);
        style = 'bare';
        rest = content.slice(label.length);
    }
    else {
        const bare = BARE.exec(content);
        if (bare?.[1] === undefined)
            return undefined;
        label = bare[1].replace(/[.:,]+$/, '');
        style = 'bare';
        rest = content.slice(bare[0].length);
    }
    const unreleased = /^unreleased$/i.test(label);
    const isVersion = VERSIONISH.test(label) || (style === 'link' && url !== undefined && TAG_URL.test(url));
    if (!unreleased && !isVersion)
        return undefined;
    const version = label.replace(/^(?:version|release)\s+/i, '');
    const yanked = YANKED.test(rest);
    const date = parseDate(rest.replace(YANKED, ' '));
    return {
        version,
        yanked,
        unreleased,
        style,
        ...(url === undefined ? {} : { url }),
        ...(date ? { date } : {}),
    };
}
function parseDate(rest) {
    const iso = ISO_DATE.exec(rest);
    if (iso)
        return iso[0];
    const paren = /\(([^()]+)\)/.exec(rest);
    if (paren?.[1])
        return paren[1].trim();
    const dashed = /^\s*[-–—:]\s*(.+?)\s*$/.exec(rest);
    return dashed?.[1] || undefined;
}


;// CONCATENATED MODULE: ./build/js/shared/src/changelog/outline.js
/**
 * A changelog's outline: its level-1/2 headings (versions among them), where each section's text
 * starts and ends, and the run of link definitions and generator footer at the end of the file. Found
 * in one linear pass over the lines (blocks.ts); only small pieces — a paragraph that might be all
 * link definitions, the blocks at the end — go through the real parser. Definitions anywhere in the
 * file are read only when a section asks for them.
 */



// The generator's credit line; older releases wrote "Change Log" and linked skywinder's repository.
const FOOTER = /^\\?\*\s*\*?\s*This Change ?log was automatically generated by/i;
/** The outline of a changelog (a leading byte order mark is dropped, as the parser does). */
function outline_outline(markdown) {
    const source = markdown.replace(/^\uFEFF/, '');
    const blocks = topBlocks(source, probeDefinitions);
    const end = (b) => b.nextLineStart ?? b.lineStart;
    const tail = trailingRun(source, blocks);
    const headings = [];
    for (const b of blocks) {
        if (b.kind !== 'heading' || (b.depth ?? 9) > 2)
            continue;
        const content = source.slice(b.contentStart ?? b.start, b.contentEnd ?? b.start);
        const info = b.depth === 2 ? parseVersionHeading(content) : undefined;
        const line = source.slice(b.lineStart, end(b)).replace(/\r?\n$|\r$/, '');
        const previous = headings.at(-1);
        if (previous) {
            previous.bodyEnd = b.textLineStart ?? b.lineStart;
            previous.nextStart = b.lineStart;
        }
        headings.push({
            depth: b.depth ?? 1,
            line: b.line,
            lineStart: b.lineStart,
            text: b.setext ? content : line.trim(),
            ...(info ? { info } : {}),
            bodyStart: end(b),
            bodyEnd: tail.start,
            nextStart: tail.start,
        });
    }
    let definitions;
    const result = {
        source,
        headings,
        blocks,
        tailStart: tail.start,
        tailDefinitions: tail.definitions,
        footer: tail.footer,
        format: 'plain',
        definitions: () => (definitions ??= allDefinitions(source, blocks)),
    };
    result.format = formatOf(result, blocks);
    return result;
}
/** The trailing run of link definitions and (at most one) generator footer, read from the last blocks. */
function trailingRun(source, blocks) {
    let start = source.length;
    let footer = false;
    const reversed = [];
    const done = () => ({ start, definitions: reversed.reverse(), footer });
    // Only paragraphs (as blocks: definitions are written as paragraphs are) can hold these.
    for (let i = blocks.length - 1; i >= 0; i--) {
        const block = blocks[i];
        if (block.kind !== 'paragraph')
            break;
        const text = source.slice(block.lineStart, block.nextLineStart ?? source.length);
        const nodes = blockNodes(text, block.lineStart);
        for (let j = nodes.length - 1; j >= 0; j--) {
            const node = nodes[j];
            if (node.definition) {
                reversed.push(node.definition);
            }
            else if (node.type === 'paragraph' && !footer && FOOTER.test(source.slice(node.start, node.end))) {
                footer = true;
            }
            else {
                return done();
            }
            start = lineStartOf(source, node.start);
        }
    }
    return done();
}
/** Offset of the start of the line `offset` is on (CR, LF or CRLF end a line). */
function lineStartOf(source, offset) {
    let i = offset;
    while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r')
        i--;
    return i;
}
/** Every block that may hold a definition (`]:` in it) read with the parser; the first of each wins. */
function allDefinitions(source, blocks) {
    const found = new Map();
    if (!source.includes(']:'))
        return found;
    blocks.forEach((block, i) => {
        const next = blocks[i + 1]?.lineStart ?? source.length;
        const text = source.slice(block.lineStart, Math.max(block.nextLineStart ?? next, block.lineStart));
        if (!text.includes(']:'))
            return;
        for (const d of nestedDefinitions(text, block.lineStart))
            if (!found.has(d.identifier))
                found.set(d.identifier, d);
    });
    return found;
}
function formatOf(outlined, blocks) {
    if (outlined.footer)
        return 'github-changelog-generator';
    const infos = outlined.headings.flatMap((h) => (h.info ? [h.info] : []));
    if (infos.some((i) => i.style === 'link' && !i.unreleased))
        return 'github-changelog-generator';
    if (blocks.some((b) => b.kind === 'paragraph' && startsWithFullChangelog(outlined.source, b)))
        return 'github-changelog-generator';
    if (infos.some((i) => i.style === 'bracket'))
        return 'keep-a-changelog';
    const firstSection = outlined.headings.find((h) => h.depth === 2)?.lineStart ?? outlined.source.length;
    return /keepachangelog\.com/i.test(outlined.source.slice(0, firstSection)) ? 'keep-a-changelog' : 'plain';
}
/** A top paragraph starting `[Full Changelog](` (after any link definitions it begins with). */
function startsWithFullChangelog(source, block) {
    const marker = '[Full Changelog](';
    if (source.startsWith(marker, block.start))
        return true;
    const text = source.slice(block.lineStart, block.nextLineStart ?? source.length);
    if (!source.startsWith('[', block.start) || !text.includes(marker))
        return false;
    return blockNodes(text, block.lineStart).some((n) => n.type === 'paragraph' && source.startsWith(marker, n.start));
}

;// CONCATENATED MODULE: ./build/js/shared/src/changelog/section.js


/** The body of the section under `heading`, with its links. */
function sectionText(outlined, heading) {
    const { source } = outlined;
    const raw = source.slice(heading.bodyStart, Math.max(heading.bodyEnd, heading.bodyStart));
    const lead = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(raw)?.[0].length ?? 0;
    const text = raw.slice(lead).trimEnd();
    const start = heading.bodyStart + lead;
    const end = start + text.length;
    // No bracket: no link, image, reference or definition to look at.
    if (!text.includes('['))
        return { body: text, links: [] };
    const pieces = [];
    topBlocks(text, probeDefinitions, pieces);
    const used = new Map();
    const links = [];
    for (const batch of batches(pieces, outlined)) {
        const declared = declaredDefinitions(outlined, batch.text);
        const prefix = declared.length ? `${declared.map((d) => `[${d.label}]: #`).join('\n')}\n\n` : '';
        const { root, destinations } = parseMarkdown(prefix + batch.text);
        const visit = (node) => {
            if (node.type === 'linkReference' || node.type === 'imageReference') {
                const kind = node.type === 'imageReference' ? 'image' : 'link';
                used.set(node.identifier, used.get(node.identifier) === 'link' ? 'link' : kind);
            }
            if ('children' in node)
                node.children.forEach(visit);
        };
        visit(root);
        for (const d of destinations) {
            if (d.start < prefix.length)
                continue;
            const written = batch.text.slice(d.start - prefix.length, d.end - prefix.length);
            const at = batch.toSection(d.start - prefix.length);
            links.push({
                start: at,
                end: at + written.length,
                destination: d.literal ? written.slice(1, -1) : written,
                literal: d.literal,
                kind: d.node.type === 'image' ? 'image' : 'link',
                ...(d.node.type === 'definition' ? { identifier: d.node.identifier } : {}),
            });
        }
    }
    // A definition's destination is an image's when only images use it.
    for (const l of links) {
        if (l.identifier !== undefined)
            l.kind = used.get(l.identifier) ?? 'link';
        delete l.identifier;
    }
    links.sort((a, b) => a.start - b.start);
    // Definitions used here but written elsewhere (before or after), in file order, as written.
    const appended = [...outlined.definitions().values()]
        .filter((d) => used.has(d.identifier) && (d.end <= start || d.end > end))
        .sort((a, b) => a.end - b.end);
    if (appended.length === 0)
        return { body: text, links };
    let body = text === '' ? '' : `${text}\n\n`;
    appended.forEach((d, i) => {
        const written = source.slice(d.start, d.end);
        const from = d.start + (written.length - written.trimStart().length);
        const at = d.destination;
        if (at.end > at.start) {
            const destination = source.slice(at.start, at.end);
            links.push({
                start: body.length + at.start - from,
                end: body.length + at.end - from,
                destination: at.literal ? destination.slice(1, -1) : destination,
                literal: at.literal,
                kind: used.get(d.identifier) ?? 'link',
            });
        }
        body += written.trim() + (i < appended.length - 1 ? '\n' : '');
    });
    return { body, links };
}
const BATCH = 8_192;
/**
 * Pieces that may matter, joined into documents of about BATCH characters with blank lines
 * between them (a paragraph ends there), each written so that it parses as the paragraph (or
 * heading) it was: an ATX heading's text as a heading again, a paragraph's later lines indented.
 */
function batches(pieces, outlined) {
    const out = [];
    let text = '';
    let lines = [];
    const flush = () => {
        if (text === '')
            return;
        const map = lines;
        out.push({ text, toSection: (at) => locate(map, at) });
        text = '';
        lines = [];
    };
    for (const piece of pieces) {
        if (!mayMatter(piece, outlined))
            continue;
        if (text.length >= BATCH)
            flush();
        if (text !== '')
            text += '\n\n';
        piece.lines.forEach((line, i) => {
            // Continuation lines indented four spaces: then none can start a block (a stripped `## x` or
            // `[x]: y` would), and a paragraph strips the indentation from its text anyway.
            const lead = piece.kind === 'atx' ? '# ' : i > 0 ? '    ' : '';
            if (i > 0)
                text += '\n';
            lines.push({ at: text.length + lead.length, start: line.start });
            text += lead + line.text;
        });
    }
    flush();
    return out;
}
// An inline link's destination that is not absolute (a scheme) nor an anchor: possibly relative.
const MAYBE_RELATIVE = /\]\(\s*<?(?![a-zA-Z][a-zA-Z0-9+.-]*:|#)/;
/**
 * Whether a piece may hold what the section needs: a reference to a definition of the file, a
 * definition, or a destination that may be relative. Release notes are mostly lists of links to
 * pull requests, all absolute: those are never parsed.
 */
function mayMatter(piece, outlined) {
    const text = piece.lines.map((l) => l.text).join('\n');
    if (!text.includes('['))
        return false;
    if (text.includes(']:') || MAYBE_RELATIVE.test(text))
        return true;
    return declaredDefinitions(outlined, text).length > 0;
}
/** The section offset of batch offset `at`: the line it is on, by binary search. */
function locate(lines, at) {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lines[mid].at <= at)
            lo = mid;
        else
            hi = mid - 1;
    }
    const line = lines[lo] ?? { at: 0, start: 0 };
    return line.start + (at - line.at);
}
// Bracketed texts: every reference's label is among them (a superset is fine).
const section_BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){0,999})\]/g;
/** The file's definitions whose label may appear in `text` (all of them when a label may span lines). */
function declaredDefinitions(outlined, text) {
    const all = [...outlined.definitions().values()];
    if (all.length === 0)
        return [];
    const labels = new Set();
    for (const m of text.matchAll(section_BRACKETED)) {
        const label = m[1] ?? '';
        if (/[\r\n]/.test(label))
            return all;
        labels.add(identifierOf(label));
    }
    return all.filter((d) => labels.has(d.identifier));
}

;// CONCATENATED MODULE: ./build/js/shared/src/changelog/types.js
/** Keep a Changelog 1.1 change types, in the order its sections are written. */
const KEEP_A_CHANGELOG_CATEGORIES = [
    'Added',
    'Changed',
    'Deprecated',
    'Removed',
    'Fixed',
    'Security',
];
/** A requested version has no section; `available` lists those the file has. */
class ChangelogVersionNotFound extends Error {
    version;
    available;
    name = 'ChangelogVersionNotFound';
    constructor(version, available, detail = {}) {
        super(notFoundMessage(version, available, detail));
        this.version = version;
        this.available = available;
    }
}
/** insertSection refuses to add a second section for a version. */
class ChangelogSectionExists extends Error {
    version;
    line;
    name = 'ChangelogSectionExists';
    constructor(version, line, fileName = 'CHANGELOG.md') {
        super(`${fileName} already has a section for ${version} (line ${line}); refusing to add another`);
        this.version = version;
        this.line = line;
    }
}
const MAX_LISTED = 20;
function notFoundMessage(version, available, { fileName = 'CHANGELOG.md', empty = false, unreleased = false, }) {
    if (empty)
        return `${fileName} is empty; it has no section for ${version}`;
    if (available.length === 0) {
        const what = unreleased ? 'only an Unreleased section' : 'no version sections';
        return `${fileName} has no section for ${version}; it has ${what} (expected level-2 headings such as "## [1.2.3] - 2024-01-01" or "## v1.2.3")`;
    }
    const listed = available.slice(0, MAX_LISTED).join(', ');
    const more = available.length > MAX_LISTED ? ` and ${available.length - MAX_LISTED} more` : '';
    return `${fileName} has no section for ${version}; it has: ${listed}${more}`;
}

;// CONCATENATED MODULE: ./build/js/shared/src/changelog/extract.js
/**
 * Reading a changelog: one version's section, the versions it lists, its format. The file is
 * outlined in one linear pass (headings and the trailing definitions); only the section asked for is
 * parsed — a changelog of 50,000 sections costs little more than one of five.
 */




/** Returns the section for `version` (with or without `v`); throws ChangelogVersionNotFound. */
function extractSection(markdown, version, options = {}) {
    const outlined = outline_outline(markdown);
    const heading = outlined.headings.find((h) => h.info && !h.info.unreleased && (0,src_versions/* versionsMatch */.$p)(h.info.version, version));
    if (!heading?.info) {
        const summary = outlineOf(outlined);
        throw new ChangelogVersionNotFound(version, summary.versions.map((v) => v.version), {
            ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
            empty: markdown.trim() === '',
            unreleased: summary.unreleased !== undefined,
        });
    }
    const { body, links } = sectionText(outlined, heading);
    return {
        version: heading.info.version,
        heading: heading.text,
        line: heading.line,
        ...(heading.info.date === undefined ? {} : { date: heading.info.date }),
        yanked: heading.info.yanked,
        body,
        format: outlined.format,
        links,
    };
}
/** Lists the version sections in file order, without Unreleased. */
function listVersions(markdown) {
    return parseChangelog(markdown).versions;
}
/** Versions, the Unreleased section and the format of a changelog. */
function parseChangelog(markdown) {
    return outlineOf(outline(markdown));
}
/** Tells which of the supported layouts a changelog uses. */
function detectFormat(markdown) {
    return outline_outline(markdown).format;
}
function outlineOf(outlined) {
    const versions = [];
    let unreleased;
    for (const h of outlined.headings) {
        if (!h.info)
            continue;
        if (h.info.unreleased) {
            unreleased ??= { line: h.line, heading: h.text };
            continue;
        }
        const { version, date, yanked } = h.info;
        versions.push({ version, ...(date === undefined ? {} : { date }), yanked, line: h.line });
    }
    return { format: outlined.format, versions, ...(unreleased ? { unreleased } : {}) };
}

;// CONCATENATED MODULE: ./build/js/shared/src/changelog/render.js


/** github-changelog-generator's default sections, labels and exclusions (its Parser.default_options). */
const defaultGroups = {
    sections: [
        {
            title: '**Breaking changes:**',
            labels: ['backwards-incompatible', 'Backwards incompatible', 'breaking'],
            category: 'Changed',
            breaking: true,
        },
        {
            title: '**Implemented enhancements:**',
            labels: ['enhancement', 'Enhancement', 'Type: Enhancement'],
            category: 'Added',
        },
        { title: '**Fixed bugs:**', labels: ['bug', 'Bug', 'Type: Bug'], category: 'Fixed' },
        {
            title: '**Deprecated:**',
            labels: ['deprecated', 'Deprecated', 'Type: Deprecated'],
            category: 'Deprecated',
        },
        { title: '**Removed:**', labels: ['removed', 'Removed', 'Type: Removed'], category: 'Removed' },
        {
            title: '**Security fixes:**',
            labels: ['security', 'Security', 'Type: Security'],
            category: 'Security',
        },
    ],
    excludeLabels: [
        'duplicate',
        'question',
        'invalid',
        'wontfix',
        'Duplicate',
        'Question',
        'Invalid',
        'Wontfix',
        'Meta: Exclude From Changelog',
    ],
    defaultIssueSection: '**Closed issues:**',
    defaultPullSection: '**Merged pull requests:**',
};
/** Sorts items into groups the way the generator does: first matching section, else the default one for its kind. */
function groupItems(items, groups) {
    const buckets = new Map();
    const bucket = (section) => {
        let group = buckets.get(section.title);
        if (!group)
            buckets.set(section.title, (group = { section, items: [] }));
        return group;
    };
    groups.sections.forEach(bucket);
    const excluded = new Set(groups.excludeLabels);
    const kept = items.filter((item) => !item.labels.some((l) => excluded.has(l)));
    // The generator sorts all issues before any pull request, so issues lead within a shared section.
    for (const kind of ['issue', 'pull']) {
        for (const item of kept.filter((i) => i.kind === kind)) {
            const section = groups.sections.find((s) => (s.kinds?.includes(kind) ?? true) && s.labels.some((l) => item.labels.includes(l)));
            const fallback = kind === 'issue' ? groups.defaultIssueSection : groups.defaultPullSection;
            bucket(section ?? { title: fallback, labels: [] }).items.push(item);
        }
    }
    return [...buckets.values()].filter((g) => g.items.length > 0);
}
/** Renders a version section: heading, blank line, body, and any link definitions last. */
function renderSection(input) {
    return joinSection(renderSectionParts(input));
}
/** Joins a section's parts into the markdown renderSection returns. */
function joinSection({ heading, body, definitions }) {
    const parts = [heading, body, definitions.join('\n')].filter((p) => p !== '');
    return `${parts.join('\n\n')}\n`;
}
/** Renders a version section's heading, body and bottom-of-file link definitions separately. */
function renderSectionParts(input) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date))
        throw new Error(`date must be YYYY-MM-DD, got "${input.date}"`);
    const compareUrl = input.compareUrl ?? deriveCompareUrl(input.tagUrl, input.previousVersion);
    const groups = groupItems(input.items, input.groups);
    switch (input.format) {
        case 'github-changelog-generator': {
            const blocks = compareUrl ? [`[Full Changelog](${compareUrl})`] : [];
            for (const g of groups)
                blocks.push(`${g.section.title}\n\n${g.items.map(generatorLine).join('\n')}`);
            return {
                heading: `## [${input.version}](${input.tagUrl}) (${input.date})`,
                body: blocks.join('\n\n'),
                definitions: [],
            };
        }
        case 'keep-a-changelog': {
            const version = (0,src_versions/* stripV */.tQ)(input.version);
            return {
                heading: `## [${version}] - ${input.date}`,
                body: keepAChangelogBody(groups),
                definitions: [`[${version}]: ${compareUrl ?? input.tagUrl}`],
            };
        }
        case 'plain':
            return {
                heading: `## ${input.version} (${input.date})`,
                body: groups.map((g) => `### ${plainTitle(g.section.title)}\n\n${lines(g)}`).join('\n\n'),
                definitions: [],
            };
    }
}
/** Escapes a title exactly as github-changelog-generator's encapsulate_string does. */
function escapeGeneratorTitle(title) {
    return title.replace(/\\/g, '\\\\').replace(/[<>*_()[\]#]/g, (c) => `\\${c}`);
}
/** Escapes markdown in a title, leaving `code spans` as written. */
function escapeTitle(title) {
    const oneLine = title.replace(/\s*\r?\n\s*/g, ' ');
    return oneLine
        .split(/(`+[^`]*?`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\<>*_[\]#`]/g, (c) => `\\${c}`)))
        .join('');
}
function generatorLine(item) {
    const line = `- ${escapeGeneratorTitle(item.title)} [\\#${item.number}](${item.url})`;
    // The generator credits authors of pull requests only.
    return item.kind === 'pull' ? `${line} ([${item.author}](${item.authorUrl}))` : line;
}
function line(item, breaking) {
    const marker = breaking ? '**BREAKING:** ' : '';
    const text = `- ${marker}${escapeTitle(item.title)} [#${item.number}](${item.url})`;
    return item.kind === 'pull' ? `${text} ([@${item.author}](${item.authorUrl}))` : text;
}
function lines(group) {
    return group.items.map((i) => line(i, group.section.breaking ?? false)).join('\n');
}
function keepAChangelogBody(groups) {
    const byCategory = new Map();
    // Breaking changes lead their category so readers see them first.
    const ordered = [...groups.filter((g) => g.section.breaking), ...groups.filter((g) => !g.section.breaking)];
    for (const g of ordered) {
        const category = g.section.category ?? 'Changed';
        byCategory.set(category, [...(byCategory.get(category) ?? []), lines(g)]);
    }
    return KEEP_A_CHANGELOG_CATEGORIES.flatMap((c) => {
        const blocks = byCategory.get(c);
        return blocks ? [`### ${c}\n\n${blocks.join('\n')}`] : [];
    }).join('\n\n');
}
function plainTitle(title) {
    return title
        .replace(/^\*\*(.*)\*\*$/, '$1')
        .replace(/:$/, '')
        .trim();
}
function deriveCompareUrl(tagUrl, previous) {
    if (previous === undefined)
        return undefined;
    const m = /^(https?:\/\/.+?\/[^/]+\/[^/]+)\/(?:tree|releases\/tag)\/([^/]+)\/?$/.exec(tagUrl);
    return m ? `${m[1]}/compare/${previous}...${m[2]}` : undefined;
}

;// CONCATENATED MODULE: ./build/js/shared/src/changelog/insert.js




const KEEP_A_CHANGELOG_PREAMBLE = `# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).`;
/** Adds a section above the newest version (so below Unreleased); `format` shapes a new file; throws ChangelogSectionExists. */
function insertSection(markdown, section, format, options = {}) {
    const bom = markdown.startsWith('\uFEFF') ? '\uFEFF' : '';
    const { text, definitions, version } = splitSection(typeof section === 'string' ? section : joinSection(section));
    const eol = markdown.includes('\r\n') ? '\r\n' : '\n';
    if (markdown.trim() === '')
        return skeleton(text, definitions, format).replace(/\n/g, eol);
    const doc = outline_outline(markdown);
    const existing = doc.headings.find((h) => h.info && !h.info.unreleased && (0,src_versions/* versionsMatch */.$p)(h.info.version, version));
    if (existing)
        throw new ChangelogSectionExists(version, existing.line, options.fileName);
    const edits = definitionEdits(doc, definitions, version);
    const at = insertionOffset(doc);
    const before = doc.source.slice(0, at).trimEnd();
    const atEnd = doc.source.slice(at).trim() === '';
    const insert = (before === '' ? '' : '\n\n') + text + (atEnd ? '\n' : '\n\n');
    edits.push({ at: before.length, end: atEnd ? doc.source.length : at, text: insert });
    let out = doc.source;
    for (const e of edits.sort((a, b) => b.at - a.at))
        out = out.slice(0, e.at) + e.text + out.slice(e.end);
    if (!out.endsWith('\n'))
        out += '\n';
    return bom + (eol === '\r\n' ? out.replace(/\r?\n/g, '\r\n') : out);
}
function splitSection(section) {
    const doc = outline_outline(section.replace(/\r\n/g, '\n'));
    const heading = doc.headings.find((h) => h.info && !h.info.unreleased);
    if (!heading?.info)
        throw new Error('the section to insert has no "## <version>" heading');
    return {
        text: doc.source.slice(heading.lineStart, doc.tailStart).trim(),
        definitions: doc.tailDefinitions.map((d) => ({
            identifier: d.identifier,
            label: d.label,
            url: d.url,
            raw: doc.source.slice(d.start, d.end).trim(),
        })),
        version: heading.info.version,
    };
}
// Above the newest version; else below Unreleased; else before the trailing definitions and footer.
function insertionOffset(doc) {
    const newest = doc.headings.find((h) => h.info && !h.info.unreleased);
    const unreleased = doc.headings.find((h) => h.info?.unreleased);
    return newest?.lineStart ?? unreleased?.nextStart ?? doc.tailStart;
}
// Only files that already keep link definitions at the bottom get the new one, next to Unreleased's.
function definitionEdits(doc, added, version) {
    const tail = doc.tailDefinitions;
    const last = tail.at(-1);
    if (!last || added.length === 0)
        return [];
    const edits = [];
    const versions = doc.headings.flatMap((h) => (h.info && !h.info.unreleased ? [h.info.version] : []));
    const firstVersionDef = tail.find((d) => versions.some((v) => (0,src_versions/* versionsMatch */.$p)(v, d.label)));
    const newLines = [];
    for (const def of added) {
        const same = tail.find((d) => d.identifier === def.identifier);
        if (same)
            edits.push({ at: same.start, end: same.end, text: def.raw });
        else
            newLines.push(def.raw);
    }
    if (newLines.length > 0) {
        if (firstVersionDef) {
            const at = lineStartOf(doc.source, firstVersionDef.start);
            edits.push({ at, end: at, text: newLines.map((l) => `${l}\n`).join('') });
        }
        else {
            const at = last.end;
            edits.push({ at, end: at, text: newLines.map((l) => `\n${l}`).join('') });
        }
    }
    const unreleased = tail.find((d) => d.identifier === 'unreleased');
    const tag = tagOf(added.find((d) => (0,src_versions/* versionsMatch */.$p)(d.label, version))?.url);
    const moved = unreleased && tag ? retarget(unreleased.url, tag) : undefined;
    if (unreleased && moved) {
        const raw = doc.source.slice(unreleased.start, unreleased.end);
        edits.push({ at: unreleased.start, end: unreleased.end, text: raw.replace(unreleased.url, moved) });
    }
    return edits;
}
function tagOf(url) {
    if (!url)
        return undefined;
    return (/\/compare\/[^/]+?\.\.\.([^/]+)$/.exec(url) ??
        /\/(?:tree|releases\/tag)\/([^/]+)\/?$/.exec(url))?.[1];
}
function retarget(url, tag) {
    const m = /^(.*\/compare\/)[^/]+?(\.\.\.[^/]+)$/.exec(url);
    return m ? `${m[1]}${tag}${m[2]}` : undefined;
}
function skeleton(text, definitions, format) {
    const preamble = format === 'keep-a-changelog' ? KEEP_A_CHANGELOG_PREAMBLE : '# Changelog';
    const defs = format === 'keep-a-changelog' && definitions.length > 0
        ? `\n\n${definitions.map((d) => d.raw).join('\n')}`
        : '';
    return `${preamble}\n\n${text}${defs}\n`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/js/shared/src/changelog/links.js
/**
 * Relative links of a section made absolute for a release description, which has no folder to be
 * relative to. GitHub resolves a relative link in a repository's markdown file against the file's
 * folder (a leading `/` against the repository root) at the ref being viewed; a release shows its
 * description at no ref. So each relative destination becomes the file at the release's tag:
 * `<server>/<owner>/<repo>/blob/<tag>/<path>` for a link, and for an image the `raw` form GitHub uses
 * itself when it renders a repository's images (`…/raw/<tag>/<path>`, served as the file). Absolute
 * URLs, `//host` ones, anchors (`#x`) and empty destinations are left as written.
 */

const ABSOLUTE = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/\/|#|$)/;
/** The absolute URL for a relative destination, or undefined when it leaves the repository. */
function absoluteUrl(destination, kind, base) {
    const cut = destination.search(/[?#]/);
    const path = cut < 0 ? destination : destination.slice(0, cut);
    const suffix = cut < 0 ? '' : destination.slice(cut);
    const trailing = path.endsWith('/') && path !== '/';
    const joined = path.startsWith('/') ? path.slice(1) : external_node_path_.posix.join(base.folder || '.', path);
    const normal = external_node_path_.posix.normalize(joined === '' ? '.' : joined).replace(/\/+$/, '') || '.';
    if (normal === '..' || normal.startsWith('../'))
        return undefined;
    const file = normal === '.' ? '' : normal;
    const ref = base.ref.split('/').map(encodeURIComponent).join('/');
    // A folder (or the root) is a tree; an image is served by the raw view.
    const view = kind === 'image' ? 'raw' : file === '' || trailing ? 'tree' : 'blob';
    const tail = file === '' ? '' : `/${file}${trailing ? '/' : ''}`;
    return `${base.repositoryUrl}/${view}/${ref}${tail}${suffix}`;
}
/** `body` with every relative destination of `links` (offsets in `body`) made absolute. */
function absoluteLinks(body, links, base) {
    let out = '';
    let at = 0;
    let rewritten = 0;
    const outside = [];
    for (const link of [...links].sort((a, b) => a.start - b.start)) {
        if (link.start < at || ABSOLUTE.test(link.destination.trim()))
            continue;
        const url = absoluteUrl(link.destination.trim(), link.kind, base);
        if (url === undefined) {
            outside.push(link.destination);
            continue;
        }
        // A destination written `<…>` keeps its brackets (it may hold spaces); a bare one has none.
        out += body.slice(at, link.start) + (link.literal ? `<${url}>` : url);
        at = link.end;
        rewritten++;
    }
    return { body: out + body.slice(at), rewritten, outside };
}

;// CONCATENATED MODULE: ./build/js/shared/src/changelog/index.js








/***/ }),

/***/ 1827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IU: () => (/* reexport */ findTag),
  ot: () => (/* reexport */ parseVersion),
  W8: () => (/* reexport */ previousTag),
  tQ: () => (/* reexport */ stripV),
  hx: () => (/* reexport */ tagNameLike),
  $p: () => (/* reexport */ versionsMatch)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./build/js/shared/src/versions/tags.js
/**
 * Versions and the tags that name them: `v1.2.3` and `1.2.3` are one version; tags compare by SemVer,
 * never by string order; anything that is not SemVer (`v0.1-beta`, `src/webhook/v0.8.0`) matches only
 * itself.
 */

/** Drops a `v`/`V` that prefixes a version number. */
function stripV(version) {
    return version.trim().replace(/^v(?=\d)/i, '');
}
/** True when two versions name the same release: `v1.2.3` = `1.2.3`, but `1.2.3` ≠ `1.2.30` or `1.2.3-rc.1`. */
function versionsMatch(a, b) {
    const x = stripV(a);
    const y = stripV(b);
    const sx = semver.parse(x);
    const sy = semver.parse(y);
    // semver ignores build metadata when comparing; two builds are still two releases.
    if (sx && sy)
        return sx.compare(sy) === 0 && sx.build.join('.') === sy.build.join('.');
    return x === y;
}
/** The SemVer a tag or version names, or null (`v1.2.3` → 1.2.3; `v0.1-beta` → null). */
function parseVersion(tagOrVersion) {
    return semver.parse(stripV(tagOrVersion));
}
/** The tag that names `version`: the exact name first, then the same version with or without `v`. */
function findTag(tags, version) {
    return tags.find((t) => t === version) ?? tags.find((t) => versionsMatch(t, version));
}
/** The highest SemVer tag below `version`; prereleases only count when `version` is one. */
function previousTag(tags, version) {
    const current = parseVersion(version);
    if (!current)
        return undefined;
    let best;
    for (const tag of tags) {
        const candidate = parseVersion(tag);
        if (!candidate || semver.gte(candidate, current))
            continue;
        if (candidate.prerelease.length > 0 && current.prerelease.length === 0)
            continue;
        if (!best || semver.gt(candidate, best.version))
            best = { tag, version: candidate };
    }
    return best?.tag;
}
/** The tag name a not-yet-tagged version will get, following how `like` (an existing tag) is written. */
function tagNameLike(version, like) {
    if (!like || !parseVersion(version))
        return version;
    const prefixed = /^v\d/i.test(like);
    return prefixed ? `v${stripV(version)}` : stripV(version);
}

;// CONCATENATED MODULE: ./build/js/shared/src/versions/index.js



/***/ })

};
