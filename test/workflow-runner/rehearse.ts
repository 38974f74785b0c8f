/**
 * One rehearsal of an example caller: a fresh sandbox, the scenario's sample project and stand-ins,
 * the engine's run from the workflow files, then the scenario's checks of what the sandbox now holds.
 */
import { rmSync } from 'node:fs';
import { startSandbox, type GitHubSandbox } from '../sandbox/index.js';
import { runWorkflow } from './run.js';
import { scenarioFor, SCENARIOS } from './scenarios.js';
import type { RunReport } from './types.js';

export interface Rehearsal {
  report: RunReport;
  /** The scenario's checks that failed. */
  unmet: string[];
  ok: boolean;
  /** API requests the sandbox answered, and the run's wall time (the scenario's setup left out). */
  requests: number;
  durationMs: number;
}

export interface RehearseOptions {
  /** Where the workflow files are read (a test's edited copy); default this repository. */
  root?: string;
  log?: (line: string) => void;
  /** Keep jobs' workspaces and artifacts here. */
  runDir?: string;
  /** Inspect the sandbox before it stops. */
  inspect?: (github: GitHubSandbox, report: RunReport) => void | Promise<void>;
}

export async function rehearse(caller: string, options: RehearseOptions = {}): Promise<Rehearsal> {
  const scenario = scenarioFor(caller);
  if (!scenario)
    throw new Error(
      `no rehearsal scenario for ${caller}; there are: ${SCENARIOS.map((s) => s.caller).join(', ')}`,
    );
  const github = await startSandbox();
  let folders: string[] = [];
  try {
    const prepared = await scenario.prepare(github);
    folders = prepared.folders;
    const started = Date.now();
    const report = await runWorkflow({
      caller: scenario.caller,
      event: prepared.event,
      repository: prepared.repository,
      github,
      fixtures: prepared.fixtures,
      ...(prepared.vars ? { vars: prepared.vars } : {}),
      ...(prepared.secrets ? { secrets: prepared.secrets } : {}),
      ...(options.root ? { root: options.root } : {}),
      ...(options.runDir ? { runDir: options.runDir } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    const unmet = report.ok ? prepared.expect(report) : [];
    await options.inspect?.(github, report);
    const durationMs = Date.now() - started;
    return {
      report,
      unmet,
      ok: report.ok && unmet.length === 0,
      requests: github.requests.length,
      durationMs,
    };
  } finally {
    await github.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}
