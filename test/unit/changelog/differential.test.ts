/**
 * The linear path (outline, then the one section) against the full parse it replaced: on every
 * fixture — modelled on github-changelog-generator's own changelog, Keep a Changelog 1.1 and 2.0,
 * poetry, labstack/echo and go-chi/chi — and on generated documents mixing the constructs that hide
 * or make headings (fences, HTML blocks, lists, block quotes, setext underlines, link definitions,
 * tabs, lazy lines), every answer must be the same: versions, format, each section, each refusal,
 * each insertion.
 */
import { describe, expect, it } from '@jest/globals';
import type { Nodes } from 'mdast';
import { readFileSync } from 'node:fs';
import {
  ChangelogVersionNotFound,
  detectFormat,
  extractSection,
  insertSection,
  parseChangelog,
} from '../../../shared/src/changelog/index.js';
import { parseMarkdown } from '../../../shared/src/changelog/markdown.js';
import type { SectionLink } from '../../../shared/src/changelog/types.js';
import { fullParseExtract, fullParseFormat, fullParseInsert, fullParseOutline } from './full-parse.js';

/**
 * The destinations a body's own full parse finds (the body carries every definition it uses, so it
 * parses alone as it did in its file), less those with a scheme or only an anchor.
 */
function referenceLinks(body: string): SectionLink[] | undefined {
  const { root, destinations } = parseMarkdown(body);
  // A section ending in an unclosed fence swallows the definitions appended after it: no reference.
  const last = root.children.at(-1);
  if (last?.type === 'code' && last.position?.end.offset === body.length && /\n\n\[[^\n]*$/.test(body))
    return undefined;
  const imageOnly = new Map<string, boolean>();
  const visit = (node: Nodes): void => {
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      imageOnly.set(
        node.identifier,
        node.type === 'imageReference' && imageOnly.get(node.identifier) !== false,
      );
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  return destinations
    .map((d) => {
      const written = body.slice(d.start, d.end);
      const destination = d.literal ? written.slice(1, -1) : written;
      const kind: 'link' | 'image' =
        d.node.type === 'image' || (d.node.type === 'definition' && imageOnly.get(d.node.identifier) === true)
          ? 'image'
          : 'link';
      return { start: d.start, end: d.end, destination, literal: d.literal, kind };
    })
    .filter((l) => !/^[a-zA-Z][a-zA-Z0-9+.-]*:|^#/.test(l.destination.trimStart()));
}

const FIXTURES = [
  'github-changelog-generator.md.txt',
  'github-changelog-generator-own.md.txt',
  'keep-a-changelog.md.txt',
  'keep-a-changelog-2.md.txt',
  'plain.md.txt',
  'poetry.md.txt',
  'echo.md.txt',
  'chi.md.txt',
];
const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/changelog/${name}`, import.meta.url), 'utf8');

/** What either path answers for a version: the section without link positions, or the refusal. */
function answer(extract: (markdown: string, version: string) => object, markdown: string, version: string) {
  try {
    const { links: _links, ...section } = extract(markdown, version) as { links?: unknown };
    return section;
  } catch (error) {
    if (error instanceof ChangelogVersionNotFound) return { notFound: error.message };
    return { threw: String(error) };
  }
}

function compare(markdown: string): void {
  const full = fullParseOutline(markdown);
  expect(parseChangelog(markdown)).toEqual(full);
  expect(detectFormat(markdown)).toBe(fullParseFormat(markdown));
  for (const version of [...full.versions.map((v) => v.version), '9.9.9-absent']) {
    expect({ version, ...answer(extractSection, markdown, version) }).toEqual({
      version,
      ...answer(fullParseExtract, markdown, version),
    });
    if (version !== '9.9.9-absent') {
      const { body, links } = extractSection(markdown, version);
      const reference = referenceLinks(body);
      if (reference) {
        expect(links.filter((l) => !/^[a-zA-Z][a-zA-Z0-9+.-]*:|^#/.test(l.destination.trimStart()))).toEqual(
          reference,
        );
      }
    }
  }
}

describe('the linear path gives what the full parse gave', () => {
  it.each(FIXTURES)('%s: versions, format, every section', (name) => {
    const markdown = fixture(name);
    expect(fullParseOutline(markdown).versions.length).toBeGreaterThan(2);
    compare(markdown);
    compare(markdown.replace(/\n/g, '\r\n'));
  });

  it.each(FIXTURES)('%s: inserting a new section', (name) => {
    const markdown = fixture(name);
    const format = fullParseFormat(markdown);
    const section =
      format === 'github-changelog-generator'
        ? '## [v9.0.0](https://github.com/o/r/tree/v9.0.0) (2026-12-01)\n\n- New [\\#1](https://github.com/o/r/pull/1)'
        : format === 'keep-a-changelog'
          ? '## [9.0.0] - 2026-12-01\n\n### Added\n\n- New\n\n[9.0.0]: https://github.com/o/r/compare/v2.0.0...v9.0.0'
          : '## v9.0.0\n\n- New';
    expect(insertSection(markdown, section, format)).toBe(fullParseInsert(markdown, section, format));
  });
});

// Lines that hide, make or break headings; documents are random sequences of them.
const LINES = [
  '## v1.0.0',
  '## [1.1.0] - 2024-01-01',
  '## [v2.0.0](https://github.com/o/r/tree/v2.0.0) (2024-02-02)',
  '# Changelog',
  ' ## 1.2.0',
  '   # Title',
  '    ## 9.0.0 code',
  '## [Unreleased]',
  '## 3.0.0 [YANKED]',
  '##',
  '## 4.0.0 ##',
  '3.1.0',
  '===',
  '---',
  '  ---',
  '***',
  '```',
  '~~~',
  '```md',
  '``` `x`',
  '  ```',
  '- item',
  '* star',
  '1. one',
  '2) two',
  '-',
  '  - nested',
  '    - deeper',
  '- ## 5.0.0 in item',
  '> quote',
  '> ## 6.0.0 quoted',
  '> - a',
  '- > q',
  '<div>',
  '</div>',
  '<!-- comment',
  '-->',
  '<details><summary>More</summary>',
  '<custom>',
  '<pre>',
  '</pre>',
  '[a]: /url',
  '[b]: <./docs/b.md> "title"',
  '[Full Changelog](https://github.com/o/r/compare/v1...v2)',
  'See [a] and [b][] and ![img](./i.png).',
  '\\* *This Changelog was automatically generated by [github_changelog_generator](https://x)*',
  'text',
  '  indented text',
  '\t- tab item',
  '\t## 7.0.0 tab',
  '    code',
  '',
  '',
  '',
];

describe('generated documents', () => {
  it('1,500 documents of random lines: the same answers', () => {
    // CHANGELOG_FUZZ_SEED runs another 1,500 by hand; the default seed is the one CI checks.
    let seed = Number(process.env.CHANGELOG_FUZZ_SEED ?? 20261205);
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 1500; i++) {
      const lines = Array.from({ length: 4 + random(28) }, () => LINES[random(LINES.length)] as string);
      const markdown = lines.join(random(8) === 0 ? '\r\n' : '\n') + (random(2) ? '\n' : '');
      try {
        compare(markdown);
      } catch (error) {
        throw new Error(`document ${i}: ${JSON.stringify(markdown)}\n${String(error)}`, { cause: error });
      }
    }
  });
});
