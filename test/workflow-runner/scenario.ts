/**
 * What a rehearsal scenario is: for one caller workflow, the world it runs in (sample repositories
 * modelled on a seed project, pushed to bare remotes and served by the sandbox; images in the local
 * registry), the runs a release engineer would make one after the other (a tag push, a dispatch, the
 * same again after a pull request merged), the stand-ins for what this machine cannot run, and what
 * must hold in the sandbox, the remotes and the registry afterwards, so that a run that "passes"
 * without doing the release fails.
 */
import type { GitHubSandbox, SandboxOptions } from '../sandbox/index.js';
import type { TestRegistry } from '../registry/server.js';
import type { WorkflowEvent } from './event.js';
import type { Fixtures } from './fixtures.js';
import type { RunReport } from './types.js';

/** What the machine offers a scenario beyond the sandbox. */
export interface World {
  /** Debian's docker-registry on 127.0.0.1, when installed. */
  registry?: TestRegistry;
}

/** One run of the caller. */
export interface RunPlan {
  /** What the run is, for the log: `dispatch 0.2.0`, `run again`. */
  label: string;
  /** The event, or a function making it when the run starts (a dispatch on the branch's tip then). */
  event: WorkflowEvent | (() => WorkflowEvent);
  /** What a person does before this run (merge a pull request). */
  before?: () => void | Promise<void>;
}

export interface Prepared {
  repository: string;
  runs: RunPlan[];
  fixtures: Fixtures;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Variables of the runner machine every step sees. */
  env?: Record<string, string>;
  /** What must hold once every run is over (one string per problem); `reports` in run order. */
  expect(reports: RunReport[]): string[] | Promise<string[]>;
  /** Folders the scenario made, removed after the rehearsal. */
  folders: string[];
  /** Said in the rehearsal's log: what of the seed this world leaves out here. */
  notes?: string[];
}

export interface Scenario {
  /** The workflow run (a caller in workflows-examples/, or one of this repository's own). */
  caller: string;
  describe: string;
  /** Sandbox options (seed 002 opens its pull request with a maintainer's personal access token). */
  sandbox?: SandboxOptions;
  /** `registry`: without docker-registry the scenario is left out, with a note. */
  needs?: 'registry'[];
  prepare(github: GitHubSandbox, world: World): Promise<Prepared>;
}

/** The checks that failed, by message. */
export const problemsOf = (checks: [boolean, string][]): string[] =>
  checks.filter(([ok]) => !ok).map(([, m]) => m);
