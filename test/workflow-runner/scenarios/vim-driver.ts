/**
 * Seed 003, the OpenStack VIM driver: workflows-examples/os-vim-driver-release.yml calling
 * python-helm-release.yml, which calls release.yml. The sample project's history as the driver's
 * repository has it: versions tagged without a `v` on the default branch master. Dispatched with
 * version 0.2.0 while master holds 0.2.0.dev0, then dispatched again (the rerun finds everything done);
 * or, the other way in, a push of a tag whose files already hold the version.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RegistryClient } from '../../../shared/src/registry/client.js';
import type { GitHubSandbox } from '../../sandbox/index.js';
import { createSampleProject, type SampleProject } from '../../fixtures/sample-project.js';
import { builtInFixtures } from '../builtins.js';
import type { Fixtures } from '../fixtures.js';
import { problemsOf, type Scenario, type World } from '../scenario.js';
import { DOCKER_STUB, HELM_STUB, PYTHON_STUB, withCommonStandIns } from '../stubs.js';
import type { RunReport } from '../types.js';

export const VIM_REPOSITORY = 'accanto-systems/os-vim-driver';
const CALLER = 'workflows-examples/os-vim-driver-release.yml';
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Release Bot',
  GIT_AUTHOR_EMAIL: 'bot@example.com',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'bot@example.com',
};

const gitIn = (cwd: string, args: string[], date?: string): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...IDENTITY,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  }).trim();
const bare = (gitDir: string, ...args: string[]): string => gitIn(gitDir, ['--git-dir', gitDir, ...args]);

/** The docker/ folder the driver's image is built from (seed 003 §4). */
const DOCKERFILE = `FROM python:3.12-slim
COPY whls/*.whl /tmp/whls/
RUN pip install /tmp/whls/*.whl && rm -rf /tmp/whls
CMD ["ovd"]
`;

/** The release tags as the driver writes them: without a `v`, annotated, dated as the sample's. */
function bareTag(gitDir: string, from: string, to: string): void {
  const commit = bare(gitDir, 'rev-parse', `${from}^{commit}`);
  const date = bare(gitDir, 'log', '-1', '--format=%cI', commit);
  gitIn(gitDir, ['--git-dir', gitDir, 'tag', '-a', to, '-m', to, commit], date);
  bare(gitDir, 'tag', '-d', from);
}

/**
 * The project as the driver's repository holds it before 0.2.0 is released: 0.1.0 tagged, master one
 * commit on with 0.2.0.dev0 (0.2.0-dev.0 in Chart.yaml) in every file, and the docker/ folder.
 */
export async function vimDriverBeforeRelease(github: GitHubSandbox): Promise<SampleProject> {
  const project = await createSampleProject(github, VIM_REPOSITORY);
  const gitDir = project.remote;
  const work = mkdtempSync(join(tmpdir(), 'vim-driver-'));
  try {
    gitIn(work, ['clone', '-q', `file://${gitDir}`, '.']);
    gitIn(work, ['checkout', '-q', '-b', 'master', project.previousTag]);
    const files: Record<string, string> = {
      'osvimdriver/pkg_info.json': '{\n  "version": "0.2.0.dev0",\n  "ignition-version": "==0.1.0"\n}\n',
      'helm/os-vim-driver/Chart.yaml':
        'apiVersion: v1\nappVersion: 0.2.0.dev0\ndescription: OpenStack VIM driver for Stratoss LM\nname: os-vim-driver\nversion: 0.2.0-dev.0\n',
      'helm/os-vim-driver/values.yaml':
        '# Default values for os-vim-driver\ndocker:\n  image: accanto/os-vim-driver\n  version: 0.2.0.dev0\n',
      'docker/Dockerfile': DOCKERFILE,
      'docker/whls/.gitkeep': '',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), text);
    }
    gitIn(work, ['add', '-A']);
    gitIn(work, ['commit', '-qm', 'Start 0.2.0 development'], '2026-10-02T09:00:00Z');
    gitIn(work, ['push', '-q', 'origin', 'master']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  bare(gitDir, 'tag', '-d', project.tag);
  bare(gitDir, 'branch', '-D', 'main');
  bareTag(gitDir, project.previousTag, '0.1.0');
  github.repo(VIM_REPOSITORY).defaultBranch = 'master';
  const head = bare(gitDir, 'rev-parse', 'refs/heads/master');
  return { ...project, previousTag: '0.1.0', tag: '0.2.0', sha: head, head };
}

