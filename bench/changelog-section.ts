/**
 * changelog-section extract on long changelogs (issue 10.10): the shapes that took 14 s (4,000
 * sections, 102 KB), 17.5 s (4,000 lists), over 60 s (50,000 sections) and 80 s (a 1,000-level
 * nested list), and 1 MB of each, with the whole-file parse of before beside the small ones.
 * Targets: under 1 s for 1 MB, and time growing linearly with size (exponent near 1). Best of three
 * runs after one to warm up; figures are printed, and `ok` is false when a target is missed.
 */
import { extractSection } from '../shared/src/changelog/index.js';
import { fullParseExtract } from '../test/unit/changelog/full-parse.js';

/** `## v1.0.N` sections, newest first, of one short list item each (4,000 make 102 KB, as in the issue). */
function sections(n: number): string {
  const parts = ['# Changelog\n'];
  for (let i = n; i > 0; i--) parts.push(`## v1.0.${i}\n\n- fix ${i}\n`);
  return parts.join('\n');
}

/** The same, each item linking its pull request, github-changelog-generator style. */
function linkedSections(n: number): string {
  const parts = ['# Changelog\n'];
  for (let i = n; i > 0; i--) {
    parts.push(`## v1.0.${i}\n\n- Fix ${i} [\\#${i}](https://github.com/o/r/pull/${i})\n`);
  }
  return parts.join('\n');
}

/** One section holding n lists (a long-lived project's giant release), then an older one. */
function lists(n: number): string {
  const parts = ['# Changelog\n\n## v2.0.0\n'];
  for (let i = n; i > 0; i--)
    parts.push(`Area ${i}:\n\n- Fix [#${i}](https://github.com/o/r/pull/${i})\n- Docs\n`);
  parts.push('## v1.0.0\n\n- First\n');
  return parts.join('\n');
}

/** One section whose list nests n levels deep (with a relative link on each level, or none). */
function nested(n: number, links: boolean): string {
  const parts = ['# Changelog\n\n## v2.0.0\n\n'];
  for (let i = 0; i < n; i++) {
    parts.push(`${'  '.repeat(i)}- level ${i}${links ? ` [doc](./docs/l${i}.md)` : ''}\n`);
  }
  parts.push('\n## v1.0.0\n\n- First\n');
  return parts.join('');
}

/** Keep a Changelog: n versions, reference links to pull requests, definitions at the bottom. */
function keepAChangelog(n: number): string {
  const parts = ['# Changelog\n\n## [Unreleased]\n'];
  for (let i = n; i > 0; i--)
    parts.push(`## [1.0.${i}] - 2024-01-01\n\n### Fixed\n\n- Fix ${i} ([#${i}]).\n`);
  for (let i = n; i > 0; i--) {
    parts.push(
      `[1.0.${i}]: https://github.com/o/r/compare/v1.0.${i - 1}...v1.0.${i}\n[#${i}]: https://github.com/o/r/pull/${i}`,
    );
  }
  return `${parts.join('\n')}\n`;
}

/** Best of three runs after a warm-up, in ms. */
function time(run: () => unknown): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The smallest count of `shape` giving at least `bytes` characters. */
function sized(shape: (n: number) => string, bytes: number): { text: string; n: number } {
  let n = 1;
  while (shape(n).length < bytes) n *= 2;
  let lo = n / 2;
  let hi = n;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (shape(mid).length < bytes) lo = mid;
    else hi = mid;
  }
  return { text: shape(hi), n: hi };
}

interface Row {
  name: string;
  text: string;
  /** Versions to extract: the newest and the oldest. */
  versions: [string, string];
  /** Measure the full parse of before too (only where it finishes in seconds). */
  before?: boolean;
  /** The 1 s per MB target applies. */
  megabyte?: boolean;
}

