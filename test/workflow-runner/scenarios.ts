/**
 * The rehearsal's scenarios, one per caller the engine can run here (scenario.ts says what one is):
 * the seed projects' callers in workflows-examples/ and this repository's own release. Each reusable
 * workflow in .github/workflows/ is run from its own file by at least one of them.
 */
import { dirname } from 'node:path';
import { createGoMonorepo, remoteRefs } from '../fixtures/go-monorepo.js';
import { createSampleProject } from '../fixtures/sample-project.js';
import { builtInFixtures } from './builtins.js';
import { problemsOf, type Scenario } from './scenario.js';
import { KM_SCENARIO } from './scenarios/km.js';
import { PEER_PODS_SCENARIO } from './scenarios/peer-pods.js';
import { PROMO_TOOLS_SCENARIO } from './scenarios/promo-tools.js';
import { SELF_RELEASE_SCENARIO } from './scenarios/self-release.js';
import { VIM_SCENARIOS, VIM_TAG_SCENARIO } from './scenarios/vim-driver.js';

export type { Scenario, Prepared, RunPlan, World } from './scenario.js';
export { HELM_STUB } from './stubs.js';

/** Seed 003's release notes for v0.1.0, dispatched by hand (release-notes.yml). */
const RELEASE_NOTES: Scenario = {
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
      runs: [
        {
          label: `dispatch version ${project.previousTag}`,
          event: {
            name: 'workflow_dispatch',
            ref: 'refs/heads/main',
            sha: project.head,
            inputs: { version: project.previousTag },
          },
        },
      ],
      fixtures,
      expect: ([report]) => {
        const show = report?.jobs.find((j) => j.id === 'show');
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
};

/** Seed 001's Go module tags alone, by hand (the go-module-tags action in a caller of its own). */
const GO_MODULE_TAGS: Scenario = {
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
      runs: [
        {
          label: 'dispatch version v0.8.0',
          event: {
            name: 'workflow_dispatch',
            ref: 'refs/heads/main',
            sha: go.sha,
            inputs: { version: 'v0.8.0', 'dry-run': 'false' },
          },
        },
      ],
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
};

/** Every scenario `npm run rehearsal` runs, in order. */
export const SCENARIOS: Scenario[] = [
  KM_SCENARIO,
  ...VIM_SCENARIOS,
  PEER_PODS_SCENARIO,
  PROMO_TOOLS_SCENARIO,
  SELF_RELEASE_SCENARIO,
  RELEASE_NOTES,
  GO_MODULE_TAGS,
];

/** Scenarios only the engine's tests run (another way into a caller the rehearsal already runs). */
export const EXTRA_SCENARIOS: Record<string, Scenario> = {
  'os-vim-driver-release-tag': VIM_TAG_SCENARIO,
};

/** The scenario of a caller (its path or file name), or an extra one by name. */
export function scenarioFor(caller: string): Scenario | undefined {
  const extra = EXTRA_SCENARIOS[caller];
  if (extra) return extra;
  const name = caller.split('/').pop();
  return SCENARIOS.find((s) => s.caller === caller || s.caller.split('/').pop() === name);
}
