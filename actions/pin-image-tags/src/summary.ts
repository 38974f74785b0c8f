/** The job summary: what was pinned where, old and new values, and how it was delivered. */
import type { JobSummary } from '../../../shared/src/action/index.js';
import type { Delivered } from '../../../shared/src/git/deliver.js';
import type { Row } from './edits.js';
import type { Inputs } from './inputs.js';

export interface SummaryFacts {
  inputs: Inputs;
  rows: readonly Row[];
  changedFiles: readonly string[];
  notes: readonly string[];
  digest: string;
  searched: number;
  delivered?: Partial<Delivered>;
  diff: string;
}

export function writeSummary(summary: JobSummary, facts: SummaryFacts): void {
  const { inputs } = facts;
  const names = inputs.images.map((i) => i.name).join(', ');
  summary.heading(
    inputs.mode === 'pin' ? `Pin ${names} to ${inputs.tag}` : `Unpin ${names}: back to ${inputs.tag}`,
  );
  summary.facts({
    'dry run': inputs.dryRun ? 'yes, nothing written' : undefined,
    'pinned by': inputs.mode === 'pin' ? inputs.pinBy : undefined,
    digest: facts.digest || undefined,
    registry: inputs.checkRegistry
      ? 'every tag found there before writing'
      : 'not asked (check-registry: false)',
    'files searched': facts.searched,
    'files changed': facts.changedFiles.length,
    branch: facts.delivered?.branch ? `${facts.delivered.branch} (${facts.delivered.outcome})` : undefined,
    'pull request': facts.delivered?.pullRequest?.url,
  });
  for (const note of facts.notes) summary.paragraph(`- ${note}`);
  if (facts.changedFiles.length === 0)
    summary.paragraph('Every place already holds its value: nothing to change.');
  summary.table(
    ['file', 'line', 'location', 'old', 'new', ''],
    facts.rows.map((r) => [
      r.file,
      r.line,
      r.location,
      r.old,
      r.new,
      r.old === r.new ? 'already' : 'changed',
    ]),
  );
  if (inputs.dryRun && facts.diff)
    summary.details('The diff', `\`\`\`diff\n${facts.diff.replace(/```/g, '` ` `')}\n\`\`\``);
}
