/** Which modules hold a Go package, from a commit's file listing, by the go command's rules. */
import { describe, expect, it } from '@jest/globals';
import { isPackageFolder, modulesWithPackages } from '../../shared/src/gomod/packages.js';

const modulesOf = (files: string[]): Set<string> =>
  new Set(
    files.filter((f) => f === 'go.mod' || f.endsWith('/go.mod')).map((f) => f.replace(/\/?go\.mod$/, '')),
  );

const withPackages = (files: string[]): string[] => [...modulesWithPackages(files, modulesOf(files))].sort();

describe('modules with a Go package', () => {
  it('peer pods: podvm/go.mod beside image files holds none; its parent does', () => {
    const files = [
      'src/cloud-api-adaptor/go.mod',
      'src/cloud-api-adaptor/cmd/caa/main.go',
      'src/cloud-api-adaptor/podvm/go.mod',
      'src/cloud-api-adaptor/podvm/Makefile',
      'src/cloud-api-adaptor/podvm/files/etc/systemd/system/run-kata\\x2dcontainers.mount',
      'src/webhook/go.mod',
      'src/webhook/main.go',
    ];
    expect(withPackages(files)).toEqual(['src/cloud-api-adaptor', 'src/webhook']);
  });

  it('a .go file belongs to the nearest module above it, not to the parent', () => {
    expect(withPackages(['go.mod', 'README.md', 'tools/go.mod', 'tools/gen/main.go'])).toEqual(['tools']);
    expect(withPackages(['go.mod', 'doc.go', 'tools/go.mod', 'tools/README.md'])).toEqual(['']);
  });

  it.each([
    ['testdata/x.go', 'testdata'],
    ['pkg/testdata/x.go', 'testdata below a package'],
    ['_tools/x.go', 'a folder starting with _'],
    ['.github/x.go', 'a folder starting with .'],
    ['vendor/example.com/dep/x.go', 'below vendor/'],
    ['_x.go', 'a file starting with _'],
    ['.x.go', 'a file starting with .'],
    ['x.go.txt', 'not a .go file'],
  ])('%s (%s) is no package of the module', (file) => {
    expect(withPackages(['m/go.mod', `m/${file}`])).toEqual([]);
  });

  it.each([
    ['x_test.go', 'test files make a package'],
    ['vendor/x.go', 'a package named vendor is allowed'],
    ['internal/deep/er/x.go', 'any depth'],
  ])('%s (%s) is a package', (file) => {
    expect(withPackages(['m/go.mod', `m/${file}`])).toEqual(['m']);
  });

  it('folder rules count from the module root, not from the repository root', () => {
    // A module that itself lives below a folder named _ or testdata still has packages.
    expect(isPackageFolder('')).toBe(true);
    expect(withPackages(['_examples/demo/go.mod', '_examples/demo/main.go'])).toEqual(['_examples/demo']);
  });
});
