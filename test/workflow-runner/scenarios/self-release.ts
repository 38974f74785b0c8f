/**
 * This repository releasing itself: .github/workflows/self-release.yml (calling release.yml) on a
 * repository holding this repository's own workflows and action.yml files as they are now. v1.0.0 is
 * released and `v1` points at it; the push of v1.1.0 releases it, moves `v1`, and publishes the GHES
 * variant (`v1.1.0-ghes`, every `$/<path>` rewritten to `<repository>/<path>@<v1.1.0's commit>`, and
 * `v1-ghes`); the same push again changes nothing; then a patch of the older minor, v1.0.1, is
 * released without moving `v1` back. The test suite itself is stood in for (npm test runs it).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY } from '../../../scripts/lib.js';
import { ROOT } from '../../harness/runner.js';
import { builtInFixtures } from '../builtins.js';
import { problemsOf, type Scenario } from '../scenario.js';
import { withCommonStandIns } from '../stubs.js';

const ENV = {
  GIT_AUTHOR_NAME: 'Release Bot',
  GIT_AUTHOR_EMAIL: 'bot@example.com',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'bot@example.com',
};

function git(cwd: string, args: string[], date?: string): string {
  const env = {
    ...process.env,
    ...ENV,
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
}

/** This repository's workflows and action.yml files, as the self-release job checks them out. */
function copyOwnFiles(work: string): void {
  cpSync(join(ROOT, '.github/workflows'), join(work, '.github/workflows'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'actions'))) {
    mkdirSync(join(work, 'actions', name), { recursive: true });
    cpSync(join(ROOT, 'actions', name, 'action.yml'), join(work, 'actions', name, 'action.yml'));
  }
}

export const SELF_RELEASE_SCENARIO: Scenario = {
  caller: '.github/workflows/self-release.yml',
  describe:
    'This repository releasing v1.1.0 with its own workflows: release, v1 moved, the GHES variant v1.1.0-ghes published; the same push again; then v1.0.1, which leaves v1 where it is',
  async prepare(github) {
    const root = mkdtempSync(join(tmpdir(), 'self-release-'));
    const gitDir = join(root, 'release-actions.git');
    const work = join(root, 'work');
    git(root, ['init', '-q', '--bare', '-b', 'main', gitDir]);
    git(root, ['init', '-q', '-b', 'main', work]);
    copyOwnFiles(work);
    writeFileSync(join(work, 'README.md'), '# release-actions\n');
    git(work, ['add', '-A']);
    git(work, ['commit', '-qm', 'Release actions 1.0.0'], '2026-11-01T10:00:00Z');
    git(work, ['tag', '-a', 'v1.0.0', '-m', 'v1.0.0'], '2026-11-01T10:00:00Z');
    git(work, ['tag', 'v1', 'v1.0.0^{commit}']);
    const v100 = git(work, ['rev-parse', 'HEAD']);
    writeFileSync(join(work, 'README.md'), '# release-actions\n\nReusable workflows too.\n');
    git(work, ['commit', '-qam', 'Reusable workflows'], '2026-12-01T10:00:00Z');
    git(work, ['tag', '-a', 'v1.1.0', '-m', 'v1.1.0'], '2026-12-01T10:00:00Z');
    const v110 = git(work, ['rev-parse', 'HEAD']);
    // A patch of 1.0 after 1.1: on a branch of its own.
    git(work, ['checkout', '-q', '-b', 'release-1.0', 'v1.0.0']);
    writeFileSync(join(work, 'README.md'), '# release-actions\n\nA fix for 1.0.\n');
    git(work, ['commit', '-qam', 'A fix for 1.0'], '2026-12-02T10:00:00Z');
    git(work, ['tag', '-a', 'v1.0.1', '-m', 'v1.0.1'], '2026-12-02T10:00:00Z');
    const v101 = git(work, ['rev-parse', 'HEAD']);
    git(work, ['push', '-q', `file://${gitDir}`, 'main', 'release-1.0', '--tags']);
    await github.createRepo(REPOSITORY, { gitDir, description: 'Release actions' });
    const bare = (...args: string[]): string => git(gitDir, ['--git-dir', gitDir, ...args]);
    const at = (ref: string): string => {
      try {
        return bare('rev-parse', '--verify', '-q', `${ref}^{commit}`);
      } catch {
        return '';
      }
    };
    const suite = (what: string) => (step: { log(text: string): void }) =>
      step.log(`${what}: stood in (the rehearsal does not run this repository's test suite inside itself)`);
    return {
      repository: REPOSITORY,
      runs: [
        { label: 'push of v1.1.0', event: { name: 'push', ref: 'refs/tags/v1.1.0', sha: v110 } },
        { label: 'push of v1.1.0 again', event: { name: 'push', ref: 'refs/tags/v1.1.0', sha: v110 } },
        {
          label: 'push of v1.0.1, a patch of 1.0',
          event: { name: 'push', ref: 'refs/tags/v1.0.1', sha: v101 },
        },
      ],
      fixtures: withCommonStandIns(builtInFixtures())
        .run(
          'Check dist and docs are fresh',
          'npm ci, check-dist and check-docs: npm test runs them',
          suite('check-dist, check-docs'),
        )
        .run('Run the tests', 'bash .ci/run: npm test is this suite', suite('.ci/run'))
        .script('Say the GHES variant is not published', 'its own script')
        .script(
          'Publish the GHES variant',
          'its own script: perl rewrites the workflows, git commits and pushes',
        )
        .script('Move the major tags', 'its own script: git push --force-with-lease of v1 and v1-ghes'),
      vars: { RELEASE_APP_CLIENT_ID: 'Iv23.rehearsal' },
      secrets: {
        RELEASE_APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----rehearsal-----END RSA PRIVATE KEY-----',
      },
      folders: [root],
      expect: () => {
        const releases = [...github.repo(REPOSITORY).releases.values()];
        const published = (tag: string) => releases.filter((r) => r.tag_name === tag && !r.draft).length;
        const variant = at('refs/tags/v1.1.0-ghes');
        const workflow = variant ? bare('show', `${variant}:.github/workflows/release.yml`) : '';
        let selfRefs: string[] = [];
        try {
          selfRefs = bare(
            'grep',
            '-n',
            '-E',
            `^[[:space:]]*(-[[:space:]]+)?uses:[[:space:]]*["']?[$]/`,
            variant,
            '--',
            '.github/workflows',
          ).split('\n');
        } catch {
          // git grep exits 1 when nothing matches: no $/ is left.
        }
        return problemsOf([
          [
            published('v1.1.0') === 1 && published('v1.0.1') === 1,
            'releases v1.1.0 and v1.0.1 are not both published',
          ],
          [at('refs/tags/v1') === v110, `v1 is at ${at('refs/tags/v1')}, not v1.1.0's ${v110}`],
          [
            variant !== '' && bare('rev-parse', `${variant}^`) === v110,
            'v1.1.0-ghes is not a commit on top of v1.1.0',
          ],
          [
            workflow.includes(`uses: ${REPOSITORY}/actions/create-release@${v110}`),
            'release.yml of v1.1.0-ghes does not name create-release at v1.1.0',
          ],
          [selfRefs.join('') === '', `$/ left in v1.1.0-ghes: ${selfRefs.join('; ')}`],
          [at('refs/tags/v1-ghes') === variant, 'v1-ghes is not at v1.1.0-ghes'],
          [at('refs/tags/v1.0.1-ghes') !== '', 'no v1.0.1-ghes'],
          [at('refs/tags/v1.0.0') === v100, 'v1.0.0 moved'],
        ]);
      },
    };
  },
};
