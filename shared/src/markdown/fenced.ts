/**
 * The fenced code blocks of a markdown document, in document order, found with the project's
 * markdown parser (mdast-util-from-markdown, CommonMark): a fence inside a list item or a block quote
 * counts, one inside an HTML block or an indented code block does not, exactly as a reader's renderer
 * shows them. Each block carries its language, its Runme-style attributes and where it is.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Code, Nodes } from 'mdast';
import { parseAttributes } from './attributes.js';

export interface FencedBlock {
  /** The info string's first word, lowercased (`sh`, `bash`, `text`); '' when there is none. */
  lang: string;
  /** Attributes after the language (`{"name":"hello"}` or `{ name=hello }`), as strings. */
  attributes: Record<string, string>;
  /** The attribute text when it could not be read (a typo in the JSON): the caller decides. */
  badAttributes?: string;
  /** The block's content without its fences. */
  value: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** A heading lies between this block and the fenced block before it (or the document start). */
  afterHeading: boolean;
}

/** Every fenced code block of the document, top to bottom. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const source = markdown.replace(/^\uFEFF/, '');
  const root = fromMarkdown(source);
  const blocks: FencedBlock[] = [];
  let headingSinceLast = true;
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') headingSinceLast = true;
    if (node.type === 'code') {
      if (!isFenced(source, node)) return;
      blocks.push(toBlock(node, headingSinceLast));
      headingSinceLast = false;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return blocks;
}

/** mdast gives indented and fenced code the same node type: the source says which it was. */
function isFenced(source: string, node: Code): boolean {
  const start = node.position?.start.offset;
  if (start === undefined) return false;
  // A fence's node starts at the fence; an indented block's starts at its indentation.
  return /^(`{3}|~{3})/.test(source.slice(start, start + 3));
}

function toBlock(node: Code, afterHeading: boolean): FencedBlock {
  // CommonMark splits the info string at the first space: ```sh {"name":"x"} gives lang `sh`, meta
  // `{"name":"x"}`; without the space (```sh{"name":"x"}) the attributes are part of `lang`.
  const info = `${node.lang ?? ''}${node.meta ? ` ${node.meta}` : ''}`.trim();
  const brace = info.indexOf('{');
  const lang = (brace === -1 ? info : info.slice(0, brace)).trim().toLowerCase();
  const attributeText = brace === -1 ? '' : info.slice(brace);
  const parsed = parseAttributes(attributeText);
  return {
    lang,
    attributes: parsed ?? {},
    ...(parsed === undefined ? { badAttributes: attributeText } : {}),
    value: node.value,
    line: node.position?.start.line ?? 0,
    afterHeading,
  };
}
