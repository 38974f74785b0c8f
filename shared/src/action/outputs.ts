/** Outputs and the job summary, the two things a workflow reads back from an action. */
import * as core from '@actions/core';
import { withoutWorkflowCommands, type Logger } from '../log.js';

export type OutputValue =
  string | number | boolean | readonly unknown[] | Record<string, unknown> | undefined;

/** Set outputs: strings as they are, numbers and booleans as text, lists and objects as JSON. */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(
      name,
      typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
    );
  }
}

/**
 * The logger bound to the runner's log: annotations, groups, debug lines. No message can start a
 * workflow command: @actions/core escapes the newlines of annotations, debug lines and group names
 * (each is one `::command::` line), and an info line that could be read as a command is printed
 * with commands paused around it.
 */
export const runnerLogger: Logger = {
  info: (message) => core.info(withoutWorkflowCommands(message)),
  warning: (message, annotation) => core.warning(message, annotation ?? {}),
  error: (message, annotation) => core.error(message, annotation ?? {}),
  debug: (message) => core.debug(message),
  group: (name, fn) => core.group(name, fn),
};

export type Cell = string | number;

/**
 * A job summary built up while the action runs and written once at the end (also on failure, so a
 * person sees how far it got). Cells, headings and facts are plain text: HTML and markdown markup in
 * them are escaped.
 */
export class JobSummary {
  private readonly parts: string[] = [];

  heading(text: string, level: 2 | 3 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${escapeCell(text)}\n`);
    return this;
  }

  paragraph(markdown: string): this {
    this.parts.push(`${markdown}\n`);
    return this;
  }

  table(header: string[], rows: Cell[][]): this {
    if (rows.length === 0) return this;
    const line = (cells: Cell[]): string => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
    this.parts.push(
      [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n') + '\n',
    );
    return this;
  }

  /** Key/value facts as a bullet list (`- **range**: v1.0.0 … v1.1.0`); empty values left out. */
  facts(entries: Record<string, Cell | undefined>): this {
    const lines = Object.entries(entries)
      .filter((e): e is [string, Cell] => e[1] !== undefined && e[1] !== '')
      .map(([key, value]) => `- **${escapeCell(key)}**: ${escapeCell(String(value))}`);
    if (lines.length) this.parts.push(`${lines.join('\n')}\n`);
    return this;
  }

  /** Markdown shown folded under a summary line (a section's text, a long list). */
  details(summary: string, markdown: string): this {
    // The markdown renders as markdown, but cannot close the block it sits in.
    const inner = markdown.trim().replace(/<\/details/gi, '&lt;/details');
    this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${inner}\n\n</details>\n`);
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toMarkdown(): string {
    return this.parts.join('\n');
  }

  /** Append to GITHUB_STEP_SUMMARY when the runner provides one. */
  async write(): Promise<void> {
    if (this.isEmpty || !process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(this.toMarkdown(), true).write();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a table cell or heading: no markup survives (a PR title is not ours to render). */
function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}
