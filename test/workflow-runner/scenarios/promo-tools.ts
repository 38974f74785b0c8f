/**
 * Seed 002, kubernetes-sigs/promo-tools: workflows-examples/promo-tools-image-promotion.yml calling
 * image-promotion.yml. kpromo and kpromo-auditor v3.4.4-1 staged in the local registry (the staging
 * repository the caller's STAGING_REPO variable names), kubernetes/k8s.io in the sandbox with
 * artifact-promoter's manifest, and the maintainer's fork of it. The push of the v3.4.4 tag waits for
 * the staged images (skopeo, as written) and opens the promotion pull request; the same run by hand
 * afterwards finds the promotion complete and writes nothing. The pull request is opened with the
 * maintainer's personal access token, so this sandbox's token is one (GITHUB_TOKEN is it too here).
 */
import { execFileSync } from 'node:child_process';
import { createK8sIo, PROJECT, STAGING_DIR, stageRelease, UPSTREAM } from '../../fixtures/kpromo-k8s-io.js';
import { commitFiles } from '../../sandbox/seed.js';
import { builtInFixtures } from '../builtins.js';
import { problemsOf, type Scenario } from '../scenario.js';

const REPOSITORY = 'kubernetes-sigs/promo-tools';
const BRANCH = `${PROJECT}-v3.4.4-1-image-promotion`;

export const PROMO_TOOLS_SCENARIO: Scenario = {
  caller: 'workflows-examples/promo-tools-image-promotion.yml',
  describe:
    "Seed 002's image promotion on the v3.4.4 tag: the staged images waited for, kpromo's images.yaml on a branch of the fork, the pull request opened in kubernetes/k8s.io; run again by hand, it is complete",
  sandbox: { tokenKind: 'pat', viewer: 'octocat' },
  needs: ['registry'],
  async prepare(github, world) {
    const host = world.registry!.host;
    const staged = await stageRelease(host, 'v3.4.4-1');
    await createK8sIo(github, { stagingHost: host });
    const forked = await fetch(`${github.apiUrl}/repos/${UPSTREAM}/forks`, {
      method: 'POST',
      headers: { Authorization: `token ${github.token}`, 'Content-Type': 'application/json' },
      body: '{"default_branch_only":true}',
    });
    if (forked.status !== 202) throw new Error(`could not fork ${UPSTREAM} in the sandbox: ${forked.status}`);
    const repo = await github.createRepo(REPOSITORY, { description: 'Kubernetes artifact promoter tools' });
    const sha = await commitFiles(repo.gitDir, 'main', { VERSION: 'v3.4.4\n' }, 'Release v3.4.4');
    await github.git.createRef(repo.gitDir, 'refs/tags/v3.4.4', sha);
    return {
      repository: REPOSITORY,
      runs: [
        { label: 'push of the tag v3.4.4', event: { name: 'push', ref: 'refs/tags/v3.4.4', sha } },
        {
          label: 'dispatched by hand for v3.4.4, revision 1',
          event: {
            name: 'workflow_dispatch',
            ref: 'refs/heads/main',
            sha,
            inputs: { tag: 'v3.4.4', revision: '1', 'dry-run': 'false' },
          },
        },
      ],
      fixtures: builtInFixtures().script(
        'Wait for the staged images',
        "its own script: skopeo lists the tags of the local registry's staging repository",
      ),
      vars: { STAGING_REPO: `${host}/${STAGING_DIR}`, K8S_IO_FORK: 'octocat' },
      secrets: { K8S_IO_FORK_TOKEN: github.token },
      folders: [],
      expect: (reports) => {
        const pulls = [...github.repo(UPSTREAM).issues.values()].filter((i) => i.pull);
        const digests = (n: number): Record<string, string> =>
          JSON.parse(reports[n]?.jobs.find((j) => j.id === 'promote')?.outputs.digests || '{}') as Record<
            string,
            string
          >;
        // One commit on the fork's branch, on upstream main: the second run added none.
        const fork = github.repo('octocat/k8s.io').gitDir;
        const ahead = execFileSync('git', ['--git-dir', fork, 'rev-list', '--count', `main..${BRANCH}`], {
          encoding: 'utf8',
        }).trim();
        return problemsOf([
          [
            pulls.length === 1 && pulls[0]?.pull?.head.ref === BRANCH,
            `pull requests in ${UPSTREAM}: ${pulls.map((p) => p.pull?.head.ref).join(', ') || 'none'}`,
          ],
          [
            digests(0).kpromo === staged.digests.kpromo &&
              digests(0)['kpromo-auditor'] === staged.digests['kpromo-auditor'],
            `digests promoted: ${JSON.stringify(digests(0))}`,
          ],
          [
            JSON.stringify(digests(1)) === JSON.stringify(digests(0)),
            'the second run promoted other digests',
          ],
          [ahead === '1', `the fork's ${BRANCH} is ${ahead} commits ahead of main, not 1`],
        ]);
      },
    };
  },
};
