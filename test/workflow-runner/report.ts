/** The end of a run as the rehearsal prints it: one line per workflow, the stand-ins, the problems. */
import type { Rehearsal } from './rehearse.js';
import type { RunReport, WorkflowReport } from './types.js';

/** `release.yml: 5 jobs, 4 ran, 1 skipped (runenv — if: …), 0 failed`. */
export function workflowLine(w: WorkflowReport): string {
  const ran = w.jobs.filter((j) => j.result !== 'skipped');
  const skipped = w.jobs.filter((j) => j.result === 'skipped');
  const failed = w.jobs.filter((j) => j.result === 'failure' || j.result === 'cancelled');
  const why = skipped.length
    ? ` (${skipped.map((j) => `${j.id} — ${j.reason ?? 'skipped'}`).join('; ')})`
    : '';
  const by = w.calledBy ? ` [called by ${w.calledBy}]` : '';
  return `${w.file}${by}: ${w.jobs.length} job${w.jobs.length === 1 ? '' : 's'}, ${ran.length} ran, ${skipped.length} skipped${why}, ${failed.length} failed`;
}

export function formatReport(report: RunReport): string[] {
  const lines: string[] = [];
  if (report.standIns.length) {
    lines.push(`Stood in for (${report.standIns.length} step${report.standIns.length === 1 ? '' : 's'}):`);
    for (const s of report.standIns) lines.push(`  ${s.job} › ${s.step} — ${s.key}: ${s.description}`);
  }
  const missing = report.jobs.flatMap((j) =>
    j.steps.filter((s) => s.kind === 'missing').map((s) => `  ${j.name} › ${s.error}`),
  );
  if (missing.length) lines.push('Steps nothing could run:', ...missing);
  const unguarded = report.jobs.flatMap((j) =>
    j.steps.filter((s) => s.detail === 'no stand-in registered').map((s) => `  ${j.name} › ${s.name}`),
  );
  if (unguarded.length)
    lines.push('Skipped here, with no stand-in for a run where they are not:', ...unguarded);
  if (report.problems.length) lines.push('Problems:', ...report.problems.map((p) => `  ${p}`));
  lines.push('Workflows:', ...report.workflows.map((w) => `  ${workflowLine(w)}`));
  lines.push(report.ok ? 'Workflow run passed.' : 'Workflow run FAILED.');
  return lines;
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** What one rehearsal ran: runs, jobs, steps run (not skipped), API requests, wall time. */
export function figures(rehearsal: Rehearsal): string {
  const jobs = rehearsal.reports.reduce((n, r) => n + r.jobs.length, 0);
  const steps = rehearsal.reports
    .flatMap((r) => r.jobs)
    .reduce((n, j) => n + j.steps.filter((s) => s.conclusion !== 'skipped').length, 0);
  return `${count(rehearsal.reports.length, 'run')}, ${count(jobs, 'job')}, ${count(steps, 'step')} run, ${count(rehearsal.requests, 'API request')}, ${(rehearsal.durationMs / 1000).toFixed(1)} s`;
}

/** The end of a rehearsal: each run's report, the scenario's unmet checks, one verdict line. */
export function formatRehearsal(rehearsal: Rehearsal): string[] {
  const caller = rehearsal.scenario.caller;
  if (rehearsal.skipped) return [`Rehearsal of ${caller} left out: ${rehearsal.skipped}.`];
  const lines: string[] = [];
  for (const [index, report] of rehearsal.reports.entries())
    lines.push('', `Run ${index + 1} (${rehearsal.labels[index] ?? ''}):`, ...formatReport(report));
  for (const note of rehearsal.notes) lines.push(`Note: ${note}`);
  if (rehearsal.unmet.length)
    lines.push(
      'The release did not happen as the scenario expects:',
      ...rehearsal.unmet.map((u) => `  ${u}`),
    );
  lines.push(
    rehearsal.ok
      ? `Rehearsal of ${caller} passed: ${figures(rehearsal)}.`
      : `Rehearsal of ${caller} FAILED (${figures(rehearsal)}).`,
  );
  return lines;
}
