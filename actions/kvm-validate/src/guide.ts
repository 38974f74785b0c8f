/**
 * A getting-started guide as the list of steps a person would type: every fenced shell block is a
 * step, in document order, with Runme's attributes (`name`, `excludeFromRunAll`, `background`,
 * `ignore`) and ours (`readyPort`, `readyCommand`, `timeout`). A block written as a terminal session
 * (`$ ` prompts) runs its prompted lines and expects the lines after them as output (tesh-style); a
 * `text`/`txt`/`output` block right after a step is that step's expected output. Every problem is
 * found here, before anything is downloaded or installed.
 */
import { UserError } from '../../../shared/src/action/index.js';
import { attributeFlag } from '../../../shared/src/markdown/attributes.js';
import { fencedBlocks, type FencedBlock } from '../../../shared/src/markdown/fenced.js';

/** Languages whose blocks are steps (what a reader pastes into bash). */
export const SHELL_LANGUAGES = ['sh', 'bash', 'shell', 'console', 'shell-session', 'shellsession'];
/** Languages of an expected-output block. */
export const OUTPUT_LANGUAGES = ['text', 'txt', 'output', 'plaintext'];

export interface Expected {
  text: string;
  /** Line of the block (or the session) it came from, for messages. */
  line: number;
}

export interface GuideStep {
  /** The guide as the user named it. */
  guide: string;
  /** 1-based position among the guide's steps. */
  index: number;
  line: number;
  /** The `name` attribute, or the name Runme would generate from the first command. */
  name: string;
  /** The commands, prompts stripped. */
  script: string;
  expected?: Expected;
  background: boolean;
  /** Readiness of a background step: a TCP port on 127.0.0.1 (may name a variable) or a command. */
  readyPort?: string;
  readyCommand?: string;
  /** Seconds the step (or a background step's readiness) may take; undefined: the input's. */
  timeoutSeconds?: number;
  /** Why the step is not run: Runme's `excludeFromRunAll`, or `ignore`. */
  skip?: 'excludeFromRunAll' | 'ignore';
}

/** The first line a person would recognise: the first command that is not a comment. */
export function firstCommand(script: string): string {
  const lines = script.split('\n').map((l) => l.trim());
  return lines.find((l) => l !== '' && !l.startsWith('#')) ?? lines.find((l) => l !== '') ?? '';
}

/**
 * The name Runme generates for an unnamed block (its sanitizeName): the variable of an assignment,
 * else the first two words, lowercased, letters and digits joined by `-`.
 */
export function runmeName(script: string): string {
  let text = firstCommand(script);
  const equals = text.indexOf('=');
  if (equals > 0) text = text.slice(0, equals);
  const words = text.slice(0, 32).split(' ');
  const picked = (words.length > 1 ? words.slice(0, 2).join(' ') : (words[0] ?? '')).toLowerCase();
  let out = '';
  for (const c of picked) {
    if (c === ' ' && out.length > 0) out += '-';
    else if (/[a-z0-9]/.test(c)) out += c;
  }
  return out;
}

/** Split a `$ `-prompted session into the commands and the output lines that follow them. */
export function splitSession(value: string): { script: string; output: string } | undefined {
  const lines = value.split('\n');
  if (!lines.some((l) => /^\$( |$)/.test(l))) return undefined;
  const commands: string[] = [];
  const output: string[] = [];
  let continuing = false;
  for (const line of lines) {
    if (/^\$( |$)/.test(line)) {
      const command = line.replace(/^\$ ?/, '');
      commands.push(command);
      continuing = command.endsWith('\\');
    } else if (continuing || /^> /.test(line)) {
      // A continuation of a command (after a trailing `\`, or bash's `> ` secondary prompt).
      const command = line.replace(/^> /, '');
      commands.push(command);
      continuing = command.endsWith('\\');
    } else {
      output.push(line);
    }
  }
  return { script: commands.join('\n'), output: output.join('\n') };
}

