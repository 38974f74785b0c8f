/**
 * The logger every module takes as an argument. Only shared/src/action binds it to @actions/core;
 * a maintainer's terminal and tests use the console or memory loggers below.
 */
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

/** Logs to stdout/stderr, for the command-line entry points. */
export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warning: (message) => console.warn(`warning: ${message}`),
  error: (message) => console.error(`error: ${message}`),
  debug: (message) => {
    if (process.env.RUNNER_DEBUG === '1') console.log(`debug: ${message}`);
  },
  group: async (name, fn) => {
    console.log(`== ${name}`);
    return fn();
  },
};

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
