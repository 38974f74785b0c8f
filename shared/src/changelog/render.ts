import {
  KEEP_A_CHANGELOG_CATEGORIES,
  type ChangeItem,
  type GroupConfig,
  type GroupSection,
  type KeepAChangelogCategory,
  type RenderInput,
  type RenderedSection,
} from './types.js';
import { stripV } from './versions.js';

/** github-changelog-generator's default sections, labels and exclusions (its Parser.default_options). */
export const defaultGroups: GroupConfig = {
  sections: [
    {
      title: '**Breaking changes:**',
      labels: ['backwards-incompatible', 'Backwards incompatible', 'breaking'],
      category: 'Changed',
      breaking: true,
    },
    {
      title: '**Implemented enhancements:**',
      labels: ['enhancement', 'Enhancement', 'Type: Enhancement'],
      category: 'Added',
    },
    { title: '**Fixed bugs:**', labels: ['bug', 'Bug', 'Type: Bug'], category: 'Fixed' },
    {
      title: '**Deprecated:**',
      labels: ['deprecated', 'Deprecated', 'Type: Deprecated'],
      category: 'Deprecated',
    },
    { title: '**Removed:**', labels: ['removed', 'Removed', 'Type: Removed'], category: 'Removed' },
    {
      title: '**Security fixes:**',
      labels: ['security', 'Security', 'Type: Security'],
      category: 'Security',
    },
  ],
  excludeLabels: [
    'duplicate',
    'question',
    'invalid',
    'wontfix',
    'Duplicate',
    'Question',
    'Invalid',
    'Wontfix',
    'Meta: Exclude From Changelog',
  ],
  defaultIssueSection: '**Closed issues:**',
  defaultPullSection: '**Merged pull requests:**',
};

export interface ItemGroup {
  section: GroupSection;
  items: ChangeItem[];
}

/** Sorts items into groups the way the generator does: first matching section, else the default one for its kind. */
export function groupItems(items: readonly ChangeItem[], groups: GroupConfig): ItemGroup[] {
  const buckets = new Map<string, ItemGroup>();
  const bucket = (section: GroupSection): ItemGroup => {
    let group = buckets.get(section.title);
    if (!group) buckets.set(section.title, (group = { section, items: [] }));
    return group;
  };
  groups.sections.forEach(bucket);
  const excluded = new Set(groups.excludeLabels);
  const kept = items.filter((item) => !item.labels.some((l) => excluded.has(l)));
  // The generator sorts all issues before any pull request, so issues lead within a shared section.
  for (const kind of ['issue', 'pull'] as const) {
    for (const item of kept.filter((i) => i.kind === kind)) {
      const section = groups.sections.find(
        (s) => (s.kinds?.includes(kind) ?? true) && s.labels.some((l) => item.labels.includes(l)),
      );
      const fallback = kind === 'issue' ? groups.defaultIssueSection : groups.defaultPullSection;
      bucket(section ?? { title: fallback, labels: [] }).items.push(item);
    }
  }
  return [...buckets.values()].filter((g) => g.items.length > 0);
}

/** Renders a version section: heading, blank line, body, and any link definitions last. */
export function renderSection(input: RenderInput): string {
  return joinSection(renderSectionParts(input));
}

/** Joins a section's parts into the markdown renderSection returns. */
export function joinSection({ heading, body, definitions }: RenderedSection): string {
  const parts = [heading, body, definitions.join('\n')].filter((p) => p !== '');
  return `${parts.join('\n\n')}\n`;
}

/** Renders a version section's heading, body and bottom-of-file link definitions separately. */
export function renderSectionParts(input: RenderInput): RenderedSection {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    throw new Error(`date must be YYYY-MM-DD, got "${input.date}"`);
  const compareUrl = input.compareUrl ?? deriveCompareUrl(input.tagUrl, input.previousVersion);
  const groups = groupItems(input.items, input.groups);
  switch (input.format) {
    case 'github-changelog-generator': {
      const blocks = compareUrl ? [`[Full Changelog](${compareUrl})`] : [];
      for (const g of groups) blocks.push(`${g.section.title}\n\n${g.items.map(generatorLine).join('\n')}`);
      return {
        heading: `## [${input.version}](${input.tagUrl}) (${input.date})`,
        body: blocks.join('\n\n'),
        definitions: [],
      };
    }
    case 'keep-a-changelog': {
      const version = stripV(input.version);
      return {
        heading: `## [${version}] - ${input.date}`,
        body: keepAChangelogBody(groups),
        definitions: [`[${version}]: ${compareUrl ?? input.tagUrl}`],
      };
    }
    case 'plain':
      return {
        heading: `## ${input.version} (${input.date})`,
        body: groups.map((g) => `### ${plainTitle(g.section.title)}\n\n${lines(g)}`).join('\n\n'),
        definitions: [],
      };
  }
}

/** Escapes a title exactly as github-changelog-generator's encapsulate_string does. */
export function escapeGeneratorTitle(title: string): string {
  return title.replace(/\\/g, '\\\\').replace(/[<>*_()[\]#]/g, (c) => `\\${c}`);
}

/** Escapes markdown in a title, leaving `code spans` as written. */
export function escapeTitle(title: string): string {
  const oneLine = title.replace(/\s*\r?\n\s*/g, ' ');
  return oneLine
    .split(/(`+[^`]*?`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\<>*_[\]#`]/g, (c) => `\\${c}`)))
    .join('');
}

function generatorLine(item: ChangeItem): string {
  const line = `- ${escapeGeneratorTitle(item.title)} [\\#${item.number}](${item.url})`;
  // The generator credits authors of pull requests only.
  return item.kind === 'pull' ? `${line} ([${item.author}](${item.authorUrl}))` : line;
}

function line(item: ChangeItem, breaking: boolean): string {
  const marker = breaking ? '**BREAKING:** ' : '';
  const text = `- ${marker}${escapeTitle(item.title)} [#${item.number}](${item.url})`;
  return item.kind === 'pull' ? `${text} ([@${item.author}](${item.authorUrl}))` : text;
}

function lines(group: ItemGroup): string {
  return group.items.map((i) => line(i, group.section.breaking ?? false)).join('\n');
}

function keepAChangelogBody(groups: ItemGroup[]): string {
  const byCategory = new Map<KeepAChangelogCategory, string[]>();
  // Breaking changes lead their category so readers see them first.
  const ordered = [...groups.filter((g) => g.section.breaking), ...groups.filter((g) => !g.section.breaking)];
  for (const g of ordered) {
    const category = g.section.category ?? 'Changed';
    byCategory.set(category, [...(byCategory.get(category) ?? []), lines(g)]);
  }
  return KEEP_A_CHANGELOG_CATEGORIES.flatMap((c) => {
    const blocks = byCategory.get(c);
    return blocks ? [`### ${c}\n\n${blocks.join('\n')}`] : [];
  }).join('\n\n');
}

function plainTitle(title: string): string {
  return title
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/:$/, '')
    .trim();
}

function deriveCompareUrl(tagUrl: string, previous: string | undefined): string | undefined {
  if (previous === undefined) return undefined;
  const m = /^(https?:\/\/.+?\/[^/]+\/[^/]+)\/(?:tree|releases\/tag)\/([^/]+)\/?$/.exec(tagUrl);
  return m ? `${m[1]}/compare/${previous}...${m[2]}` : undefined;
}
