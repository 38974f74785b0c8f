export type HeadingStyle = 'link' | 'bracket' | 'bare';

export interface HeadingVersion {
  /** The version as written, or `Unreleased`. */
  version: string;
  date?: string;
  yanked: boolean;
  unreleased: boolean;
  /** `[v](url)` (github-changelog-generator), `[v]` (Keep a Changelog) or `v` (plain). */
  style: HeadingStyle;
  url?: string;
}

// `[label](url "title")`, `[label][ref]` or `[label]` at the start of the heading.
const BRACKETED = /^\[([^\]]+)\](?:\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|\[[^\]]*\])?/;
const BARE = /^(?:(?:version|release)\s+)?(v?\d[0-9A-Za-z.+_-]*)/i;
const VERSIONISH = /^(?:(?:version|release)\s+)?v?\d\S*$/i;
// A link to a tag lets the generator's headings carry tag names that do not start with a digit.
const TAG_URL = /\/(?:tree|releases\/tag)\/[^/]+\/?$/;
const YANKED = /\s*(?:\\?\[YANKED\\?\]|\(YANKED\)|\bYANKED\b)\s*/i;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** Reads the version, date and yanked marker from a heading's text (without the `##`). */
export function parseVersionHeading(text: string): HeadingVersion | undefined {
  const content = text.trim();
  let label: string;
  let style: HeadingStyle;
  let url: string | undefined;
  let rest: string;
  const bracketed = BRACKETED.exec(content);
  if (bracketed?.[1] !== undefined) {
    label = bracketed[1].trim();
    url = bracketed[2];
    style = url === undefined ? 'bracket' : 'link';
    rest = content.slice(bracketed[0].length);
  } else if (/^unreleased\b/i.test(content)) {
    label = content.slice(0, 'unreleased'.length);
    style = 'bare';
    rest = content.slice(label.length);
  } else {
    const bare = BARE.exec(content);
    if (bare?.[1] === undefined) return undefined;
    label = bare[1].replace(/[.:,]+$/, '');
    style = 'bare';
    rest = content.slice(bare[0].length);
  }
  const unreleased = /^unreleased$/i.test(label);
  const isVersion = VERSIONISH.test(label) || (style === 'link' && url !== undefined && TAG_URL.test(url));
  if (!unreleased && !isVersion) return undefined;
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

function parseDate(rest: string): string | undefined {
  const iso = ISO_DATE.exec(rest);
  if (iso) return iso[0];
  const paren = /\(([^()]+)\)/.exec(rest);
  if (paren?.[1]) return paren[1].trim();
  const dashed = /^\s*[-–—:]\s*(.+?)\s*$/.exec(rest);
  return dashed?.[1] || undefined;
}

export { stripV, versionsMatch } from '../versions/index.js';
