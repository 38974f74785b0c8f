import type { DefinitionInfo } from './markdown.js';
import { lineStartOf, outline, type Outline } from './outline.js';
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

  const doc = outline(markdown);
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
  const doc = outline(section.replace(/\r\n/g, '\n'));
  const heading = doc.headings.find((h) => h.info && !h.info.unreleased);
  if (!heading?.info) throw new Error('the section to insert has no "## <version>" heading');
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
function insertionOffset(doc: Outline): number {
  const newest = doc.headings.find((h) => h.info && !h.info.unreleased);
  const unreleased = doc.headings.find((h) => h.info?.unreleased);
  return newest?.lineStart ?? unreleased?.nextStart ?? doc.tailStart;
}

// Only files that already keep link definitions at the bottom get the new one, next to Unreleased's.
function definitionEdits(doc: Outline, added: NewDefinition[], version: string): Edit[] {
  const tail: DefinitionInfo[] = doc.tailDefinitions;
  const last = tail.at(-1);
  if (!last || added.length === 0) return [];
  const edits: Edit[] = [];
  const versions = doc.headings.flatMap((h) => (h.info && !h.info.unreleased ? [h.info.version] : []));
  const firstVersionDef = tail.find((d) => versions.some((v) => versionsMatch(v, d.label)));
  const newLines: string[] = [];
  for (const def of added) {
    const same = tail.find((d) => d.identifier === def.identifier);
    if (same) edits.push({ at: same.start, end: same.end, text: def.raw });
    else newLines.push(def.raw);
  }
  if (newLines.length > 0) {
    if (firstVersionDef) {
      const at = lineStartOf(doc.source, firstVersionDef.start);
      edits.push({ at, end: at, text: newLines.map((l) => `${l}\n`).join('') });
    } else {
      const at = last.end;
      edits.push({ at, end: at, text: newLines.map((l) => `\n${l}`).join('') });
    }
  }
  const unreleased = tail.find((d) => d.identifier === 'unreleased');
  const tag = tagOf(added.find((d) => versionsMatch(d.label, version))?.url);
  const moved = unreleased && tag ? retarget(unreleased.url, tag) : undefined;
  if (unreleased && moved) {
    const raw = doc.source.slice(unreleased.start, unreleased.end);
    edits.push({ at: unreleased.start, end: unreleased.end, text: raw.replace(unreleased.url, moved) });
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
