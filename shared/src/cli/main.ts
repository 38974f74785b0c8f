/**
 * `release-actions <action> --input value …`: run an action's bundle at a terminal, exactly as the
 * runner would run it (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), in the
 * current directory, then print its outputs and job summary. The bundle is the same code a workflow
 * runs, so what a maintainer rehearses here is what the workflow does.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  helpText,
  inputEnvironment,
  parseCommandLine,
  secretInputs,
  UsageError,
  withTerminalDefaults,
  type ActionSpec,
} from './args.js';

export { UsageError };
import { CommandTranslator, parseOutputFile } from './commands.js';

/** The project root: the folder holding actions/ and dist/ above this file (bundle or source). */
function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'actions')) && existsSync(join(dir, 'dist'))) return dir;
  }
  throw new Error('cannot find the actions/ and dist/ folders above the release-actions CLI');
}

function readSpecs(root: string): ActionSpec[] {
  return readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'dist', name, 'index.js')))
    .map((name) => {
      const yml = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
        description?: string;
        inputs?: Record<
          string,
          { description?: string; required?: boolean; default?: string | number | boolean }
        >;
      };
      const inputs: ActionSpec['inputs'] = {};
      for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
        inputs[input] = {
          ...(spec.description !== undefined ? { description: spec.description } : {}),
          ...(spec.required !== undefined ? { required: spec.required } : {}),
          ...(spec.default !== undefined ? { default: String(spec.default) } : {}),
        };
      }
      return { name, description: yml.description ?? '', inputs };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * owner/repo of a remote URL (https, ssh or scp-like) on the GitHub server's host; undefined for any
 * other host, so a token is never aimed at a repository that merely shares an owner/name.
 */
export function repositoryOfUrl(url: string, serverHost = 'github.com'): string | undefined {
  const match = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(
    url,
  );
  if (!match || match[1]?.toLowerCase() !== serverHost.toLowerCase()) return undefined;
  return `${match[2]}/${match[3]}`;
}

/** The ref of the checkout: its branch, or the one tag at a detached HEAD. */
function checkoutRef(cwd: string): string {
  const branch = git(['symbolic-ref', '-q', 'HEAD'], cwd);
  if (branch) return branch;
  const tags = (git(['tag', '--points-at', 'HEAD'], cwd) ?? '').split('\n').filter(Boolean);
  return tags.length === 1 ? `refs/tags/${tags[0]}` : '';
}

