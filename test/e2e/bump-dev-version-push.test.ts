/**
 * bump-dev-version's commit, push and pull request, against real git (a bare remote) and the GitHub
 * sandbox, through the bundle.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runAction, type RunResult } from '../harness/runner.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { bump, git, readTree, TREES, VALUES_TARGET, writeTree } from './bump-dev-version-helpers.js';

const sandbox = useSandbox();
beforeEach(() => sandbox().clearLog());

describe('commit, push and pull request', () => {
  function project(): { remote: string; workspace: string } {
    const root = mkdtempSync(join(tmpdir(), 'bump-pr-'));
    const remote = join(root, 'os-vim-driver.git');
    const work = join(root, 'work');
    const git = (cwd: string, ...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
        encoding: 'utf8',
      }).trim();
    git(root, 'init', '-q', '--bare', '-b', 'main', remote);
    git(root, 'init', '-q', '-b', 'main', work);
    writeTree(work, readTree(join(TREES, 'os-vim-driver', 'expected-release-0.2.0'), true));
    git(work, 'add', '.');
    git(work, 'commit', '-qm', 'Release 0.2.0');
    git(work, 'remote', 'add', 'origin', `file://${remote}`);
    git(work, 'push', '-q', 'origin', 'main');
    return { remote, workspace: work };
  }

  it('pushes the next development version to a branch and opens the pull request; a rerun reuses both', async () => {
    const { remote, workspace } = project();
    await sandbox().createRepo('accanto/os-vim-driver', { gitDir: remote });
    const headBefore = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: workspace,
      encoding: 'utf8',
    }).trim();
    const run = (): Promise<RunResult> =>
      runAction({
        action: 'bump-dev-version',
        workspace,
        repository: 'accanto/os-vim-driver',
        ref: 'refs/heads/main',
        sha: headBefore,
        github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
        inputs: { mode: 'next-dev', version: '0.2.0', targets: VALUES_TARGET, push: 'pull-request' },
        // A runner's git has no identity configured: the bot's is used.
        env: { HOME: mkdtempSync(join(tmpdir(), 'home-')), GIT_CONFIG_NOSYSTEM: '1' },
      });
    const first = await run();
    expect(exitOf(first)).toBe(0);
    expect(first.outputs.branch).toBe('release-actions/next-dev-0.3.0.dev0');
    expect(first.outputs['pull-request']).toMatch(/\/accanto\/os-vim-driver\/pull\/\d+$/);
    // The working copy's branch did not move; the commit is on the remote branch only.
    expect(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim()).toBe(
      headBefore,
    );
    const show = (path: string): string =>
      execFileSync('git', ['show', `refs/heads/release-actions/next-dev-0.3.0.dev0:${path}`], {
        cwd: remote,
        encoding: 'utf8',
      });
    expect(show('osvimdriver/pkg_info.json')).toBe(
      readFileSync(join(workspace, 'osvimdriver/pkg_info.json'), 'utf8'),
    );
    expect(show('helm/os-vim-driver/Chart.yaml')).toContain('version: 0.3.0-dev.0');
    const log = execFileSync(
      'git',
      ['log', '-1', '--format=%s%n%an%n%P', 'refs/heads/release-actions/next-dev-0.3.0.dev0'],
      {
        cwd: remote,
        encoding: 'utf8',
      },
    );
    expect(log).toBe(`Start 0.3.0.dev0 development\ngithub-actions[bot]\n${headBefore}\n`);
    const pulls = await sandboxOctokit(sandbox()).rest.pulls.list({
      owner: 'accanto',
      repo: 'os-vim-driver',
      state: 'open',
    });
    expect(pulls.data.map((p) => [p.title, p.head.ref, p.base.ref])).toEqual([
      ['Start 0.3.0.dev0 development', 'release-actions/next-dev-0.3.0.dev0', 'main'],
    ]);
    expect(sandbox().count('pulls/create')).toBe(1);
    // The token never reaches the log, not even before masking.
    const basic = Buffer.from(`x-access-token:${sandbox().token}`).toString('base64');
    const printed = first.rawStdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(sandbox().token);
    expect(printed.join('\n')).not.toContain(basic);
    expect(first.masks).toEqual(expect.arrayContaining([sandbox().token, basic]));

    // A rerun starts from a fresh checkout of main.
    execFileSync('git', ['checkout', '-q', '--', '.'], { cwd: workspace });
    const again = await run();
    expect(exitOf(again)).toBe(0);
    expect(again.outputs['pull-request']).toBe(first.outputs['pull-request']);
    expect(again.log).toContain('Branch release-actions/next-dev-0.3.0.dev0: reused');
    expect(again.log).toContain('(already open)');
    expect(sandbox().count('pulls/create')).toBe(1);
  });

  it('on a tag, proposes into the default branch; push branch main fast-forwards main as the seed does', async () => {
    const { remote, workspace } = project();
    await sandbox().createRepo('accanto/os-vim-driver-2', { gitDir: remote });
    const github = { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token };
    const onTag = await runAction({
      action: 'bump-dev-version',
      workspace,
      repository: 'accanto/os-vim-driver-2',
      ref: 'refs/tags/v0.2.0',
      github,
      inputs: {
        mode: 'next-dev',
        push: 'pull-request',
        branch: 'next-dev',
        'commit-message': 'Next: 0.3.0.dev0',
      },
    });
    expect(exitOf(onTag)).toBe(0);
    expect(sandbox().count('repos/get')).toBe(1);
    const pulls = await sandboxOctokit(sandbox()).rest.pulls.list({
      owner: 'accanto',
      repo: 'os-vim-driver-2',
    });
    expect(pulls.data.map((p) => [p.title, p.head.ref, p.base.ref])).toEqual([
      ['Next: 0.3.0.dev0', 'next-dev', 'main'],
    ]);

    execFileSync('git', ['checkout', '-q', '--', '.'], { cwd: workspace });
    const mainBefore = execFileSync('git', ['rev-parse', 'main'], { cwd: remote, encoding: 'utf8' }).trim();
    const direct = await bump(workspace, {
      mode: 'next-dev',
      version: '0.2.0',
      push: 'branch',
      branch: 'main',
    });
    expect(exitOf(direct)).toBe(0);
    expect(direct.log).toContain('Branch main: updated');
    const parent = execFileSync('git', ['rev-parse', 'main^'], { cwd: remote, encoding: 'utf8' }).trim();
    expect(parent).toBe(mainBefore);
  });

  it('leaves a branch that holds other changes alone, and writes nothing', async () => {
    const { workspace } = project();
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: workspace,
        encoding: 'utf8',
      });
    git('checkout', '-q', '-b', 'taken');
    writeFileSync(join(workspace, 'other.txt'), 'x\n');
    git('add', 'other.txt');
    git('commit', '-qm', 'other');
    git('push', '-q', 'origin', 'taken');
    git('checkout', '-q', 'main');
    const result = await bump(workspace, {
      mode: 'next-dev',
      version: '0.2.0',
      push: 'branch',
      branch: 'taken',
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('Branch taken already exists at');
    expect(result.log).toContain('with other changes; delete it or choose another branch');
    expect(result.log).not.toContain('Unexpected failure');
    // Decided before the plan ran: nothing was written.
    expect(readFileSync(join(workspace, 'osvimdriver/pkg_info.json'), 'utf8')).toContain('"0.2.0"');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: workspace, encoding: 'utf8' })).toBe('');
  });

  it('a rerun after the base branch moved on reuses the branch holding the same change; one holding more is refused', async () => {
    const { remote, workspace } = project();
    const run = (): Promise<RunResult> =>
      bump(workspace, { mode: 'next-dev', version: '0.2.0', push: 'branch', branch: 'next' });
    expect(exitOf(await run())).toBe(0);
    const tip = git(remote, 'rev-parse', 'next');
    // main moves on (another pull request merged), and the job is rerun from a fresh checkout of it.
    git(workspace, 'checkout', '-q', '--', '.');
    writeFileSync(join(workspace, 'OTHER.md'), 'x\n');
    git(workspace, 'add', 'OTHER.md');
    git(workspace, 'commit', '-qm', 'other');
    git(workspace, 'push', '-q', 'origin', 'main');
    const again = await run();
    expect(exitOf(again)).toBe(0);
    expect(again.log).toContain('Branch next: reused');
    expect(git(remote, 'rev-parse', 'next')).toBe(tip);

    // The branch's one commit changing more than ours is other work.
    git(workspace, 'checkout', '-q', '--', '.');
    git(workspace, 'checkout', '-q', '-b', 'more', tip);
    writeFileSync(join(workspace, 'osvimdriver/pkg_info.json'), '{"version": "9.9.9"}\n');
    git(workspace, 'commit', '-qam', 'more');
    git(workspace, 'push', '-q', '-f', 'origin', 'HEAD:next');
    git(workspace, 'checkout', '-q', 'main');
    const refused = await run();
    expect(refused.exitCode).toBe(1);
    expect(refused.log).toContain('Branch next already exists at');
  });
});
