/**
 * Long and deep changelogs (issue 10.10). Speed is measured in bench/changelog-section.ts, never
 * here; what is tested is that depth cannot stop extraction: the whole-file parse of before
 * overflowed the stack on a deep block quote anywhere in the file.
 */
import { describe, expect, it } from '@jest/globals';
import { extractSection, parseChangelog } from '../../../shared/src/changelog/index.js';
import { fullParseExtract } from './full-parse.js';

const DEEP_QUOTE = `# Changelog

## v2.0.0

${'>'.repeat(20_000)} quoted [notes](./NOTES.md)

## v1.0.0

- First release
`;

const DEEP_LIST = `# Changelog

## v2.0.0

${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i} [doc](./docs/${i}.md)`).join('\n')}

## v1.0.0

- First release
`;

describe('depth does not stop extraction', () => {
  it('a 20,000-deep block quote in another section: the section is extracted (the full parse overflowed)', () => {
    expect(() => fullParseExtract(DEEP_QUOTE, 'v1.0.0')).toThrow(RangeError);
    expect(extractSection(DEEP_QUOTE, 'v1.0.0').body).toBe('- First release');
  });

  it('the deep section itself, with its relative link found', () => {
    const section = extractSection(DEEP_QUOTE, 'v2.0.0');
    expect(section.body).toBe(`${'>'.repeat(20_000)} quoted [notes](./NOTES.md)`);
    const start = section.body.indexOf('./NOTES.md');
    expect(section.links).toEqual([
      { start, end: start + './NOTES.md'.length, destination: './NOTES.md', literal: false, kind: 'link' },
    ]);
  });

  it("a list nested 3,000 levels deep: every level's link, and the versions around it", () => {
    expect(parseChangelog(DEEP_LIST).versions.map((v) => v.version)).toEqual(['v2.0.0', 'v1.0.0']);
    const section = extractSection(DEEP_LIST, 'v2.0.0');
    expect(section.links).toHaveLength(3000);
    expect(section.links.at(-1)).toMatchObject({ destination: './docs/2999.md', kind: 'link' });
    const last = section.links.at(-1);
    expect(section.body.slice(last?.start, last?.end)).toBe('./docs/2999.md');
  });
});
