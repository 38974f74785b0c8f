/** The engine's options, its report, and the state one run shares between workflows, jobs and steps. */
import type { GitHubSandbox, ContractViolation } from '../sandbox/index.js';
import type { Annotation } from '../harness/runner.js';
import type { ArtifactStore } from './artifacts.js';
import type { WorkflowEvent, RunIdentity } from './event.js';
import type { Fixtures } from './fixtures.js';
import type { Workflow, WorkflowLoader } from './load.js';
import type { Permissions } from './permissions.js';

export interface EngineOptions {
  /** The caller workflow (`workflows-examples/km-release.yml`), relative to `root` or absolute. */
  caller: string;
  event: WorkflowEvent;
  /** The repository the caller runs in (owner/name), registered in the sandbox with its bare git. */
  repository: string;
  github: GitHubSandbox;
  /** Stand-ins; default: the built-in ones only (checkout, upload/download-artifact). */
  fixtures?: Fixtures;
  vars?: Record<string, string>;
  /** Repository secrets; GITHUB_TOKEN is always the sandbox token. Masked in every log and summary. */
  secrets?: Record<string, string>;
  /** Where `.github/workflows/` and the callers are read (default: this repository). */
  root?: string;
  /** Jobs' workspaces, temp folders and the artifact store; default a temporary folder, removed after. */
  runDir?: string;
  runId?: number;
  actor?: string;
  /** The repository's default GITHUB_TOKEN permissions for a workflow declaring none. */
  defaultPermissions?: 'restricted' | 'permissive';
  /** What every step's environment also holds (the runner machine's own variables). */
  env?: Record<string, string>;
  /** Upper bound of any one step, whatever its timeout-minutes (default 10). */
  maxStepMinutes?: number;
  /** Progress and each job's summary as they happen (default: nothing). */
  log?: (line: string) => void;
}

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepReport {
  id: string;
  name: string;
  /** `action` (our bundle), `stand-in`, or `missing` (nothing could run it). */
  kind: 'action' | 'stand-in' | 'missing' | 'none';
  /** The action's name, or the stand-in's key and description. */
  detail: string;
  outcome: Result;
  conclusion: Result;
  durationMs: number;
  log: string;
  summary: string;
  annotations: Annotation[];
  /** Why it failed, in one line. */
  error?: string;
}

export interface JobReport {
  /** `release / GitHub release`, `runenv (python, python-3.7)`. */
  name: string;
  id: string;
  workflow: string;
  result: Result;
  /** Why it was skipped or failed before its steps. */
  reason?: string;
  permissions?: string;
  concurrency?: string;
  steps: StepReport[];
  outputs: Record<string, string>;
  /** The job summary the runner would render: the steps' summaries in order. */
  summary: string;
}

export interface WorkflowReport {
  file: string;
  /** `workflows-examples/km-release.yml#release` for a called workflow. */
  calledBy?: string;
  jobs: { id: string; result: Result; reason?: string }[];
}

export interface StandInUse {
  workflow: string;
  job: string;
  step: string;
  key: string;
  description: string;
}

export interface RunReport {
  ok: boolean;
  /** Startup failures, broken expressions, contract violations: each one line naming where. */
  problems: string[];
  workflows: WorkflowReport[];
  jobs: JobReport[];
  standIns: StandInUse[];
  violations: ContractViolation[];
}

/** What every part of one run shares. */
export interface RunState {
  options: EngineOptions;
  loader: WorkflowLoader;
  fixtures: Fixtures;
  artifacts: ArtifactStore;
  identity: RunIdentity;
  payload: Record<string, unknown>;
  /** The github context (without `job`, set per job). */
  github: Record<string, unknown>;
  runDir: string;
  /** Secrets and every `::add-mask::` value seen so far. */
  masks: Set<string>;
  report: RunReport;
  /** Harness temp folders to remove at the end. */
  temps: string[];
  jobCount: number;
  log(line: string): void;
}

/** One workflow being run: the caller, or a called workflow with what its caller passed. */
export interface Frame {
  workflow: Workflow;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** Permissions its jobs get when they declare none (already checked against the caller's grant). */
  permissions: Permissions;
  /** Concurrency groups of the enclosing workflows and jobs (a repeat is GitHub's deadlock). */
  groups: string[];
  /** Display prefix of its jobs: `release / `. */
  prefix: string;
  calledBy?: string;
}

export interface JobOutcome {
  result: Result;
  outputs: Record<string, string>;
}