/**
 * The project as it is once someone set 0.2.0 and pushed the tag by hand (seed 003 §1): tags 0.1.0 and
 * 0.2.0 without a `v`, on master.
 */
export async function vimDriverTagged(github: GitHubSandbox): Promise<SampleProject> {
  const project = await createSampleProject(github, VIM_REPOSITORY);
  const gitDir = project.remote;
  bareTag(gitDir, project.previousTag, '0.1.0');
  bareTag(gitDir, project.tag, '0.2.0');
  bare(gitDir, 'branch', '-m', 'main', 'master');
  github.repo(VIM_REPOSITORY).defaultBranch = 'master';
  return { ...project, previousTag: '0.1.0', tag: '0.2.0' };
}

/** The stand-ins: the build script and the image script run as written, with helm, python3, docker stubs. */
function vimFixtures(world: World): Fixtures {
  const fixtures = withCommonStandIns(builtInFixtures())
    .script('Name the release commit', 'its own script')
    .script(
      'Build the wheel, the docs archive and the Helm chart',
      'its own script, with python3 (setup.py bdist_wheel) and helm (package) stood in',
      { stubs: { python3: PYTHON_STUB, helm: HELM_STUB } },
    )
    .script('Say when the release goes out without notes', 'its own script')
    .script('Name the release repository', 'its own script');
  return world.registry
    ? fixtures.script(
        'Build and push the image',
        'its own script (skopeo asks the local registry); docker build makes an OCI image of the context, docker push copies it with skopeo',
        { stubs: { docker: DOCKER_STUB } },
      )
    : fixtures.run('Build and push the image', 'left out: no docker-registry on this machine', (s) =>
        s.log('::notice::No docker-registry on this machine: the image is not pushed in this rehearsal.'),
      );
}

/** IMAGE_REGISTRY, the caller's hook for another registry than docker.io: the local one. */
const imageVars = (world: World): Record<string, string> =>
  world.registry ? { IMAGE_REGISTRY: world.registry.host } : {};

const releaseOf = (github: GitHubSandbox, tag: string) =>
  [...github.repo(VIM_REPOSITORY).releases.values()].filter((r) => r.tag_name === tag);

function assetsOf(github: GitHubSandbox, tag: string): string[] {
  const repo = github.repo(VIM_REPOSITORY);
  const release = releaseOf(github, tag)[0];
  return release ? release.assetIds.map((id) => repo.assets.get(id)?.name ?? '?').sort() : [];
}

async function imageDigest(world: World, tag: string): Promise<string | undefined> {
  if (!world.registry) return undefined;
  const client = new RegistryClient({ backoffMs: [10] });
  const repo = { registry: world.registry.host, repository: 'accanto/os-vim-driver' };
  return (await client.headManifest(repo, tag))?.digest;
}

