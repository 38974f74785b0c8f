/** bump-dev-version's targets: the `targets` input lines and the well-known files it finds. */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tokenEnv } from '../../actions/bump-dev-version/src/publish.js';
import {
  detectTargets,
  hasPythonMetadata,
  inSkippedFolder,
  parseTargetLine,
} from '../../actions/bump-dev-version/src/targets.js';

describe('parseTargetLine', () => {
  it.each([
    [
      'helm/os-vim-driver/values.yaml: docker.version',
      { kind: 'key', path: 'helm/os-vim-driver/values.yaml', keys: ['docker', 'version'], scheme: 'project' },
    ],
    [
      './package.json: version semver',
      { kind: 'key', path: 'package.json', keys: ['version'], scheme: 'semver' },
    ],
    [
      'a.yaml: list[2].tag pep440',
      { kind: 'key', path: 'a.yaml', keys: ['list', 2, 'tag'], scheme: 'pep440' },
    ],
    [
      "cloudbuild.yaml: /_IMG_VERSION: '(v[\\d.]+)-\\d+'/",
      {
        kind: 'regex',
        path: 'cloudbuild.yaml',
        pattern: "_IMG_VERSION: '(v[\\d.]+)-\\d+'",
        scheme: 'project',
      },
    ],
    [
      'Makefile: /VERSION \\?= (\\S+)/ semver',
      { kind: 'regex', path: 'Makefile', pattern: 'VERSION \\?= (\\S+)', scheme: 'semver' },
    ],
    ['VERSION', { kind: 'file', path: 'VERSION', scheme: 'project' }],
  ])('%s', (line, expected) => {
    expect(parseTargetLine(line)).toEqual({ ...expected, explicit: true });
  });

  it.each([
    ['/etc/passwd: x', 'with a path inside the workspace'],
    ['../up.yaml: version', 'with a path inside the workspace'],
    ['a.yaml: /(unclosed', 'a regular expression between slashes'],
    ['a.yaml: /no group/', 'has 0 capture groups'],
    ['a.yaml: docker.version extra words', 'one key path such as docker.version'],
    ['a.yaml: a..b', 'is not a key path'],
  ])('%s is refused', (line, message) => {
    expect(() => parseTargetLine(line)).toThrow(message);
  });
});

describe('detectTargets', () => {
  function tree(files: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), file === 'pyproject.toml' ? '[project]\nversion = "0.1.0"\n' : '');
    }
    return dir;
  }

  it('finds the well-known files at their depths and skips vendored and hidden folders', async () => {
    const dir = tree([
      'osvimdriver/pkg_info.json',
      'deep/er/pkg_info.json',
      'helm/os-vim-driver/Chart.yaml',
      'deploy/helm/chart/Chart.yaml',
      'node_modules/x/Chart.yaml',
      '.git/Chart.yaml',
      'testdata/charts/redis/Chart.yaml',
      'examples/Chart.yaml',
      'test/fixtures/Chart.yaml',
      'package.json',
      'pyproject.toml',
      'VERSION',
      'dependencies.yaml',
      'CITATION.cff',
      'sub/VERSION',
    ]);
    const found = (await detectTargets(dir)).map(
      (t) =>
        `${t.kind} ${t.path}${'keys' in t ? ` ${t.keys.join('.')}` : ''}${'scheme' in t ? ` ${t.scheme}` : ''}`,
    );
    expect(found).toEqual([
      'key osvimdriver/pkg_info.json version pep440',
      'pyproject pyproject.toml',
      'key package.json version semver',
      'key deploy/helm/chart/Chart.yaml version chart',
      'key deploy/helm/chart/Chart.yaml appVersion project',
      'key helm/os-vim-driver/Chart.yaml version chart',
      'key helm/os-vim-driver/Chart.yaml appVersion project',
      'file VERSION project',
      'zeitgeist dependencies.yaml',
      'citation CITATION.cff',
    ]);
    expect(hasPythonMetadata(await detectTargets(dir))).toBe(true);
    expect(hasPythonMetadata(await detectTargets(tree(['package.json', 'VERSION'])))).toBe(false);
  });

  it('takes a pyproject.toml as Python metadata only when it has a [project] or [tool.poetry] version', async () => {
    const dir = tree(['VERSION']);
    writeFileSync(join(dir, 'pyproject.toml'), '[tool.ruff]\nline-length = 100\n');
    expect((await detectTargets(dir)).map((t) => t.path)).toEqual(['VERSION']);
    writeFileSync(join(dir, 'pyproject.toml'), '[tool.poetry]\nversion = "1.0.0"\n');
    expect(hasPythonMetadata(await detectTargets(dir))).toBe(true);
  });

  it('skips vendored, test-data, example and dot folders anywhere in a path', () => {
    for (const path of [
      'vendor/x/a.md',
      'a/testdata/b.md',
      'docs/.hidden/c.md',
      'tests/d.md',
      'examples/e.md',
    ])
      expect([path, inSkippedFolder(path)]).toEqual([path, true]);
    for (const path of ['README.md', 'docs/guide.md', '.github.md', 'docs/testing.md'])
      expect([path, inSkippedFolder(path)]).toEqual([path, false]);
  });
});

describe('tokenEnv', () => {
  it('gives git the token as a header for the server only, after clearing a persisted one', () => {
    const env = tokenEnv('s3cret', 'https://github.example.com');
    const basic = Buffer.from('x-access-token:s3cret').toString('base64');
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.example.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.example.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    });
    expect(JSON.stringify(env)).not.toContain('s3cret');
    expect(tokenEnv(undefined, 'https://github.com')).toEqual({});
  });
});
