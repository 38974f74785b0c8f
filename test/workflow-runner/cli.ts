/**
 * `npm run rehearsal:workflows -- [--rerun] <caller.yml>…`: rehearse callers from their workflow files
 * (each reusable workflow they call included), printing every job and its summary as it runs, the
 * stood-in steps, and one line per workflow. `--rerun` makes each scenario's runs a second time on
 * what the first left, as a release engineer reruns a release. Exits 1 when a job fails, an expression
 * is broken, the sandbox saw a contract violation or the release did not happen; 2 on a caller with no
 * scenario.
 */
import { formatRehearsal } from './report.js';
import { rehearse } from './rehearse.js';
import { SCENARIOS, scenarioFor } from './scenarios.js';

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

let failed = false;
for (const caller of callers) {
  const rehearsal = await rehearse(caller, { runs, log: (line) => console.log(line) });
  for (const line of formatRehearsal(rehearsal)) console.log(line);
  failed ||= !rehearsal.ok;
}
process.exit(failed ? 1 : 0);
