/**
 * Steps: our action's bundle run through the harness with action.yml's defaults evaluated and the
 * runner's warning for an input it does not declare; the built-in checkout (the event's commit,
 * shallow; a named branch; full history with tags); the artifact store with upload-artifact's path
 * rules and refusals; hashFiles() in an `if:`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { useSandbox } from '../sandbox/jest.js';
import { builtInFixtures } from './builtins.js';
import { removeScratch, scratchRoot, smallProject, type Project } from './helpers.js';
import { runWorkflow } from './run.js';
import type { Fixtures } from './fixtures.js';

afterAll(removeScratch);

const sandbox = useSandbox();
let project: Project;
beforeAll(async () => {
  project = await smallProject(sandbox());
});

function run(workflow: string, fixtures: Fixtures = builtInFixtures()) {
  return runWorkflow({
    caller: '.github/workflows/caller.yml',
    root: scratchRoot({ '.github/workflows/caller.yml': workflow }),
    repository: project.repository,
    github: sandbox(),
    event: { name: 'push', ref: 'refs/tags/v1.0.0', sha: project.sha },
    fixtures,
  });
}

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';

describe('our actions', () => {
  it("run their bundle with action.yml's defaults and warn of an input the action does not declare", async () => {
    const report = await run(
      `on: push
jobs:
  notes:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - id: section
        uses: $/actions/changelog-section
        with:
          version: \${{ github.ref_name }}
          colour: blue
      - name: show
        if: steps.section.outputs.found == 'true'
        env:
          BODY: \${{ steps.section.outputs.body }}
        run: printf '%s' "$BODY" >> "$GITHUB_STEP_SUMMARY"
`,
      builtInFixtures().script('show', 'its own script'),
    );
    expect(report.problems).toEqual([]);
    const [checkout, section, show] = report.jobs[0]?.steps ?? [];
    expect([checkout?.kind, section?.kind, section?.detail, show?.conclusion]).toEqual([
      'stand-in',
      'action',
      'changelog-section',
      'success',
    ]);
    expect(section?.annotations[0]?.message).toMatch(
      /^Unexpected input\(s\) 'colour', valid inputs are \['mode', 'version', 'changelog', /,
    );
    expect(report.jobs[0]?.summary).toContain('## Changelog section v1.0.0');
    expect(report.jobs[0]?.summary).toContain('- First release.');
  });
});

describe('the checkout stand-in', () => {
  it("fetches the event's commit shallow, a named branch, or the full history with its tags", async () => {
    const looked: Record<string, string>[] = [];
    const fixtures = builtInFixtures().run('look', 'reads the checkout', (step) => {
      const git = (...args: string[]) =>
        execFileSync('git', args, { cwd: step.workingDirectory, encoding: 'utf8' }).trim();
      looked.push({
        head: git('rev-parse', 'HEAD'),
        shallow: git('rev-parse', '--is-shallow-repository'),
        tags: git('tag', '--list').split('\n').join(','),
        branch: git('branch', '--show-current'),
      });
    });
    const report = await run(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - name: look
        run: ':'
      - uses: ${CHECKOUT}
        with:
          ref: main
          path: on-main
      - name: look
        working-directory: on-main
        run: ':'
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          path: full
      - name: look
        working-directory: full
        run: ':'
`,
      fixtures,
    );
    expect(report.problems).toEqual([]);
    expect(looked).toEqual([
      { head: project.sha, shallow: 'true', tags: 'v1.0.0', branch: '' },
      { head: project.head, shallow: 'true', tags: '', branch: 'main' },
      { head: project.sha, shallow: 'false', tags: 'v1.0.0', branch: '' },
    ]);
  });
});

describe('the artifact store', () => {
  it("keeps paths relative to the patterns' common folder, downloads into path, and refuses what upload/download-artifact refuse", async () => {
    const fixtures = builtInFixtures()
      .script('make files', 'its own script')
      .script('list', 'its own script');
    const report = await run(
      `on: push
jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - name: make files
        run: |
          mkdir -p build/sub out
          echo a > build/a.tar.gz; echo b > build/sub/b.tar.gz; echo c > build/c.txt; echo h > build/.hidden.tar.gz
      - id: up
        uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
        with:
          name: assets
          path: |
            build/**/*.tar.gz
            !build/sub/nothing
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
        continue-on-error: true
        with:
          name: assets
          path: build/c.txt
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
        continue-on-error: true
        with:
          name: empty
          path: out/*.zip
          if-no-files-found: error
  down:
    needs: up
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0
        with:
          name: assets
          path: release-assets
      - name: list
        run: find release-assets -type f | sort >> "$GITHUB_STEP_SUMMARY"
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0
        with:
          name: nope
`,
      fixtures,
    );
    const [up, down] = report.jobs;
    expect(up?.steps.map((s) => [s.outcome, s.conclusion])).toEqual([
      ['success', 'success'],
      ['success', 'success'],
      ['failure', 'success'],
      ['failure', 'success'],
    ]);
    expect(up?.steps[2]?.error).toContain(
      '(409) Conflict: an artifact with this name already exists on the workflow run',
    );
    expect(up?.steps[3]?.error).toBe(
      'No files were found with the provided path: out/*.zip. No artifacts will be uploaded.',
    );
    expect(down?.summary).toBe('release-assets/a.tar.gz\nrelease-assets/sub/b.tar.gz\n');
    expect(down?.steps[2]?.error).toMatch(
      /^Unable to download artifact\(s\): Artifact not found for name: nope/,
    );
    expect(down?.result).toBe('failure');
  });
});

describe('hashFiles', () => {
  it("is '' without a match and a digest with one, in the workspace the checkout filled", async () => {
    const fixtures = builtInFixtures()
      .script('has changelog', 'its own script')
      .script('has no lock file', 'its own script');
    const report = await run(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - name: has changelog
        if: hashFiles('CHANGELOG.md') != ''
        env:
          HASH: \${{ hashFiles('**/CHANGELOG.md', '!nothing') }}
        run: echo "$HASH" >> "$GITHUB_STEP_SUMMARY"
      - name: has no lock file
        if: hashFiles('**/package-lock.json') != ''
        run: echo lock
`,
      fixtures,
    );
    expect(report.jobs[0]?.steps.map((s) => s.conclusion)).toEqual(['success', 'success', 'skipped']);
    expect(report.jobs[0]?.summary).toMatch(/^[0-9a-f]{64}\n$/);
  });
});
