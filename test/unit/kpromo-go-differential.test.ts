/**
 * Our images.yaml growing against kpromo's own Go code (manifest.Union, ManifestList.ToYAML and
 * sortImageDigestMapByTag from promo-tools v4.5.1, compiled offline by kpromo-go-harness.ts): the
 * committed goldens, and a thousand random files and promotions, must give the same bytes, or both
 * must refuse. Skipped with a message when Go or promo-tools' source is not on this machine.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { growImagesYaml, renderImagesYaml, stagedInventory } from '../../shared/src/kpromo/images.js';
import { CASES, digest, golden } from '../fixtures/kpromo/cases.js';
import { goCase } from '../fixtures/kpromo/go-case.js';
import { buildKpromoGo, kpromoSourceAvailable, type KpromoGo } from './kpromo-go-harness.js';

/** Skipped, and reported as skipped, where promo-tools' source or Go is missing. */
const withKpromo = kpromoSourceAvailable() ? it : it.skip;

let kpromo: KpromoGo | undefined;
beforeAll(() => {
  const built = buildKpromoGo();
  if ('skipped' in built) console.warn(`kpromo differential test SKIPPED: ${built.skipped}`);
  else kpromo = built;
}, 120_000);

/** A deterministic pseudo-random sequence (xorshift), so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) % 1_000_000) / 1_000_000;
  };
}

const TAGS = [
  'v1.0.0',
  'v1.0.0-1',
  'v1.0.10',
  'v1.0.2',
  'v1.10.0',
  'v10.0',
  '0.5.0',
  'latest',
  'v0.1.0-rc.1',
  'Z',
  'a_b',
];
const NAMES = ['kpromo', 'kpromo-auditor', 'cip', 'charts/kro', 'mock/e2e', 'a/mock/b', 'Kro', 'vulndash'];

function randomCase(next: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const digests = Array.from({ length: 6 }, (_, i) => digest(`d${i}`));
  let before = '';
  for (let i = Math.floor(next() * 5); i > 0; i--) {
    before += `- name: ${pick(NAMES)}\n  dmap:\n`;
    const used = new Set<string>();
    for (let j = Math.floor(next() * 4); j > 0; j--) {
      const d = pick(digests);
      if (used.has(d)) continue;
      used.add(d);
      const tags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TAGS)))];
      before += `    "${d}": [${tags.map((t) => `"${t}"`).join(', ')}]\n`;
    }
  }
  const staged: Record<string, string> = {};
  for (let i = 1 + Math.floor(next() * 3); i > 0; i--) staged[pick(NAMES)] = pick(digests);
  return { before, tag: pick(TAGS.filter((t) => t !== 'latest')), staged };
}

describe("kpromo's own code", () => {
  withKpromo('writes the committed goldens', () => {
    if (!kpromo) throw new Error('kpromo did not build (see the warning above)');
    const results = kpromo.grow(CASES.map(goCase));
    for (const [i, c] of CASES.entries())
      expect({ name: c.name, text: results[i]?.text }).toEqual({ name: c.name, text: golden(c) });
  });

  withKpromo('writes what we write for 1,000 random files and promotions (or both refuse)', () => {
    if (!kpromo) throw new Error('kpromo did not build (see the warning above)');
    const next = random(20260807);
    const cases = Array.from({ length: 1000 }, () => randomCase(next));
    const results = kpromo.grow(cases.map(goCase));
    let compared = 0;
    for (const [i, c] of cases.entries()) {
      const go = results[i]!;
      let ours: string | undefined;
      let failure: string | undefined;
      try {
        ours = growImagesYaml(c.before, stagedInventory(c.tag, new Map(Object.entries(c.staged)))).text;
      } catch (error) {
        failure = (error as Error).message;
      }
      if (go.failure) expect({ i, refused: failure !== undefined }).toEqual({ i, refused: true });
      else expect({ i, before: c.before, ours }).toEqual({ i, before: c.before, ours: go.text });
      compared++;
    }
    expect(compared).toBe(1000);
  });

  withKpromo('renders an inventory with tags the grammar does not allow exactly as Go does', () => {
    if (!kpromo) throw new Error('kpromo did not build (see the warning above)');
    const odd = new Map([['x', new Map([['sha256:1', ['a"b', 'tab\there', 'é']]])]]);
    const [go] = kpromo.grow([
      { existing: [{ name: 'x', dmap: { 'sha256:1': ['a"b', 'tab\there', 'é'] } }], staged: {} },
    ]);
    expect(renderImagesYaml(odd)).toBe(go?.text);
  });
});
