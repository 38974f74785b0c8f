/**
 * shared/src/action speaks the runner's protocol itself, so that a bundle does not load
 * @actions/core (whose import loads its OIDC client, @actions/http-client and a bundled undici).
 * @actions/core stays the reference: each case here drives it and our functions over the same
 * input and compares the bytes each prints or appends. The delimiters of GITHUB_OUTPUT's heredocs are
 * random in both (`ghadelimiter_` and a UUID), so their random part is normalised before comparing;
 * one case fixes the UUID to see both refuse a value holding it.
 *
 * Where we differ on purpose, the case says so and shows that the runner (test/harness/commands.ts
 * reads a log as actions/runner does) gets what we mean. We have no exportVariable, addPath or
 * saveState: no action sets environment variables, PATH or state for later steps.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotationProperties } from '@actions/core';
import type { OutputValue } from '../../../shared/src/action/outputs.js';
import type { Annotation } from '../../../shared/src/log.js';
import { readLikeTheRunner } from '../../harness/commands.js';

// The UUID both draw their delimiter from: the real one, unless a case fixes it.
let fixedUuid: string | undefined;
const realCrypto = await import('node:crypto');
const crypto = {
  ...realCrypto,
  randomUUID: () => fixedUuid ?? realCrypto.randomUUID(),
};
jest.unstable_mockModule('node:crypto', () => ({ ...crypto, default: crypto }));
jest.unstable_mockModule('crypto', () => ({ ...crypto, default: crypto }));

const core = await import('@actions/core');
const ours = await import('../../../shared/src/action/outputs.js');
const inputs = await import('../../../shared/src/action/inputs.js');

const dir = mkdtempSync(join(tmpdir(), 'core-protocol-'));
const saved = { ...process.env };

afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  fixedUuid = undefined;
});

/** What `fn` writes to stdout (both write with process.stdout.write). */
async function printed(fn: () => unknown): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

/** stdout of our call and of @actions/core's, side by side. */
async function both(oursFn: () => unknown, coreFn: () => unknown): Promise<{ ours: string; core: string }> {
  return { ours: await printed(oursFn), core: await printed(coreFn) };
}

/** The runner names an input's variable `INPUT_` + the name with spaces as `_`, upper-cased. */
function setInput(name: string, value: string | undefined): void {
  const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  if (value === undefined) delete process.env[variable];
  else process.env[variable] = value;
}

/** Whether `fn` throws; its result otherwise. */
function outcome<T>(fn: () => T): { value: T } | { threw: true } {
  try {
    return { value: fn() };
  } catch {
    return { threw: true };
  }
}

