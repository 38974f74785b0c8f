/**
 * Seed 000, Kontain KM: workflows-examples/km-release.yml, run in KM's private sources (kontainapp/km)
 * and releasing into kontainapp/km-releases, where years of daily and demo releases wait (seeded).
 * Three runs, as KM's pipeline meets them: the push of the v0.10-beta tag (release.yml: the build's
 * tarballs released in km-releases, the runenv images published from the CI registry, the release
 * validated by running km-releases' install guides, the CI tags removed); a push to master
 * (rolling-release.yml: v0.10-daily made, the dailies of older minors pruned); and a workflow_dispatch
 * that deletes one demo release. `make release` is stood in for (KM's tarballs, its runenv images
 * pushed to the local registry as the CI registry); the guides run for real on the installed stand-in
 * `km`, with KVM when this user can open /dev/kvm, else with require-kvm false (said in a note).
 */
import { constants, accessSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../../shared/src/registry/client.js';
import { buildTarballs, gettingStarted } from '../../fixtures/kvm-validate-release.js';
import { buildImage } from '../../registry/image.js';
import { pushImage } from '../../registry/push.js';
import type { GitHubSandbox } from '../../sandbox/index.js';
import { commitFiles, initBareRepo, seedReleases } from '../../sandbox/seed.js';
import { builtInFixtures } from '../builtins.js';
import { StepFailure, type StepCall } from '../fixtures.js';
import { problemsOf, type Scenario } from '../scenario.js';
import { withCommonStandIns } from '../stubs.js';

const SOURCES = 'kontainapp/km';
const RELEASES = 'kontainapp/km-releases';
const TAG = 'v0.10-beta';
const PAYLOADS = ['python', 'node', 'java'];
const DEMO = 'v0.9-beta-demo-nokia';

/** km-releases' second guide: the python payload's example (the text is ours). */
const PYTHON_GUIDE = `# The python payload

Run the example the payload tarball installs:

\`\`\`sh
python3 "$INSTALL_PREFIX/examples/python/hello_again.py"
\`\`\`

\`\`\`text
Hello again
\`\`\`
`;

/** A port nothing listens on right now (the guide's example service takes it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function kvmUsable(): boolean {
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `make release [runenv-image push-runenv-image]` as KM's Makefile leaves it: build/kontain.tar.gz and
 * build/km-python.tar.gz for RELEASE_TAG, and with the image targets each payload's runenv image
 * pushed to CI_REGISTRY under IMAGE_TAG. A build command it does not know fails the step.
 */
function makeRelease(images: boolean) {
  const expected = images ? 'make release runenv-image push-runenv-image' : 'make release';
  return async (step: StepCall): Promise<void> => {
    const { BUILD_COMMAND: command, RELEASE_TAG: tag, IMAGE_TAG: imageTag, CI_REGISTRY: host } = step.env;
    if (command !== expected)
      throw new StepFailure(`the stand-in knows '${expected}', the workflow ran '${command ?? ''}'`);
    if (!tag) throw new StepFailure('RELEASE_TAG is not set');
    buildTarballs(join(step.workingDirectory, 'build'), tag);
    step.log(`make release: build/kontain.tar.gz, build/km-python.tar.gz for ${tag}`);
    if (!images || !host) return;
    if (!imageTag) throw new StepFailure('IMAGE_TAG is not set');
    const client = new RegistryClient();
    for (const payload of PAYLOADS) {
      const image = buildImage({
        layers: [{ files: { [`opt/kontain/runenv/${payload}`]: `${payload} payload ${tag}\n` } }],
        label: payload,
      });
      const digest = await pushImage(
        client,
        { registry: host, repository: `runenv-${payload}` },
        imageTag,
        image,
      );
      step.log(`make push-runenv-image: ${host}/runenv-${payload}:${imageTag} ${digest}`);
    }
  };
}

/** km-releases as KM has it: the guides on master, dailies of six minors and a demo release. */
async function kmReleases(github: GitHubSandbox, root: string): Promise<void> {
  const gitDir = await initBareRepo(join(root, 'km-releases.git'), 'master');
  const head = await commitFiles(
    gitDir,
    'master',
    { 'README.md': gettingStarted(TAG), 'examples/python/README.md': PYTHON_GUIDE },
    'Guides for v0.10',
  );
  const repo = await github.createRepo(RELEASES, { gitDir });
  const day = (n: number): string =>
    new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  await seedReleases(repo, github.state, [
    ...[4, 5, 6, 7, 8, 9].map((n) => ({
      tag: `v0.${n}-daily`,
      sha: head,
      name: `Kontain v0.${n}-daily`,
      published_at: day(200 - n * 10),
      prerelease: true,
    })),
    { tag: DEMO, sha: head, name: `Kontain ${DEMO}`, published_at: day(120), prerelease: true },
  ]);
}

export const KM_SCENARIO: Scenario = {
  caller: 'workflows-examples/km-release.yml',
  describe: `Seed 000 from ${SOURCES} into ${RELEASES}: the push of ${TAG} (build, release, runenv images, validation by the install guides, CI tags removed); a push to master (v0.10-daily replaced in place, older dailies pruned); a workflow_dispatch deleting ${DEMO}`,
  async prepare(github, world) {
    const root = mkdtempSync(join(tmpdir(), 'km-scenario-'));
    const gitDir = await initBareRepo(join(root, 'km.git'), 'master');
    const tagged = await commitFiles(
      gitDir,
      'master',
      { 'README.md': '# km\n', Makefile: 'release:\n' },
      'km 0.10',
    );
    await github.git.createRef(gitDir, `refs/tags/${TAG}`, tagged);
    const master = await commitFiles(gitDir, 'master', { 'NEWS.md': 'A fix after the beta\n' }, 'A fix');
    await github.createRepo(SOURCES, { gitDir, private: true });
    await kmReleases(github, root);
    const prefix = join(root, 'opt', 'kontain');
    const kvm = kvmUsable();
    const host = world.registry?.host;
    const fixtures = withCommonStandIns(builtInFixtures())
      .run(
        'build',
        "make release runenv-image push-runenv-image: KM's tarballs, the runenv images pushed to the CI registry",
        makeRelease(true),
      )
      .run('Build the release', "make release: KM's tarballs", makeRelease(false))
      .script('Name the release repository', 'its own script')
      .script('Name the rolling tag', 'its own script (git describe of the checkout)')
      .script('Say when the release goes out without notes', 'its own script');
    return {
      repository: SOURCES,
      runs: [
        { label: `push of the tag ${TAG}`, event: { name: 'push', ref: `refs/tags/${TAG}`, sha: tagged } },
        { label: 'push to master', event: { name: 'push', ref: 'refs/heads/master', sha: master } },
        {
          label: `dispatch delete ${DEMO}`,
          event: {
            name: 'workflow_dispatch',
            ref: 'refs/heads/master',
            sha: master,
            inputs: { delete: DEMO },
          },
        },
      ],
      fixtures,
      vars: {
        KM_RELEASES_APP_CLIENT_ID: 'Iv23liKmReleasesApp',
        KM_INSTALL_PREFIX: prefix,
        ...(kvm ? {} : { KM_REQUIRE_KVM: 'false' }),
        ...(host ? { CI_REGISTRY: host, RUNENV_TARGET: `${host}/kontainapp` } : {}),
      },
      secrets: {
        KM_RELEASES_APP_KEY: '-----BEGIN RSA PRIVATE KEY-----\nstand-in\n-----END RSA PRIVATE KEY-----',
      },
      env: { KM_PORT: String(await freePort()) },
      folders: [root],
      notes: [
        kvm
          ? 'the validation ran with require-kvm (this user opens /dev/kvm); km itself is a stand-in'
          : 'no /dev/kvm this user can open: the validation ran with require-kvm false (KM_REQUIRE_KVM=false), the guides without KVM, and /dev/kvm left alone',
        ...(host
          ? []
          : ['no docker-registry: no CI registry, so no runenv images, no cleanup (CI_REGISTRY unset)']),
      ],
      expect: async (reports) => {
        const repo = github.repo(RELEASES);
        const releases = [...repo.releases.values()];
        const release = releases.find((r) => r.tag_name === TAG);
        const assets = (release?.assetIds ?? []).map((id) => repo.assets.get(id)?.name ?? '?').sort();
        const dailies = releases
          .filter((r) => r.tag_name.endsWith('-daily'))
          .map((r) => r.tag_name)
          .sort();
        const validated = reports[0]?.jobs.filter((j) => j.name.includes('Validate with')) ?? [];
        const checks: [boolean, string][] = [
          [
            release?.draft === false && release.name === `Kontain ${TAG}`,
            `no published release ${TAG} in ${RELEASES}`,
          ],
          [
            assets.join() === 'SHA256SUMS,km-python.tar.gz,kontain.tar.gz',
            `assets of ${TAG}: ${assets.join(', ') || 'none'}`,
          ],
          [
            release?.body?.includes(`${SOURCES}@${tagged}`) === true,
            `the release body does not name the build's commit: ${release?.body ?? ''}`,
          ],
          [
            validated.length === 2 && validated.every((j) => j.result === 'success'),
            `validation jobs: ${validated.map((j) => `${j.name} ${j.result}`).join(', ') || 'none'}`,
          ],
          [
            dailies.join() === 'v0.10-daily,v0.9-daily',
            `dailies in ${RELEASES} after the prune: ${dailies.join(', ')}`,
          ],
          [!releases.some((r) => r.tag_name === DEMO), `${DEMO} is still released`],
          [!github.repo(SOURCES).releases.size, `${SOURCES} got a release: its sources are never released`],
        ];
        if (host) {
          const client = new RegistryClient({ backoffMs: [10] });
          for (const payload of PAYLOADS) {
            const ci = await client.headManifest({ registry: host, repository: `runenv-${payload}` }, 'CI-1');
            const published = await client.headManifest(
              { registry: host, repository: `kontainapp/runenv-${payload}` },
              TAG,
            );
            checks.push([ci === undefined, `the CI tag runenv-${payload}:CI-1 is still there`]);
            checks.push([published !== undefined, `kontainapp/runenv-${payload}:${TAG} was not published`]);
          }
        }
        return problemsOf(checks);
      },
    };
  },
};
