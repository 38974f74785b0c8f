/**
 * shellcheck every bash/sh `run:` script in .github/workflows/, workflows-examples/ and composite
 * action.yml files, reporting `file:line` in the YAML (the same check as test/static/shellcheck.test.ts).
 *
 * Usage: tsx scripts/shellcheck.ts
 */
import { report } from '../test/static/problems.js';
import { REPO_ROOT } from '../test/static/repo-files.js';
import { runScripts } from '../test/static/run-scripts.js';
import { shellcheckAvailable, shellcheckScripts } from '../test/static/shellcheck.js';
import { loadTargets } from '../test/static/targets.js';

if (!shellcheckAvailable()) {
  console.error('shellcheck is not installed (apt-get install -y shellcheck)');
  process.exit(2);
}
const targets = loadTargets(REPO_ROOT);
const scripts = [...targets.workflows, ...targets.actions].flatMap(runScripts);
const problems = report([...targets.problems, ...(await shellcheckScripts(scripts))]);
for (const line of problems) console.log(line);
console.error(`${scripts.length} run: script(s) checked, ${problems.length} finding(s)`);
process.exit(problems.length === 0 ? 0 : 1);
