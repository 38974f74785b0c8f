/**
 * e2e: a change to a workflow file changes what the rehearsal does, and a broken expression fails it.
 * Each test edits a copy of this repository's workflows (a `with:`, an `if:`, an expression, a new
 * step) and rehearses seed 003's release from the copy (os-vim-driver-release.yml calling
 * python-helm-release.yml, which calls release.yml).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyOfWorkflows, removeScratch } from './helpers.js';
import { rehearse } from './rehearse.js';
import { workflowLine } from './report.js';

afterAll(removeScratch);

const CALLER = 'workflows-examples/os-vim-driver-release.yml';
const PYTHON_HELM = '.github/workflows/python-helm-release.yml';
const RELEASE = '.github/workflows/release.yml';
const RELEASE_JOB = 'release / release / GitHub release';

/** The releases the sandbox holds afterwards, as `tag: title (n assets)`. */
async function releaseAfter(root: string) {
  const releases: string[] = [];
  let requests = 0;
  const result = await rehearse(CALLER, {
    root,
    inspect: (github) => {
      requests = github.requests.length;
      const repo = github.repo('accanto-systems/os-vim-driver');
      for (const r of repo.releases.values())
        releases.push(`${r.tag_name}: ${r.name}${r.draft ? ' (draft)' : ''} (${r.assetIds.length} assets)`);
    },
  });
  return { ...result, releases, requests };
}

describe('the rehearsal follows the workflow files', () => {
  it("a caller's with: reaches the action: the release title follows the name python-helm-release.yml gives release.yml", async () => {
    const copy = copyOfWorkflows();
    copy.edit(
      PYTHON_HELM,
      '      name: ${{ inputs.package }} {version}\n',
      '      name: OpenStack VIM driver {version}\n',
    );
    const { ok, releases } = await releaseAfter(copy.root);
    expect(ok).toBe(true);
    expect(releases).toEqual(['0.2.0: OpenStack VIM driver 0.2.0 (3 assets)']);
  }, 120_000);

  it('an if: in release.yml decides: with the download skipped, the release job fails and next-dev is skipped', async () => {
    const copy = copyOfWorkflows();
    copy.edit(
      RELEASE,
      "      - name: Download the assets\n        if: inputs.artifact != ''",
      "      - name: Download the assets\n        if: inputs.artifact == 'never'",
    );
    const { ok, report, releases } = await releaseAfter(copy.root);
    expect(ok).toBe(false);
    const release = report.jobs.find((j) => j.name === RELEASE_JOB);
    expect(release?.steps.map((s) => `${s.name}: ${s.conclusion}`)).toEqual([
      'Run actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8: success',
      'Release notes from the changelog: success',
      'Release notes from what merged: success',
      'Say when the release goes out without notes: skipped',
      'Download the build: skipped',
      'Download the assets: skipped',
      'Name the release repository: success',
      'A token for the release repository alone: success',
      'Create the release: failure',
    ]);
    expect(report.workflows.map(workflowLine)).toEqual([
      'workflows-examples/os-vim-driver-release.yml: 1 job, 1 ran, 0 skipped, 1 failed',
      ".github/workflows/python-helm-release.yml [called by workflows-examples/os-vim-driver-release.yml#release]: 5 jobs, 3 ran, 2 skipped (image — if: inputs.image != '' && inputs.wheel-command != ''; next-dev — needs release (failure)), 1 failed",
      expect.stringMatching(
        /^\.github\/workflows\/release\.yml \[called by \.github\/workflows\/python-helm-release\.yml#release\]: 6 jobs, 2 ran, 4 skipped \(.*\), 1 failed$/,
      ),
    ]);
    expect(releases).toEqual([]);
  }, 120_000);

  it('a broken expression in release.yml fails the rehearsal before anything is written, naming file, line and expression', async () => {
    const copy = copyOfWorkflows();
    const before =
      '          tag: ${{ needs.check.outputs.tag }}\n          tag-pattern: ${{ inputs.tag-pattern }}\n          rolling-tags: ${{ inputs.rolling-tags }}\n          target-commitish: ${{ inputs.target-commitish }}\n          name:';
    copy.edit(RELEASE, before, before.replace('needs.check.outputs.tag }}', 'needs.check.outputs.tag == }}'));
    const { readFileSync } = await import('node:fs');
    const line =
      readFileSync(`${copy.root}/${RELEASE}`, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('outputs.tag == }}')) + 1;
    const { ok, report, releases, requests } = await releaseAfter(copy.root);
    expect(ok).toBe(false);
    expect(report.jobs).toEqual([]);
    expect(requests).toBe(0);
    expect(report.problems).toEqual([
      `${RELEASE}:${line}:16: Unexpected end of expression: '==' (in: \${{ needs.check.outputs.tag == }})`,
    ]);
    expect(releases).toEqual([]);
  }, 120_000);

  it('a step added to release.yml with no stand-in fails the release job, naming the step', async () => {
    const copy = copyOfWorkflows();
    copy.edit(
      RELEASE,
      '      - name: Create the release\n',
      '      - name: Sign the assets\n        run: cosign sign-blob release-assets/*\n      - name: Create the release\n',
    );
    const { ok, report, releases } = await releaseAfter(copy.root);
    expect(ok).toBe(false);
    const release = report.jobs.find((j) => j.name === RELEASE_JOB);
    expect(release?.steps.find((s) => s.kind === 'missing')?.error).toBe(
      "No stand-in for step 'Sign the assets' (run:) of job release in .github/workflows/release.yml: register fixtures.run('Sign the assets', …)",
    );
    expect(releases).toEqual([]);
  }, 120_000);
});
