import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../shared/src/action/index.js';
import { pathRoots, realPath, resolveInputPath } from '../../../shared/src/action/paths.js';

function tree(): { workspace: string; temp: string; outside: string } {
  const top = realPath(mkdtempSync(join(tmpdir(), 'paths-')));
  const workspace = join(top, 'workspace');
  const temp = join(top, 'temp');
  const outside = join(top, 'outside');
  for (const folder of [workspace, temp, outside, join(workspace, 'docs')]) mkdirSync(folder);
  writeFileSync(join(workspace, 'VERSION'), '1.0.0\n');
  writeFileSync(join(outside, 'secret'), 'x\n');
  writeFileSync(join(temp, 'body.md'), 'notes\n');
  symlinkSync('VERSION', join(workspace, 'version-link'));
  symlinkSync(join(outside, 'secret'), join(workspace, 'escape'));
  symlinkSync(outside, join(workspace, 'linkdir'));
  return { workspace, temp, outside };
}

describe('path inputs stay in the job’s folders', () => {
  it('resolves a relative path and a link inside the workspace to the file it is', () => {
    const { workspace, temp } = tree();
    const roots = pathRoots(workspace, temp);
    expect(resolveInputPath('files', 'VERSION', roots)).toEqual({
      path: join(workspace, 'VERSION'),
      real: join(workspace, 'VERSION'),
      inWorkspace: 'VERSION',
    });
    expect(resolveInputPath('files', 'version-link', roots).inWorkspace).toBe('VERSION');
    expect(resolveInputPath('files', 'docs/new.md', roots).inWorkspace).toBe('docs/new.md');
  });

  it("accepts the runner's temp folder, outside the workspace", () => {
    const { workspace, temp } = tree();
    const resolved = resolveInputPath('body-file', join(temp, 'body.md'), pathRoots(workspace, temp));
    expect(resolved).toMatchObject({ real: join(temp, 'body.md'), inWorkspace: undefined });
  });

  it.each([
    ['an absolute path', '/etc/passwd'],
    ['a parent path', '../outside/secret'],
    ['a link to a file outside', 'escape'],
    ['a file under a linked folder outside', 'linkdir/secret'],
    ['a new file under a linked folder outside', 'linkdir/new'],
  ])('refuses %s', (_what, value) => {
    const { workspace, temp } = tree();
    expect(() => resolveInputPath('files', value, pathRoots(workspace, temp))).toThrow(InputError);
    expect(() => resolveInputPath('files', value, pathRoots(workspace, temp))).toThrow(
      /^Input 'files' got .*: expected a path inside the workspace or the runner's temp folder.*allow-outside-workspace/,
    );
  });

  it('accepts a folder the workflow allowed on purpose, and only an absolute one', () => {
    const { workspace, temp, outside } = tree();
    expect(resolveInputPath('files', 'linkdir/secret', pathRoots(workspace, temp, [outside])).real).toBe(
      join(outside, 'secret'),
    );
    expect(() => pathRoots(workspace, temp, ['relative/dir'])).toThrow(
      'Input \'allow-outside-workspace\' got "relative/dir": expected absolute folder paths, one per line',
    );
  });

  it('names where a link leads', () => {
    const { workspace, temp, outside } = tree();
    expect(() => resolveInputPath('files', 'escape', pathRoots(workspace, temp))).toThrow(
      `(it leads to ${join(outside, 'secret')})`,
    );
  });
});

describe('atomic writes through a link', () => {
  it('write the file the link points to and keep the link', async () => {
    const { writeFileAtomic } = await import('../../../shared/src/fs.js');
    const { lstatSync, readFileSync } = await import('node:fs');
    const { workspace } = tree();
    await writeFileAtomic(join(workspace, 'version-link'), '2.0.0\n');
    expect(lstatSync(join(workspace, 'version-link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(workspace, 'VERSION'), 'utf8')).toBe('2.0.0\n');
  });
});
