/**
 * Everything an action says to the runner: log lines, workflow commands (masks, annotations, groups),
 * outputs and the job summary. The one file that prints.
 *
 * The same protocol as @actions/core, proven against it; without its eager OIDC client. Importing
 * @actions/core loads that client, and with it @actions/http-client, its bundled undici and `tunnel`
 * — a third of a bundle's bytes and ~25 ms of every start, for a token none of these actions asks
 * for. The protocol is small and documented (GitHub's "Workflow commands for GitHub Actions"), so it
 * is written here, and test/unit/action/core-protocol.test.ts drives @actions/core (kept as a
 * dependency for that) and these functions over the same cases: inputs, the GITHUB_OUTPUT heredoc,
 * add-mask, annotations and their escaping, groups, debug lines, setFailed's exit code, the job
 * summary's append. The bytes are the same, but where we differ on purpose, each case saying why:
 * info text the runner would execute is printed with commands stopped around it; an empty secret
 * registers no mask; an undefined output is left out; a blank required input is empty. The e2e tests
 * read the log back as actions/runner does (test/harness/commands.ts).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';
import { withoutWorkflowCommands, type Annotation, type Logger } from '../log.js';

/** `%`, CR and LF escaped, as the runner unescapes a command's data. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value additionally escapes `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Print `::name key=value,…::message` (properties without a value left out). */
function issueCommand(
  name: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): void {
  const props = Object.entries(properties)
    // As @actions/core does: a property without a value (or 0) is left out.
    .filter((entry): entry is [string, string | number] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** An annotation's properties as the runner names them. */
function annotationProperties(annotation: Annotation = {}): Record<string, string | number | undefined> {
  return { title: annotation.title, file: annotation.file, line: annotation.startLine };
}

/** Append `name<<DELIMITER` … to a file command (GITHUB_OUTPUT), the delimiter random and absent from both. */
function appendFileCommand(variable: 'GITHUB_OUTPUT', name: string, value: string): void {
  const path = process.env[variable];
  if (!path) {
    // A runner always sets it; outside one, print the old command so the value is not lost (on a
    // line of its own, as @actions/core does, whatever was printed before it).
    process.stdout.write(EOL);
    issueCommand('set-output', value, { name });
    return;
  }
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path} (${variable})`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`);
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Register a value the runner masks in every later line of the log. */
export function addMask(value: string): void {
  issueCommand('add-mask', value);
}

/** Fail the step: exit code 1 and the message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}

export type OutputValue =
  string | number | boolean | readonly unknown[] | Record<string, unknown> | undefined;

/** Set outputs: strings as they are, numbers and booleans as text, lists and objects as JSON. */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    appendFileCommand(
      'GITHUB_OUTPUT',
      name,
      typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
    );
  }
}

/**
 * The logger bound to the runner's log: annotations, groups, debug lines. No message can start a
 * workflow command: the newlines of annotations, debug lines and group names are escaped (each is one
 * `::command::` line), and an info line that could be read as a command is printed with commands
 * paused around it.
 */
export const runnerLogger: Logger = {
  info: (message) => void process.stdout.write(`${withoutWorkflowCommands(message)}${EOL}`),
  warning: (message, annotation) => issueCommand('warning', message, annotationProperties(annotation)),
  error: (message, annotation) => issueCommand('error', message, annotationProperties(annotation)),
  debug: (message) => issueCommand('debug', message),
  group: async (name, fn) => {
    issueCommand('group', name);
    try {
      return await fn();
    } finally {
      issueCommand('endgroup', '');
    }
  },
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
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (this.isEmpty || !path) return;
    try {
      await access(path, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
      );
    }
    await appendFile(path, `${this.toMarkdown()}${EOL}`, 'utf8');
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
