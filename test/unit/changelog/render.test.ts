import { describe, expect, it } from '@jest/globals';
import {
  defaultGroups,
  escapeGeneratorTitle,
  escapeTitle,
  groupItems,
  renderSection,
  renderSectionParts,
  type ChangeItem,
  type RenderInput,
} from '../../../shared/src/changelog/index.js';

const repo = 'https://github.com/o/r';
function item(
  kind: ChangeItem['kind'],
  number: number,
  title: string,
  labels: string[],
  author = 'alice',
): ChangeItem {
  return {
    kind,
    number,
    title,
    url: `${repo}/${kind === 'pull' ? 'pull' : 'issues'}/${number}`,
    author,
    authorUrl: `https://github.com/${author}`,
    labels,
    closedAt: '2024-04-30T12:00:00Z',
  };
}

const items: ChangeItem[] = [
  item('pull', 19, 'Add helm chart', ['enhancement']),
  item('issue', 12, 'Support `list` outputs', ['Type: Enhancement']),
  item('pull', 14, 'Fix <script> injection in *titles*_here', ['bug']),
  item('pull', 15, 'Drop Python 3.6', ['breaking', 'enhancement'], 'bob'),
  item('issue', 16, 'How do I configure this?', ['question']),
  item('issue', 17, 'Crash on start', []),
  item('pull', 18, 'Bump deps', ['dependencies'], 'dependabot[bot]'),
  item('pull', 20, 'Tidy README', ['Meta: Exclude From Changelog']),
];

const input = (format: RenderInput['format'], extra: Partial<RenderInput> = {}): RenderInput => ({
  version: 'v1.2.0',
  date: '2024-05-01',
  tagUrl: `${repo}/tree/v1.2.0`,
  previousVersion: 'v1.1.0',
  items,
  groups: defaultGroups,
  format,
  ...extra,
});

describe('groupItems', () => {
  it('puts each item in the first section whose labels it has, issues before pull requests', () => {
    const groups = groupItems(items, defaultGroups);
    expect(groups.map((g) => [g.section.title, g.items.map((i) => i.number)])).toEqual([
      ['**Breaking changes:**', [15]],
      ['**Implemented enhancements:**', [12, 19]],
      ['**Fixed bugs:**', [14]],
      ['**Closed issues:**', [17]],
      ['**Merged pull requests:**', [18]],
    ]);
  });

  it('honours kinds and custom exclusions', () => {
    const groups = groupItems(items, {
      ...defaultGroups,
      sections: [{ title: '**Docs:**', labels: ['enhancement', 'Type: Enhancement'], kinds: ['issue'] }],
      excludeLabels: ['dependencies'],
    });
    expect(groups.map((g) => [g.section.title, g.items.map((i) => i.number)])).toEqual([
      ['**Docs:**', [12]],
      ['**Closed issues:**', [16, 17]],
      ['**Merged pull requests:**', [19, 14, 15, 20]],
    ]);
  });
});

describe('renderSection', () => {
  it('reproduces the github-changelog-generator layout exactly', () => {
    expect(renderSection(input('github-changelog-generator'))).toBe(
      `## [v1.2.0](https://github.com/o/r/tree/v1.2.0) (2024-05-01)

[Full Changelog](https://github.com/o/r/compare/v1.1.0...v1.2.0)

**Breaking changes:**

- Drop Python 3.6 [\\#15](https://github.com/o/r/pull/15) ([bob](https://github.com/bob))

**Implemented enhancements:**

- Support \`list\` outputs [\\#12](https://github.com/o/r/issues/12)
- Add helm chart [\\#19](https://github.com/o/r/pull/19) ([alice](https://github.com/alice))

**Fixed bugs:**

- Fix \\<script\\> injection in \\*titles\\*\\_here [\\#14](https://github.com/o/r/pull/14) ([alice](https://github.com/alice))

**Closed issues:**

- Crash on start [\\#17](https://github.com/o/r/issues/17)

**Merged pull requests:**

- Bump deps [\\#18](https://github.com/o/r/pull/18) ([dependabot[bot]](https://github.com/dependabot[bot]))
`,
    );
  });

  it('renders Keep a Changelog categories with a BREAKING marker and a version link definition', () => {
    expect(renderSection(input('keep-a-changelog'))).toBe(
      `## [1.2.0] - 2024-05-01

### Added

- Support \`list\` outputs [#12](https://github.com/o/r/issues/12)
- Add helm chart [#19](https://github.com/o/r/pull/19) ([@alice](https://github.com/alice))

### Changed

- **BREAKING:** Drop Python 3.6 [#15](https://github.com/o/r/pull/15) ([@bob](https://github.com/bob))
- Crash on start [#17](https://github.com/o/r/issues/17)
- Bump deps [#18](https://github.com/o/r/pull/18) ([@dependabot[bot]](https://github.com/dependabot[bot]))

### Fixed

- Fix \\<script\\> injection in \\*titles\\*\\_here [#14](https://github.com/o/r/pull/14) ([@alice](https://github.com/alice))

[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0
`,
    );
  });

  it('renders plain sections with the generator titles as ### headings', () => {
    const out = renderSection(input('plain', { items: items.slice(0, 3) }));
    expect(out).toBe(
      `## v1.2.0 (2024-05-01)

### Implemented enhancements

- Support \`list\` outputs [#12](https://github.com/o/r/issues/12)
- Add helm chart [#19](https://github.com/o/r/pull/19) ([@alice](https://github.com/alice))

### Fixed bugs

- Fix \\<script\\> injection in \\*titles\\*\\_here [#14](https://github.com/o/r/pull/14) ([@alice](https://github.com/alice))
`,
    );
  });

  it('renders an empty release as heading and compare link only', () => {
    expect(renderSection(input('github-changelog-generator', { items: [] }))).toBe(
      '## [v1.2.0](https://github.com/o/r/tree/v1.2.0) (2024-05-01)\n\n[Full Changelog](https://github.com/o/r/compare/v1.1.0...v1.2.0)\n',
    );
    expect(renderSection(input('plain', { items: [] }))).toBe('## v1.2.0 (2024-05-01)\n');
  });

  it('uses an explicit compareUrl, and the tag URL when there is no previous version', () => {
    const explicit = renderSectionParts(input('keep-a-changelog', { compareUrl: 'https://x/compare/a...b' }));
    expect(explicit.definitions).toEqual(['[1.2.0]: https://x/compare/a...b']);
    const first = renderSectionParts(input('keep-a-changelog', { previousVersion: undefined, items: [] }));
    expect(first).toEqual({
      heading: '## [1.2.0] - 2024-05-01',
      body: '',
      definitions: [`[1.2.0]: ${repo}/tree/v1.2.0`],
    });
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => renderSection(input('plain', { date: '01/05/24' }))).toThrow(/YYYY-MM-DD/);
  });
});

describe('escaping', () => {
  it('escapes titles exactly like the generator (backslash first, backticks untouched)', () => {
    expect(escapeGeneratorTitle('a\\b <c> *d* _e_ (f) [g] #1 `h_i`')).toBe(
      'a\\\\b \\<c\\> \\*d\\* \\_e\\_ \\(f\\) \\[g\\] \\#1 `h\\_i`',
    );
  });

  it('escapes other formats outside code spans only', () => {
    expect(escapeTitle('Use `snake_case` for *all* <names>\nnow')).toBe(
      'Use `snake_case` for \\*all\\* \\<names\\> now',
    );
    expect(escapeTitle('a \\ b [c] #1')).toBe('a \\\\ b \\[c\\] \\#1');
  });
});
