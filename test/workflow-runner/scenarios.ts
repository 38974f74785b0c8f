/**
 * Rehearsal scenarios: for each example caller the engine can run here, the sample project it runs on
 * (the rehearsal's own fixtures, pushed to a bare remote and served by the sandbox), the event, and
 * the stand-ins for the steps this machine cannot run. `expect` says what must hold afterwards in the
 * sandbox, so a run that "passes" without doing the release fails.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import type { GitHubSandbox } from '../sandbox/index.js';
import { createGoMonorepo, remoteRefs } from '../fixtures/go-monorepo.js';
import { createSampleProject, type SampleProject } from '../fixtures/sample-project.js';
import { builtInFixtures } from './builtins.js';
import type { WorkflowEvent } from './event.js';
import type { Fixtures } from './fixtures.js';
import type { RunReport } from './types.js';

export interface Prepared {
  repository: string;
  event: WorkflowEvent;
  fixtures: Fixtures;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** What must hold once the run is over; each string a problem. */
  expect(report: RunReport): string[];
  /** Folders the scenario made, removed after the rehearsal. */
  folders: string[];
}

export interface Scenario {
  caller: string;
  describe: string;
  prepare(github: GitHubSandbox): Promise<Prepared>;
}

/**
 * helm, for `helm package <chart> [--destination <dir>]` only: the chart folder as
 * `<name>-<version>.tgz`, name and version read from its Chart.yaml as helm reads them.
 */
export const HELM_STUB = `#!/bin/bash
set -euo pipefail
if [ "\${1:-}" != package ]; then echo "helm stand-in: only 'helm package' is supported" >&2; exit 1; fi
shift
chart=""; dest="."
while [ $# -gt 0 ]; do
  case "$1" in
    --destination|-d) dest="$2"; shift 2 ;;
    *) chart="$1"; shift ;;
  esac
done
name=$(sed -n 's/^name: *//p' "$chart/Chart.yaml")
version=$(sed -n 's/^version: *//p' "$chart/Chart.yaml")
mkdir -p "$dest"
tar -czf "$dest/$name-$version.tgz" -C "$(dirname "$chart")" "$(basename "$chart")"
echo "Successfully packaged chart and saved it to: $dest/$name-$version.tgz"
`;

const git = (gitDir: string, ...args: string[]): string =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' }).trim();

/**
 * The sample project as the OpenStack VIM driver's repository has it: versions tagged without a `v`
 * (0.1.0, 0.2.0; the caller's `on.push.tags` and tag-pattern want that) on the default branch master.
 */
export async function vimDriverProject(github: GitHubSandbox): Promise<SampleProject> {
  const project = await createSampleProject(github);
  const gitDir = project.remote;
  for (const tag of [project.previousTag, project.tag]) {
    const bare = tag.replace(/^v/, '');
    const commit = git(gitDir, 'rev-parse', `${tag}^{commit}`);
    const date = git(gitDir, 'log', '-1', '--format=%cI', commit);
    execFileSync('git', ['--git-dir', gitDir, 'tag', '-a', bare, '-m', bare, commit], {
      env: {
        ...process.env,
        GIT_COMMITTER_NAME: 'Release Bot',
        GIT_COMMITTER_EMAIL: 'bot@example.com',
        GIT_COMMITTER_DATE: date,
      },
    });
    git(gitDir, 'tag', '-d', tag);
  }
  git(gitDir, 'branch', '-m', 'main', 'master');
  github.repo(project.repository).defaultBranch = 'master';
  return { ...project, previousTag: '0.1.0', tag: '0.2.0' };
}

const problemsOf = (checks: [boolean, string][]): string[] => checks.filter(([ok]) => !ok).map(([, m]) => m);

