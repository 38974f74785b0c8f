import type { RootContent } from 'mdast';
import {
  endOffset,
  lineStartOffset,
  parseDocument,
  sliceNode,
  usedReferences,
  type Document,
} from './parse.js';
import {
  ChangelogVersionNotFound,
  type ChangelogFormat,
  type ChangelogOutline,
  type ChangelogSection,
  type ChangelogVersion,
} from './types.js';
import { versionsMatch } from './versions.js';

export interface ExtractOptions {
  /** Named in error messages; `CHANGELOG.md` by default. */
  fileName?: string;
}

/** Returns the section for `version` (with or without `v`); throws ChangelogVersionNotFound. */
export function extractSection(
  markdown: string,
  version: string,
  options: ExtractOptions = {},
): ChangelogSection {
  const doc = parseDocument(markdown);
  const heading = doc.headings.find(
    (h) => h.info && !h.info.unreleased && versionsMatch(h.info.version, version),
  );
  if (!heading?.info) {
    const outline = outlineOf(doc);
    throw new ChangelogVersionNotFound(
      version,
      outline.versions.map((v) => v.version),
      {
        ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
        empty: markdown.trim() === '',
        unreleased: outline.unreleased !== undefined,
      },
    );
  }
  // endIndex stops before the trailing definitions and the generator footer.
  const blocks = doc.root.children.slice(heading.index + 1, heading.endIndex);
  return {
    version: heading.info.version,
    heading: heading.text,
    line: heading.line,
    ...(heading.info.date === undefined ? {} : { date: heading.info.date }),
    yanked: heading.info.yanked,
    body: sectionBody(doc, blocks),
    format: formatOf(doc),
  };
}

/** Lists the version sections in file order, without Unreleased. */
export function listVersions(markdown: string): ChangelogVersion[] {
  return parseChangelog(markdown).versions;
}

/** Versions, the Unreleased section and the format of a changelog. */
export function parseChangelog(markdown: string): ChangelogOutline {
  return outlineOf(parseDocument(markdown));
}

/** Tells which of the supported layouts a changelog uses. */
export function detectFormat(markdown: string): ChangelogFormat {
  return formatOf(parseDocument(markdown));
}

function outlineOf(doc: Document): ChangelogOutline {
  const versions: ChangelogVersion[] = [];
  let unreleased: ChangelogOutline['unreleased'];
  for (const h of doc.headings) {
    if (!h.info) continue;
    if (h.info.unreleased) {
      unreleased ??= { line: h.line, heading: h.text };
      continue;
    }
    const { version, date, yanked } = h.info;
    versions.push({ version, ...(date === undefined ? {} : { date }), yanked, line: h.line });
  }
  return { format: formatOf(doc), versions, ...(unreleased ? { unreleased } : {}) };
}

function formatOf(doc: Document): ChangelogFormat {
  if (doc.footerIndex !== undefined) return 'github-changelog-generator';
  const infos = doc.headings.flatMap((h) => (h.info ? [h.info] : []));
  if (infos.some((i) => i.style === 'link' && !i.unreleased)) return 'github-changelog-generator';
  const fullChangelog = doc.root.children.some(
    (n) => n.type === 'paragraph' && sliceNode(doc.source, n).startsWith('[Full Changelog]('),
  );
  if (fullChangelog) return 'github-changelog-generator';
  if (infos.some((i) => i.style === 'bracket')) return 'keep-a-changelog';
  const firstSection = doc.headings.find((h) => h.node.depth === 2)?.index ?? doc.root.children.length;
  const preamble = doc.source.slice(0, lineStartOrEnd(doc, firstSection));
  return /keepachangelog\.com/i.test(preamble) ? 'keep-a-changelog' : 'plain';
}

function lineStartOrEnd(doc: Document, index: number): number {
  const node = doc.root.children[index];
  return node ? lineStartOffset(doc.source, node) : doc.source.length;
}

// Definitions the body uses but does not contain are appended so its references still resolve.
function sectionBody(doc: Document, blocks: RootContent[]): string {
  const first = blocks[0];
  const last = blocks.at(-1);
  const start = first ? lineStartOffset(doc.source, first) : 0;
  const end = last ? endOffset(last) : 0;
  const used = usedReferences(blocks);
  const appended = [...doc.definitions.values()]
    .filter((d) => used.has(d.identifier) && (endOffset(d) <= start || endOffset(d) > end))
    .sort((a, b) => endOffset(a) - endOffset(b))
    .map((d) => sliceNode(doc.source, d).trim());
  const body = trimBlankLines(doc.source.slice(start, end));
  if (appended.length === 0) return body;
  return body === '' ? appended.join('\n') : `${body}\n\n${appended.join('\n')}`;
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}