describe('inputs', () => {
  const values: Array<[string, string | undefined]> = [
    ['version', '  v1.2.3 \n'],
    ['previous tag', 'v1.0.0'],
    ['allow-outside-workspace', '/opt/a\n/opt/b'],
    ['Release Notes', '\t Mixed Case \t'],
    ['body', 'line 1\r\nline 2\r\n'],
    ['percent', '100% = done, a=b'],
    ['empty', ''],
    ['blank', ' \n\t '],
    ['unset', undefined],
  ];

  it.each(values)('%j = %j: the same value (ours is undefined where core gives "")', (name, value) => {
    setInput(name, value);
    expect(inputs.getOptionalInput(name) ?? '').toBe(core.getInput(name));
  });

  it.each(values.filter(([, value]) => value?.trim()))('required %j = %j: the same value', (name, value) => {
    setInput(name, value);
    expect(inputs.getRequiredInput(name)).toBe(core.getInput(name, { required: true }));
  });

  it('required and empty: both refuse', () => {
    setInput('version', '');
    expect(() => core.getInput('version', { required: true })).toThrow('Input required and not supplied');
    expect(() => inputs.getRequiredInput('version')).toThrow("Input 'version' is empty");
  });

  it('on purpose: a required input of blanks is empty for us, "" for core', () => {
    // core checks for a value before trimming; a required input of spaces is as missing as none.
    setInput('version', '   ');
    expect(core.getInput('version', { required: true })).toBe('');
    expect(() => inputs.getRequiredInput('version')).toThrow("Input 'version' is empty");
  });

  it.each([['one'], ['a\nb'], [' a \n\n b '], ['a\r\nb\r\n'], ['x, y\nz'], ['']])(
    'multiline %j: the same lines',
    (value) => {
      setInput('files', value);
      expect(inputs.getMultilineInput('files')).toEqual(core.getMultilineInput('files'));
    },
  );

  it('on purpose: a line of blanks inside a multiline input is dropped by us, kept as "" by core', () => {
    // core drops empty lines before trimming each; an item that is only blanks names nothing.
    setInput('files', 'a\n   \nb');
    expect(core.getMultilineInput('files')).toEqual(['a', '', 'b']);
    expect(inputs.getMultilineInput('files')).toEqual(['a', 'b']);
  });

  it.each([
    ['true'],
    ['True'],
    ['TRUE'],
    ['false'],
    ['False'],
    ['FALSE'],
    [' true\n'],
    ['tRue'],
    ['yes'],
    ['1'],
  ])('boolean %j: the same value, or both refuse', (value) => {
    setInput('dry-run', value);
    expect(outcome(() => inputs.getBooleanInput('dry-run'))).toEqual(
      outcome(() => core.getBooleanInput('dry-run')),
    );
  });

  it('on purpose: an empty boolean is the fallback for us, an error for core', () => {
    // On a runner action.yml's default fills it; outside one (the CLI, tests) the fallback stands in.
    setInput('dry-run', '');
    expect(() => core.getBooleanInput('dry-run')).toThrow(TypeError);
    expect(inputs.getBooleanInput('dry-run')).toBe(false);
    expect(inputs.getBooleanInput('dry-run', true)).toBe(true);
  });

  it.each([['hunter2'], ['multi\nline%secret'], ['a:b,c']])(
    'a secret input %j: the same add-mask command',
    async (value) => {
      setInput('token', value);
      const out = await both(
        () => inputs.getOptionalInput('token', { secret: true }),
        () => core.setSecret(core.getInput('token')),
      );
      expect(out.ours).toBe(out.core);
      expect(out.ours).not.toBe('');
      expect(readLikeTheRunner(out.ours).masks).toEqual([value]);
    },
  );

  it('maskSecret: the same add-mask command as setSecret', async () => {
    const out = await both(
      () => inputs.maskSecret('derived%token\r\n'),
      () => core.setSecret('derived%token\r\n'),
    );
    expect(out.ours).toBe(out.core);
  });

  it('on purpose: an empty secret registers no mask for us; core prints an empty add-mask', async () => {
    // The runner answers an empty add-mask with a warning ("Can't add secret mask for empty string").
    const out = await both(
      () => inputs.maskSecret(''),
      () => core.setSecret(''),
    );
    expect(out.core).toBe('::add-mask::\n');
    expect(out.ours).toBe('');
  });
});

describe('outputs', () => {
  const output = join(dir, 'output');
  /** The file's text with each heredoc delimiter's random part replaced. */
  const normalised = (): string =>
    readFileSync(output, 'utf8').replace(
      /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      'ghadelimiter_<uuid>',
    );
  /** What each appends to GITHUB_OUTPUT for one output. */
  function appended(name: string, value: OutputValue): { ours: string; core: string } {
    process.env.GITHUB_OUTPUT = output;
    writeFileSync(output, 'before<<EOF\nkept\nEOF\n');
    ours.setOutputs({ [name]: value });
    const fromOurs = normalised();
    writeFileSync(output, 'before<<EOF\nkept\nEOF\n');
    core.setOutput(name, value);
    return { ours: fromOurs, core: normalised() };
  }

  it.each<[string, OutputValue]>([
    ['version', 'v1.2.3'],
    ['body', '## v1.2.3\n\n- fix: a\r\n- feat: b\n'],
    ['expression', 'a=b==c'],
    ['heredoc-like', 'EOF\nghadelimiter_00000000-0000-0000-0000-000000000000\n<<EOF'],
    ['empty', ''],
    ['unicode', 'Ünïcødé — ✓'],
    ['count', 5],
    ['found', false],
    ['files', ['a.txt', 'b "c".txt']],
    ['digests', { caa: 'sha256:abc', nested: { x: [1, null] } }],
  ])('%s: the same heredoc appended, the file kept', (name, value) => {
    const out = appended(name, value);
    expect(out.ours).toBe(out.core);
    expect(out.ours.startsWith('before<<EOF\nkept\nEOF\n')).toBe(true);
  });

  it('a value holding the delimiter: both refuse, and append nothing', () => {
    fixedUuid = '00000000-0000-4000-8000-000000000000';
    process.env.GITHUB_OUTPUT = output;
    writeFileSync(output, '');
    const value = `x\nghadelimiter_${fixedUuid}\ny`;
    expect(() => core.setOutput('body', value)).toThrow('should not contain the delimiter');
    expect(() => ours.setOutputs({ body: value })).toThrow('should not contain the delimiter');
    expect(readFileSync(output, 'utf8')).toBe('');
  });

  it('with the UUID fixed, the bytes are the same without normalising', () => {
    fixedUuid = '11111111-2222-4333-8444-555555555555';
    process.env.GITHUB_OUTPUT = output;
    writeFileSync(output, '');
    ours.setOutputs({ body: 'a\nb' });
    const fromOurs = readFileSync(output, 'utf8');
    writeFileSync(output, '');
    core.setOutput('body', 'a\nb');
    expect(fromOurs).toBe(readFileSync(output, 'utf8'));
    expect(fromOurs).toBe(`body<<ghadelimiter_${fixedUuid}\na\nb\nghadelimiter_${fixedUuid}\n`);
  });

  it('a GITHUB_OUTPUT that names no file: both refuse', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing', 'output');
    expect(() => core.setOutput('a', 'b')).toThrow('Missing file at path');
    expect(() => ours.setOutputs({ a: 'b' })).toThrow('Missing file at path');
  });

  it.each<[string, OutputValue]>([
    ['version', 'v1.2.3'],
    ['body', 'two\nlines, 100%'],
    ['files', ['a', 'b']],
  ])('without GITHUB_OUTPUT, %s: the same set-output command', async (name, value) => {
    const out = await both(
      () => ours.setOutputs({ [name]: value }),
      () => core.setOutput(name, value),
    );
    expect(out.ours).toBe(out.core);
  });

  it('on purpose: an undefined output is left out by us; core writes it empty', () => {
    // An output an action has no value for stays unset, so `steps.x.outputs.y` is '' either way.
    const out = appended('pull-request-url', undefined);
    expect(out.core).toBe(
      'before<<EOF\nkept\nEOF\npull-request-url<<ghadelimiter_<uuid>\n\nghadelimiter_<uuid>\n',
    );
    expect(out.ours).toBe('before<<EOF\nkept\nEOF\n');
  });
});

