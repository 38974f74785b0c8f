/**
 * The real parser (mdast-util-from-markdown, on micromark), run on small pieces of a changelog — one
 * block, one section — with where each link destination is written, so links can be rewritten in the
 * source text itself. And a fast path for the long runs of one-line link definitions at the bottom of
 * Keep a Changelog files, which CommonMark parses line by line the same way.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown, type CompileContext, type Token } from 'mdast-util-from-markdown';

/** Where a link, image or definition's destination is written (offsets in the parsed text). */
export interface Destination {
  start: number;
  end: number;
  /** `<…>` form: the brackets are part of [start, end). */
  literal: boolean;
  node: Nodes;
}

/** A link definition: what mdast gives, with offsets in the document. */
export interface DefinitionInfo {
  identifier: string;
  /** The label as written, between the brackets. */
  label: string;
  url: string;
  start: number;
  end: number;
  destination: { start: number; end: number; literal: boolean };
}

/** Parse with mdast-util-from-markdown, recording destinations (micromark tokens mdast does not keep). */
export function parseMarkdown(text: string): { root: Root; destinations: Destination[] } {
  const destinations: Destination[] = [];
  const record = (literal: boolean) =>
    function (this: CompileContext, token: Token): undefined {
      // The node being built (a link, an image or a definition) is on top of the stack.
      const node = this.stack[this.stack.length - 1] as Nodes | undefined;
      if (node) destinations.push({ start: token.start.offset, end: token.end.offset, literal, node });
      return undefined;
    };
  const root = fromMarkdown(text, {
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
export function identifierOf(label: string): string {
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
const SIMPLE_DEFINITION =
  /^\[([^[\]\\\r\n]{1,999})\]:( *)(?:<([^<>\\\r\n&]*)>|([^\s<>()\\&\p{Cc}]+))(?: +(?:"[^"\\\r\n&]*"|'[^'\\\r\n&]*'))? *$/u;

/**
 * The nodes of one top-level block (its text starts at `base` in the document): definitions with
 * their offsets, and the kind of every other node. Lines of simple definitions are read directly;
 * anything else goes through the real parser.
 */
export function blockNodes(
  text: string,
  base: number,
): Array<{ type: string; start: number; end: number; definition?: DefinitionInfo; node?: Nodes }> {
  const simple = simpleDefinitions(text, base);
  if (simple) return simple.map((definition) => ({ type: 'definition', ...definition, definition }));
  const { root, destinations } = parseMarkdown(text);
  return root.children.map((node) => {
    const start = base + (node.position?.start.offset ?? 0);
    const end = base + (node.position?.end.offset ?? 0);
    if (node.type !== 'definition') return { type: node.type, start, end, node };
    const written = destinations.find((d) => d.node === node);
    const definition: DefinitionInfo = {
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
export function nestedDefinitions(text: string, base: number): DefinitionInfo[] {
  const simple = simpleDefinitions(text, base);
  if (simple) return simple;
  const { root, destinations } = parseMarkdown(text);
  const found: DefinitionInfo[] = [];
  const visit = (node: Nodes): void => {
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
    if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  return found;
}

/** The definitions of a block made only of simple one-line definitions; undefined otherwise. */
function simpleDefinitions(text: string, base: number): DefinitionInfo[] | undefined {
  if (!text.startsWith('[')) return undefined;
  const found: DefinitionInfo[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const eol = re.exec(text);
    const line = text.slice(start, eol ? eol.index : text.length);
    if (line.trim() !== '') {
      const m = SIMPLE_DEFINITION.exec(line);
      const label = m?.[1];
      if (!m || label === undefined || label.trim() === '') return undefined;
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
    } else if (eol && found.length) {
      // A blank line ends the block: anything after it is another block.
      const rest = text.slice(eol.index).trim();
      if (rest !== '') return undefined;
    }
    if (!eol) break;
    start = eol.index + eol[0].length;
  }
  return found;
}

/** What link definitions at the start of a paragraph leave of it: anything, and from which line. */
export function probeDefinitions(text: string): { rest: boolean; restLine: number } {
  const { root } = parseMarkdown(text);
  const rest = root.children.find((n) => n.type !== 'definition');
  return rest ? { rest: true, restLine: (rest.position?.start.line ?? 1) - 1 } : { rest: false, restLine: 0 };
}
