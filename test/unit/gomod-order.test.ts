import { describe, expect, it } from '@jest/globals';
import { goModFiles, normaliseFolder, readModules } from '../../shared/src/gomod/modules.js';
import { releaseOrder } from '../../shared/src/gomod/order.js';
import {
  majorVersionProblem,
  modulePathProblem,
  moduleTag,
  releaseVersionProblem,
  tagNameProblem,
} from '../../shared/src/gomod/tags.js';
import {
  goModText,
  PEER_PODS,
  PEER_PODS_BASE,
  PEER_PODS_V080,
  type ModuleSpec,
} from '../fixtures/go-monorepo.js';

function texts(specs: ModuleSpec[], base = 'example.com/r'): Map<string, string> {
  return new Map(specs.map((s) => [s.dir === '' ? 'go.mod' : `${s.dir}/go.mod`, goModText(s, specs, base)]));
}

const dirs = (specs: ModuleSpec[], base?: string): string[] =>
  releaseOrder(readModules(texts(specs, base))).modules.map((m) => m.dir);

describe('release order', () => {
  it('peer-pods: cloud-providers, webhook, peerpod-ctrl, cloud-api-adaptor, csi-wrapper', () => {
    expect(dirs(PEER_PODS, PEER_PODS_BASE)).toEqual([
      'src/cloud-providers',
      'src/webhook',
      'src/peerpod-ctrl',
      'src/cloud-api-adaptor',
      'src/csi-wrapper',
    ]);
  });

  it('a diamond: the shared dependency first, the two middles alphabetically, the top last', () => {
    const diamond = [
      { dir: 'top', requires: ['right', 'left'] },
      { dir: 'right', requires: ['base'] },
      { dir: 'left', requires: ['base'] },
      { dir: 'base' },
    ];
    expect(dirs(diamond)).toEqual(['base', 'left', 'right', 'top']);
  });

  it('the root module with nested ones', () => {
    expect(dirs([{ dir: '', requires: ['lib'] }, { dir: 'lib' }, { dir: 'tools', requires: [''] }])).toEqual([
      'lib',
      '',
      'tools',
    ]);
  });

  it('modules that require each other form one layer, named as a cycle; what needs them comes after', () => {
    const mod = (name: string, ...requires: string[]): [string, string] => [
      `${name}/go.mod`,
      `module example.com/r/${name}\n${requires.map((r) => `require example.com/r/${r} v0.0.0\n`).join('')}`,
    ];
    // a → b → c → a is one cycle; d needs it; e stands alone; f and g require each other and need e.
    const order = releaseOrder(
      readModules(
        new Map([
          mod('d', 'a'),
          mod('c', 'a'),
          mod('b', 'c'),
          mod('a', 'b'),
          mod('e'),
          mod('g', 'f', 'e'),
          mod('f', 'g'),
        ]),
      ),
    );
    expect(order.modules.map((m) => m.dir)).toEqual(['a', 'b', 'c', 'e', 'd', 'f', 'g']);
    expect(order.cycles).toEqual([
      ['example.com/r/a', 'example.com/r/b', 'example.com/r/c'],
      ['example.com/r/f', 'example.com/r/g'],
    ]);
  });

  it('peer pods at v0.8.0-alpha.1: the root and peerpod-ctrl require each other', () => {
    const order = releaseOrder(
      readModules(
        texts(
          PEER_PODS_V080.filter((m) => !m.noPackage),
          PEER_PODS_BASE,
        ),
      ),
    );
    expect(order.modules.map((m) => m.dir)).toEqual([
      '',
      'peerpod-ctrl',
      'peerpodconfig-ctrl',
      'webhook',
      'volumes/csi-wrapper',
    ]);
    expect(order.cycles).toEqual([[PEER_PODS_BASE, `${PEER_PODS_BASE}/peerpod-ctrl`]]);
  });

  it('a chain of 5,000 modules is ordered without exhausting the stack', () => {
    // Direct requires only (a tidy go.mod would list the whole chain): the order needs no more.
    const chain = new Map(
      Array.from({ length: 5000 }, (_, i): [string, string] => [
        `m${i}/go.mod`,
        `module example.com/r/m${i}\n${i > 0 ? `require example.com/r/m${i - 1} v0.0.0\n` : ''}`,
      ]),
    );
    const dirs = releaseOrder(readModules(chain)).modules.map((m) => m.dir);
    expect(dirs.slice(0, 3)).toEqual(['m0', 'm1', 'm2']);
    expect(dirs.at(-1)).toBe('m4999');
  });

  it('requires of modules outside the repository do not order anything', () => {
    const mods = readModules(
      new Map([
        ['b/go.mod', 'module example.com/r/b\nrequire example.com/other v1.0.0\n'],
        ['a/go.mod', 'module example.com/r/a\nrequire example.com/r/b v1.0.0\n'],
      ]),
    );
    expect(mods.map((m) => [m.dir, m.dependencies])).toEqual([
      ['a', ['example.com/r/b']],
      ['b', []],
    ]);
  });

  it('two go.mod files declaring one module path, or none, are errors', () => {
    expect(() =>
      readModules(
        new Map([
          ['a/go.mod', 'module m\n'],
          ['b/go.mod', 'module m\n'],
        ]),
      ),
    ).toThrow('a/go.mod and b/go.mod both declare module m');
    expect(() => readModules(new Map([['a/go.mod', 'go 1.22\n']]))).toThrow(
      'a/go.mod has no module directive',
    );
  });
});

