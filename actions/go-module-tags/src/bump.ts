/**
 * Optional: after the tags, make every module require its in-repository dependencies at the new
 * version (seed 001's `go get …@version` + `go mod tidy`), in the working tree, for the next commit.
 * Needs a Go toolchain on PATH; without one the action says it skipped.
 */
import { getExecOutput } from '@actions/exec';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { Effect } from '../../../shared/src/plan/plan.js';
import { shellQuote } from './message.js';
import type { ReleaseModule } from './modules.js';

export interface BumpStep {
  module: ReleaseModule;
  /** `go` argv lists run in the module's directory, in order. */
  commands: string[][];
}

/** The `go` on PATH, or undefined. */
export async function findGo(path = process.env.PATH ?? ''): Promise<string | undefined> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'go');
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

/** For each module with in-repository dependencies: `go mod edit -require=dep@version…`, then `go mod tidy`. */
export function bumpSteps(modules: readonly ReleaseModule[], version: string): BumpStep[] {
  return modules
    .filter((m) => m.dependencies.length > 0)
    .map((module) => ({
      module,
      commands: [
        ['mod', 'edit', ...module.dependencies.map((d) => `-require=${d}@${version}`)],
        ['mod', 'tidy'],
      ],
    }));
}

/** The shell line a person would run for a step: `(cd dir && go mod edit … && go mod tidy)`. */
export function bumpCommandLine(step: BumpStep): string {
  const go = step.commands.map((args) => ['go', ...args].map(shellQuote).join(' '));
  return `(cd ${shellQuote(step.module.dir)} && ${go.join(' && ')})`;
}

/** The effect that runs a step in the working tree at `root` (the repository's top level). */
export function bumpEffect(step: BumpStep, root: string, go: string): Effect {
  const file = step.module.dir === '.' ? 'go.mod' : `${step.module.dir}/go.mod`;
  return {
    kind: 'bump requires in',
    target: file,
    detail: bumpCommandLine(step),
    apply: async () => {
      for (const args of step.commands) {
        const result = await getExecOutput(go, args, {
          cwd: join(root, step.module.dir),
          silent: true,
          ignoreReturnCode: true,
          // Only the local toolchain, no go.work: the module's own go.mod decides.
          env: {
            ...(process.env as Record<string, string>),
            GOTOOLCHAIN: 'local',
            GOWORK: 'off',
            GOFLAGS: '-mod=mod',
          },
        });
        if (result.exitCode !== 0) {
          throw new Error(
            `go ${args.join(' ')} in ${step.module.dir} exited ${result.exitCode}: ${result.stderr.trim()}`,
          );
        }
      }
    },
  };
}
