/**
 * The runner's reading of a step's output, line by line, as actions/runner does it
 * (src/Runner.Worker/Handlers/OutputManager.cs, ActionCommandManager.cs, Runner.Common/ActionCommand.cs):
 *
 * - Lines end at `\n`, `\r` or `\r\n` (.NET's StreamReader.ReadLine), on stdout and stderr alike.
 * - `::name props::data` is a command when the line starts with `::` after its leading whitespace is
 *   trimmed (.NET's Char.IsWhiteSpace) and `name` is registered (case-insensitive).
 * - Otherwise the legacy form `##[name props]data` is a command wherever `##[` sits in the line.
 * - `::stop-commands::TOKEN` makes every line plain output until a line `::TOKEN::`.
 * - `::add-mask::value` masks the value in every later line; a stop token over 6 characters too.
 *
 * Command lines are kept in the log as before (tests read them there); only add-mask lines go.
 */

/** The commands the runner registers (ActionCommandManager's extensions and stop-commands). */
export const REGISTERED_COMMANDS = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
] as const;

export interface RunnerCommand {
  /** Lower-cased command name; the stop token itself for a resume line. */
  command: string;
  properties: Record<string, string>;
  data: string;
  /** The line as printed. */
  line: string;
  stream: 'stdout' | 'stderr';
  /** `v2` for `::name::`, `legacy` for `##[name]`. */
  form: 'v2' | 'legacy';
}

export interface RunnerReading {
  /** Every line the runner executed as a command, in order. */
  commands: RunnerCommand[];
  /** Values masked by add-mask commands (and stop tokens over 6 characters). */
  masks: string[];
  /** stdout then stderr as the log shows them: masked, add-mask lines removed. */
  log: string;
  stdoutLog: string;
  stderrLog: string;
}

/** .NET's Char.IsWhiteSpace, which String.TrimStart trims: JavaScript's \s without U+FEFF, plus U+0085. */
const LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

const unescapeData = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
const unescapeLegacy = (s: string): string =>
  s
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%25/g, '%');

type Parsed = Omit<RunnerCommand, 'line' | 'stream'>;

function properties(
  text: string,
  separator: string,
  unescape: (s: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(separator).filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) continue;
    out[pair.slice(0, at).toLowerCase()] = unescape(pair.slice(at + 1));
  }
  return out;
}

/** ActionCommand.TryParseV2. */
function parseV2(line: string, registered: Set<string>): Parsed | undefined {
  const message = line.replace(LEADING_SPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  return {
    command: name,
    properties: space > 0 ? properties(info.slice(space + 1).trim(), ',', unescapeProperty) : {},
    data: unescapeData(message.slice(end + 2)),
    form: 'v2',
  };
}

/** ActionCommand.TryParse (the `##[` form, anywhere in the line). */
function parseLegacy(line: string, registered: Set<string>): Parsed | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  return {
    command: name,
    properties: space > 0 ? properties(info.slice(space + 1), ';', unescapeLegacy) : {},
    data: unescapeLegacy(line.slice(close + 1)),
    form: 'legacy',
  };
}

/** Read a step's stdout and stderr as the runner does (stdout first; the two share one state). */
export function readLikeTheRunner(stdout: string, stderr = '', initialMasks: string[] = []): RunnerReading {
  const registered = new Set<string>(REGISTERED_COMMANDS);
  const masks = [...initialMasks];
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;

  const read = (text: string, stream: RunnerCommand['stream']): string => {
    const shown: string[] = [];
    // Split as ReadLine does, but keep a trailing empty piece so the log's shape is unchanged.
    for (const line of text.split(/\r\n|\r|\n/)) {
      const parsed = parseV2(line, registered) ?? parseLegacy(line, registered);
      const mask = (s: string): string => masks.reduce((acc, secret) => acc.split(secret).join('***'), s);
      if (!parsed) {
        shown.push(mask(line));
        continue;
      }
      if (stopToken !== undefined) {
        if (parsed.command !== stopToken) {
          shown.push(mask(line));
          continue;
        }
        registered.delete(stopToken);
        stopToken = undefined;
        commands.push({ ...parsed, line, stream });
        shown.push(mask(line));
        continue;
      }
      commands.push({ ...parsed, line, stream });
      if (parsed.command === 'stop-commands') {
        stopToken = parsed.data.toLowerCase();
        registered.add(stopToken);
        if (parsed.data.length > 6) masks.push(parsed.data);
        shown.push(mask(line));
      } else if (parsed.command === 'add-mask') {
        if (parsed.data.trim() !== '') masks.push(parsed.data.trim());
      } else {
        shown.push(mask(line));
      }
    }
    return shown.join('\n');
  };

  const stdoutLog = read(stdout, 'stdout');
  const stderrLog = read(stderr, 'stderr');
  return { commands, masks, log: stdoutLog + stderrLog, stdoutLog, stderrLog };
}
