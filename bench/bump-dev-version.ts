/**
 * bump-dev-version on a large documentation tree: 400 markdown files of ~50 KB each (20 MB) mentioning
 * the previous release 40 times per file among near-misses (10.7.0, 0.7.01, 0.7.0-rc.1), plus a
 * 2 MB values.yaml (listed, then found from its Chart.yaml). Wall time of the dist bundle under Node 24 (dry run and real run) and of the
 * whole-version scan alone on one 5 MB file with 100,000 occurrences (linear, not quadratic).
 * Figures are printed, not asserted on; `ok` is whether every run succeeded and found what it should.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findVersionStrings } from '../shared/src/edit/regex.js';
import { runAction } from '../test/harness/runner.js';

const FILES = 400;
const MENTIONS = 40;

function docTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bump-'));
  mkdirSync(join(dir, 'docs'), { recursive: true });
  mkdirSync(join(dir, 'helm/chart'), { recursive: true });
  const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(
    15,
  );
  for (let i = 0; i < FILES; i++) {
    const parts: string[] = [`# Page ${i}\n`];
    for (let m = 0; m < MENTIONS; m++) {
      parts.push(`${paragraph}\nInstall v0.7.0 (not 10.7.0, 0.7.01 or 0.7.0-rc.1).\n`);
    }
    writeFileSync(join(dir, `docs/page-${i}.md`), parts.join('\n'));
  }
  const values = ['# values\ndocker:\n  version: 0.7.0\n'];
  for (let i = 0; i < 40_000; i++) values.push(`key${i}:\n  nested: "value ${i}"  # comment\n`);
  writeFileSync(join(dir, 'helm/chart/values.yaml'), values.join(''));
  writeFileSync(join(dir, 'VERSION'), 'v0.7.0\n');
  return dir;
}

export async function benchBumpDevVersion(): Promise<{ lines: string[]; ok: boolean }> {
  const lines = ['### bump-dev-version', '', '| case | wall time | result |', '| --- | --- | --- |'];
  let ok = true;
  for (const dryRun of [true, false]) {
    const workspace = docTree();
    const started = Date.now();
    const result = await runAction({
      action: 'bump-dev-version',
      workspace,
      timeoutMs: 120_000,
      inputs: {
        mode: 'release',
        version: '0.8.0',
        'previous-release': '0.7.0',
        docs: 'docs/**/*.md',
        targets: 'helm/chart/values.yaml: docker.version',
        'dry-run': String(dryRun),
      },
    });
    const wall = Date.now() - started;
    const changed = (JSON.parse(result.outputs['changed-files'] ?? '[]') as string[]).length;
    const good = result.exitCode === 0 && changed === FILES + 2;
    ok &&= good;
    lines.push(
      `| release, ${FILES} docs × ${MENTIONS} mentions (20 MB) + 2 MB values.yaml${dryRun ? ', dry run' : ''} | ${wall} ms | ${good ? `${changed} files` : `FAILED (exit ${result.exitCode})`} |`,
    );
  }
  // values.yaml found from its chart (no targets listed): every scalar of the 2 MB file is looked at.
  {
    const workspace = docTree();
    writeFileSync(
      join(workspace, 'helm/chart/Chart.yaml'),
      'name: chart\nversion: 0.7.0\nappVersion: 0.7.0\n',
    );
    const started = Date.now();
    const result = await runAction({
      action: 'bump-dev-version',
      workspace,
      timeoutMs: 120_000,
      inputs: { mode: 'release', version: '0.8.0', 'dry-run': 'true' },
    });
    const wall = Date.now() - started;
    const changed = JSON.parse(result.outputs['changed-files'] ?? '[]') as string[];
    const good = result.exitCode === 0 && changed.includes('helm/chart/values.yaml');
    ok &&= good;
    lines.push(
      `| release, values.yaml (2 MB, 40,000 entries) found from its Chart.yaml, dry run | ${wall} ms | ${good ? `${changed.length} files` : `FAILED (exit ${result.exitCode})`} |`,
    );
  }
  const big = 'v0.7.0 10.7.0 0.7.01 word '.repeat(100_000);
  const started = performance.now();
  const found = findVersionStrings(big, '0.7.0').length;
  const scan = Math.round(performance.now() - started);
  ok &&= found === 100_000;
  lines.push(
    `| whole-version scan, one ${(big.length / 1e6).toFixed(1)} MB text, ${found} hits | ${scan} ms | ${found === 100_000 ? 'ok' : 'WRONG COUNT'} |`,
  );
  return { lines, ok };
}
