/**
 * e2e: the example callers rehearsed from their workflow files, each reusable workflow they call run
 * from its own file: seed 003's release (a dispatch of 0.2.0 → python-helm-release.yml's version,
 * build, image and next-dev jobs and release.yml's check and release jobs, then the same dispatch
 * again), its release notes (a workflow_dispatch) and peer pods' Go module tags, on the rehearsal's
 * sample projects, our bundles against the sandbox and bare git remotes.
 */
import { describe, expect, it } from '@jest/globals';
import { rehearse } from './rehearse.js';
import { workflowLine } from './report.js';

describe('npm run rehearsal:workflows', () => {
  it("releases the VIM driver from os-vim-driver-release.yml, python-helm-release.yml and release.yml's own files", async () => {
    const titles: string[] = [];
    const { reports, unmet, ok } = await rehearse('workflows-examples/os-vim-driver-release.yml', {
      inspect: (github) => {
        for (const r of github.repo('accanto-systems/os-vim-driver').releases.values())
          titles.push(`${r.tag_name}: ${r.name}`);
      },
    });
    const report = reports[0]!;
    expect({ problems: report.problems, unmet }).toEqual({ problems: [], unmet: [] });
    expect(ok).toBe(true);
    expect(titles).toEqual(['0.2.0: os-vim-driver 0.2.0']);
    expect(
      report.workflows.map(workflowLine).map((l) => l.replace(/ \(build — .*\), 0 failed$/, ', 0 failed')),
    ).toEqual([
      'workflows-examples/os-vim-driver-release.yml: 1 job, 1 ran, 0 skipped, 0 failed',
      '.github/workflows/python-helm-release.yml [called by workflows-examples/os-vim-driver-release.yml#release]: 5 jobs, 5 ran, 0 skipped, 0 failed',
      '.github/workflows/release.yml [called by .github/workflows/python-helm-release.yml#release]: 6 jobs, 2 ran, 4 skipped, 0 failed',
    ]);
    const ran = (kinds: string[]) => kinds.filter((k) => !k.endsWith(':skipped'));
    expect(
      report.jobs
        .filter((j) => j.result !== 'skipped')
        .map((j) => [j.name, ran(j.steps.map((s) => `${s.kind}:${s.detail.split(':')[0]}:${s.conclusion}`))]),
    ).toEqual([
      [
        'release / Set the release version',
        [
          'stand-in:actions/checkout:success',
          'action:bump-dev-version:success',
          'stand-in:Name the release commit:success',
        ],
      ],
      [
        'release / Build the wheel, the docs and the chart',
        [
          'stand-in:actions/checkout:success',
          'stand-in:actions/setup-python:success',
          'stand-in:Build the wheel, the docs archive and the Helm chart:success',
          'stand-in:actions/upload-artifact:success',
          'stand-in:actions/upload-artifact:success',
        ],
      ],
      [
        'release / release / Check the tag',
        [
          'stand-in:Name the release repository:success',
          'stand-in:actions/create-github-app-token:success',
          'action:create-release:success',
        ],
      ],
      [
        'release / release / GitHub release',
        [
          'stand-in:actions/checkout:success',
          'action:changelog-section:success',
          'action:changelog-section:success',
          'stand-in:actions/download-artifact:success',
          'stand-in:Name the release repository:success',
          'stand-in:actions/create-github-app-token:success',
          'action:create-release:success',
        ],
      ],
      [
        'release / Push the Docker image',
        [
          'stand-in:actions/checkout:success',
          'stand-in:actions/download-artifact:success',
          'stand-in:docker/login-action:success',
          'stand-in:Build and push the image:success',
        ],
      ],
      [
        'release / Start the next development version',
        [
          'stand-in:actions/checkout:success',
          'stand-in:actions/create-github-app-token:success',
          'action:bump-dev-version:success',
        ],
      ],
    ]);
    // The job summaries the runner would render, one per job that writes one.
    const summary = (name: string) => report.jobs.find((j) => j.name === name)?.summary;
    expect(summary('release / Set the release version')).toContain('## Version 0.2.0');
    expect(summary('release / release / GitHub release')).toContain('## Release 0.2.0: published');
    expect(summary('release / Start the next development version')).toContain(
      '## Next development version 0.3.0.dev0',
    );
    expect(report.jobs.find((j) => j.name === 'release / release / GitHub release')?.concurrency).toBe(
      'release-actions-release-accanto-systems/os-vim-driver-0.2.0',
    );
    // The same dispatch again found the release done: create-release wrote nothing the second time.
    expect(reports[1]?.jobs.find((j) => j.name === 'release / release / GitHub release')?.summary).toContain(
      'already',
    );
    expect(reports.flatMap((r) => r.violations)).toEqual([]);
  }, 120_000);

  it('shows the v0.1.0 release notes from os-vim-driver-release-notes.yml and release-notes.yml on a manual run', async () => {
    const { report, unmet, ok } = await rehearse('workflows-examples/os-vim-driver-release-notes.yml');
    expect({ problems: report.problems, unmet }).toEqual({ problems: [], unmet: [] });
    expect(ok).toBe(true);
    expect(report.workflows.map(workflowLine)).toEqual([
      'workflows-examples/os-vim-driver-release-notes.yml: 2 jobs, 2 ran, 0 skipped, 0 failed',
      '.github/workflows/release-notes.yml [called by workflows-examples/os-vim-driver-release-notes.yml#notes]: 1 job, 1 ran, 0 skipped, 0 failed',
    ]);
    expect(report.standIns.map((s) => `${s.job} › ${s.key}`)).toEqual([
      'notes / Changelog section › actions/checkout',
      'notes / Changelog section › Check the section fits a job output',
      'show › Show the release description',
    ]);
  }, 120_000);

  it("tags peer pods' Go modules from peer-pods-go-module-tags.yml, its typed dispatch input turning dry-run off", async () => {
    const { report, unmet, ok } = await rehearse('workflows-examples/peer-pods-go-module-tags.yml');
    expect({ problems: report.problems, unmet }).toEqual({ problems: [], unmet: [] });
    expect(ok).toBe(true);
    expect(report.jobs[0]?.steps.map((s) => `${s.kind}:${s.conclusion}`)).toEqual([
      'stand-in:success',
      'action:success',
      'stand-in:success',
    ]);
    expect(report.jobs[0]?.steps[2]?.log).toContain('created: ["src/cloud-providers/v0.8.0"');
  }, 120_000);

  it('runs a caller again on what the first run left: the Go module tags are found, nothing is pushed twice', async () => {
    const { reports, ok } = await rehearse('workflows-examples/peer-pods-go-module-tags.yml', { runs: 2 });
    expect(ok).toBe(true);
    expect(reports.map((r) => r.jobs[0]?.steps[2]?.log.split('\n').slice(0, 2))).toEqual([
      [expect.stringMatching(/^created: \["src\/cloud-providers\/v0\.8\.0",/), 'already there: []'],
      ['created: []', expect.stringMatching(/^already there: \["src\/cloud-providers\/v0\.8\.0",/)],
    ]);
  }, 120_000);
});
