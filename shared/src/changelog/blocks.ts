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

export interface TopBlock {
  kind: 'heading' | 'paragraph' | 'other';
  /** 1-based line of the block's first line (for a setext heading: its first text line). */
  line: number;
  /** Offset of the start of that line. */
  lineStart: number;
  /** Offset where the block's content starts on that line (after indentation). */
  start: number;
  /** Headings: 1–6, `setext` for an underlined one, and the offsets of the text (trimmed). */
  depth?: number;
  setext?: boolean;
  contentStart?: number;
  contentEnd?: number;
  /** A setext heading after link definitions: the start of the line its text starts on. */
  textLineStart?: number;
  /** Offset of the start of the line after the block's last line (its own lines end before it). */
  nextLineStart?: number;
}

/**
 * Inline content, at any depth: a paragraph's lines (link definitions at its start included, as they
 * are written; container markers and indentation left out) or an ATX heading's text. Links, images,
 * references and definitions live only there, and parse there the same wherever the block sits.
 */
export interface InlinePiece {
  kind: 'paragraph' | 'atx';
  lines: Array<{ text: string; start: number }>;
}

/** Answers, for a paragraph that starts with `[`, what CommonMark's link definitions leave of it. */
export type DefinitionProbe = (text: string) => { rest: boolean; restLine: number };

type Kind =
  | 'document'
  | 'blockquote'
  | 'list'
  | 'item'
  | 'paragraph'
  | 'heading'
  | 'thematic'
  | 'fenced'
  | 'indented'
  | 'html';

interface ListData {
  type: 'bullet' | 'ordered';
  marker: string;
  markerOffset: number;
  padding: number;
}

interface Block {
  kind: Kind;
  parent: Block | undefined;
  last: Block | undefined;
  open: boolean;
  hasChildren: boolean;
  top: TopBlock | undefined;
  list?: ListData;
  fenceChar?: string;
  fenceLength?: number;
  fenceOffset?: number;
  htmlType?: number;
  /** Paragraphs: their lines, from the first non-space character, with source offsets. */
  lines?: Array<{ text: string; start: number; lineStart: number; line: number }>;
}

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

const BLOCK_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const TAG_NAME = '[A-Za-z][A-Za-z0-9-]*';
const ATTRIBUTE =
  '(?:[ \\t]+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:[ \\t]*=[ \\t]*(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*"))?)';
const HTML_OPEN: RegExp[] = [
  /./,
  /^<(?:script|pre|textarea|style)(?:[ \t]|>|$)/i,
  /^<!--/,
  /^<[?]/,
  /^<![A-Za-z]/,
  /^<!\[CDATA\[/,
  new RegExp(`^</?(?:${BLOCK_NAMES})(?:[ \\t]|/?>|$)`, 'i'),
  new RegExp(`^(?:<${TAG_NAME}${ATTRIBUTE}*[ \\t]*/?>|</${TAG_NAME}[ \\t]*>)[ \\t]*$`),
];
const HTML_CLOSE: RegExp[] = [/./, /<\/(?:script|pre|textarea|style)>/i, /-->/, /\?>/, />/, /\]\]>/];

const isSpaceOrTab = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Offset just past the line ending of the line starting at `start` (CR, LF or CRLF). */
function lineEnd(source: string, start: number): { end: number; next: number } {
  let i = start;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
    i++;
  }
  return { end: i, next: i };
}

/**
 * The blocks at the top of `source`, in order. `probe` is asked only when a setext underline follows
 * a paragraph starting with `[` (which may be all link definitions, and then is no heading).
 */
