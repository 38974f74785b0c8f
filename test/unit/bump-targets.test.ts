/** bump-dev-version's targets: the `targets` input lines and the well-known files it finds. */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zeitgeistRule } from '../../actions/bump-dev-version/src/zeitgeist-rule.js';
import { readDependencies } from '../../shared/src/edit/zeitgeist.js';
import { tokenEnv } from '../../shared/src/git/deliver.js';
import {
  detectTargets,
  excludes,
  hasPythonMetadata,
  inSkippedFolder,
  parseExcludeLine,
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

  // Where a path leads is the path rule's to decide (inside the workspace unless allow-outside-workspace
  // lists its folder): the line keeps it as given.
  it('keeps paths outside the workspace for the path rule to judge', () => {
    expect(parseTargetLine('../up.yaml: version')).toMatchObject({ path: '../up.yaml' });
    expect(parseTargetLine('/etc/passwd: x')).toMatchObject({ path: '/etc/passwd' });
  });

  it('reads `!path` and `!path: key.path` as what to leave out of detection', () => {
    expect(parseExcludeLine('!helm/x/values.yaml: docker.version')).toEqual({
      path: 'helm/x/values.yaml',
      keys: ['docker', 'version'],
    });
    expect(parseExcludeLine('!./dependencies.yaml')).toEqual({ path: 'dependencies.yaml' });
    expect(parseExcludeLine('VERSION')).toBeUndefined();
    expect(() => parseExcludeLine('!')).toThrow('after the `!`');
    expect(excludes({ path: 'a.yaml' }, 'a.yaml', ['x'])).toBe(true);
    expect(excludes({ path: 'a.yaml', keys: ['x'] }, 'a.yaml', ['x'])).toBe(true);
    expect(excludes({ path: 'a.yaml', keys: ['x'] }, 'a.yaml', ['y'])).toBe(false);
    expect(excludes({ path: 'a.yaml', keys: ['x'] }, 'a.yaml')).toBe(false);
  });

  it.each([
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

describe('detectTargets and links', () => {
  it('finds a version file that is a link (the path rule then judges where it leads)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    mkdirSync(join(dir, 'charts/real'), { recursive: true });
    writeFileSync(join(dir, 'charts/real/Chart.yaml'), 'version: 0.1.0\n');
    mkdirSync(join(dir, 'deploy'));
    symlinkSync('../charts/real/Chart.yaml', join(dir, 'deploy/Chart.yaml'));
    // A linked folder is not walked: it may lead anywhere, or back up.
    symlinkSync('..', join(dir, 'charts/loop'));
    const paths = (await detectTargets(dir)).map((t) => t.path);
    expect(paths).toEqual([
      'charts/real/Chart.yaml',
      'charts/real/Chart.yaml',
      'deploy/Chart.yaml',
      'deploy/Chart.yaml',
    ]);
  });
});

describe('which zeitgeist a repository runs (issue 16 item 9)', () => {
  const deps = (zeitgeist?: string): string =>
    `dependencies:\n  - name: x\n    version: 1.0.0\n    refPaths: []\n${zeitgeist ? `  - name: zeitgeist\n    version: ${zeitgeist}\n    refPaths: []\n` : ''}`;
  async function ruleOf(files: Record<string, string>, zeitgeist?: string): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'zeitgeist-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const choice = await zeitgeistRule(dir, readDependencies(deps(zeitgeist)), 'dependencies.yaml');
    return `${choice.rule}: ${/\(([^)]*)\)$/.exec(choice.said)?.[1] ?? choice.said}`;
  }

  it.each<[string, Record<string, string>, string | undefined, string]>([
    [
      'a script assigning VERSION and installing @"${VERSION}" (promo-tools)',
      {
        'hack/verify-dependencies.sh':
          'set -e\nVERSION=v0.5.4\ngo install sigs.k8s.io/zeitgeist@"${VERSION}"\n',
      },
      '0.5.4',
      'one-line: zeitgeist v0.5.4, pinned in hack/verify-dependencies.sh:2; v0.6.0 and later want every selected line to hold it',
    ],
    [
      'a Makefile variable used by go run',
      {
        Makefile:
          'ZEITGEIST_VERSION ?= v0.6.2\n\nverify-dependencies:\n\t$(GO) run sigs.k8s.io/zeitgeist@$(ZEITGEIST_VERSION) validate --local-only\n',
      },
      '0.5.4',
      'every-line: zeitgeist v0.6.2, pinned in Makefile:1',
    ],
    [
      'a literal in a script (kubernetes before 2021)',
      { 'hack/verify-external-dependencies-version.sh': 'go install sigs.k8s.io/zeitgeist@v0.2.0\n' },
      undefined,
      'one-line: zeitgeist v0.2.0, pinned in hack/verify-external-dependencies-version.sh:1; v0.6.0 and later want every selected line to hold it',
    ],
    [
      'a release download in a workflow',
      {
        '.github/workflows/verify.yml':
          'jobs:\n  v:\n    steps:\n      - run: curl -L https://github.com/kubernetes-sigs/zeitgeist/releases/download/v0.7.0/zeitgeist-amd64-linux\n',
      },
      undefined,
      'every-line: zeitgeist v0.7.0, pinned in .github/workflows/verify.yml:4',
    ],
    [
      '@latest',
      { 'hack/deps.sh': 'go run sigs.k8s.io/zeitgeist@latest validate\n' },
      undefined,
      'every-line: zeitgeist latest, pinned in hack/deps.sh:1',
    ],
    [
      'a go.mod requirement',
      { 'hack/tools/go.mod': 'module tools\n\nrequire (\n\tsigs.k8s.io/zeitgeist v0.5.3\n)\n' },
      undefined,
      'one-line: zeitgeist v0.5.3, pinned in hack/tools/go.mod:4; v0.6.0 and later want every selected line to hold it',
    ],
    [
      'only the zeitgeist entry of dependencies.yaml',
      {},
      '0.6.0',
      'every-line: zeitgeist v0.6.0, pinned in dependencies.yaml:6',
    ],
    [
      'nothing',
      { Makefile: 'verify:\n\t./hack/verify.sh\n' },
      undefined,
      'one-line: no zeitgeist version is pinned in the Makefile, scripts or dependencies.yaml: the rule of zeitgeist before v0.6.0',
    ],
  ])('%s', async (_what, files, zeitgeist, expected) => {
    expect(await ruleOf(files, zeitgeist)).toBe(expected);
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