function where(guide: string, line: number): string {
  return `${guide}:${line}`;
}

function positiveSeconds(guide: string, block: FencedBlock, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UserError(
      `${where(guide, block.line)}: the block's timeout is "${value}": expected a number of seconds above 0`,
    );
  }
  return seconds;
}

/** The steps of one guide; UserError (naming the guide and line) for a block that cannot run as written. */
export function parseGuide(guide: string, markdown: string): GuideStep[] {
  const blocks = fencedBlocks(markdown);
  const steps: GuideStep[] = [];
  const names = new Map<string, number>();
  for (const [at, block] of blocks.entries()) {
    if (!SHELL_LANGUAGES.includes(block.lang)) continue;
    if (block.badAttributes !== undefined) {
      throw new UserError(
        `${where(guide, block.line)}: the block's attributes ${block.badAttributes} are neither JSON ({"name":"hello"}) nor Runme's key=value form ({ name=hello })`,
      );
    }
    const attributes = block.attributes;
    const session = splitSession(block.value);
    const script = (session?.script ?? block.value).replace(/\s+$/, '');
    const next = blocks[at + 1];
    const outputBlock = next && OUTPUT_LANGUAGES.includes(next.lang) && !next.afterHeading ? next : undefined;
    let expected: Expected | undefined;
    if (session && session.output.trim() !== '') expected = { text: session.output, line: block.line };
    if (outputBlock) {
      if (expected) {
        throw new UserError(
          `${where(guide, outputBlock.line)}: the ${outputBlock.lang} block after the session at line ${block.line} would be a second expected output: the session already shows its output (put a heading between them, or move the output into one place)`,
        );
      }
      expected = { text: outputBlock.value, line: outputBlock.line };
    }
    const background = attributeFlag(attributes, 'background');
    const readyPort = attributes.readyPort;
    const readyCommand = attributes.readyCommand;
    const skip = attributeFlag(attributes, 'ignore')
      ? ('ignore' as const)
      : attributeFlag(attributes, 'excludeFromRunAll')
        ? ('excludeFromRunAll' as const)
        : undefined;
    if (!skip && script.trim() === '') {
      throw new UserError(`${where(guide, block.line)}: the ${block.lang} block has no command to run`);
    }
    if (!skip && background) {
      if (expected) {
        throw new UserError(
          `${where(guide, block.line)}: a background step cannot have an expected output (it runs until the end of the guide); check its output in a later step`,
        );
      }
      if (readyPort === undefined && readyCommand === undefined) {
        throw new UserError(
          `${where(guide, block.line)}: a background step needs a readiness probe before the next step runs: add "readyPort":"8080" (a TCP port on 127.0.0.1) or "readyCommand":"curl -sf localhost:8080" to its attributes`,
        );
      }
      if (readyPort !== undefined && !/^(\d{1,5}|\$\{?[A-Za-z_]\w*\}?)$/.test(readyPort)) {
        throw new UserError(
          `${where(guide, block.line)}: readyPort is "${readyPort}": expected a port number or a variable such as $PORT`,
        );
      }
    }
    const generated = runmeName(script) || 'step';
    const base = attributes.name || generated;
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    const timeoutSeconds = positiveSeconds(guide, block, attributes.timeout);
    steps.push({
      guide,
      index: steps.length + 1,
      line: block.line,
      name: seen === 1 ? base : `${base}-${seen}`,
      script,
      ...(expected ? { expected } : {}),
      background,
      ...(readyPort !== undefined ? { readyPort } : {}),
      ...(readyCommand !== undefined ? { readyCommand } : {}),
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(skip ? { skip } : {}),
    });
  }
  if (!steps.some((s) => !s.skip)) {
    throw new UserError(
      `${guide} has no step to run: no fenced ${SHELL_LANGUAGES.slice(0, 3).join('/')} block without excludeFromRunAll or ignore`,
    );
  }
  return steps;
}
