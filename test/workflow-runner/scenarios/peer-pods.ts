/**
 * Seed 001, Confidential Containers peer pods: workflows-examples/peer-pods-release.yml calling
 * go-modules-release.yml (and it release.yml), on one repository holding peer pods' nested Go modules,
 * its Helm-era deployment files and versions.yaml, CITATION.cff and a doc naming the previous release.
 * Four dispatches, as the release manager makes them: the pre-release (alpha module tags and the
 * prerelease); the release, which opens the pin pull request and stops; the same after that pull
 * request merged, which tags and releases; the post-release (revert and CITATION.cff pull requests).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createGoMonorepo, git, remoteRefs } from '../../fixtures/go-monorepo.js';
import { componentRemotes, helmEra, RELEASE, stagePeerPods } from '../../fixtures/pin-image-tags-trees.js';
import type { GitHubSandbox } from '../../sandbox/index.js';
import { builtInFixtures } from '../builtins.js';
import { problemsOf, type Scenario, type World } from '../scenario.js';
import { withCommonStandIns } from '../stubs.js';

const REPOSITORY = 'confidential-containers/cloud-api-adaptor';
const CALLER = 'workflows-examples/peer-pods-release.yml';

/** CITATION.cff as a project cites its releases (CFF 1.2.0); the text is ours. */
const citation = (commit: string): string => `cff-version: 1.2.0
message: "If you use peer pods in your research, please cite it as below."
title: "Confidential Containers: peer pods (cloud-api-adaptor)"
type: software
authors:
  - name: "The Confidential Containers project"
repository-code: "https://github.com/confidential-containers/cloud-api-adaptor"
license: Apache-2.0
version: 0.7.0
date-released: 2026-06-30
commit: ${commit}
`;

const INSTALL_DOC = `# Installing peer pods

This guide installs peer pods 0.7.0 with the Helm chart of the release:

\`\`\`sh
helm install peerpods oci://quay.io/confidential-containers/charts/peerpods --version 0.7.0
\`\`\`

Peer pods 0.7.0 needs Kubernetes 1.30 or later (this line is not about 10.7.0).
`;

const tagsAt = (remote: string, version: string): Record<string, string> =>
  Object.fromEntries(
    remoteRefs(remote)
      .split('\n')
      .map((line) => line.split(' '))
      .filter(([, , ref]) => ref?.startsWith('refs/tags/src/') && ref.endsWith(`/${version}`))
      .map(([object, type, ref, peeled]) => [ref!, type === 'tag' ? peeled! : object!]),
  );

const pullsInto = (github: GitHubSandbox, base: string) =>
  [...github.repo(REPOSITORY).issues.values()].filter((i) => i.pull && i.pull.base.ref === base);

/** The caller's hooks: IMAGE_REGISTRY for quay.io, or no registry checks without a registry. */
const registryVars = (world: World): Record<string, string> =>
  world.registry ? { IMAGE_REGISTRY: world.registry.host } : { PIN_CHECK_REGISTRY: 'false' };

