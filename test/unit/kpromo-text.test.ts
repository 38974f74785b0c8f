/**
 * kpromo's words for a promotion (branch, title, body with the command) — the body checked against
 * kpromo's own generatePRBody compiled offline when Go and promo-tools' source are here — the promoter
 * manifest's source registry as yaml.v2 reads it, and the unified diff a dry run prints.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conventionalDir, sourceRegistry, stagingRepoFor } from '../../shared/src/kpromo/manifest.js';
import {
  DEFAULT_REVIEWERS,
  promotionBody,
  promotionBranch,
  promotionTitle,
  type Promotion,
} from '../../shared/src/kpromo/pull-request.js';
import { unifiedDiff } from '../../shared/src/text/unified-diff.js';
import { promoterManifest } from '../fixtures/kpromo-k8s-io.js';
import { buildKpromoBodyGo, kpromoSourceAvailable, type BodyCase } from './kpromo-go-harness.js';

const seed002: Promotion = {
  project: 'artifact-promoter',
  tags: ['v3.4.4-1'],
  fork: 'puerco',
  reviewers: DEFAULT_REVIEWERS,
  images: [],
  hold: true,
};

describe("kpromo's branch, title and body", () => {
  it("names seed 002's promotion as kpromo does", () => {
    expect(promotionBranch(seed002)).toBe('artifact-promoter-v3.4.4-1-image-promotion');
    expect(promotionTitle(seed002)).toBe('Image promotion for artifact-promoter v3.4.4-1');
    expect(promotionBody(seed002)).toBe(
      'Image promotion for artifact-promoter v3.4.4-1\n' +
        'This is an automated PR generated from `kpromo`\n' +
        '```\nkpromo pr --fork puerco --project artifact-promoter --tag v3.4.4-1\n```\n\n' +
        '/hold\ncc: @kubernetes/release-engineering\n',
    );
  });

  it('prefixes the kubernetes project with releng: in the title only, and joins tags with " / "', () => {
    const k8s = { ...seed002, project: 'kubernetes', tags: ['v1.30.0', 'v1.30'] };
    expect(promotionTitle(k8s)).toBe('releng: Image promotion for kubernetes v1.30.0 / v1.30');
    expect(promotionBody(k8s).split('\n')[0]).toBe('Image promotion for kubernetes v1.30.0 / v1.30');
    expect(promotionBody(k8s)).toContain('kpromo pr --fork puerco --tag v1.30.0 --tag v1.30\n');
  });

  it('leaves /hold out when asked', () => {
    expect(promotionBody({ ...seed002, hold: false })).toMatch(
      /```\n\ncc: @kubernetes\/release-engineering\n$/,
    );
  });

  describe("against kpromo's generatePRBody", () => {
    let kpromo: ReturnType<typeof buildKpromoBodyGo> | undefined;
    beforeAll(() => {
      kpromo = buildKpromoBodyGo();
      if ('skipped' in kpromo) console.warn(`kpromo body differential SKIPPED: ${kpromo.skipped}`);
    }, 120_000);

    (kpromoSourceAvailable() ? it : it.skip)('writes the same body for every combination of options', () => {
      if (!kpromo || 'skipped' in kpromo) throw new Error('kpromo did not build (see the warning above)');
      const cases: BodyCase[] = [];
      for (const project of ['artifact-promoter', 'kubernetes'])
        for (const stagingRepo of ['', 'us-central1-docker.pkg.dev/k8s-staging-images/kro'])
          for (const reviewers of [DEFAULT_REVIEWERS, '@alice, @kubernetes/sig-release'])
            for (const images of [[], ['kpromo'], ['kpromo', 'kpromo-auditor']])
              for (const fork of ['puerco', 'puerco/k8s.io'])
                cases.push({ project, stagingRepo, reviewers, images, fork, tags: ['v3.4.4-1'] });
      const theirs = kpromo.bodies(cases);
      for (const [i, c] of cases.entries()) {
        const ours = promotionBody({
          project: c.project,
          tags: c.tags,
          fork: c.fork,
          ...(c.stagingRepo ? { stagingRepo: c.stagingRepo } : {}),
          reviewers: c.reviewers,
          images: c.images,
          hold: true,
        });
        expect({ c, body: ours }).toEqual({ c, body: theirs[i] });
      }
    });
  });
});

describe('promoter manifests', () => {
  it('finds the source registry as yaml.v2 reads src (YAML 1.1 booleans included)', () => {
    expect(sourceRegistry(promoterManifest('gcr.io/k8s-staging-bom', 'bom'))).toBe('gcr.io/k8s-staging-bom');
    expect(sourceRegistry('registries:\n  - name: a\n  - name: b\n    src: yes\n')).toBe('b');
    expect(sourceRegistry('# google group\nregistries:\n  - name: x\n    src: "true"\n')).toBe('x');
    expect(sourceRegistry('registries:\n  - name: a\n    src: false\n')).toBeUndefined();
    expect(sourceRegistry('not: [a manifest')).toBeUndefined();
  });

  it("derives kpromo's default staging repository and k8s.io's folder for it", () => {
    expect(stagingRepoFor('artifact-promoter')).toBe('gcr.io/k8s-staging-artifact-promoter');
    expect(conventionalDir('gcr.io/k8s-staging-artifact-promoter')).toBe('k8s-staging-artifact-promoter');
    expect(conventionalDir('us-central1-docker.pkg.dev/k8s-staging-images/kro')).toBe('k8s-staging-kro');
  });
});

describe('unifiedDiff', () => {
  const gnuDiff = (a: string, b: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'udiff-'));
    writeFileSync(join(dir, 'a'), a);
    writeFileSync(join(dir, 'b'), b);
    try {
      return execFileSync('diff', [
        '-u',
        '--label',
        'a',
        '--label',
        'b',
        join(dir, 'a'),
        join(dir, 'b'),
      ]).toString();
    } catch (error) {
      return (error as { stdout: Buffer }).stdout.toString();
    }
  };

  it('prints what GNU diff -u prints for an insertion in a long file', () => {
    const before = Array.from({ length: 40 }, (_, i) => `line ${i}\n`).join('');
    const after = before.replace('line 20\n', 'line 20\nnew line\n');
    expect(unifiedDiff(before, after, { from: 'a', to: 'b' })).toBe(gnuDiff(before, after));
    expect(unifiedDiff(before, before, { from: 'a', to: 'b' })).toBe('');
  });

  it('is as short as GNU diff and rebuilds the new text, for random texts', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 300; t++) {
      const text = (n: number) =>
        Array.from({ length: n }, () => `${'abc'[Math.floor(next() * 3)]}\n`).join('');
      const a = text(Math.floor(next() * 10));
      const b = text(Math.floor(next() * 10));
      const ours = unifiedDiff(a, b, { from: 'a', to: 'b' });
      const changes = (d: string) => d.split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l)).length;
      expect(changes(ours)).toBe(changes(gnuDiff(a, b)));
      // Apply our hunks to a: the result is b.
      const lines = a === '' ? [] : a.slice(0, -1).split('\n');
      const out: string[] = [];
      let i = 0;
      for (const l of ours.split('\n').slice(2)) {
        const hunk = /^@@ -(\d+),(\d+) /.exec(l);
        if (hunk) {
          const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
          while (i < start) out.push(lines[i++]!);
        } else if (l.startsWith(' ')) out.push(lines[i++]!);
        else if (l.startsWith('-')) i++;
        else if (l.startsWith('+')) out.push(l.slice(1));
      }
      while (i < lines.length) out.push(lines[i++]!);
      expect(out.map((l) => `${l}\n`).join('')).toBe(b);
    }
  });
});
