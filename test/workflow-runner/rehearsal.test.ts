/**
 * e2e: the example callers rehearsed from their workflow files, each reusable workflow they call run
 * from its own file: seed 003's release (push of the 0.2.0 tag → build, release.yml's check and
 * release jobs, the next development version) and its release notes (a workflow_dispatch), on the
 * rehearsal's sample project, our bundles against the sandbox and a bare git remote.
 */
import { describe, expect, it } from '@jest/globals';
import { rehearse } from './rehearse.js';
import { workflowLine } from './report.js';

describe('npm run rehearsal:workflows', () => {
  it("releases the VIM driver from os-vim-driver-release.yml and release.yml's own files", async () => {
    const titles: string[] = [];
    const { report, unmet, ok } = await rehearse('workflows-examples/os-vim-driver-release.yml', {
      inspect: (github) => {
        for (const r of github.repo('accanto-systems/os-vim-driver').releases.values())
          titles.push(`${r.tag_name}: ${r.name}`);
      },
    });
    expect({ problems: report.problems, unmet }).toEqual({ problems: [], unmet: [] });
    expect(ok).toBe(true);
    expect(titles).toEqual(['0.2.0: 0.2.0']);
    expect(report.workflows.map(workflowLine)).toEqual([
      'workflows-examples/os-vim-driver-release.yml: 3 jobs, 3 ran, 0 skipped, 0 failed',
      '.github/workflows/release.yml [called by workflows-examples/os-vim-driver-release.yml#release]: 2 jobs, 2 ran, 0 skipped, 0 failed',
    ]);
    expect(
      report.jobs.map((j) => [j.name, j.steps.map((s) => `${s.kind}:${s.detail.split(':')[0]}`)]),
    ).toEqual([
      [
        'build',
        [
          'stand-in:actions/checkout',
          'action:bump-dev-version',
          'stand-in:Package the docs and the Helm chart',
          'stand-in:actions/upload-artifact',
        ],
      ],
      ['release / Check the tag', ['action:create-release']],
      [
        'release / GitHub release',
        [
          'stand-in:actions/checkout',
          'action:changelog-section',
          'stand-in:Say when the release goes out without notes',
          'stand-in:actions/download-artifact',
          'action:create-release',
        ],
      ],
      ['next-dev', ['stand-in:actions/checkout', 'action:bump-dev-version']],
    ]);
    // The job summaries the runner would render, one per job.
    expect(report.jobs[0]?.summary).toContain('## Version references: all 4 agree on 0.2.0');
    expect(report.jobs[2]?.summary).toContain('## Release 0.2.0: published');
    expect(report.jobs[2]?.concurrency).toBe('release-accanto-systems/os-vim-driver-0.2.0');
    expect(report.jobs[3]?.summary).toContain('## Next development version 0.3.0.dev0');
    // The CHANGELOG has no 0.2.0 section: release.yml's own warning step ran and said so.
    expect(report.jobs[2]?.steps[2]?.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: 'No section for 0.2.0 in CHANGELOG.md; the release description will be empty.',
      }),
    );
    expect(report.violations).toEqual([]);
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