describe('annotations, debug lines, groups', () => {
  /** Our annotation as @actions/core's properties (only the keys that are set). */
  const coreProperties = (annotation: Annotation): AnnotationProperties =>
    Object.fromEntries(
      Object.entries({
        title: annotation.title,
        file: annotation.file,
        startLine: annotation.startLine,
      }).filter(([, value]) => value !== undefined),
    );

  const cases: Array<[string, Annotation | undefined]> = [
    ['plain', undefined],
    ['100% done\r\nnext: a, b', undefined],
    ['%0A is not a newline', undefined],
    ['msg', { file: 'src/a,b:c.ts', startLine: 12, title: 'Title: 50%, done\nnext\r' }],
    ['msg', { title: 'only a title' }],
    ['msg', { file: 'deploy/values.yaml' }],
    ['msg', { file: 'VERSION', startLine: 0 }],
    ['msg', {}],
  ];

  it.each(cases)('warning %j %j: the same command', async (message, annotation) => {
    const out = await both(
      () => ours.runnerLogger.warning(message, annotation),
      () => (annotation ? core.warning(message, coreProperties(annotation)) : core.warning(message)),
    );
    expect(out.ours).toBe(out.core);
  });

  it.each(cases)('error %j %j: the same command', async (message, annotation) => {
    const out = await both(
      () => ours.runnerLogger.error(message, annotation),
      () => (annotation ? core.error(message, coreProperties(annotation)) : core.error(message)),
    );
    expect(out.ours).toBe(out.core);
  });

  it('on purpose: an annotation whose properties are all unset has no space in ours; the runner reads both alike', async () => {
    // core prints a space whenever the properties object has keys, even when none has a value.
    const out = await both(
      () => ours.runnerLogger.warning('msg', { title: undefined }),
      () => core.warning('msg', { title: undefined }),
    );
    expect(out.core).toBe('::warning ::msg\n');
    expect(out.ours).toBe('::warning::msg\n');
    const read = (text: string) =>
      readLikeTheRunner(text).commands.map(({ command, properties, data }) => ({
        command,
        properties,
        data,
      }));
    expect(read(out.ours)).toEqual(read(out.core));
  });

  it.each([['a debug line'], ['stack:\n  at x (a.js:1:2)\r\n100%'], ['::warning::not a warning']])(
    'debug %j: the same command',
    async (message) => {
      const out = await both(
        () => ours.runnerLogger.debug(message),
        () => core.debug(message),
      );
      expect(out.ours).toBe(out.core);
    },
  );

  it.each([['Plan'], ['two\nlines: 100%']])(
    'group %j: the same group and endgroup, the same result',
    async (name) => {
      let fromOurs: unknown;
      let fromCore: unknown;
      const out = await both(
        async () => (fromOurs = await ours.runnerLogger.group(name, () => Promise.resolve(42))),
        async () => (fromCore = await core.group(name, () => Promise.resolve(42))),
      );
      expect(out.ours).toBe(out.core);
      expect(fromOurs).toBe(fromCore);
    },
  );

  it('a group whose body throws: both still close it', async () => {
    const fail = (): Promise<never> => Promise.reject(new Error('boom'));
    const out = await both(
      () => ours.runnerLogger.group('g', fail).catch(() => undefined),
      () => core.group('g', fail).catch(() => undefined),
    );
    expect(out.ours).toBe(out.core);
    expect(out.ours).toBe('::group::g\n::endgroup::\n');
  });

  it.each([['Released v1.2.3'], ['a: b, 100%\nsecond line'], ['']])(
    'info %j: the same line',
    async (message) => {
      const out = await both(
        () => ours.runnerLogger.info(message),
        () => core.info(message),
      );
      expect(out.ours).toBe(out.core);
    },
  );

  it('on purpose: info text the runner would execute is printed with commands stopped around it by us, raw by core', async () => {
    // A tag message or a PR title is not ours to run: core.info would let it set an output.
    const hostile = 'notes\n::set-output name=url::https://attacker.example\n::add-mask::Release';
    const out = await both(
      () => ours.runnerLogger.info(hostile),
      () => core.info(hostile),
    );
    const coreRead = readLikeTheRunner(out.core);
    expect(coreRead.commands.map((c) => c.command)).toEqual(['set-output', 'add-mask']);
    const oursRead = readLikeTheRunner(out.ours);
    expect(oursRead.commands.map((c) => c.command)).toEqual(['stop-commands', oursRead.commands[1]?.command]);
    expect(oursRead.commands[1]?.command).toMatch(/^release-actions-[0-9a-f]{32}$/);
    expect(oursRead.masks).not.toContain('Release');
    expect(out.ours).toContain(hostile);
  });
});

