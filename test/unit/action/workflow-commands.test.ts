/**
 * The runner's rule for workflow commands, and the logger's answer to it: a line the runner could
 * execute is printed with commands paused around it. Read back with the harness's runner reading.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerLogger } from '../../../shared/src/action/outputs.js';
import { hasCommandLine, withoutWorkflowCommands } from '../../../shared/src/log.js';
import { readLikeTheRunner } from '../../harness/commands.js';

const hostile = [
  'Release 1.0',
  '::warning title=spoofed::x',
  '  ::add-mask::Release',
  '##[error]legacy',
  '::set-output name=id::1',
].join('\n');

describe('which lines the runner takes as commands', () => {
  it.each([
    ['::warning::x', true],
    ['   ::warning::x', true],
    ['\t::warning::x', true],
    ['\u00a0\u3000::warning::x', true],
    ['\u0085::warning::x', true],
    ['notes\r::warning::x', true],
    ['notes\r\n::warning::x', true],
    ['##[warning]x', true],
    ['see ##[error]x', true],
    ['::', true],
    ['a::warning::x', false],
    ['git tag -a -m "v1 :: fixes" v1', false],
    ['## [1.0.0] - 2024-01-01', false],
    ['\u200b::warning::x', false],
  ])('%j: %s', (text, command) => {
    expect(hasCommandLine(text)).toBe(command);
    // The harness agrees wherever the name is one the runner knows.
    if (text.includes('warning') || text.includes('error')) {
      expect(readLikeTheRunner(`${text}\n`).commands.length > 0).toBe(command);
    }
  });
});

describe('withoutWorkflowCommands', () => {
  it('leaves ordinary text as it is', () => {
    const text = 'git tag -a -m "src/x v1.0.0" src/x/v1.0.0 abc\nsecond line';
    expect(withoutWorkflowCommands(text)).toBe(text);
  });

  it('prints hostile text verbatim with commands paused around it, and nothing in it runs', () => {
    const printed = withoutWorkflowCommands(hostile);
    const [first, ...rest] = printed.split('\n');
    const last = rest.pop();
    expect(rest.join('\n')).toBe(hostile);
    const token = /^::stop-commands::(release-actions-[0-9a-f]{32})$/.exec(first ?? '')?.[1];
    expect(token).toBeDefined();
    expect(last).toBe(`::${token}::`);
    const reading = readLikeTheRunner(`${printed}\n::warning::ours\n`);
    expect(reading.commands.map((c) => c.command)).toEqual(['stop-commands', token, 'warning']);
    expect(reading.commands.at(-1)?.data).toBe('ours');
    expect(reading.masks).toEqual([token]);
    expect(reading.log).toContain('::warning title=spoofed::x');
  });

  it('uses a new token each time, so a token seen in one log cannot resume another', () => {
    const first = withoutWorkflowCommands(hostile).split('\n')[0];
    const second = withoutWorkflowCommands(hostile).split('\n')[0];
    expect(first).not.toBe(second);
    const seen = first!.slice('::stop-commands::'.length);
    const replay = withoutWorkflowCommands(`::${seen}::\n::warning::resumed`);
    expect(readLikeTheRunner(replay).commands.filter((c) => c.command === 'warning')).toEqual([]);
  });
});

describe('runnerLogger', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  function printed(fn: () => void): string {
    let out = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    fn();
    jest.restoreAllMocks();
    return out;
  }

  it('prints no line of an info message as a command, nor of a warning, error or debug', () => {
    const out = printed(() => {
      runnerLogger.info(`Tag message: ${hostile}`);
      runnerLogger.warning(`Input got ${hostile}`);
      runnerLogger.error(hostile, { title: hostile });
      runnerLogger.debug(hostile);
    });
    const commands = readLikeTheRunner(out).commands;
    expect(commands.map((c) => c.command)).toEqual([
      'stop-commands',
      commands[1]!.command,
      'warning',
      'error',
      'debug',
    ]);
    expect(commands.slice(2).map((c) => c.data)).toEqual([`Input got ${hostile}`, hostile, hostile]);
    expect(commands[3]!.properties.title).toBe(hostile);
  });
});

describe('every line an action prints goes through the logger', () => {
  const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => relative(ROOT, join(e.parentPath, e.name)));
  // The CLI prints to a terminal, not to a runner; outputs.ts is the logger itself.
  const files = [...sources('actions'), ...sources('shared/src')].filter(
    (f) => !f.startsWith('shared/src/cli/') && f !== 'shared/src/action/outputs.ts',
  );

  it.each(files)('%s prints nothing by itself', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/\bcore\.(info|notice|startGroup)\(|\bconsole\.|process\.std(out|err)\.write/);
    // @actions/exec copies a child's output to stdout unless it is silent (a file that does not import
    // it may have an `exec(` of its own, such as an interface method).
    if (!text.includes("from '@actions/exec'")) return;
    const runs = text.match(/(?<![.\w])(getExecOutput|exec)\(/g) ?? [];
    const silent = text.match(/silent: true/g) ?? [];
    expect(silent.length).toBeGreaterThanOrEqual(runs.length);
  });
});
