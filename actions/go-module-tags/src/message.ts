/** Tag messages from the `message` template, and commands printed the way a shell reads them. */

export const PLACEHOLDERS = ['module', 'version', 'tag', 'dir', 'sha'] as const;

export type MessageValues = Record<(typeof PLACEHOLDERS)[number], string>;

/** Fill `{module}`, `{version}`, `{tag}`, `{dir}` and `{sha}` in a template (one pass: values are not re-expanded). */
export function renderMessage(template: string, values: MessageValues): string {
  return template.replace(
    /\{(module|version|tag|dir|sha)\}/g,
    (_all, key: keyof MessageValues) => values[key],
  );
}

/** One argument quoted for a POSIX shell: bare when safe, else in single quotes. */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** A git command line as a person would type it: `git tag -a 'x' …`. */
export function commandLine(args: readonly string[]): string {
  return ['git', ...args].map(shellQuote).join(' ');
}