export const SCENARIOS: Scenario[] = [
  {
    caller: 'workflows-examples/os-vim-driver-release.yml',
    describe:
      "Seed 003's release on a push of the 0.2.0 tag: version check, docs and chart packaged, release.yml, next development version",
    async prepare(github) {
      const project = await vimDriverProject(github);
      const fixtures = builtInFixtures()
        .script(
          'Package the docs and the Helm chart',
          'its own script, with a helm stand-in that tars the chart as helm package names it',
          { stubs: { helm: HELM_STUB } },
        )
        .script('Say when the release goes out without notes', 'its own script');
      return {
        repository: project.repository,
        event: { name: 'push', ref: `refs/tags/${project.tag}`, sha: project.sha },
        fixtures,
        folders: [dirname(project.remote)],
        expect: () => {
          const repo = github.repo(project.repository);
          const release = [...repo.releases.values()].find((r) => r.tag_name === project.tag);
          const assets = release ? release.assetIds.map((id) => repo.assets.get(id)?.name).sort() : [];
          const pulls = [...repo.issues.values()].filter((i) => i.pull && i.pull.base.ref === 'master');
          return problemsOf([
            [release !== undefined && !release.draft, `no published release ${project.tag}`],
            [
              assets.join() ===
                ['SHA256SUMS', 'os-vim-driver-0.2.0-docs.tgz', 'os-vim-driver-0.2.0.tgz'].join(),
              `release assets: ${assets.join(', ')}`,
            ],
            [
              pulls.length === 1,
              `${pulls.length} pull request(s) into master for the next development version`,
            ],
          ]);
        },
      };
    },
  },
  {
    caller: 'workflows-examples/os-vim-driver-release-notes.yml',
    describe:
      "Seed 003's release notes for v0.1.0 from CHANGELOG.md, dispatched by hand (workflow_dispatch with version)",
    async prepare(github) {
      const project = await createSampleProject(github);
      const fixtures = builtInFixtures()
        .script('Check the section fits a job output', 'its own script')
        .script('Show the release description', 'its own script');
      return {
        repository: project.repository,
        folders: [dirname(project.remote)],
        event: {
          name: 'workflow_dispatch',
          ref: 'refs/heads/main',
          sha: project.head,
          inputs: { version: project.previousTag },
        },
        fixtures,
        expect: (report) => {
          const show = report.jobs.find((j) => j.id === 'show');
          return problemsOf([
            [
              show?.summary.includes(`## Release notes for ${project.previousTag}`) === true,
              'the show job has no release notes heading',
            ],
            [
              show?.summary.includes('Initial OpenStack VIM driver') === true,
              "the show job's summary lacks the v0.1.0 section",
            ],
          ]);
        },
      };
    },
  },
  {
    caller: 'workflows-examples/peer-pods-go-module-tags.yml',
    describe: "Seed 001's Go module tags v0.8.0 for peer pods, dispatched by hand with dry-run off",
    prepare: async (github) => {
      const go = createGoMonorepo();
      const repository = 'confidential-containers/cloud-api-adaptor';
      await github.createRepo(repository, { gitDir: go.remote });
      const fixtures = builtInFixtures().script('List the tags', 'its own script');
      return {
        repository,
        folders: [dirname(go.remote)],
        event: {
          name: 'workflow_dispatch',
          ref: 'refs/heads/main',
          sha: go.sha,
          inputs: { version: 'v0.8.0', 'dry-run': 'false' },
        },
        fixtures,
        expect: () => {
          const tags = remoteRefs(go.remote)
            .split('\n')
            .map((line) => line.split(' ')[2] ?? '')
            .filter((ref) => ref.startsWith('refs/tags/'))
            .sort();
          const expected = [
            'cloud-api-adaptor',
            'cloud-providers',
            'csi-wrapper',
            'peerpod-ctrl',
            'webhook',
          ].map((d) => `refs/tags/src/${d}/v0.8.0`);
          return problemsOf([[tags.join() === expected.join(), `tags pushed: ${tags.join(', ') || 'none'}`]]);
        },
      };
    },
  },
];

export function scenarioFor(caller: string): Scenario | undefined {
  const name = caller.split('/').pop();
  return SCENARIOS.find((s) => s.caller === caller || s.caller.split('/').pop() === name);
}