export const PEER_PODS_SCENARIO: Scenario = {
  caller: CALLER,
  describe:
    "Seed 001's release of peer pods in three phases: alpha module tags and prerelease; the image pinned in a pull request, then (merged) the module tags and the release; the pins reverted and CITATION.cff updated in pull requests",
  async prepare(github, world) {
    const host = world.registry?.host ?? 'quay.io';
    const components = componentRemotes();
    // v0.7.0 is the previous release; main goes on from it.
    const go = createGoMonorepo({
      files: {
        ...helmEra(host, components),
        'CITATION.cff': citation('0'.repeat(40)),
        'docs/install.md': INSTALL_DOC,
      },
    });
    git(go.remote, 'tag', '-a', 'v0.7.0', '-m', 'v0.7.0', 'main');
    git(go.workspace, 'fetch', '-q', '--tags', 'origin');
    writeFileSync(
      join(go.workspace, 'README.md'),
      '# cloud-api-adaptor\n\nPeer pods for Confidential Containers.\n',
    );
    git(go.workspace, 'commit', '-qam', 'Describe the repository');
    git(go.workspace, 'push', '-q', 'origin', 'main');
    const start = git(go.workspace, 'rev-parse', 'HEAD');
    await github.createRepo(REPOSITORY, { gitDir: go.remote });
    if (world.registry) await stagePeerPods(world.registry.host, { ciTags: 0 });
    const dispatch = (inputs: Record<string, string>) => ({
      name: 'workflow_dispatch' as const,
      ref: 'refs/heads/main',
      sha: git(go.remote, 'rev-parse', 'refs/heads/main'),
      inputs: { ...inputs, 'dry-run': 'false' },
    });
    let pinned = '';
    const fixtures = withCommonStandIns(builtInFixtures())
      .script('Name the commit', 'its own script')
      .script('Say what the release waits for', 'its own script')
      .script('Name the release commit', 'its own script');
    return {
      repository: REPOSITORY,
      runs: [
        {
          label: 'pre-release v0.8.0-alpha.1',
          event: () => dispatch({ phase: 'pre-release', version: 'v0.8.0-alpha.1' }),
        },
        {
          label: 'release v0.8.0 (the pins go into a pull request)',
          event: () =>
            dispatch({
              phase: 'release',
              version: 'v0.8.0',
              'image-tag': RELEASE,
              'coco-operator': 'v0.17.0',
            }),
        },
        {
          label: 'release v0.8.0 again, the pin pull request merged',
          before: () => {
            // The maintainer merges the pin pull request (a fast-forward of main to its branch).
            pinned = git(go.remote, 'rev-parse', `refs/heads/release-actions/pin-${RELEASE}`);
            git(go.remote, 'update-ref', 'refs/heads/main', pinned);
          },
          event: () =>
            dispatch({
              phase: 'release',
              version: 'v0.8.0',
              'image-tag': RELEASE,
              'coco-operator': 'v0.17.0',
            }),
        },
        {
          label: 'post-release v0.8.0',
          event: () => dispatch({ phase: 'post-release', version: 'v0.8.0' }),
        },
      ],
      fixtures,
      vars: registryVars(world),
      folders: [dirname(go.remote), dirname(components.operator.replace('file://', ''))],
      notes: world.registry ? [] : ['no docker-registry: the pinned tags are not looked up in a registry'],
      expect: () => {
        const repo = github.repo(REPOSITORY);
        const release = (tag: string) => [...repo.releases.values()].find((r) => r.tag_name === tag);
        const alpha = tagsAt(go.remote, 'v0.8.0-alpha.1');
        const final = tagsAt(go.remote, 'v0.8.0');
        const pulls = pullsInto(github, 'main')
          .map((p) => p.pull!.head.ref)
          .sort();
        const tree = (rev: string): string => git(go.remote, 'rev-parse', `${rev}^{tree}`);
        const unpin = `release-actions/unpin-${RELEASE}`;
        const citationBranch = pulls.find((b) => !b.includes('pin-'));
        const cited = citationBranch ? git(go.remote, 'show', `${citationBranch}:CITATION.cff`) : '';
        const doc = citationBranch ? git(go.remote, 'show', `${citationBranch}:docs/install.md`) : '';
        const touched = citationBranch
          ? git(go.remote, 'diff', '--name-only', `refs/heads/main...${citationBranch}`).split('\n').sort()
          : [];
        return problemsOf([
          [
            Object.keys(alpha).length === 5 && Object.values(alpha).every((c) => c === start),
            `alpha module tags: ${JSON.stringify(alpha)}`,
          ],
          [release('v0.8.0-alpha.1')?.prerelease === true, 'no prerelease v0.8.0-alpha.1'],
          [
            Object.keys(final).length === 5 && Object.values(final).every((c) => c === pinned),
            `v0.8.0 module tags (expected at the merged pins ${pinned}): ${JSON.stringify(final)}`,
          ],
          [
            release('v0.8.0')?.prerelease === false && release('v0.8.0')?.target_commitish === pinned,
            'no release v0.8.0 at the merged pins',
          ],
          [
            pulls.length === 3 && pulls.includes(`release-actions/pin-${RELEASE}`) && pulls.includes(unpin),
            `pull requests into main: ${pulls.join(', ')}`,
          ],
          [
            tree(unpin) === tree(start),
            `${unpin} does not hold the deployment files as they were before the pin`,
          ],
          [
            /^version: 0\.8\.0$/m.test(cited) && cited.includes(`commit: ${pinned}`),
            `CITATION.cff on ${citationBranch ?? 'no branch'}: ${cited
              .split('\n')
              .filter((l) => /^(version|commit|date)/.test(l))
              .join('; ')}`,
          ],
          [
            touched.join() === 'CITATION.cff,docs/install.md',
            `the CITATION.cff pull request changes ${touched.join(', ')}, not CITATION.cff and docs/install.md`,
          ],
          [
            doc.includes('peer pods 0.8.0 with') && doc.includes('--version 0.8.0') && doc.includes('10.7.0'),
            'the install doc does not name 0.8.0 (or 10.7.0 was touched)',
          ],
        ]);
      },
    };
  },
};
