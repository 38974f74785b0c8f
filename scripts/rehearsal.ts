/**
 * The release rehearsal: a sample project modelled on the seeds, pushed to a bare git remote and
 * served by the GitHub sandbox, released by the bundled actions run exactly as a runner runs them
 * (Node 24, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). Prints each step's job summary; exits 1
 * when a step fails or the sandbox saw a request that breaks GitHub's API contract.
 */
import { rmSync } from 'node:fs';
import { runAction, type RunResult } from '../test/harness/runner.js';
import { createSampleProject } from '../test/fixtures/sample-project.js';
import { startSandbox } from '../test/sandbox/index.js';

interface Step {
  name: string;
  action: string;
  inputs: Record<string, string>;
  /** What must hold for the step to count as done. */
  expect(result: RunResult): string | undefined;
}

const sandbox = await startSandbox();
let failed = false;
try {
  const project = await createSampleProject(sandbox);
  console.log(
    `Rehearsing the release of ${project.repository} ${project.tag} (previous ${project.previousTag})`,
  );
  console.log(
    `  git remote: ${project.remote}\n  GitHub:     ${sandbox.apiUrl} (sandbox, every request validated against GitHub's OpenAPI description)\n`,
  );

  const steps: Step[] = [
    {
      name: 'Generate the changelog section from what merged since the previous release',
      action: 'changelog-section',
      inputs: { mode: 'generate', version: project.tag, write: 'true' },
      expect: (r) =>
        r.outputs['previous-tag'] === project.previousTag
          ? undefined
          : `previous-tag is '${r.outputs['previous-tag']}'`,
    },
    {
      name: 'Extract the section for the release description',
      action: 'changelog-section',
      inputs: { mode: 'extract', version: project.tag },
      expect: (r) =>
        r.outputs.found === 'true' && r.outputs.body?.includes('Fix keystone v3 domain handling')
          ? undefined
          : 'the section lacks the merged fix',
    },
  ];

  for (const [index, step] of steps.entries()) {
    const before = sandbox.requests.length;
    const result = await runAction({
      action: step.action,
      inputs: step.inputs,
      github: { apiUrl: sandbox.apiUrl, serverUrl: sandbox.serverUrl, token: sandbox.token },
      repository: project.repository,
      sha: project.sha,
      ref: `refs/tags/${project.tag}`,
      workspace: project.workspace,
    });
    const problem = result.exitCode !== 0 ? `exit code ${result.exitCode}` : step.expect(result);
    console.log(`── Step ${index + 1}: ${step.name} (${step.action})`);
    console.log(
      `   ${problem ? `FAILED: ${problem}` : 'ok'} · ${result.durationMs} ms · ${sandbox.requests.length - before} API request(s)\n`,
    );
    console.log(result.summary.trim().replace(/^/gm, '   '));
    console.log();
    if (problem) {
      failed = true;
      console.log(result.log.replace(/^/gm, '   | '));
      break;
    }
    rmSync(result.runnerTemp, { recursive: true, force: true });
  }
  if (sandbox.violations.length) {
    failed = true;
    console.log(`The sandbox recorded ${sandbox.violations.length} contract violation(s):`);
    for (const v of sandbox.violations) console.log(`  ${v.kind} ${v.method} ${v.path}: ${v.details}`);
  }
  console.log(
    failed
      ? 'Rehearsal FAILED'
      : `Rehearsal passed: ${steps.length} steps, ${sandbox.requests.length} API requests, no contract violations.`,
  );
} finally {
  await sandbox.stop();
}
process.exit(failed ? 1 : 0);
