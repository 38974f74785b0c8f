/**
 * `npm run rehearsal:workflows -- [--rerun] <caller.yml>…`: rehearse example callers from their
 * workflow files (each reusable workflow they call included), printing every job and its summary as
 * it runs, the stood-in steps, and one line per workflow. `--rerun` runs each caller a second time on
 * what the first run left, as a release engineer reruns a release. Exits 1 when a job fails, an
 * expression is broken, the sandbox saw a contract violation or the release did not happen; 2 on a
 * caller with no scenario.
 */
import { formatReport } from './report.js';
import { rehearse } from './rehearse.js';
import { SCENARIOS, scenarioFor } from './scenarios.js';
import type { RunReport } from './types.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const runs = args.includes('--rerun') ? 2 : 1;
const callers = args.filter((a) => a !== '--rerun');
if (callers.length === 0) {
  console.log('usage: npm run rehearsal:workflows -- [--rerun] <caller.yml>…\n\nCallers with a scenario:');
  for (const s of SCENARIOS) console.log(`  ${s.caller}: ${s.describe}`);
  process.exit(2);
}
const unknown = callers.filter((c) => !scenarioFor(c));
if (unknown.length) {
  console.log(
    `No rehearsal scenario for ${unknown.join(', ')}; there are: ${SCENARIOS.map((s) => s.caller).join(', ')}`,
  );
  process.exit(2);
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
const stepsRun = (reports: RunReport[]): number =>
  reports
    .flatMap((r) => r.jobs)
    .reduce((n, j) => n + j.steps.filter((s) => s.conclusion !== 'skipped').length, 0);

let failed = false;
for (const caller of callers) {
  const { reports, unmet, ok, requests, durationMs } = await rehearse(caller, {
    runs,
    log: (line) => console.log(line),
  });
  for (const [index, report] of reports.entries()) {
    console.log(reports.length > 1 ? `\nRun ${index + 1}:` : '');
    for (const line of formatReport(report)) console.log(line);
  }
  if (unmet.length)
    console.log(
      `The release did not happen as the scenario expects:\n${unmet.map((u) => `  ${u}`).join('\n')}`,
    );
  const jobs = reports.reduce((n, r) => n + r.jobs.length, 0);
  const figures = `${count(reports.length, 'run')}, ${count(jobs, 'job')}, ${count(stepsRun(reports), 'step')} run, ${count(requests, 'API request')}, ${(durationMs / 1000).toFixed(1)} s`;
  console.log(
    ok ? `Rehearsal of ${caller} passed: ${figures}.\n` : `Rehearsal of ${caller} FAILED (${figures}).\n`,
  );
  failed ||= !ok;
}
process.exit(failed ? 1 : 0);
