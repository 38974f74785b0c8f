/** The job summary: what was promoted (images, digests, tags), where, and what this run wrote. */
import type { JobSummary } from '../../../shared/src/action/index.js';
import type { Plan } from '../../../shared/src/plan/plan.js';
import type { Delivered, DeliveryState } from './delivery.js';
import type { Inputs } from './inputs.js';
import type { StagedImage } from './staging.js';
import type { UpstreamState } from './upstream.js';

export interface Report {
  inputs: Inputs;
  staged: StagedImage[];
  branch: string;
  title: string;
  upstream: UpstreamState;
  diff: string;
  plan: Plan;
  dryRun: boolean;
  body?: string;
  delivered?: Delivered;
  state?: DeliveryState;
  nothingToPromote?: boolean;
}

function outcome(report: Report): string {
  if (report.nothingToPromote)
    return `${report.upstream.images.path} already lists every digest: nothing to promote.`;
  if (report.dryRun)
    return report.plan.isEmpty
      ? 'Dry run: the promotion is already complete.'
      : 'Dry run: nothing was written.';
  const writes = report.delivered?.writes ?? [];
  return writes.length
    ? `Done: ${writes.join('; ')}.`
    : 'Already complete: the branch and pull request were up to date, nothing was written.';
}

export function summarize(summary: JobSummary, report: Report): void {
  const { inputs, upstream } = report;
  summary
    .heading(`${report.title}${report.dryRun ? ' (dry run)' : ''}`)
    .paragraph(outcome(report))
    .facts({
      staging: inputs.stagingRepo,
      upstream: `${inputs.upstream.owner}/${inputs.upstream.repo} ${upstream.base} @ ${upstream.head.sha.slice(0, 7)}`,
      manifest: upstream.manifest,
      file: upstream.images.path,
      fork: `${inputs.fork.owner}/${inputs.fork.repo}${report.state && !report.state.fork ? (report.dryRun ? ' (would be created)' : ' (created by this run)') : ''}`,
      branch: report.branch,
      'pull request': report.delivered?.pullRequestUrl,
    })
    .table(
      ['image', 'tag', 'digest', 'kind'],
      report.staged.map((i) => [i.name, inputs.tag, i.digest, i.multiArch ? 'multi-arch index' : 'image']),
    );
  if (!report.plan.isEmpty)
    summary.details(
      `Plan${report.dryRun ? ' (not applied)' : ''}`,
      report.plan
        .lines()
        .map((l) => `- ${l}`)
        .join('\n'),
    );
  if (report.diff)
    summary.details(
      `${upstream.images.path}: the promotion's change`,
      `\`\`\`\`diff\n${report.diff}\`\`\`\``,
    );
  if (report.dryRun && report.body !== undefined)
    summary.details(
      'The pull request it would open',
      `**${report.title}**\n\n\`\`\`\`\n${report.body}\`\`\`\``,
    );
}
