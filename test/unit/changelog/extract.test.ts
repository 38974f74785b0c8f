import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  ChangelogVersionNotFound,
  detectFormat,
  extractSection,
  listVersions,
  parseChangelog,
} from '../../../shared/src/changelog/index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/changelog/${name}`, import.meta.url), 'utf8');
const gcg = fixture('github-changelog-generator.md.txt');
const kac = fixture('keep-a-changelog.md.txt');
const plain = fixture('plain.md.txt');

function notFound(markdown: string, version: string): ChangelogVersionNotFound {
  try {
    extractSection(markdown, version);
  } catch (error) {
    if (error instanceof ChangelogVersionNotFound) return error;
    throw error;
  }
  throw new Error('expected ChangelogVersionNotFound');
}

describe('detectFormat', () => {
  it.each([
    [gcg, 'github-changelog-generator'],
    [kac, 'keep-a-changelog'],
    [plain, 'plain'],
    ['', 'plain'],
    [
      '# Changelog\n\nSee [Keep a Changelog](https://keepachangelog.com/).\n\n## 1.0.0 - 2024-01-01\n',
      'keep-a-changelog',
    ],
  ])('fixture %#', (markdown, format) => {
    expect(detectFormat(markdown)).toBe(format);
  });
});

describe('extractSection: github-changelog-generator', () => {
  it('slices the section verbatim, keeping an indented fence with a fake heading', () => {
    const section = extractSection(gcg, 'v3.1.0');
    expect(section).toMatchObject({
      version: '3.1.0',
      heading: '## [3.1.0](https://github.com/accanto-systems/os-vim-driver/tree/3.1.0) (2021-12-10)',
      date: '2021-12-10',
      yanked: false,
      format: 'github-changelog-generator',
    });
    expect(section.body).toBe(
      [
        '[Full Changelog](https://github.com/accanto-systems/os-vim-driver/compare/3.0.0...3.1.0)',
        '',
        '**Implemented enhancements:**',
        '',
        '- Support Heat stack outputs of type `list` [\\#58](https://github.com/accanto-systems/os-vim-driver/issues/58)',
        '',
        '**Fixed bugs:**',
        '',
        '- Delete fails when the stack is already gone [\\#55](https://github.com/accanto-systems/os-vim-driver/issues/55)',
        '',
        '**Merged pull requests:**',
        '',
        '- Add \\_\\_repr\\_\\_ to the Heat driver, see example below [\\#59](https://github.com/accanto-systems/os-vim-driver/pull/59) ([dvaccarosenna](https://github.com/dvaccarosenna))',
        '',
        '  ```markdown',
        '  ## fake heading inside an indented fence',
        '  ```',
      ].join('\n'),
    );
  });

  it('does not end a section at a heading inside a code fence', () => {
    const body = extractSection(gcg, '3.0.0').body;
    expect(body).toContain('## fake heading in a code fence\n# another fake heading\n```');
    expect(body).not.toContain('2.1.0)');
  });

  it('drops the generator footer from the last section', () => {
    expect(extractSection(gcg, '2.0.1').body).toBe(
      '**Fixed bugs:**\n\n- Ignition 0.9 breaks the driver [\\#30](https://github.com/accanto-systems/os-vim-driver/issues/30)',
    );
  });

  it('tells a release from its release candidate', () => {
    expect(extractSection(gcg, '2.1.0').body).toContain('Helm chart values');
    expect(extractSection(gcg, '2.1.0-rc.1').body).toBe(
      '[Full Changelog](https://github.com/accanto-systems/os-vim-driver/compare/2.0.1...2.1.0-rc.1)',
    );
  });

  it('lists versions without Unreleased and reports Unreleased separately', () => {
    expect(listVersions(gcg).map((v) => v.version)).toEqual([
      '3.1.0',
      '3.0.0',
      '2.1.0',
      '2.1.0-rc.1',
      '2.0.1',
    ]);
    expect(parseChangelog(gcg).unreleased).toEqual({
      line: 3,
      heading: '## [Unreleased](https://github.com/accanto-systems/os-vim-driver/tree/HEAD)',
    });
  });
});

