/**
 * One section's text, as a release description needs it: the blocks between its heading and the
 * next, the link definitions it uses that are written elsewhere in the file (so its references still
 * resolve), and where every link destination is written.
 *
 * Links, images, references and definitions live only in inline content — paragraphs and headings —
 * and parse there the same wherever the block sits. So the section's blocks are walked (blocks.ts)
 * for their inline content, which the real parser reads a batch at a time as plain paragraphs, the
 * file's definitions it may refer to declared first (whether `[x]` is a link depends on them). The
 * lists themselves never go through micromark, whose cost grows with their number and depth.
 */
import type { Nodes } from 'mdast';
import { topBlocks, type InlinePiece } from './blocks.js';
import { identifierOf, parseMarkdown, probeDefinitions, type DefinitionInfo } from './markdown.js';
import type { Outline, OutlineHeading } from './outline.js';
import type { SectionLink } from './types.js';

export interface SectionText {
  body: string;
  links: SectionLink[];
}

/** The body of the section under `heading`, with its links. */
export function sectionText(outlined: Outline, heading: OutlineHeading): SectionText {
  const { source } = outlined;
  const raw = source.slice(heading.bodyStart, Math.max(heading.bodyEnd, heading.bodyStart));
  const lead = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(lead).trimEnd();
  const start = heading.bodyStart + lead;
  const end = start + text.length;
  // No bracket: no link, image, reference or definition to look at.
  if (!text.includes('[')) return { body: text, links: [] };

  const pieces: InlinePiece[] = [];
  topBlocks(text, probeDefinitions, pieces);
  const used = new Map<string, 'link' | 'image'>();
  const links: Array<SectionLink & { identifier?: string }> = [];
  for (const batch of batches(pieces, outlined)) {
    const declared = declaredDefinitions(outlined, batch.text);
    const prefix = declared.length ? `${declared.map((d) => `[${d.label}]: #`).join('\n')}\n\n` : '';
    const { root, destinations } = parseMarkdown(prefix + batch.text);
    const visit = (node: Nodes): void => {
      if (node.type === 'linkReference' || node.type === 'imageReference') {
        const kind = node.type === 'imageReference' ? 'image' : 'link';
        used.set(node.identifier, used.get(node.identifier) === 'link' ? 'link' : kind);
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(root);
    for (const d of destinations) {
      if (d.start < prefix.length) continue;
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
    if (l.identifier !== undefined) l.kind = used.get(l.identifier) ?? 'link';
    delete l.identifier;
  }
  links.sort((a, b) => a.start - b.start);

  // Definitions used here but written elsewhere (before or after), in file order, as written.
  const appended = [...outlined.definitions().values()]
    .filter((d) => used.has(d.identifier) && (d.end <= start || d.end > end))
    .sort((a, b) => a.end - b.end);
  if (appended.length === 0) return { body: text, links };
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

interface Batch {
  text: string;
  /** An offset in `text` back to the section text. */
  toSection(at: number): number;
}

/**
 * Pieces that may matter, joined into documents of about BATCH characters with blank lines
 * between them (a paragraph ends there), each written so that it parses as the paragraph (or
 * heading) it was: an ATX heading's text as a heading again, a paragraph's later lines indented.
 */
function batches(pieces: readonly InlinePiece[], outlined: Outline): Batch[] {
  const out: Batch[] = [];
  let text = '';
  let lines: Array<{ at: number; start: number }> = [];
  const flush = (): void => {
    if (text === '') return;
    const map = lines;
    out.push({ text, toSection: (at) => locate(map, at) });
    text = '';
    lines = [];
  };
  for (const piece of pieces) {
    if (!mayMatter(piece, outlined)) continue;
    if (text.length >= BATCH) flush();
    if (text !== '') text += '\n\n';
    piece.lines.forEach((line, i) => {
      // Continuation lines indented four spaces: then none can start a block (a stripped `## x` or
      // `[x]: y` would), and a paragraph strips the indentation from its text anyway.
      const lead = piece.kind === 'atx' ? '# ' : i > 0 ? '    ' : '';
      if (i > 0) text += '\n';
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
function mayMatter(piece: InlinePiece, outlined: Outline): boolean {
  const text = piece.lines.map((l) => l.text).join('\n');
  if (!text.includes('[')) return false;
  if (text.includes(']:') || MAYBE_RELATIVE.test(text)) return true;
  return declaredDefinitions(outlined, text).length > 0;
}

/** The section offset of batch offset `at`: the line it is on, by binary search. */
function locate(lines: ReadonlyArray<{ at: number; start: number }>, at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as { at: number }).at <= at) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo] ?? { at: 0, start: 0 };
  return line.start + (at - line.at);
}

// Bracketed texts: every reference's label is among them (a superset is fine).
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){0,999})\]/g;

/** The file's definitions whose label may appear in `text` (all of them when a label may span lines). */
function declaredDefinitions(outlined: Outline, text: string): DefinitionInfo[] {
  const all = [...outlined.definitions().values()];
  if (all.length === 0) return [];
  const labels = new Set<string>();
  for (const m of text.matchAll(BRACKETED)) {
    const label = m[1] ?? '';
    if (/[\r\n]/.test(label)) return all;
    labels.add(identifierOf(label));
  }
  return all.filter((d) => labels.has(d.identifier));
}
