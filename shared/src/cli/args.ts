/** The command line of the `release-actions` bin, mapped onto an action's inputs. */

export interface ActionSpec {
  name: string;
  description: string;
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
}

export interface CommandLine {
  action?: string;
  /** Input name → value, as given (`--dry-run` alone means `true`). */
  inputs: Record<string, string>;
  help: boolean;
  verbose: boolean;
  /** Write for real: without it an action with a `dry-run` input runs as a dry run. */
  apply: boolean;
}

/** A command line the CLI refuses, with what it expected. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Split `release-actions <action> --input value --flag --input=value` into its parts. */
export function parseCommandLine(argv: string[]): CommandLine {
  const result: CommandLine = { inputs: {}, help: false, verbose: false, apply: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') result.help = true;
    else if (arg === '--verbose') result.verbose = true;
    else if (arg === '--apply') result.apply = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (name === '') throw new UsageError(`'${arg}' names no input`);
      const next = argv[i + 1];
      let value: string;
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (next === undefined || next.startsWith('--')) value = 'true';
      else value = argv[++i] ?? '';
      if (name in result.inputs) throw new UsageError(`--${name} is given twice`);
      result.inputs[name] = value;
    } else if (result.action === undefined) result.action = arg;
    else throw new UsageError(`unexpected argument '${arg}': inputs are given as --name value`);
  }
  if (result.apply && result.inputs['dry-run'] !== undefined)
    throw new UsageError('--apply and --dry-run contradict each other: give one');
  return result;
}

/**
 * At a terminal an action that can write runs as a dry run unless `--apply` is given: a maintainer
 * rehearsing a step must not publish a release or push tags by accident.
 */
export function withTerminalDefaults(spec: ActionSpec, line: CommandLine): Record<string, string> {
  if ('dry-run' in spec.inputs && !line.apply && line.inputs['dry-run'] === undefined)
    return { ...line.inputs, 'dry-run': 'true' };
  return line.inputs;
}

/** Inputs whose values are secrets: masked on the terminal like the token. */
export function secretInputs(spec: ActionSpec, inputs: Record<string, string>): string[] {
  return Object.keys(spec.inputs)
    .filter((name) => /token|password|secret/i.test(name))
    .map((name) => inputs[name] ?? '')
    .filter((value) => value !== '');
}

/** INPUT_<NAME> variables as the runner sets them: given values, then action.yml defaults. */
export function inputEnvironment(
  spec: ActionSpec,
  given: Record<string, string>,
  expressions: Record<string, string>,
): Record<string, string> {
  const unknown = Object.keys(given).filter((name) => !(name in spec.inputs));
  if (unknown.length) {
    throw new UsageError(
      `${spec.name} has no input ${unknown.map((n) => `--${n}`).join(', ')} (its inputs: ${Object.keys(spec.inputs).join(', ')})`,
    );
  }
  const env: Record<string, string> = {};
  const key = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  for (const [name, input] of Object.entries(spec.inputs)) {
    const value =
      given[name] ?? (input.default === undefined ? undefined : evaluate(input.default, expressions));
    if (value !== undefined) env[key(name)] = value;
  }
  return env;
}

/** `${{ github.token }}` and friends, from what the CLI knows; an unknown expression becomes ''. */
function evaluate(value: string, expressions: Record<string, string>): string {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, expr: string) => expressions[expr] ?? '');
}

/** The help text: every action, or one action's inputs. */
export function helpText(specs: ActionSpec[], action?: string): string {
  const spec = specs.find((s) => s.name === action);
  if (!spec) {
    const width = Math.max(...specs.map((s) => s.name.length));
    return [
      'usage: release-actions <action> [--input value]... [--apply] [--verbose]',
      '',
      'Runs the same bundle as the GitHub Action, in the current directory. An action that writes',
      'runs as a dry run unless --apply is given. The repository is GITHUB_REPOSITORY or the origin',
      "remote's owner/name (on GITHUB_SERVER_URL's host), the commit GITHUB_SHA or HEAD. Give a token",
      'through GITHUB_TOKEN or GH_TOKEN, not --token: a command line stays in shell history.',
      '',
      ...specs.map((s) => `  ${s.name.padEnd(width)}  ${s.description.split('\n')[0] ?? ''}`),
      '',
      'release-actions <action> --help lists its inputs.',
    ].join('\n');
  }
  const apply = 'dry-run' in spec.inputs ? ' [--apply]' : '';
  const lines = [
    `usage: release-actions ${spec.name} [--input value]...${apply}`,
    '',
    spec.description.trim(),
    '',
  ];
  for (const [name, input] of Object.entries(spec.inputs)) {
    const extra = [input.required ? 'required' : '', input.default ? `default: ${input.default}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`  --${name}${extra ? `  (${extra})` : ''}`);
    if (input.description) lines.push(`      ${input.description.trim().split('\n').join('\n      ')}`);
  }
  // action.yml holds a line or two per input; the explanations live on the generated page.
  lines.push('', `Each input explained, with the action's guarantees: action-docs/${spec.name}.md`);
  return lines.join('\n');
}