describe('module discovery', () => {
  it('skips vendor/ and testdata/ and files that only end in go.mod', () => {
    expect(
      goModFiles([
        'go.mod',
        'src/a/go.mod',
        'src/a/vendor/x/go.mod',
        'src/a/pkg/testdata/y/go.mod',
        'src/b/notgo.mod',
        'src/b/go.modx',
        'vendor2/go.mod',
      ]),
    ).toEqual(['go.mod', 'src/a/go.mod', 'vendor2/go.mod']);
  });

  it('normalises folders and refuses ones outside the root', () => {
    expect(['src/', './src/a', '.', '', 'a\\b'].map(normaliseFolder)).toEqual([
      'src',
      'src/a',
      '',
      '',
      'a/b',
    ]);
    expect(['../x', '/abs', 'a/../../b'].map(normaliseFolder)).toEqual([undefined, undefined, undefined]);
  });
});

describe('versions and tags', () => {
  it.each([
    ['0.8.0', 'a SemVer version with a v prefix, such as v0.8.0'],
    ['v0.8', 'a SemVer version with a v prefix and three numbers, such as v0.8.0 or v0.8.0-alpha.1'],
    ['v01.2.3', 'a SemVer version with a v prefix and three numbers, such as v0.8.0 or v0.8.0-alpha.1'],
    ['V1.2.3', 'a SemVer version with a v prefix, such as v0.8.0'],
    ['v1.2.3+incompatible', expect.stringContaining('without +incompatible')],
    ['v1.2.3+build.5', expect.stringContaining('without build metadata')],
  ])('%s is refused', (version, problem) => {
    expect(releaseVersionProblem(version)).toEqual(problem);
  });

  it.each(['v0.8.0', 'v0.8.0-alpha.1', 'v10.20.30-rc.1.x-y'])('%s is accepted', (version) => {
    expect(releaseVersionProblem(version)).toBeUndefined();
  });

  it.each([
    [
      'src/cloud-api-adaptor',
      'example.com/r/src/cloud-api-adaptor',
      'v0.8.0',
      'src/cloud-api-adaptor/v0.8.0',
    ],
    ['', 'example.com/r', 'v0.8.0', 'v0.8.0'],
    ['lib/v2', 'example.com/r/lib/v2', 'v2.1.0', 'lib/v2.1.0'],
    ['v3', 'example.com/r/v3', 'v3.0.0', 'v3.0.0'],
    ['lib', 'example.com/r/lib/v2', 'v2.1.0', 'lib/v2.1.0'],
    ['', 'example.com/r/v2', 'v2.0.0', 'v2.0.0'],
    ['tools/v2x', 'example.com/r/tools/v2x', 'v1.0.0', 'tools/v2x/v1.0.0'],
  ])('module at %j (%s) %s → %s', (dir, path, version, tag) => {
    expect(majorVersionProblem(path, version)).toBeUndefined();
    expect(moduleTag(dir, path, version)).toBe(tag);
  });

  it('major version rules', () => {
    expect(majorVersionProblem('example.com/r/lib', 'v2.0.0')).toBe(
      'a v2 version needs the module path to end in /v2 (v0 and v1 modules have no suffix)',
    );
    expect(majorVersionProblem('example.com/r/lib/v2', 'v1.5.0')).toBe(
      'the module path ends in /v2, so its versions must be v2.x.y, not v1.5.0',
    );
    expect(majorVersionProblem('example.com/r/lib/v3', 'v2.0.0')).toContain('must be v3.x.y');
    expect(majorVersionProblem('example.com/r/lib/v1', 'v1.0.0')).toContain(
      'v0 and v1 modules have no major suffix',
    );
  });

  it('tag names git would refuse', () => {
    expect(tagNameProblem('src/cloud-api-adaptor/v0.8.0-alpha.1')).toBeUndefined();
    expect(tagNameProblem('my dir/v1.0.0')).toContain('spaces');
    expect(tagNameProblem('a~b/v1.0.0')).toContain('~');
    expect(tagNameProblem('.hidden/v1.0.0')).toContain("starting with '.'");
    expect(tagNameProblem('x.lock/v1.0.0')).toContain('.lock');
    expect(tagNameProblem('-x/v1.0.0')).toBe("git refuses tags starting with '-' (they read as options)");
    expect(tagNameProblem('a/-x/v1.0.0')).toBeUndefined();
  });

  it('a nested module path must end in its tag prefix (less /vN); the root module is exempt', () => {
    expect(modulePathProblem('src/webhook', `${PEER_PODS_BASE}/src/webhook`)).toBeUndefined();
    expect(modulePathProblem('lib/v2', 'example.com/r/lib/v2')).toBeUndefined();
    expect(modulePathProblem('tools', 'example.com/r/tools/v2')).toBeUndefined();
    expect(modulePathProblem('', 'example.com/anything/v3')).toBeUndefined();
    expect(modulePathProblem('.', 'example.com/anything')).toBeUndefined();
    expect(modulePathProblem('src/webhook', 'example.com/webhook')).toBe(
      'its module path must end in /src/webhook (its directory, where the go command looks for tag src/webhook/<version>)',
    );
    expect(modulePathProblem('lib/v2', 'example.com/r/other/v2')).toBe(
      'its module path must end in /lib/v2 (its directory, where the go command looks for tag lib/<version>)',
    );
    // `…/xlib` does not end in the directory `lib`: the match is by whole path elements.
    expect(modulePathProblem('lib', 'example.com/r/xlib')).toContain('must end in /lib ');
  });
});
