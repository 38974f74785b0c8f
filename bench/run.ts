/**
 * Benchmarks (not tests: the machines are shared and noisy, so figures are printed, compared as
 * ratios within one run, and never asserted on time). `npm run bench`.
 */
import { startSandbox } from '../test/sandbox/index.js';
import { changelogApiCalls } from './changelog-api-calls.js';

const sandbox = await startSandbox();
try {
  console.log(`sandbox start: ${sandbox.startMs} ms (spec loaded and compiled)\n`);
  console.log('changelog-section generate — API calls for N merged pull requests (target ceil(N/100)+3)');
  console.log('| N | calls | target | search pages | within target | wall ms | start→first request ms |');
  console.log('| ---: | ---: | ---: | ---: | :---: | ---: | ---: |');
  let over = 0;
  for (const row of await changelogApiCalls(sandbox, [0, 1, 99, 100, 101, 250, 1000])) {
    // Knowing that nothing merged still takes one (empty) search page.
    const ok = row.calls <= Math.max(row.target, 4);
    if (!ok) over++;
    console.log(
      `| ${row.merged} | ${row.calls} | ${row.target} | ${row.searchPages} | ${ok ? 'yes' : 'NO'} | ${row.wallMs} | ${row.firstRequestMs} |`,
    );
  }
  console.log(
    '\nN = 0 still needs one empty search page, so its floor is 4; search pages are 2 s apart by design',
  );
  console.log("(octokit's throttling spaces search requests to respect GitHub's 30/minute search limit).");
  if (sandbox.violations.length) {
    console.log(
      `\n${sandbox.violations.length} contract violation(s): ${sandbox.violations.map((v) => v.details).join('; ')}`,
    );
    process.exitCode = 1;
  }
  if (over) process.exitCode = 1;
} finally {
  await sandbox.stop();
}
