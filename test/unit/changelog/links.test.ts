/** Relative links of a section made absolute at the release's tag (issue 16.10). */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { absoluteLinks, absoluteUrl, extractSection } from '../../../shared/src/changelog/index.js';

const BASE = { repositoryUrl: 'https://github.com/labstack/echo', ref: 'v5.0.0', folder: '' };
const echo = readFileSync(new URL('../../fixtures/changelog/echo.md.txt', import.meta.url), 'utf8');

describe('absoluteUrl', () => {
  it.each([
    ['./API_CHANGES_V5.md', 'link', '', 'https://github.com/labstack/echo/blob/v5.0.0/API_CHANGES_V5.md'],
    [
      'API_CHANGES_V5.md#routing',
      'link',
      '',
      'https://github.com/labstack/echo/blob/v5.0.0/API_CHANGES_V5.md#routing',
    ],
    ['../assets/logo.svg', 'image', 'docs', 'https://github.com/labstack/echo/raw/v5.0.0/assets/logo.svg'],
    ['images/a b.png', 'image', 'docs', 'https://github.com/labstack/echo/raw/v5.0.0/docs/images/a b.png'],
    ['/SECURITY.md', 'link', 'docs', 'https://github.com/labstack/echo/blob/v5.0.0/SECURITY.md'],
    ['./guide/', 'link', 'docs', 'https://github.com/labstack/echo/tree/v5.0.0/docs/guide/'],
    ['..', 'link', 'docs', 'https://github.com/labstack/echo/tree/v5.0.0'],
    ['x.md?plain=1#L3', 'link', '', 'https://github.com/labstack/echo/blob/v5.0.0/x.md?plain=1#L3'],
  ] as const)('%s (%s, from %j) → %s', (destination, kind, folder, url) => {
    expect(absoluteUrl(destination, kind, { ...BASE, folder })).toBe(url);
  });

  it('a tag with slashes and odd characters stays one path', () => {
    expect(absoluteUrl('a.md', 'link', { ...BASE, ref: 'src/webhook/v0.8.0+build' })).toBe(
      'https://github.com/labstack/echo/blob/src/webhook/v0.8.0%2Bbuild/a.md',
    );
  });

  it('a path climbing out of the repository has no URL', () => {
    expect(absoluteUrl('../../x.md', 'link', { ...BASE, folder: 'docs' })).toBeUndefined();
  });
});

describe('absoluteLinks on an echo-shaped section', () => {
  it('rewrites links, images and reference definitions; keeps anchors, absolute URLs and the rest verbatim', () => {
    const section = extractSection(echo, 'v5.0.0');
    const { body, rewritten, outside } = absoluteLinks(section.body, section.links, BASE);
    expect(rewritten).toBe(3);
    expect(outside).toEqual(['../assets/echo-logo.svg']);
    expect(body).toBe(
      section.body
        .replace(
          '](./API_CHANGES_V5.md)',
          '](https://github.com/labstack/echo/blob/v5.0.0/API_CHANGES_V5.md)',
        )
        .replace('(/SECURITY.md)', '(https://github.com/labstack/echo/blob/v5.0.0/SECURITY.md)')
        .replace(
          '[upgrade]: ./docs/upgrade-v5.md',
          '[upgrade]: https://github.com/labstack/echo/blob/v5.0.0/docs/upgrade-v5.md',
        ),
    );
    expect(body).toContain('[the routing section](#routing)');
    expect(body).toContain('![echo](../assets/echo-logo.svg "Echo")');
  });

  it('an image linked through a definition takes the raw form; a literal <…> destination keeps its brackets', () => {
    const markdown = '## v1.0.0\n\n![logo][l] and [docs](<./my docs/a.md>)\n\n[l]: ./img/logo.png\n';
    const section = extractSection(markdown, 'v1.0.0');
    expect(absoluteLinks(section.body, section.links, BASE).body).toBe(
      '![logo][l] and [docs](<https://github.com/labstack/echo/blob/v5.0.0/my docs/a.md>)\n\n[l]: https://github.com/labstack/echo/raw/v5.0.0/img/logo.png',
    );
  });

  it('a definition written elsewhere in the file and appended to the body is rewritten too', () => {
    const markdown = '## v2.0.0\n\nSee the [guide].\n\n## v1.0.0\n\n- First\n\n[guide]: docs/guide.md\n';
    const section = extractSection(markdown, 'v2.0.0');
    expect(section.body).toBe('See the [guide].\n\n[guide]: docs/guide.md');
    expect(absoluteLinks(section.body, section.links, BASE).body).toBe(
      'See the [guide].\n\n[guide]: https://github.com/labstack/echo/blob/v5.0.0/docs/guide.md',
    );
  });

  it('text that only looks like a link (code, escaped brackets) is left alone', () => {
    const markdown = '## v1.0.0\n\n`[a](./x.md)` and \\[b](./y.md) and\n\n    [c](./z.md)\n';
    const section = extractSection(markdown, 'v1.0.0');
    expect(section.links).toEqual([]);
  });
});
