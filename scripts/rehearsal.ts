/**
 * The release rehearsal: every seed project's caller in workflows-examples/ (and this repository's own
 * release) run from the workflow files by the workflow engine (test/workflow-runner): each reusable
 * workflow read with GitHub's parser from its own file, every expression evaluated with GitHub's
 * evaluator, jobs in `needs` order, our actions' bundles run as a runner runs them against the GitHub
 * sandbox, bare git remotes and Debian's docker-registry on 127.0.0.1, and what cannot run here (third-
 * party actions, make, docker, the test suite) stood in for by named fixtures, listed at the end of
 * each run. Prints each job and its job summary as it runs, then one line per workflow, and exits 1
 * when a job fails, an expression is broken, the sandbox saw a request that breaks GitHub's API
 * contract, or a scenario's release did not happen as the seed says it should.
 *
 * `npm run rehearsal` runs them all; `npm run rehearsal -- peer-pods-release.yml` one (by caller).
 */
import { existsSync } from 'node:fs';
import { REGISTRY_BIN, startRegistry } from '../test/registry/server.js';
import { workflowLine, figures, formatRehearsal } from '../test/workflow-runner/report.js';
import { rehearse, type Rehearsal } from '../test/workflow-runner/rehearse.js';
import { SCENARIOS, scenarioFor } from '../test/workflow-runner/scenarios.js';

const wanted = process.argv.slice(2).filter((a) => a !== '--');
const scenarios = wanted.length
  ? wanted.map((w) => {
      const found = scenarioFor(w);
      if (!found) {
        console.error(`No scenario for ${w}; there are: ${SCENARIOS.map((s) => s.caller).join(', ')}`);
        process.exit(2);
      }
      return found;
    })
  : SCENARIOS;

const started = Date.now();
// The image steps need Debian's docker-registry (.ci/run installs it); without it they are left out.
const registry = existsSync(REGISTRY_BIN) ? await startRegistry() : null;
console.log(
  registry
    ? `Registry: ${registry.url} (Debian's docker-registry), shared by the scenarios`
    : `Registry: none — ${REGISTRY_BIN} is not installed (apt-get install docker-registry): the image steps are left out, each with a note`,
);
const done: Rehearsal[] = [];
try {
  for (const scenario of scenarios) {
    console.log(`\n━━━━ ${scenario.caller}\n${scenario.describe}`);
    const rehearsal = await rehearse(scenario, { registry, log: (line) => console.log(line) });
    for (const line of formatRehearsal(rehearsal)) console.log(line);
    done.push(rehearsal);
  }
} finally {
  await registry?.stop();
}

console.log('\nEvery workflow the rehearsal ran, run by run:');
for (const rehearsal of done) {
  if (rehearsal.skipped) {
    console.log(`  ${rehearsal.scenario.caller}: left out — ${rehearsal.skipped}`);
    continue;
  }
  for (const [index, report] of rehearsal.reports.entries()) {
    console.log(`  ${rehearsal.scenario.caller}, run ${index + 1} (${rehearsal.labels[index]}):`);
    for (const workflow of report.workflows) console.log(`    ${workflowLine(workflow)}`);
  }
  console.log(`    ${rehearsal.ok ? 'passed' : 'FAILED'}: ${figures(rehearsal)}`);
}
const failed = done.filter((r) => !r.ok);
const violations = done.flatMap((r) => r.reports.flatMap((report) => report.violations));
const runs = done.reduce((n, r) => n + r.reports.length, 0);
const jobs = done.reduce((n, r) => n + r.reports.reduce((m, report) => m + report.jobs.length, 0), 0);
const requests = done.reduce((n, r) => n + r.requests, 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  failed.length
    ? `Rehearsal FAILED: ${failed.map((r) => r.scenario.caller).join(', ')}${violations.length ? ` (${violations.length} contract violation(s))` : ''}.`
    : `Rehearsal passed: ${done.length} scenarios, ${runs} runs, ${jobs} jobs, ${requests} API requests, no contract violations, ${seconds} s.`,
);
process.exit(failed.length ? 1 : 0);