export const VIM_SCENARIOS: Scenario[] = [
  {
    caller: CALLER,
    describe:
      "Seed 003's release by hand (workflow_dispatch, version 0.2.0): version set and pushed, wheel, docs and chart built, release 0.2.0 with its tag, image pushed, next development version as a pull request; then the same dispatch again, which finds it all done",
    async prepare(github, world) {
      const project = await vimDriverBeforeRelease(github);
      const event = {
        name: 'workflow_dispatch' as const,
        ref: 'refs/heads/master',
        sha: project.head,
        inputs: { version: '0.2.0' },
      };
      return {
        repository: VIM_REPOSITORY,
        runs: [
          { label: 'dispatch version 0.2.0', event },
          { label: 'the same dispatch again', event },
        ],
        fixtures: vimFixtures(world),
        // The GitHub App path: the next-dev pull request and the release made with the App's token.
        vars: { ...imageVars(world), RELEASE_APP_CLIENT_ID: 'Iv23liReleaseBot' },
        secrets: {
          RELEASE_APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----\nstand-in\n-----END RSA PRIVATE KEY-----',
        },
        folders: [dirname(project.remote)],
        expect: async (reports: RunReport[]) => {
          const gitDir = project.remote;
          const master = bare(gitDir, 'rev-parse', 'refs/heads/master');
          const tagged = bare(gitDir, 'rev-parse', '--verify', '-q', 'refs/tags/0.2.0^{commit}');
          const releases = releaseOf(github, '0.2.0');
          const pulls = [...github.repo(VIM_REPOSITORY).issues.values()].filter(
            (i) => i.pull && i.pull.base.ref === 'master',
          );
          const image = await imageDigest(world, '0.2.0');
          return problemsOf([
            [
              bare(gitDir, 'log', '-1', '--format=%s', master) === 'Set version 0.2.0' &&
                bare(gitDir, 'rev-parse', `${master}^`) === project.head,
              'master does not end with the version commit on top of 0.2.0.dev0',
            ],
            [tagged === master, `the tag 0.2.0 is at ${tagged}, not at the version commit ${master}`],
            [
              releases.length === 1 && releases[0]?.draft === false,
              `${releases.length} release(s) for 0.2.0, expected one, published`,
            ],
            [
              assetsOf(github, '0.2.0').join() ===
                ['SHA256SUMS', 'os-vim-driver-0.2.0-docs.tgz', 'os-vim-driver-0.2.0.tgz'].join(),
              `release assets: ${assetsOf(github, '0.2.0').join(', ')}`,
            ],
            [
              releases[0]?.body?.includes('Fix keystone v3 domain handling') === true,
              'the release description lacks the notes generated from what merged',
            ],
            [
              pulls.length === 1,
              `${pulls.length} pull request(s) into master for the next development version`,
            ],
            [
              !world.registry || image !== undefined,
              'accanto/os-vim-driver:0.2.0 is not in the local registry',
            ],
            [reports.length === 2, `${reports.length} run(s), expected the dispatch and its rerun`],
          ]);
        },
      };
    },
  },
];

/** The other way in (seed 003 §1 by hand, then the tag pushed): for the engine's own tests. */
export const VIM_TAG_SCENARIO: Scenario = {
  caller: CALLER,
  describe: "Seed 003's release on a push of the 0.2.0 tag whose files already hold 0.2.0",
  async prepare(github, world) {
    const project = await vimDriverTagged(github);
    return {
      repository: VIM_REPOSITORY,
      runs: [
        { label: 'push of the tag 0.2.0', event: { name: 'push', ref: 'refs/tags/0.2.0', sha: project.sha } },
      ],
      fixtures: vimFixtures(world),
      vars: imageVars(world),
      folders: [dirname(project.remote)],
      expect: () => {
        const pulls = [...github.repo(VIM_REPOSITORY).issues.values()].filter(
          (i) => i.pull && i.pull.base.ref === 'master',
        );
        return problemsOf([
          [releaseOf(github, '0.2.0').filter((r) => !r.draft).length === 1, 'no published release 0.2.0'],
          [
            assetsOf(github, '0.2.0').join() ===
              ['SHA256SUMS', 'os-vim-driver-0.2.0-docs.tgz', 'os-vim-driver-0.2.0.tgz'].join(),
            `release assets: ${assetsOf(github, '0.2.0').join(', ')}`,
          ],
          [
            pulls.length === 1,
            `${pulls.length} pull request(s) into master for the next development version`,
          ],
        ]);
      },
    };
  },
};