describe('extractSection: Keep a Changelog', () => {
  it('appends the link definitions the section uses, and only those', () => {
    const section = extractSection(kac, '1.1.1');
    expect(section.heading).toBe('## [1.1.1] - 2023-03-05');
    expect(section.body).toBe(
      [
        '### Fixed',
        '',
        '- Improve French translation ([#377]).',
        '- Typo in the Spanish translation, see [the discussion][typo-thread].',
        '',
        '[#377]: https://github.com/olivierlacan/keep-a-changelog/pull/377',
        '[typo-thread]: https://github.com/olivierlacan/keep-a-changelog/issues/380',
      ].join('\n'),
    );
  });

  it('resolves shortcut references to version definitions, in file order', () => {
    const body = extractSection(kac, 'v1.0.0').body;
    expect(body.split('\n\n').at(-1)).toBe(
      [
        '[unreleased]: https://github.com/olivierlacan/keep-a-changelog/compare/v1.1.1...HEAD',
        '[1.0.0]: https://github.com/olivierlacan/keep-a-changelog/compare/v0.0.5...v1.0.0',
      ].join('\n'),
    );
    expect(body).toContain('## [9.9.9] - fake heading in a fence');
  });

  it('reads YANKED and keeps image references resolvable', () => {
    const section = extractSection(kac, '0.0.5');
    expect(section).toMatchObject({ version: '0.0.5', date: '2014-12-13', yanked: true });
    // The heading's own line, as the outline reports it.
    expect(section.line).toBe(parseChangelog(kac).versions.find((v) => v.version === '0.0.5')?.line);
    expect(kac.split('\n')[section.line - 1]).toBe(section.heading);
    expect(section.body).toBe(
      '### Added\n\n- Image of the logo: ![logo][logo-img]\n\n[logo-img]: https://keepachangelog.com/assets/images/logo.png',
    );
  });

  it('leaves the trailing definitions out of the last section', () => {
    expect(extractSection(kac, '0.0.1').body).toBe(
      '### Added\n\n- This CHANGELOG file to hopefully serve as an evolving example of a\n  standardized open source project CHANGELOG.',
    );
  });

  it('lists lines, dates and the yanked flag', () => {
    const outline = parseChangelog(kac);
    expect(outline.unreleased?.line).toBe(8);
    expect(outline.versions.find((v) => v.version === '0.0.5')).toEqual({
      version: '0.0.5',
      date: '2014-12-13',
      yanked: true,
      line: 42,
    });
    expect(outline.versions.map((v) => v.version)).not.toContain('9.9.9');
  });
});

describe('extractSection: plain', () => {
  it.each([
    ['v1.2.30', '1.2.30', '## 1.2.30 - 2024-02-10', "- Fix the chart's `appVersion`."],
    ['1.2.3', '1.2.3', '## Version 1.2.3', '- First release with Helm chart.'],
    ['1.2.3-rc.1', 'v1.2.3-rc.1', '## v1.2.3-rc.1', '- Release candidate.'],
    ['0.1-beta', 'v0.1-beta', '## v0.1-beta', '- Preview build.'],
    ['v2.0', '2.0', '## 2.0', '- Non-SemVer release name.'],
  ])('%s finds %s', (query, version, heading, body) => {
    expect(extractSection(plain, query)).toMatchObject({ version, heading, body, format: 'plain' });
  });

  it('keeps indented code that looks like a heading', () => {
    expect(extractSection(plain, '1.3.0')).toMatchObject({
      version: 'v1.3.0',
      date: '2024-03-01',
      body: [
        '- Faster stack polling.',
        '- Indented fence below must not end the section:',
        '',
        '      ## not a heading, indented code',
      ].join('\n'),
    });
  });

  it('ends a section at a level-2 heading that names no version (setext too)', () => {
    expect(extractSection(plain, '1.2.3').body).not.toContain('Upgrading');
    expect(listVersions(plain).map((v) => v.version)).toEqual([
      'v1.3.0',
      '1.2.30',
      '1.2.3',
      'v1.2.3-rc.1',
      'v0.1-beta',
      '2.0',
    ]);
  });
});

describe('ChangelogVersionNotFound', () => {
  it('lists the versions the file has', () => {
    const error = notFound(gcg, '1.4.0');
    expect(error.version).toBe('1.4.0');
    expect(error.available).toEqual(['3.1.0', '3.0.0', '2.1.0', '2.1.0-rc.1', '2.0.1']);
    expect(error.message).toBe(
      'CHANGELOG.md has no section for 1.4.0; it has: 3.1.0, 3.0.0, 2.1.0, 2.1.0-rc.1, 2.0.1',
    );
  });

  it('does not fall back to a prefix or a prerelease', () => {
    expect(notFound(plain, '1.2').available).toContain('1.2.3');
    expect(() => extractSection(gcg, '2.1')).toThrow(ChangelogVersionNotFound);
  });

  it('says when the file is empty or has no version headings', () => {
    expect(notFound('', '1.0.0').message).toBe('CHANGELOG.md is empty; it has no section for 1.0.0');
    expect(notFound('# Changelog\n\n## [Unreleased]\n\n- x\n', '1.0.0').message).toMatch(
      /^CHANGELOG\.md has no section for 1\.0\.0; it has only an Unreleased section/,
    );
    const error = notFound('# Notes\n\n## Install\n\nrun it\n', '1.0.0');
    expect(error.available).toEqual([]);
    expect(error.message).toMatch(/it has no version sections/);
  });

  it('names the file it was given', () => {
    expect(() => extractSection(kac, '9.9.9', { fileName: 'docs/CHANGES.md' })).toThrow(
      /^docs\/CHANGES\.md has no section for 9\.9\.9; it has: 1\.1\.1, 1\.1\.0, 1\.0\.0, 0\.0\.5, 0\.0\.1$/,
    );
  });
});
