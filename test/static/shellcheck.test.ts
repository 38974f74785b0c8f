import { afterAll, describe, expect, it } from '@jest/globals';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { report } from './problems.js';
import { REPO_ROOT } from './repo-files.js';
import { runScripts } from './run-scripts.js';
import { dialect, shellcheckAvailable, shellcheckScripts, withPlaceholders } from './shellcheck.js';
import { loadTargets } from './targets.js';

afterAll(removeRepos);

const available = shellcheckAvailable();

describe('shellcheck', () => {
  it('is installed (required in CI; locally: apt-get install shellcheck)', () => {
    if (available) return;
    const message =
      'shellcheck is not installed (apt-get install -y shellcheck): run: scripts are not checked';
    if (process.env.CI) throw new Error(message);
    console.warn(`${message}; the shellcheck tests are skipped (they fail when CI is set)`);
  });

  (available ? it : it.skip)('passes every bash run: script in workflows and composite actions', async () => {
    const targets = loadTargets(REPO_ROOT);
    const scripts = [...targets.workflows, ...targets.actions].flatMap(runScripts);
    expect(report([...targets.problems, ...(await shellcheckScripts(scripts))])).toEqual([]);
  });

  (available ? it : it.skip)(
    'reports findings at the YAML line of the script line; skips pwsh, the Windows default',
    async () => {
      const root = makeRepo({
        '.github/workflows/bad.yml': lines(
          'on: push',
          'permissions: {}',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: |',
          '          echo "ok"',
          '          cd $DIR',
          '      - run: echo "${{ github.sha }}" && echo $UNQUOTED',
          '      - shell: pwsh',
          '        run: Write-Host $env:X',
          '      - run: >-',
          '          echo folded',
          '          && cd $NOT_EXACT',
          "      - run: echo '${{ github.sha }}'",
          '  win:',
          '    runs-on: windows-latest',
          '    steps:',
          '      - run: cd $DIR',
          '      - shell: bash',
          '        run: cd $DIR',
          '  win-bash:',
          '    runs-on: [self-hosted, windows-2022]',
          '    defaults:',
          '      run:',
          '        shell: bash',
          '    steps:',
          '      - run: cd $DIR',
        ),
      });
      const targets = loadTargets(root);
      const problems = report(await shellcheckScripts(targets.workflows.flatMap(runScripts)));
      expect(problems).toEqual([
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:9: shellcheck SC2164 .*steps\[0\]/),
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:9: shellcheck SC2086 .*steps\[0\]/),
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:10: shellcheck SC2086 .*steps\[1\]/),
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:14: shellcheck SC2164 .*steps\[3\]/),
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:14: shellcheck SC2086 .*steps\[3\]/),
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:22: shellcheck SC2164 .*jobs\.win\.steps\[1\]/),
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:22: shellcheck SC2086 .*jobs\.win\.steps\[1\]/),
        expect.stringMatching(
          /^\.github\/workflows\/bad\.yml:29: shellcheck SC2164 .*jobs\.win-bash\.steps\[0\]/,
        ),
        expect.stringMatching(
          /^\.github\/workflows\/bad\.yml:29: shellcheck SC2086 .*jobs\.win-bash\.steps\[0\]/,
        ),
      ]);
    },
  );
});

describe('shellcheck helpers', () => {
  it('replaces expressions by a variable, or a word inside single quotes', () => {
    expect(withPlaceholders(`echo "\${{ inputs.a }}" '\${{ inputs.b }}' \${{ c }}`)).toBe(
      `echo "\${GHA_EXPR}" 'GHA_EXPR' \${GHA_EXPR}`,
    );
    // A `}}` inside a string literal does not close the expression.
    expect(withPlaceholders(`echo "\${{ format('}}', inputs.a) }}" $X`)).toBe(`echo "\${GHA_EXPR}" $X`);
  });

  it('checks bash and sh, skips other shells', () => {
    expect([undefined, 'bash', 'bash -e {0}', 'sh', 'pwsh', 'python'].map(dialect)).toEqual([
      'bash',
      'bash',
      'bash',
      'sh',
      undefined,
      undefined,
    ]);
  });
});
