/**
 * What a run tells a person and a workflow: the job summary (KVM, the release and its checks, a table
 * of steps with the first lines of each failure), the outputs, and the same facts as JSON.
 */
import { readFile } from 'node:fs/promises';
import type { JobSummary, OutputValue } from '../../../shared/src/action/index.js';
import { firstCommand } from './guide.js';
import type { KvmStatus } from './kvm.js';
import type { LocalSource, ReleaseSource, Tarball } from './release.js';
import type { StepOutcome } from './steps.js';

export interface LogsReport {
  folder: string;
  artifact?: string;
  /** Set when uploaded. */
  id?: number;
  /** Why they were not uploaded. */
  note?: string;
}

export interface Report {
  dryRun: boolean;
  kvm: KvmStatus & { required: boolean };
  source?: ReleaseSource | LocalSource;
  tarballs: Array<Pick<Tarball, 'name' | 'sha256' | 'size'> & { checks: string }>;
  prefix: string;
  guides: Array<{ name: string; from: string }>;
  steps: StepOutcome[];
  logs?: LogsReport;
}

export function counts(steps: readonly StepOutcome[]): { passed: number; failed: number; skipped: number } {
  return {
    passed: steps.filter((s) => s.result === 'passed').length,
    failed: steps.filter((s) => s.result === 'failed' || s.result === 'timed out').length,
    skipped: steps.filter((s) => s.result === 'skipped').length,
  };
}

/** The report as JSON (the `report` output): plain data, log files by name. */
export function reportJson(report: Report): Record<string, unknown> {
  return {
    dryRun: report.dryRun,
    kvm: report.kvm,
    ...(report.source ? { source: report.source } : {}),
    tarballs: report.tarballs,
    prefix: report.prefix,
    guides: report.guides,
    ...counts(report.steps),
    steps: report.steps.map((s) => ({
      guide: s.step.guide,
      step: s.step.index,
      line: s.step.line,
      name: s.step.name,
      command: firstCommand(s.step.script),
      background: s.step.background,
      result: s.result,
      seconds: s.seconds,
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.exitCode !== undefined ? { exitCode: s.exitCode } : {}),
      ...(s.logFile ? { log: s.logFile.split('/').pop() } : {}),
    })),
    ...(report.logs ? { logs: report.logs } : {}),
  };
}

export function outputsOf(report: Report): Record<string, OutputValue> {
  const { passed, failed, skipped } = counts(report.steps);
  return {
    passed,
    failed,
    skipped,
    kvm: report.kvm.available ? 'available' : 'absent',
    report: reportJson(report),
  };
}

/** The last lines of a failed step's output (where the error usually is), for the table. */
async function tail(outcome: StepOutcome, lines = 5): Promise<string[]> {
  if (!outcome.logFile) return [];
  const text = await readFile(outcome.logFile, 'utf8').catch(() => '');
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-lines)
    .map((l) => (l.length > 160 ? `${l.slice(0, 160)}…` : l));
}

const short = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

/** The job summary: a heading that says how it went, KVM loudly when absent, facts, the step table. */
export async function summarize(summary: JobSummary, report: Report, title: string): Promise<void> {
  const { passed, failed, skipped } = counts(report.steps);
  const state = report.dryRun
    ? `dry run, ${report.steps.length} step(s) planned`
    : `${passed} passed, ${failed} failed, ${skipped} skipped`;
  summary.heading(`${title}: ${state}`);
  if (!report.kvm.available) {
    summary.paragraph(
      `> [!CAUTION]\n> **KVM absent**${report.kvm.required ? '' : ' — the steps ran without it (require-kvm: false)'}: ${escapeMarkdown(report.kvm.detail)}`,
    );
  }
  const source = report.source;
  summary.facts({
    release: source?.kind === 'release' ? `${source.repository} ${source.tag} (${source.url})` : undefined,
    files: source?.kind === 'files' ? `local, checked against ${source.checksums}` : undefined,
    KVM: report.kvm.available ? report.kvm.detail : 'absent',
    prefix: report.prefix,
    guides: report.guides.map((g) => g.from).join(', '),
    logs: report.logs
      ? report.logs.id !== undefined
        ? `artifact ${report.logs.artifact}`
        : report.logs.note
      : undefined,
  });
  summary.table(
    ['tarball', 'sha256', 'checks'],
    report.tarballs.map((t) => [t.name, t.sha256, t.checks]),
  );
  const several = new Set(report.steps.map((s) => s.step.guide)).size > 1;
  const rows: Array<Array<string | number>> = [];
  for (const outcome of report.steps) {
    const { step } = outcome;
    const failedHere = outcome.result === 'failed' || outcome.result === 'timed out';
    const detail = failedHere
      ? [outcome.reason ?? '', ...(await tail(outcome))].join('\n')
      : (outcome.reason ?? '');
    rows.push([
      several ? `${step.guide} ${step.index}` : step.index,
      step.name + (step.background ? ' (background)' : ''),
      short(firstCommand(step.script)),
      report.dryRun || outcome.result === 'skipped' ? '' : outcome.seconds.toFixed(1),
      report.dryRun ? 'planned' : outcome.result,
      detail,
    ]);
  }
  summary.table(['step', 'name', 'command', 'seconds', 'result', 'failure / note'], rows);
}
