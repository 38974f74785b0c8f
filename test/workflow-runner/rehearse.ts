/**
 * One rehearsal of a scenario: a fresh sandbox, the scenario's world and stand-ins, each of its runs
 * of the caller from the workflow files (what a person does between runs done before each), then the
 * scenario's checks of what the sandbox, the remotes and the registry now hold.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startSandbox, type GitHubSandbox } from '../sandbox/index.js';
import { REGISTRY_BIN, startRegistry, type TestRegistry } from '../registry/server.js';
import { runWorkflow } from './run.js';
import type { Scenario } from './scenario.js';
import { scenarioFor, SCENARIOS } from './scenarios.js';
import type { RunReport } from './types.js';

export interface Rehearsal {
  scenario: Scenario;
  /** The last run's report. */
  report: RunReport;
  /** Every run's report, in order. */
  reports: RunReport[];
  /** The labels of the runs, in order. */
  labels: string[];
  /** The scenario's checks that failed. */
  unmet: string[];
  ok: boolean;
  /** Why the scenario was left out (no docker-registry), when it was. */
  skipped?: string;
  notes: string[];
  /** API requests the sandbox answered, and the runs' wall time (the scenario's setup left out). */
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
   * Make the scenario's runs this many times over on the same sandbox and remotes (default 1): the
   * second time is the "run it again" of a release, which must finish or find it done, never duplicate it.
   */
  runs?: number;
  /** The registry to use; undefined: one is started when the scenario needs it and one is installed. */
  registry?: TestRegistry | null;
  /** Inspect the sandbox before it stops. */
  inspect?: (github: GitHubSandbox, report: RunReport) => void | Promise<void>;
}

function empty(scenario: Scenario, skipped: string): Rehearsal {
  const report: RunReport = { ok: true, problems: [], workflows: [], jobs: [], standIns: [], violations: [] };
  return {
    ...{ scenario, report, reports: [], labels: [], unmet: [], ok: true, skipped, notes: [] },
    ...{ requests: 0, durationMs: 0 },
  };
}

export async function rehearse(caller: string | Scenario, options: RehearseOptions = {}): Promise<Rehearsal> {
  const scenario = typeof caller === 'string' ? scenarioFor(caller) : caller;
  if (!scenario)
    throw new Error(
      `no rehearsal scenario for ${typeof caller === 'string' ? caller : caller.caller}; there are: ${SCENARIOS.map((s) => s.caller).join(', ')}`,
    );
  let ownRegistry: TestRegistry | undefined;
  if (options.registry === undefined && existsSync(REGISTRY_BIN)) ownRegistry = await startRegistry();
  const registry = ownRegistry ?? options.registry ?? undefined;
  if (!registry && scenario.needs?.includes('registry'))
    return empty(scenario, `${REGISTRY_BIN} is not installed (apt-get install docker-registry)`);
  const github = await startSandbox(scenario.sandbox ?? {});
  let folders: string[] = [];
  try {
    const prepared = await scenario.prepare(github, registry ? { registry } : {});
    folders = prepared.folders;
    const started = Date.now();
    const reports: RunReport[] = [];
    const labels: string[] = [];
    const plan = Array.from({ length: options.runs ?? 1 }, (_, i) =>
      prepared.runs.map((run) => ({ ...run, label: i === 0 ? run.label : `${run.label} (again)` })),
    ).flat();
    for (const [index, run] of plan.entries()) {
      await run.before?.();
      options.log?.(`\n── Run ${index + 1} of ${plan.length}: ${run.label}`);
      labels.push(run.label);
      const report = await runWorkflow({
        caller: scenario.caller,
        event: typeof run.event === 'function' ? run.event() : run.event,
        repository: prepared.repository,
        github,
        fixtures: prepared.fixtures,
        runId: index + 1,
        ...(prepared.vars ? { vars: prepared.vars } : {}),
        ...(prepared.secrets ? { secrets: prepared.secrets } : {}),
        ...(prepared.env ? { env: prepared.env } : {}),
        ...(options.root ? { root: options.root } : {}),
        ...(options.runDir ? { runDir: join(options.runDir, `run-${index + 1}`) } : {}),
        ...(options.log ? { log: options.log } : {}),
      });
      reports.push(report);
      if (!report.ok) break;
    }
    const report = reports[reports.length - 1]!;
    const allOk = reports.length === plan.length && reports.every((r) => r.ok);
    const unmet = allOk ? await prepared.expect(reports) : [];
    await options.inspect?.(github, report);
    const durationMs = Date.now() - started;
    return {
      ...{ scenario, report, reports, labels, unmet, ok: allOk && unmet.length === 0 },
      notes: prepared.notes ?? [],
      requests: github.requests.length,
      durationMs,
    };
  } finally {
    await github.stop();
    await ownRegistry?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}