/** The GITHUB_* variables a terminal run needs, from the environment first and git second. */
function runnerEnvironment(cwd: string, temp: string, runnerTemp: string): Record<string, string> {
  const env = process.env;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const origin = git(['remote', 'get-url', 'origin'], cwd);
  const repository =
    env.GITHUB_REPOSITORY ??
    (origin && repositoryOfUrl(origin, new URL(serverUrl).hostname)) ??
    `local/${basename(cwd)}`;
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_PATH: join(temp, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return {
    GITHUB_WORKSPACE: cwd,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_SHA: env.GITHUB_SHA ?? git(['rev-parse', 'HEAD'], cwd) ?? '',
    GITHUB_REF: env.GITHUB_REF ?? checkoutRef(cwd),
    GITHUB_EVENT_NAME: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    GITHUB_API_URL: env.GITHUB_API_URL ?? 'https://api.github.com',
    GITHUB_SERVER_URL: serverUrl,
    RUNNER_TEMP: runnerTemp,
    ...files,
  };
}

function printOutputs(outputs: Record<string, string>, mask: (text: string) => string): void {
  const names = Object.keys(outputs);
  if (!names.length) return;
  console.log('\nOutputs:');
  for (const name of names) {
    const value = outputs[name] ?? '';
    const lines = value.split('\n');
    const shown = lines.length > 1 ? `${lines[0] ?? ''} … (${lines.length} lines)` : value;
    console.log(mask(`  ${name} = ${shown.length > 300 ? `${shown.slice(0, 300)}…` : shown}`));
  }
}

/** Run the command line; resolves to the exit code (the action's own, or 2 for a usage error). */
export async function main(argv: string[]): Promise<number> {
  const root = findRoot();
  const specs = readSpecs(root);
  const line = parseCommandLine(argv);
  if (line.action === undefined) {
    console.log(helpText(specs));
    return line.help ? 0 : 2;
  }
  const spec = specs.find((s) => s.name === line.action);
  if (!spec)
    throw new UsageError(`no action '${line.action}' (actions: ${specs.map((s) => s.name).join(', ')})`);
  if (line.help) {
    console.log(helpText(specs, spec.name));
    return 0;
  }
  const cwd = process.cwd();
  // The command files go when the run ends; RUNNER_TEMP stays when the action left files there (an
  // output such as a body-file points into it), and goes when it is empty.
  const temp = mkdtempSync(join(tmpdir(), `release-actions-${spec.name}-`));
  const runnerTemp = mkdtempSync(join(tmpdir(), `release-actions-temp-`));
  let planned = false;
  try {
    const runner = runnerEnvironment(cwd, temp, runnerTemp);
    const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
    const given = withTerminalDefaults(spec, line);
    const inputs = inputEnvironment(spec, given, {
      'github.token': token,
      'github.repository': runner.GITHUB_REPOSITORY ?? '',
      'github.sha': runner.GITHUB_SHA ?? '',
      'github.ref': runner.GITHUB_REF ?? '',
      'github.workspace': cwd,
    });
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')),
    );
    if (line.apply)
      console.error(
        `Applying ${spec.name} for ${runner.GITHUB_REPOSITORY} at ${runner.GITHUB_SHA || 'no commit'} (${runner.GITHUB_API_URL}): it writes for real.`,
      );
    const child = spawn(process.execPath, [join(root, 'dist', spec.name, 'index.js')], {
      cwd,
      env: { ...inherited, ...runner, ...inputs, ...(line.verbose ? { RUNNER_DEBUG: '1' } : {}) },
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    const translator = new CommandTranslator(line.verbose);
    for (const secret of [token, process.env.GH_TOKEN ?? '', ...secretInputs(spec, given)])
      translator.addMask(secret);
    const show =
      (stream: 'stdout' | 'stderr') =>
      (text: string): void => {
        if (wouldWrite(text)) planned = true;
        for (const out of translator.translate(text, stream))
          (out.stream === 'stdout' ? console.log : console.error)(out.text);
      };
    createInterface({ input: child.stdout }).on('line', show('stdout'));
    createInterface({ input: child.stderr }).on('line', show('stderr'));
    const code = await new Promise<number>((done, fail) => {
      child.on('error', fail);
      child.on('close', (exit) => done(exit ?? 1));
    });
    const summary = readFileSync(runner.GITHUB_STEP_SUMMARY ?? '', 'utf8').trim();
    if (summary) console.log(translator.mask(`\n${summary}`));
    printOutputs(parseOutputFile(readFileSync(runner.GITHUB_OUTPUT ?? '', 'utf8')), (t) =>
      translator.mask(t),
    );
    // Only a run that planned writes was held back: a read-only mode (verify, extract) has nothing to apply.
    if (given['dry-run'] === 'true' && !line.inputs['dry-run'] && planned)
      console.error('\nThat was a dry run (the default at a terminal): add --apply to write.');
    return code;
  } finally {
    rmSync(temp, { recursive: true, force: true });
    removeIfEmpty(runnerTemp);
  }
}

/**
 * True for the line a dry run prints when its plan has effects (shared/src/plan's executePlan:
 * "Dry run: 3 effect(s) planned, nothing written.").
 */
export function wouldWrite(line: string): boolean {
  return /^Dry run: [1-9]\d* effect\(s\) planned/.test(line);
}

/** Remove the run's RUNNER_TEMP unless the action left files there (its outputs name them). */
function removeIfEmpty(dir: string): void {
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // Already gone: nothing to remove.
  }
}
