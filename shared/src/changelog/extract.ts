/**
 * Reading a changelog: one version's section, the versions it lists, its format. The file is
 * outlined in one linear pass (headings and the trailing definitions); only the section asked for is
 * parsed — a changelog of 50,000 sections costs little more than one of five.
 */
import { outline, type Outline } from './outline.js';
import { sectionText } from './section.js';
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
  const outlined = outline(markdown);
  const heading = outlined.headings.find(
    (h) => h.info && !h.info.unreleased && versionsMatch(h.info.version, version),
  );
  if (!heading?.info) {
    const summary = outlineOf(outlined);
    throw new ChangelogVersionNotFound(
      version,
      summary.versions.map((v) => v.version),
      {
        ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
        empty: markdown.trim() === '',
        unreleased: summary.unreleased !== undefined,
      },
    );
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
export function listVersions(markdown: string): ChangelogVersion[] {
  return parseChangelog(markdown).versions;
}

/** Versions, the Unreleased section and the format of a changelog. */
export function parseChangelog(markdown: string): ChangelogOutline {
  return outlineOf(outline(markdown));
}

/** Tells which of the supported layouts a changelog uses. */
export function detectFormat(markdown: string): ChangelogFormat {
  return outline(markdown).format;
}

function outlineOf(outlined: Outline): ChangelogOutline {
  const versions: ChangelogVersion[] = [];
  let unreleased: ChangelogOutline['unreleased'];
  for (const h of outlined.headings) {
    if (!h.info) continue;
    if (h.info.unreleased) {
      unreleased ??= { line: h.line, heading: h.text };
      continue;
    }
    const { version, date, yanked } = h.info;
    versions.push({ version, ...(date === undefined ? {} : { date }), yanked, line: h.line });
  }
  return { format: outlined.format, versions, ...(unreleased ? { unreleased } : {}) };
}
