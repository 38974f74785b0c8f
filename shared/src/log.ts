/**
 * The logger every module takes as an argument. Only shared/src/action binds it to @actions/core;
 * tests use the memory logger below.
 */
import { randomBytes } from 'node:crypto';

export interface Annotation {
  file?: string;
  startLine?: number;
  title?: string;
}

export interface Logger {
  info(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  debug(message: string): void;
  /** Run `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Keeps every line, for tests of pure logic. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${name}`);
    return fn();
  }
}

/**
 * Would the runner take a line of `text` as a workflow command? Its rule (actions/runner,
 * ActionCommand.cs and OutputManager.cs): lines end at \n, \r or \r\n; a line is a `::name::` command
 * when it starts with `::` once leading whitespace is trimmed (.NET's whitespace, within \s and U+0085), and
 * a legacy `##[name]` command wherever `##[` appears in it. Erring on the safe side, any such line
 * counts, whether or not `name` is a command the runner knows.
 */
export function hasCommandLine(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}

/**
 * `text` made safe to print on the runner's log: unchanged when no line of it could be a workflow
 * command, otherwise printed verbatim between `::stop-commands::TOKEN` and `::TOKEN::`, the runner's
 * own way to show untrusted text (GitHub's "Stopping and starting workflow commands"). The token is
 * random per call, so the text cannot end the pause and run its own commands after it.
 */
export function withoutWorkflowCommands(text: string): string {
  if (!hasCommandLine(text)) return text;
  let token: string;
  do token = `release-actions-${randomBytes(16).toString('hex')}`;
  while (text.includes(token));
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}