describe('failing the step', () => {
  it.each([['Input x got "": expected a value'], ['two\nlines: 100%, a=b']])(
    'setFailed %j: the same error command, exit code 1',
    async (message) => {
      const fromOurs = await printed(() => ours.setFailed(message));
      const oursCode = process.exitCode;
      process.exitCode = undefined;
      const fromCore = await printed(() => core.setFailed(message));
      expect(fromOurs).toBe(fromCore);
      expect(oursCode).toBe(1);
      expect(process.exitCode).toBe(1);
    },
  );
});

describe('the job summary', () => {
  const summaryFile = join(dir, 'step_summary');
  /** core.summary caches the file it found first; each case starts it afresh. */
  const coreSummary = (): typeof core.summary => {
    (core.summary as unknown as { _filePath?: string })._filePath = undefined;
    return core.summary.emptyBuffer();
  };

  it('the same bytes appended after what an earlier step wrote, twice', async () => {
    const markdown = new ours.JobSummary()
      .heading('Release v1.2.3')
      .facts({ tag: 'v1.2.3', assets: 2 })
      .table(['asset', 'bytes'], [['kontain.tar.gz', 1024]])
      .paragraph('Ünïcødé ✓');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    writeFileSync(summaryFile, '# earlier step\n');
    await markdown.write();
    await markdown.write();
    const fromOurs = readFileSync(summaryFile, 'utf8');
    writeFileSync(summaryFile, '# earlier step\n');
    for (let i = 0; i < 2; i++) await coreSummary().addRaw(markdown.toMarkdown()).addEOL().write();
    expect(fromOurs).toBe(readFileSync(summaryFile, 'utf8'));
    expect(fromOurs.startsWith('# earlier step\n## Release v1.2.3\n')).toBe(true);
  });

  it('a summary file that cannot be reached: the same error', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'step_summary');
    const fromCore = await coreSummary()
      .addRaw('x')
      .write()
      .then(
        () => 'written',
        (error: Error) => error.message,
      );
    const fromOurs = await new ours.JobSummary()
      .paragraph('x')
      .write()
      .then(
        () => 'written',
        (error: Error) => error.message,
      );
    expect(fromOurs).toBe(fromCore);
    expect(fromOurs).toContain('Unable to access summary file');
  });

  it('on purpose: without GITHUB_STEP_SUMMARY we write nothing; core throws', async () => {
    // Outside a runner (the CLI prints the summary itself) there is no file to append to.
    await expect(coreSummary().addRaw('x').write()).rejects.toThrow('Unable to find environment variable');
    await expect(new ours.JobSummary().paragraph('x').write()).resolves.toBeUndefined();
  });
});
