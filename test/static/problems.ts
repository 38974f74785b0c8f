/** One finding of a static check: where it is and what is wrong. */
export interface Problem {
  /** Path relative to the repository root. */
  file: string;
  line?: number;
  message: string;
  /**
   * The audit that found it (`template-injection`, `unpinned-uses`, ...), as the fixtures' `# expect:`
   * markers name it. Not printed: the message says what is wrong.
   */
  rule?: string;
}

/** `file:line: message`, the form every check reports in. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}`;
}

/** Sorted `file:line: message` lines, ready for `expect(...).toEqual([])`. */
export function report(problems: readonly Problem[]): string[] {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .map(formatProblem);
}
