/**
 * For the engine's tests: a scratch repository root holding workflow files, a small project pushed to
 * a bare remote and registered in the sandbox, and a copy of this repository's workflows to edit.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../harness/runner.js';
import type { GitHubSandbox } from '../sandbox/index.js';

const made: string[] = [];

/** A temporary folder, removed by removeScratch(). */
function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every folder these helpers made (a test file's afterAll). */
export function removeScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A folder with these files (path → text), as a repository root the engine reads workflows from. */
export function scratchRoot(files: Record<string, string>): string {
  const root = scratch('workflow-root-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** This repository's workflows and example callers, copied so that a test can edit them. */
export function copyOfWorkflows(): {
  root: string;
  edit(path: string, from: string | RegExp, to: string): void;
} {
  const root = scratch('workflow-copy-');
  for (const dir of ['.github/workflows', 'workflows-examples'])
    cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  return {
    root,
    edit(path, from, to) {
      const file = join(root, path);
      const text = readFileSync(file, 'utf8');
      const edited = text.replace(from, () => to);
      if (edited === text) throw new Error(`copyOfWorkflows: ${String(from)} is not in ${path}`);
      writeFileSync(file, edited);
    },
  };
}

export interface Project {
  repository: string;
  gitDir: string;
  /** The tagged commit (v1.0.0). */
  sha: string;
  /** main's tip, one commit past the tag. */
  head: string;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Release Bot',
  GIT_AUTHOR_EMAIL: 'bot@example.com',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'bot@example.com',
  GIT_AUTHOR_DATE: '2026-10-01T10:00:00Z',
  GIT_COMMITTER_DATE: '2026-10-01T10:00:00Z',
};

/** A small project: CHANGELOG.md with a v1.0.0 section, tagged v1.0.0, then one more commit on main. */
export async function smallProject(github: GitHubSandbox, repository = 'octo-org/app'): Promise<Project> {
  const dir = scratch('small-project-');
  const gitDir = join(dir, 'app.git');
  const work = join(dir, 'work');
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
  git(dir, 'init', '-q', '--bare', '-b', 'main', gitDir);
  git(dir, 'init', '-q', '-b', 'main', work);
  writeFileSync(join(work, 'CHANGELOG.md'), '# Changelog\n\n## v1.0.0\n\n- First release.\n');
  writeFileSync(join(work, 'README.md'), '# app\n');
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'First release');
  git(work, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  const sha = git(work, 'rev-parse', 'HEAD');
  writeFileSync(join(work, 'README.md'), '# app\n\nMore.\n');
  git(work, 'commit', '-qam', 'More');
  const head = git(work, 'rev-parse', 'HEAD');
  git(work, 'push', '-q', `file://${gitDir}`, 'main', '--tags');
  await github.createRepo(repository, { gitDir });
  return { repository, gitDir, sha, head };
}