export function topBlocks(source: string, probe: DefinitionProbe, inlines?: InlinePiece[]): TopBlock[] {
  const tops: TopBlock[] = [];
  const document: Block = {
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
  const findNextNonspace = (): void => {
    if (offset >= runFrom && offset <= runTo && offset > runLastTab) {
      nextNonspace = runTo;
      nextNonspaceColumn = column + (runTo - offset);
    } else {
      let i = offset;
      let cols = column;
      let lastTab = -1;
      let c = ln[i];
      while (c === ' ' || c === '\t') {
        if (c === '\t') lastTab = i;
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
  const advanceNextNonspace = (): void => {
    offset = nextNonspace;
    column = nextNonspaceColumn;
  };
  const advanceOffset = (count: number, columns: boolean): void => {
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
        } else {
          column += toTab;
          offset += 1;
          left -= 1;
        }
      } else {
        offset += 1;
        column += 1;
        left -= 1;
      }
    }
  };

  const canContain = (parent: Kind, child: Kind): boolean => {
    if (parent === 'document' || parent === 'blockquote' || parent === 'item') return child !== 'item';
    if (parent === 'list') return child === 'item';
    return false;
  };
  const finalize = (block: Block): void => {
    block.open = false;
    tip = block.parent ?? document;
    if (inlines && block.lines) inlines.push({ kind: 'paragraph', lines: block.lines });
  };
  const addChild = (kind: Kind, at: number): Block => {
    while (!canContain(tip.kind, kind)) finalize(tip);
    const parent = tip;
    const block: Block = { kind, parent, last: undefined, open: true, hasChildren: false, top: undefined };
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
  const closeUnmatched = (): void => {
    if (allClosed) return;
    while (oldTip !== lastMatched) {
      const parent: Block = oldTip.parent ?? document;
      finalize(oldTip);
      oldTip = parent;
    }
    allClosed = true;
  };
  const addParagraphLine = (paragraph: Block): void => {
    const line = { text: ln.slice(offset), start: lineStart + offset, lineStart, line: lineNumber };
    // All lines are kept only where link definitions may start the paragraph, or inline content is
    // wanted; else the first and the last.
    const lines = (paragraph.lines ??= []);
    if (lines.length < 2 || inlines || lines[0]?.text.startsWith('[')) lines.push(line);
    else lines[1] = line;
  };

  /** continue(): 0 matched, 1 not matched, 2 the line is used up (a closing fence). */
  const continues = (block: Block): 0 | 1 | 2 => {
    switch (block.kind) {
      case 'document':
      case 'list':
        return 0;
      case 'blockquote':
        if (!indented && ln[nextNonspace] === '>') {
          advanceNextNonspace();
          advanceOffset(1, false);
          if (isSpaceOrTab(ln[offset])) advanceOffset(1, true);
          return 0;
        }
        return 1;
      case 'item': {
        const data = block.list as ListData;
        if (blank) {
          if (!block.hasChildren) return 1;
          advanceNextNonspace();
        } else if (indent >= data.markerOffset + data.padding) {
          advanceOffset(data.markerOffset + data.padding, true);
        } else return 1;
        return 0;
      }
      case 'heading':
      case 'thematic':
        return 1;
      case 'fenced': {
        const match =
          indent <= 3 && ln[nextNonspace] === block.fenceChar
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
        if (indent >= CODE_INDENT) advanceOffset(CODE_INDENT, true);
        else if (blank) advanceNextNonspace();
        else return 1;
        return 0;
      case 'html':
        return blank && (block.htmlType === 6 || block.htmlType === 7) ? 1 : 0;
      case 'paragraph':
        return blank ? 1 : 0;
    }
  };

  const parseListMarker = (container: Block): ListData | undefined => {
    if (indent >= 4) return undefined;
    const rest = ln.slice(nextNonspace);
    // An empty item, or one not numbered 1, cannot interrupt a paragraph — nor, in micromark, an
    // indented code block still open in the same container.
    const interrupting =
      container.kind === 'paragraph' || (tip.kind === 'indented' && tip.parent === container);
    let match = BULLET.exec(rest);
    let type: ListData['type'];
    let marker: string;
    if (match) {
      type = 'bullet';
      marker = match[0];
    } else {
      match = ORDERED.exec(rest);
      if (!match || (interrupting && match[1] !== '1')) return undefined;
      type = 'ordered';
      marker = match[2] ?? '.';
    }
    const after = ln[nextNonspace + match[0].length];
    if (!(after === undefined || after === '\t' || after === ' ')) return undefined;
    if (interrupting && !NON_SPACE.test(ln.slice(nextNonspace + match[0].length))) return undefined;
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
    let padding: number;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      padding = match[0].length + 1;
      column = spacesStartColumn;
      offset = spacesStartOffset;
      if (isSpaceOrTab(ln[offset])) advanceOffset(1, true);
    } else {
      padding = match[0].length + spaces;
    }
    return { type, marker, markerOffset, padding };
  };

  type Start = (container: Block) => 0 | 1 | 2;

  const blockQuoteStart: Start = () => {
    if (indented || ln[nextNonspace] !== '>') return 0;
    advanceNextNonspace();
    advanceOffset(1, false);
    if (isSpaceOrTab(ln[offset])) advanceOffset(1, true);
    closeUnmatched();
    addChild('blockquote', nextNonspace);
    return 1;
  };

  const atxStart: Start = () => {
    const match = indented ? null : ATX.exec(ln.slice(nextNonspace));
    if (!match) return 0;
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

  const fenceStart: Start = () => {
    const match = indented ? null : FENCE.exec(ln.slice(nextNonspace));
    if (!match) return 0;
    closeUnmatched();
    const fence = addChild('fenced', nextNonspace);
    fence.fenceChar = match[0][0];
    fence.fenceLength = match[0].length;
    fence.fenceOffset = indent;
    advanceNextNonspace();
    advanceOffset(match[0].length, false);
    return 2;
  };

  const htmlStart: Start = (container) => {
    if (indented || ln[nextNonspace] !== '<') return 0;
    const rest = ln.slice(nextNonspace);
    const lazyParagraph = !allClosed && !blank && tip.kind === 'paragraph';
    for (let type = 1; type <= 7; type++) {
      if (!(HTML_OPEN[type] as RegExp).test(rest)) continue;
      if (type === 7 && container.kind === 'paragraph') return 0;
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

  const setextStart: Start = (container) => {
    const match = !indented && container.kind === 'paragraph' ? SETEXT.exec(ln.slice(nextNonspace)) : null;
    if (!match) return 0;
    closeUnmatched();
    const lines = container.lines ?? [];
    let first = 0;
    if (lines[0]?.text.startsWith('[')) {
      // Link definitions at its start are not heading text; all definitions, and it is no heading.
      const answer = probe(lines.map((l) => l.text).join('\n'));
      if (!answer.rest) return 0;
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

  const thematicStart: Start = () => {
    if (indented || !THEMATIC.test(ln.slice(nextNonspace))) return 0;
    closeUnmatched();
    addChild('thematic', nextNonspace);
    advanceOffset(ln.length - offset, false);
    return 2;
  };

  const listStart: Start = (container) => {
    if (indented && container.kind !== 'list') return 0;
    const data = parseListMarker(container);
    if (!data) return 0;
    closeUnmatched();
    if (tip.kind !== 'list' || !sameList(tip.list, data)) addChild('list', nextNonspace).list = data;
    addChild('item', nextNonspace).list = data;
    return 1;
  };

  const indentedStart: Start = () => {
    if (!indented || tip.kind === 'paragraph' || blank) return 0;
    advanceOffset(CODE_INDENT, true);
    closeUnmatched();
    addChild('indented', offset);
    return 2;
  };

  const STARTS: Start[] = [
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
      let matchedLeaf =
        container.kind !== 'paragraph' &&
        (container.kind === 'fenced' || container.kind === 'indented' || container.kind === 'html');
      while (!matchedLeaf) {
        findNextNonspace();
        if (!indented && !MAYBE_SPECIAL.test(ln.slice(nextNonspace))) {
          advanceNextNonspace();
          break;
        }
        let result: 0 | 1 | 2 = 0;
        for (const tryStart of STARTS) {
          result = tryStart(container);
          if (result !== 0) break;
        }
        if (result === 0) {
          advanceNextNonspace();
          break;
        }
        container = tip;
        if (result === 2) matchedLeaf = true;
      }
      if (!allClosed && !blank && tip.kind === 'paragraph') {
        addParagraphLine(tip); // lazy continuation
      } else {
        closeUnmatched();
        const kind = container.kind;
        if (kind === 'html') {
          const type = container.htmlType ?? 0;
          if (type >= 1 && type <= 5 && (HTML_CLOSE[type] as RegExp).test(ln.slice(offset)))
            finalize(container);
        } else if (kind === 'paragraph') {
          addParagraphLine(container);
        } else if (kind !== 'fenced' && kind !== 'indented' && offset < ln.length && !blank) {
          const paragraph = addChild('paragraph', nextNonspace);
          advanceNextNonspace();
          paragraph.lines = [];
          addParagraphLine(paragraph);
        }
      }
    }
    // The line belongs to the top-level block open after it (or the one it closed).
    const open = document.last;
    if (open?.top && !blank) open.top.nextLineStart = next;
    start = next;
  }
  // Blocks still open at the end close now (their inline content is complete).
  for (let open: Block | undefined = tip; open && open !== document; open = open.parent) finalize(open);
  return tops;
}

function sameList(a: ListData | undefined, b: ListData): boolean {
  return a !== undefined && a.type === b.type && a.marker === b.marker;
}