export async function benchChangelogParsing(): Promise<{ lines: string[]; ok: boolean }> {
  const MB = 1_000_000;
  const oneMb = (shape: (n: number) => string) => sized(shape, MB);
  const s1 = oneMb(linkedSections);
  const l1 = oneMb(lists);
  const k1 = oneMb(keepAChangelog);
  const rows: Row[] = [
    { name: '4,000 sections', text: sections(4000), versions: ['v1.0.4000', 'v1.0.1'], before: true },
    { name: '4,000 lists in one section', text: lists(4000), versions: ['v2.0.0', 'v1.0.0'], before: true },
    { name: '50,000 sections', text: sections(50_000), versions: ['v1.0.50000', 'v1.0.1'] },
    {
      name: '1,000-level nested list',
      text: nested(1000, false),
      versions: ['v2.0.0', 'v1.0.0'],
      megabyte: true,
    },
    {
      name: '1,000-level nested list, a link per level',
      text: nested(1000, true),
      versions: ['v2.0.0', 'v1.0.0'],
    },
    {
      name: `1 MB: ${s1.n} sections linking pull requests`,
      text: s1.text,
      versions: [`v1.0.${s1.n}`, 'v1.0.1'],
      megabyte: true,
    },
    {
      name: `1 MB: ${l1.n} lists in one section`,
      text: l1.text,
      versions: ['v2.0.0', 'v1.0.0'],
      megabyte: true,
    },
    {
      name: `1 MB: Keep a Changelog, ${k1.n} versions and definitions`,
      text: k1.text,
      versions: [`1.0.${k1.n}`, '1.0.1'],
      megabyte: true,
    },
  ];
  const lines = [
    'changelog-section extract — time to extract the newest and the oldest section (best of 3, ms)',
    '| changelog | size KB | newest ms | oldest ms | ms per MB | whole-file parse before, ms | within 1 s per MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  let ok = true;
  for (const row of rows) {
    const [newest, oldest] = row.versions.map((v) => time(() => extractSection(row.text, v))) as [
      number,
      number,
    ];
    const worst = Math.max(newest, oldest);
    const perMb = (worst * MB) / row.text.length;
    const within = perMb < 1000;
    if (row.megabyte) ok &&= within;
    const before = row.before
      ? String(Math.round(time(() => fullParseExtract(row.text, row.versions[1]))))
      : '—';
    lines.push(
      `| ${row.name} | ${Math.round(row.text.length / 1000)} | ${Math.round(newest)} | ${Math.round(oldest)} | ${Math.round(perMb)} | ${before} | ${within ? 'yes' : 'NO'} |`,
    );
  }

  // Growth: each shape from about 0.3 MB to 3 MB, doubling; k fitted by least squares on log-log.
  lines.push(
    '',
    'Growth with size (the section farthest in, or the big one):',
    '| shape | n | KB | ms |',
    '| --- | ---: | ---: | ---: |',
  );
  const exponents: string[] = [];
  const shapes: Array<[string, (n: number) => string, number[], string]> = [
    ['sections', sections, [12_500, 25_000, 50_000, 100_000], 'v1.0.1'],
    ['lists', lists, [5000, 10_000, 20_000, 40_000], 'v2.0.0'],
  ];
  for (const [name, shape, counts, version] of shapes) {
    const points = counts.map((n) => {
      const text = shape(n);
      const ms = time(() => extractSection(text, version));
      lines.push(`| ${name} | ${n} | ${Math.round(text.length / 1000)} | ${Math.round(ms)} |`);
      return { x: Math.log(text.length), y: Math.log(ms) };
    });
    const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
    const my = points.reduce((a, p) => a + p.y, 0) / points.length;
    const k =
      points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) /
      points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
    exponents.push(`${name} ${k.toFixed(2)}`);
    ok &&= k < 1.3;
  }
  lines.push(
    '',
    `Growth exponent k (time ∝ size^k; 1 is linear, 2 quadratic as before): ${exponents.join(', ')}. Target: k < 1.3.`,
  );
  return Promise.resolve({ lines, ok });
}
