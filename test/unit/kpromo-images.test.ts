/**
 * images.yaml grown as kpromo grows it: the goldens (bytes kpromo v4.5.1's own code wrote for each
 * case, test/fixtures/kpromo), the strict reading the promoter does, and kpromo's union rules.
 */
import { describe, expect, it } from '@jest/globals';
import {
  goQuote,
  growImagesYaml,
  ImagesYamlError,
  parseImagesYaml,
  renderImagesYaml,
  stagedInventory,
  unionInventory,
} from '../../shared/src/kpromo/images.js';
import { ARTIFACT_PROMOTER, CASES, digest, golden } from '../fixtures/kpromo/cases.js';

const grow = (before: string, tag: string, staged: Record<string, string>) =>
  growImagesYaml(before, stagedInventory(tag, new Map(Object.entries(staged))));

describe('the goldens: the bytes kpromo writes', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.about}`, () => {
      const grown = grow(c.before, c.tag, c.staged);
      expect(grown.text).toBe(golden(c));
      expect(grown.changed).toBe(c.name !== 'already-listed');
    });
  }

  it('puts v3.4.10-1 between v3.4.1-1 and v3.4.11-1, before v3.4.2-1', () => {
    const kpromo = golden(CASES[0]!).split('- name: ')[2]!;
    const lines = kpromo.split('\n');
    const order = lines.filter((l) => l.includes('"v3.4.1')).map((l) => /\["(.*)"\]/.exec(l)?.[1]);
    expect(order).toEqual(['v3.4.1-1', 'v3.4.10-1', 'v3.4.11-1', 'v3.4.12-1']);
    const at = (tag: string) =>
      lines.findIndex((l) => l.includes(`"${tag}"`) && l.includes(digest(`kpromo-${tag}`)));
    expect(at('v3.4.10-1')).toBeLessThan(at('v3.4.2-1'));
  });

  it('leaves every line of the other images byte-identical and only adds lines', () => {
    for (const name of ['several-images', 'new-image', 'tag-string-order']) {
      const after = golden(CASES.find((c) => c.name === name)!).split('\n');
      const before = ARTIFACT_PROMOTER.split('\n');
      // `before` is a subsequence of `after`: nothing removed, nothing rewritten.
      let i = 0;
      for (const line of after) if (line === before[i]) i++;
      expect(i).toBe(before.length);
      expect(after.length).toBeGreaterThan(before.length);
    }
  });

  it('gives a digest its second tag, sorted, joined by a bare comma, and orders it by its new smallest tag', () => {
    const text = golden(CASES.find((c) => c.name === 'second-tag')!);
    expect(text).toContain(`"${digest('kpromo-v3.4.2-1')}": ["v3.2.0-1","v3.4.2-1"]\n`);
    const kpromo = text.split('- name: ')[2]!;
    expect(kpromo.indexOf('v3.2.0-1')).toBeLessThan(kpromo.indexOf('v3.4.0-1'));
  });

  it('changes nothing when the digest is already listed under the tag', () => {
    const grown = grow(ARTIFACT_PROMOTER, 'v3.4.9-1', { kpromo: digest('kpromo-v3.4.9-1') });
    expect(grown).toEqual({ text: ARTIFACT_PROMOTER, changed: false });
  });
});

describe('reading images.yaml as the promoter does', () => {
  it('reads names, digests and tags as written (1.10 stays 1.10, quoted or not)', () => {
    const inv = parseImagesYaml(
      `- name: a\n  dmap:\n    "sha256:1": [1.10, "v2", yes]\n    sha256:2: []\n- name: b\n  dmap:\n`,
    );
    expect(inv.get('a')).toEqual(
      new Map([
        ['sha256:1', ['1.10', 'v2', 'yes']],
        ['sha256:2', []],
      ]),
    );
    expect(inv.get('b')).toBeNull();
  });

  it('keeps the last entry of an image listed twice, as the promoter builds a map', () => {
    const inv = parseImagesYaml(
      '- name: a\n  dmap:\n    "sha256:1": ["v1"]\n- name: a\n  dmap:\n    "sha256:2": ["v2"]\n',
    );
    expect([...inv.get('a')!.keys()]).toEqual(['sha256:2']);
  });

  it.each([
    ['an unknown key', '- name: a\n  dmap: {}\n  tags: [x]\n', /unknown key tags/],
    [
      'a digest twice',
      '- name: a\n  dmap:\n    "sha256:1": [a]\n    "sha256:1": [b]\n',
      /sha256:1 twice \(line 4\)/,
    ],
    ['a mapping at the top', 'name: a\n', /not a list of images/],
    ['tags that are not a list', '- name: a\n  dmap:\n    "sha256:1": v1\n', /other than a list/],
    ['broken YAML', '- name: [a\n', /not valid YAML/],
  ])('refuses %s', (_what, text, message) => {
    expect(() => parseImagesYaml(text)).toThrow(ImagesYamlError);
    expect(() => parseImagesYaml(text)).toThrow(message);
  });

  it('reads an empty file or one with only comments as no images', () => {
    expect(parseImagesYaml('').size).toBe(0);
    expect(parseImagesYaml('# nothing yet\n').size).toBe(0);
  });
});

describe("kpromo's union and writing rules", () => {
  it('drops latest from a digest that gains tags, and keeps other tags', () => {
    const existing = parseImagesYaml('- name: a\n  dmap:\n    "sha256:1": ["latest","v1"]\n');
    const grown = unionInventory(existing, new Map([['a', new Map([['sha256:1', ['v1-1']]])]]));
    expect(grown.get('a')?.get('sha256:1')?.sort()).toEqual(['v1', 'v1-1']);
  });

  it('refuses to write a digest without tags, where kpromo stops with a panic', () => {
    expect(() => renderImagesYaml(parseImagesYaml('- name: a\n  dmap:\n    "sha256:1": []\n'))).toThrow(
      /without tags, which kpromo cannot write/,
    );
  });

  it("quotes as Go's %q does", () => {
    expect(goQuote('v1.0')).toBe('"v1.0"');
    expect(goQuote('a"b\\c\n\u0001é')).toBe('"a\\"b\\\\c\\n\\x01é"');
  });

  it('orders images by name as bytes and digests sharing a smallest tag by digest', () => {
    const text = renderImagesYaml(
      new Map([
        [
          'b',
          new Map([
            ['sha256:2', ['v1']],
            ['sha256:1', ['v1', 'v0']],
            ['sha256:0', ['v1']],
          ]),
        ],
        ['B', null],
        ['a/b', new Map([['sha256:9', ['x']]])],
      ]),
    );
    expect(text).toBe(
      '- name: B\n  dmap:\n- name: a/b\n  dmap:\n    "sha256:9": ["x"]\n- name: b\n  dmap:\n' +
        '    "sha256:1": ["v0","v1"]\n    "sha256:0": ["v1"]\n    "sha256:2": ["v1"]\n',
    );
  });
});
