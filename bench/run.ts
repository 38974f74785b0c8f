/**
 * Benchmarks (not tests: the machines are shared and noisy, so figures are printed, compared as
 * ratios within one run, and never asserted on time). `npm run bench` runs them all;
 * `npm run bench -- create-release go-module-tags` runs the ones named. Exit code 1 when a target
 * of an issue is missed.
 *
 * `start` and `create-release` also run, in the same rounds, the bundles found through
 * BENCH_PEERS (softprops/action-gh-release and ncipollo/release-action, fetched by hand, never
 * committed) and BENCH_BASELINE (an earlier dist/ of this project), for side-by-side ratios.
 */
import { startSandbox } from '../test/sandbox/index.js';
import { benchBumpDevVersion } from './bump-dev-version.js';
import { changelogApiCalls } from './changelog-api-calls.js';
import { benchChangelogParsing } from './changelog-section.js';
import { benchCreateRelease } from './create-release.js';
import { benchGoModuleTags } from './go-module-tags.js';
import { benchKpromoPr } from './kpromo-pr.js';
import { benchKvmValidate } from './kvm-validate.js';
import { benchPublishRunenv } from './publish-runenv.js';
import { benchStart } from './start.js';

interface Result {
  lines: string[];
  ok: boolean;
}

async function benchChangelogSection(): Promise<Result> {
  const sandbox = await startSandbox();
  try {
    const lines = [
      `sandbox start: ${sandbox.startMs} ms (spec loaded and compiled)`,
      '',
      'changelog-section generate — API calls for N merged pull requests (target ceil(N/100)+3)',
      '| N | calls | target | search pages | within target | wall ms | start→first request ms |',
      '| ---: | ---: | ---: | ---: | :---: | ---: | ---: |',
    ];
    let ok = true;
    for (const row of await changelogApiCalls(sandbox, [0, 1, 99, 100, 101, 250, 1000])) {
      // Knowing that nothing merged still takes one (empty) search page.
      const within = row.calls <= Math.max(row.target, 4);
      ok &&= within;
      lines.push(
        `| ${row.merged} | ${row.calls} | ${row.target} | ${row.searchPages} | ${within ? 'yes' : 'NO'} | ${row.wallMs} | ${row.firstRequestMs} |`,
      );
    }
    lines.push(
      '',
      'N = 0 still needs one empty search page, so its floor is 4. Search pages spend a budget under',
      "GitHub's 30 a minute (shared/src/github/budget.ts): 8 go at once, later ones one each 3 s.",
    );
    if (sandbox.violations.length) {
      lines.push(
        `${sandbox.violations.length} contract violation(s): ${sandbox.violations.map((v) => v.details).join('; ')}`,
      );
      ok = false;
    }
    const parsing = await benchChangelogParsing();
    return { lines: [...lines, '', ...parsing.lines], ok: ok && parsing.ok };
  } finally {
    await sandbox.stop();
  }
}

const BENCHES: Record<string, () => Promise<Result>> = {
  start: () => benchStart(),
  'changelog-section': benchChangelogSection,
  'create-release': async () => (await import('./create-release-prune.js')).withPrune(benchCreateRelease()),
  'go-module-tags': () => benchGoModuleTags(),
  'bump-dev-version': () => benchBumpDevVersion(),
  'publish-runenv': () => benchPublishRunenv(),
  'kpromo-pr': () => benchKpromoPr(),
  'kvm-validate': () => benchKvmValidate(),
  'pin-image-tags': async () => (await import('./pin-image-tags.js')).benchPinImageTags(),
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`no benchmark ${unknown.join(', ')}; there are: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const missed: string[] = [];
for (const [name, bench] of Object.entries(BENCHES)) {
  if (chosen.length && !chosen.includes(name)) continue;
  console.log(`\n## ${name}\n`);
  const result = await bench();
  console.log(result.lines.join('\n'));
  if (!result.ok) missed.push(name);
}
if (missed.length) {
  console.log(`\nTargets missed: ${missed.join(', ')}`);
  process.exitCode = 1;
}
