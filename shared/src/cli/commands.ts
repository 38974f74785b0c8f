/** Workflow commands (`::group::`, `::error::`, `::add-mask::`) turned into what a terminal shows. */

export interface TerminalLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Unescape a workflow command's data as the runner does. */
function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/**
 * Translate one line the action printed. Masks are kept as the runner keeps them (from the
 * `::add-mask::` on), so a token never reaches the terminal either; debug lines only when verbose.
 */
export class CommandTranslator {
  private readonly masks: string[] = [];
  /** While set, `::stop-commands::` is in force: lines are plain output until `::<token>::`. */
  private resumeToken: string | undefined;

  constructor(private readonly verbose: boolean) {}

  /** Mask a value from now on (the token the CLI itself hands to the action, before any output). */
  addMask(value: string): void {
    if (value !== '') this.masks.push(value);
  }

  /** The terminal lines for one printed line (none for commands the terminal has no use for). */
  translate(line: string, stream: 'stdout' | 'stderr' = 'stdout'): TerminalLine[] {
    if (this.resumeToken !== undefined) {
      if (line.trim() === `::${this.resumeToken}::`) {
        this.resumeToken = undefined;
        return [];
      }
      return [{ stream, text: this.mask(line) }];
    }
    const stop = /^\s*::stop-commands::(.+)$/.exec(line);
    if (stop?.[1]) {
      this.resumeToken = stop[1].trim();
      return [];
    }
    const command = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!command) return [{ stream, text: this.mask(line) }];
    const [, name = '', properties = '', data = ''] = command;
    const message = this.mask(unescapeData(data));
    switch (name) {
      case 'add-mask':
        if (data !== '') this.masks.push(unescapeData(data));
        return [];
      case 'group':
        return [{ stream: 'stdout', text: `▸ ${message}` }];
      case 'endgroup':
        return [];
      case 'debug':
        return this.verbose ? [{ stream: 'stderr', text: `debug: ${message}` }] : [];
      case 'error':
      case 'warning':
      case 'notice': {
        const props = Object.fromEntries(
          properties
            .trim()
            .split(',')
            .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
        ) as Record<string, string | undefined>;
        const location = props.file ? `${props.file}${props.line ? `:${props.line}` : ''}: ` : '';
        return [{ stream: 'stderr', text: `${name}: ${location}${message}` }];
      }
      default:
        return [{ stream, text: this.mask(line) }];
    }
  }

  /** The text with every known secret replaced by `***`. */
  mask(text: string): string {
    return this.masks.reduce((acc, secret) => acc.split(secret).join('***'), text);
  }
}

/** Parse `name=value` and `name<<DELIMITER … DELIMITER` entries of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
      result[name] = value.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      result[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return result;
}
