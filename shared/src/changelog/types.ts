/** The three CHANGELOG.md layouts this library reads and writes. */
export type ChangelogFormat = 'github-changelog-generator' | 'keep-a-changelog' | 'plain';

export interface ChangelogSection {
  /** The version as written in the heading (`v3.1.0` stays `v3.1.0`). */
  version: string;
  /** The heading line as written in the file, e.g. `## [1.0.0] - 2017-06-20`. */
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  date?: string;
  yanked: boolean;
  /** The section's markdown without its heading, plus the link definitions it uses. */
  body: string;
  /** The format of the whole file the section came from. */
  format: ChangelogFormat;
  /**
   * Where `body` writes the destinations of its links, images and definitions that may be relative
   * (not those with a scheme or only an anchor, which need no rewriting and may be left out).
   */
  links: SectionLink[];
}

/** A destination written in a section's body: a link's, an image's or a link definition's. */
export interface SectionLink {
  /** Offsets of the destination in `body` (the `<…>` brackets included when written so). */
  start: number;
  end: number;
  /** The destination as written, without `<…>`. */
  destination: string;
  literal: boolean;
  /** `image` for an image (or a definition only images use); links otherwise. */
  kind: 'link' | 'image';
}

export interface ChangelogVersion {
  version: string;
  date?: string;
  yanked: boolean;
  /** 1-based line of the heading. */
  line: number;
}

export interface ChangelogOutline {
  format: ChangelogFormat;
  /** Version sections in file order; Unreleased is not among them. */
  versions: ChangelogVersion[];
  unreleased?: { line: number; heading: string };
}

export interface ChangeItem {
  kind: 'pull' | 'issue';
  number: number;
  title: string;
  url: string;
  /** GitHub login. */
  author: string;
  authorUrl: string;
  labels: string[];
  /** ISO 8601. */
  closedAt: string;
}

/** Keep a Changelog 1.1 change types, in the order its sections are written. */
export const KEEP_A_CHANGELOG_CATEGORIES = [
  'Added',
  'Changed',
  'Deprecated',
  'Removed',
  'Fixed',
  'Security',
] as const;
export type KeepAChangelogCategory = (typeof KEEP_A_CHANGELOG_CATEGORIES)[number];

export interface GroupSection {
  /** github-changelog-generator prefix, e.g. `**Breaking changes:**`. */
  title: string;
  labels: string[];
  /** Which items may land here; both kinds when absent. */
  kinds?: ('pull' | 'issue')[];
  /** Keep a Changelog section for these items; `Changed` when absent. */
  category?: KeepAChangelogCategory;
  /** Marks items `**BREAKING:**` in the keep-a-changelog and plain formats. */
  breaking?: boolean;
}

export interface GroupConfig {
  sections: GroupSection[];
  excludeLabels: string[];
  /** Title of the section for issues no label maps. */
  defaultIssueSection: string;
  /** Title of the section for pull requests no label maps. */
  defaultPullSection: string;
}

export interface RenderInput {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  tagUrl: string;
  compareUrl?: string;
  /** Used to derive `compareUrl` from a `/tree/<tag>` or `/releases/tag/<tag>` tagUrl when it is absent. */
  previousVersion?: string;
  items: ChangeItem[];
  groups: GroupConfig;
  format: ChangelogFormat;
}

export interface RenderedSection {
  heading: string;
  body: string;
  /** Link reference definitions that belong at the bottom of the file (keep-a-changelog). */
  definitions: string[];
}

/** A requested version has no section; `available` lists those the file has. */
export class ChangelogVersionNotFound extends Error {
  override readonly name = 'ChangelogVersionNotFound';
  constructor(
    readonly version: string,
    readonly available: string[],
    detail: { fileName?: string; empty?: boolean; unreleased?: boolean } = {},
  ) {
    super(notFoundMessage(version, available, detail));
  }
}

/** insertSection refuses to add a second section for a version. */
export class ChangelogSectionExists extends Error {
  override readonly name = 'ChangelogSectionExists';
  constructor(
    readonly version: string,
    readonly line: number,
    fileName = 'CHANGELOG.md',
  ) {
    super(`${fileName} already has a section for ${version} (line ${line}); refusing to add another`);
  }
}

const MAX_LISTED = 20;

function notFoundMessage(
  version: string,
  available: string[],
  {
    fileName = 'CHANGELOG.md',
    empty = false,
    unreleased = false,
  }: { fileName?: string; empty?: boolean; unreleased?: boolean },
): string {
  if (empty) return `${fileName} is empty; it has no section for ${version}`;
  if (available.length === 0) {
    const what = unreleased ? 'only an Unreleased section' : 'no version sections';
    return `${fileName} has no section for ${version}; it has ${what} (expected level-2 headings such as "## [1.2.3] - 2024-01-01" or "## v1.2.3")`;
  }
  const listed = available.slice(0, MAX_LISTED).join(', ');
  const more = available.length > MAX_LISTED ? ` and ${available.length - MAX_LISTED} more` : '';
  return `${fileName} has no section for ${version}; it has: ${listed}${more}`;
}
