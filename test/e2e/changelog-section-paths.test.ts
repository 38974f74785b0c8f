/**
 * changelog-section (dist bundle, Node 24): where the `changelog` path may lead — a link inside the
 * workspace is followed and kept, anything outside is refused unless allowed — and inputs that used
 * to crash instead of naming themselves.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runAction, type RunOptions, type RunResult } from '../harness/runner.js';
import { createSampleProject, type SampleProject } from '../fixtures/sample-project.js';
import { useSandbox } from '../sandbox/jest.js';

const sandbox = useSandbox();

const base = (): Pick<RunOptions, 'github' | 'action'> => ({
  action: 'changelog-section',
  github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
});

const errors = (result: RunResult): string[] =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

const CHANGELOG = '# Changelog\n\n## v1.0.0\n\n- First release\n';

function outsideFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(folder, 'CHANGELOG.md'), '# Changelog\n\n## v1.0.0\n\n- root:x:0:0:secret\n');
  return folder;
}

describe('extract: the changelog path stays in the workspace', () => {
  it.each([
    ['an absolute path outside', (outside: string) => join(outside, 'CHANGELOG.md')],
    ['a ../ path', (outside: string) => join('..', outside.split('/').pop() ?? '', 'CHANGELOG.md')],
    ['a link to a file outside', () => 'LINK.md'],
  ])('%s is refused, and nothing of the file is printed', async (_what, value) => {
    const outside = outsideFolder();
    const workspace = join(outside, '..', `ws-${outside.split('/').pop() ?? ''}`);
    mkdirSync(workspace);
    symlinkSync(join(outside, 'CHANGELOG.md'), join(workspace, 'LINK.md'));
    const changelog = value(outside);
    const result = await runAction({ ...base(), workspace, inputs: { version: 'v1.0.0', changelog } });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Input 'changelog' got ${JSON.stringify(changelog).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: expected a path inside the workspace or the runner's temp folder`,
        ),
      ),
    ]);
    expect(`${result.log}${result.summary}${JSON.stringify(result.outputs)}`).not.toContain('secret');
  });

  it('a folder listed in allow-outside-workspace may be read', async () => {
    const outside = outsideFolder();
    const result = await runAction({
      ...base(),
      workspace: mkdtempSync(join(tmpdir(), 'ws-')),
      inputs: {
        version: 'v1.0.0',
        changelog: join(outside, 'CHANGELOG.md'),
        'allow-outside-workspace': outside,
      },
    });
    expect(exitOf(result)).toBe(0);
    expect(result.outputs.body).toBe('- root:x:0:0:secret');
  });

  it('a 10,000-character version is an input error, not ENAMETOOLONG', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    writeFileSync(join(workspace, 'CHANGELOG.md'), CHANGELOG);
    const version = `v1.0.0-${'a'.repeat(10_000)}`;
    const result = await runAction({ ...base(), workspace, inputs: { version, 'fail-if-missing': false } });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      `Input 'version' got ${JSON.stringify(`${version.slice(0, 200)}…`)}: expected a version or tag name of at most 200 characters, without spaces, such as v1.2.3`,
    ]);
    expect(result.log).not.toContain('ENAMETOOLONG');
  });
});

describe('generate with write: a symlinked changelog', () => {
  let project: SampleProject;
  let projects = 0;
  beforeEach(async () => {
    project = await createSampleProject(sandbox(), `accanto-systems/os-vim-driver-paths-${++projects}`);
    sandbox().clearLog();
  });

  const generate = (inputs: RunOptions['inputs']): Promise<RunResult> =>
    runAction({
      ...base(),
      repository: project.repository,
      sha: project.sha,
      ref: `refs/tags/${project.tag}`,
      workspace: project.workspace,
      inputs: { mode: 'generate', write: true, ...inputs },
    });

  it('pointing inside the workspace: the file it points to is edited and the link stays a link', async () => {
    mkdirSync(join(project.workspace, 'docs'), { recursive: true });
    renameSync(join(project.workspace, 'CHANGELOG.md'), join(project.workspace, 'docs/CHANGELOG.md'));
    symlinkSync('docs/CHANGELOG.md', join(project.workspace, 'CHANGELOG.md'));
    const result = await generate({});
    expect(exitOf(result)).toBe(0);
    expect(lstatSync(join(project.workspace, 'CHANGELOG.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(project.workspace, 'docs/CHANGELOG.md'), 'utf8')).toContain('## [v0.2.0]');
  });

  it('pointing outside the workspace: refused before anything is written; the outside file is unchanged', async () => {
    const outside = outsideFolder();
    const before = readFileSync(join(outside, 'CHANGELOG.md'), 'utf8');
    renameSync(join(project.workspace, 'CHANGELOG.md'), join(project.workspace, 'CHANGELOG.orig'));
    symlinkSync(join(outside, 'CHANGELOG.md'), join(project.workspace, 'CHANGELOG.md'));
    const result = await generate({});
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      `Input 'changelog' got "CHANGELOG.md": expected a path inside the workspace or the runner's temp folder (it leads to ${join(outside, 'CHANGELOG.md')}); list another folder in allow-outside-workspace to use it on purpose`,
    ]);
    expect(readFileSync(join(outside, 'CHANGELOG.md'), 'utf8')).toBe(before);
    expect(sandbox().requests).toHaveLength(0);
  });
});
