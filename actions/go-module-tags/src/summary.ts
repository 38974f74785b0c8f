/** The job summary: one row per module in release order, and the commands. */
import type { JobSummary } from '../../../shared/src/action/index.js';
import type { Inputs } from './inputs.js';
import type { ReleaseModule, SkippedModule } from './modules.js';
import type { TagState } from './remote.js';

export interface SummaryFacts {
  inputs: Inputs;
  /** The remote as shown (credentials redacted). */
  remote: string;
  modules: readonly ReleaseModule[];
  /** Sets of module directories that require each other. */
  cycles: readonly (readonly string[])[];
  skipped: readonly SkippedModule[];
  state: TagState;
  commands: readonly string[];
  pushed: readonly string[];
}

function status(m: ReleaseModule, facts: SummaryFacts): string {
  if (facts.state.existing.includes(m)) return 'already on the remote at this commit';
  const adopted = facts.state.adopted.includes(m);
  if (facts.inputs.dryRun)
    return adopted ? 'local tag would be pushed as it is (dry run)' : 'would be created (dry run)';
  if (!facts.pushed.includes(m.tag)) return 'not pushed';
  return adopted ? 'local tag adopted and pushed as it was' : 'created and pushed';
}

/** Add the go-module-tags section to the job summary. */
export function writeSummary(summary: JobSummary, facts: SummaryFacts): void {
  const { inputs, modules } = facts;
  summary.heading(`Go module tags ${inputs.version}${inputs.dryRun ? ' (dry run)' : ''}`);
  summary.facts({
    commit: inputs.sha,
    remote: facts.remote,
    modules: modules.length,
    pushed: inputs.dryRun ? undefined : facts.pushed.length,
    'adopted local tags': facts.state.adopted.length || undefined,
    'already there': facts.state.existing.length,
  });
  summary.table(
    ['#', 'module', 'directory', 'tag', 'requires', 'status'],
    modules.map((m, i) => [i + 1, m.path, m.dir, m.tag, m.dependencies.join(', ') || '—', status(m, facts)]),
  );
  for (const cycle of facts.cycles) {
    summary.paragraph(
      `${cycle.map((dir) => `\`${dir}\``).join(', ')} require each other (a cycle, which Go allows): tagged together, in the one atomic push.`,
    );
  }
  if (facts.skipped.length) {
    summary.paragraph('Left out: no Go package (set include-empty-modules: true to tag them):');
    summary.table(
      ['module', 'directory', 'why'],
      facts.skipped.map((m) => [m.path, m.dir, m.reason]),
    );
  }
  if (facts.commands.length) {
    summary.details('Commands', ['```sh', ...facts.commands, '```'].join('\n'));
  }
}
