import type { Definition } from 'mdast';
import { endOffset, lineStartOffset, parseDocument, sliceNode, startOffset, type Document } from './parse.js';
import { joinSection } from './render.js';
import { ChangelogSectionExists, type ChangelogFormat, type RenderedSection } from './types.js';
import { versionsMatch } from './versions.js';

export interface InsertOptions {
  /** Named in error messages; `CHANGELOG.md` by default. */
  fileName?: string;
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

const KEEP_A_CHANGELOG_PREAMBLE = `# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).`;

/** Adds a section above the newest version (so below Unreleased); `format` shapes a new file; throws ChangelogSectionExists. */
export function insertSection(
  markdown: string,
  section: string | RenderedSection,
  format: ChangelogFormat,
  options: InsertOptions = {},
): string {
  const bom = markdown.startsWith('\uFEFF') ? '\uFEFF' : '';
  const { text, definitions, version } = splitSection(
    typeof section === 'string' ? section : joinSection(section),
  );
  const eol = markdown.includes('\r\n') ? '\r\n' : '\n';
  if (markdown.trim() === '') return skeleton(text, definitions, format).replace(/\n/g, eol);

  const doc = parseDocument(markdown);
  const existing = doc.headings.find(
    (h) => h.info && !h.info.unreleased && versionsMatch(h.info.version, version),
  );
  if (existing) throw new ChangelogSectionExists(version, existing.line, options.fileName);

  const edits = definitionEdits(doc, definitions, version);
  const at = insertionOffset(doc);
  const before = doc.source.slice(0, at).trimEnd();
  const atEnd = doc.source.slice(at).trim() === '';
  const insert = (before === '' ? '' : '\n\n') + text + (atEnd ? '\n' : '\n\n');
  edits.push({ at: before.length, end: atEnd ? doc.source.length : at, text: insert });
  let out = doc.source;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  if (!out.endsWith('\n')) out += '\n';
  return bom + (eol === '\r\n' ? out.replace(/\r?\n/g, '\r\n') : out);
}

interface NewDefinition {
  identifier: string;
  label: string;
  url: string;
  raw: string;
}

function splitSection(section: string): { text: string; definitions: NewDefinition[]; version: string } {
  const doc = parseDocument(section.replace(/\r\n/g, '\n'));
  const heading = doc.headings.find((h) => h.info && !h.info.unreleased);
  if (!heading?.info) throw new Error('the section to insert has no "## <version>" heading');
  const tail = trailingDefinitions(doc);
  const end = tail[0] ? lineStartOffset(doc.source, tail[0]) : doc.source.length;
  return {
    text: doc.source.slice(lineStartOffset(doc.source, heading.node), end).trim(),
    definitions: tail.map((d) => ({
      identifier: d.identifier,
      label: d.label ?? d.identifier,
      url: d.url,
      raw: sliceNode(doc.source, d).trim(),
    })),
    version: heading.info.version,
  };
}

function trailingDefinitions(doc: Document): Definition[] {
  return doc.root.children.slice(doc.tailIndex).filter((n): n is Definition => n.type === 'definition');
}

// Above the newest version; else below Unreleased; else before the trailing definitions and footer.
function insertionOffset(doc: Document): number {
  const children = doc.root.children;
  const newest = doc.headings.find((h) => h.info && !h.info.unreleased);
  const unreleased = doc.headings.find((h) => h.info?.unreleased);
  const index = newest?.index ?? unreleased?.endIndex ?? doc.tailIndex;
  const node = children[index];
  return node ? lineStartOffset(doc.source, node) : doc.source.length;
}

// Only files that already keep link definitions at the bottom get the new one, next to Unreleased's.
function definitionEdits(doc: Document, added: NewDefinition[], version: string): Edit[] {
  const tail = trailingDefinitions(doc);
  const last = tail.at(-1);
  if (!last || added.length === 0) return [];
  const edits: Edit[] = [];
  const versions = doc.headings.flatMap((h) => (h.info && !h.info.unreleased ? [h.info.version] : []));
  const firstVersionDef = tail.find((d) => versions.some((v) => versionsMatch(v, d.label ?? d.identifier)));
  const newLines: string[] = [];
  for (const def of added) {
    const same = tail.find((d) => d.identifier === def.identifier);
    if (same) edits.push({ at: startOffset(same), end: endOffset(same), text: def.raw });
    else newLines.push(def.raw);
  }
  if (newLines.length > 0) {
    if (firstVersionDef) {
      const at = lineStartOffset(doc.source, firstVersionDef);
      edits.push({ at, end: at, text: newLines.map((l) => `${l}\n`).join('') });
    } else {
      const at = endOffset(last);
      edits.push({ at, end: at, text: newLines.map((l) => `\n${l}`).join('') });
    }
  }
  const unreleased = tail.find((d) => d.identifier === 'unreleased');
  const tag = tagOf(added.find((d) => versionsMatch(d.label, version))?.url);
  const moved = unreleased && tag ? retarget(unreleased.url, tag) : undefined;
  if (unreleased && moved) {
    const raw = sliceNode(doc.source, unreleased);
    edits.push({
      at: startOffset(unreleased),
      end: endOffset(unreleased),
      text: raw.replace(unreleased.url, moved),
    });
  }
  return edits;
}

function tagOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return (/\/compare\/[^/]+?\.\.\.([^/]+)$/.exec(url) ??
    /\/(?:tree|releases\/tag)\/([^/]+)\/?$/.exec(url))?.[1];
}

function retarget(url: string, tag: string): string | undefined {
  const m = /^(.*\/compare\/)[^/]+?(\.\.\.[^/]+)$/.exec(url);
  return m ? `${m[1]}${tag}${m[2]}` : undefined;
}

function skeleton(text: string, definitions: NewDefinition[], format: ChangelogFormat): string {
  const preamble = format === 'keep-a-changelog' ? KEEP_A_CHANGELOG_PREAMBLE : '# Changelog';
  const defs =
    format === 'keep-a-changelog' && definitions.length > 0
      ? `\n\n${definitions.map((d) => d.raw).join('\n')}`
      : '';
  return `${preamble}\n\n${text}${defs}\n`;
}
