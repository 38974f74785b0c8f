/**
 * One rehearsal of an example caller: a fresh sandbox, the scenario's sample project and stand-ins,
 * the engine's run from the workflow files, then the scenario's checks of what the sandbox now holds.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startSandbox, type GitHubSandbox } from '../sandbox/index.js';
import { runWorkflow } from './run.js';
import { scenarioFor, SCENARIOS } from './scenarios.js';
import type { RunReport } from './types.js';

export interface Rehearsal {
  /** The last run's report (the only one unless `runs` > 1). */
  report: RunReport;
  /** Every run's report, in order. */
  reports: RunReport[];
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
  /**
   * Run the caller this many times on the same sandbox and remote (default 1): the second run is the
   * "run it again" of a release, which must finish or find the release done, never duplicate it.
   */
  runs?: number;
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
    const reports: RunReport[] = [];
    for (let run = 1; run <= (options.runs ?? 1); run++) {
      if (run > 1) options.log?.(`\n── Run ${run} of the same event, on what run ${run - 1} left`);
      reports.push(
        await runWorkflow({
          caller: scenario.caller,
          event: prepared.event,
          repository: prepared.repository,
          github,
          fixtures: prepared.fixtures,
          runId: run,
          ...(prepared.vars ? { vars: prepared.vars } : {}),
          ...(prepared.secrets ? { secrets: prepared.secrets } : {}),
          ...(options.root ? { root: options.root } : {}),
          ...(options.runDir ? { runDir: join(options.runDir, `run-${run}`) } : {}),
          ...(options.log ? { log: options.log } : {}),
        }),
      );
    }
    const report = reports[reports.length - 1]!;
    const allOk = reports.every((r) => r.ok);
    const unmet = allOk ? prepared.expect(report) : [];
    await options.inspect?.(github, report);
    const durationMs = Date.now() - started;
    return {
      report,
      reports,
      unmet,
      ok: allOk && unmet.length === 0,
      requests: github.requests.length,
      durationMs,
    };
  } finally {
    await github.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}
