/**
 * Installing tarballs into the prefix: GNU tar's formats read back exactly, hostile members refused
 * before anything is written, links already on disk never written through, and sudo used only for a
 * prefix the runner user cannot write (through a stand-in sudo).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkPrefix } from '../../actions/kvm-validate/src/inputs.js';
import {
  checkTarballs,
  prefixAction,
  preparePrefix,
  unpack,
} from '../../actions/kvm-validate/src/install.js';
import { InputError, UserError } from '../../shared/src/action/index.js';
import { tarGz, type Entry } from '../fixtures/kvm-validate-tar.js';
import { testMachine } from '../fixtures/kvm-validate-system.js';
import { removeScratch, scratch } from '../e2e/kvm-validate-helpers.js';

afterAll(removeScratch);

/** Every path under a folder with what it is: `f 755 bin/km`, `l lib -> lib64`, `d tests`. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path);
      const info = lstatSync(path);
      if (info.isSymbolicLink()) out.push(`l ${rel} -> ${readlinkSync(path)}`);
      else if (info.isDirectory()) {
        out.push(`d ${(info.mode & 0o777).toString(8)} ${rel}`);
        walk(path);
      } else out.push(`f ${(info.mode & 0o777).toString(8)} ${rel} ${readFileSync(path, 'utf8').length}`);
    }
  };
  walk(root);
  return out;
}

function archive(entries: Entry[]): string {
  const path = join(scratch('kvm-tar-'), 'x.tar.gz');
  writeFileSync(path, tarGz(entries));
  return path;
}

describe('unpacking what GNU tar wrote', () => {
  it.each(['gnu', 'pax', 'ustar'])(
    '--format=%s: the same tree, modes, links and long names',
    async (format) => {
      const src = scratch('kvm-src-');
      mkdirSync(join(src, 'bin'));
      mkdirSync(join(src, 'lib64'));
      writeFileSync(join(src, 'bin/km'), '#!/bin/sh\necho km\n', { mode: 0o755 });
      writeFileSync(join(src, 'lib64/libc.so.6'), 'elf', { mode: 0o644 });
      symlinkSync('lib64', join(src, 'lib'));
      execFileSync('ln', [join(src, 'bin/km'), join(src, 'bin/km-hard')]);
      const deep = join(src, 'd'.repeat(90), 'e'.repeat(90));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, `${'f'.repeat(99)}.txt`), 'long name\n');
      const tarball = join(scratch('kvm-tar-'), 'kontain.tar.gz');
      // ustar cannot hold the 280-character path: it gets the short part of the tree only.
      const members = format === 'ustar' ? ['bin', 'lib', 'lib64'] : ['.'];
      execFileSync('tar', [`--format=${format}`, '-czf', tarball, '-C', src, ...members]);
      expect(await checkTarballs([{ name: 'kontain.tar.gz', path: tarball }])).toBeGreaterThan(4);
      const prefix = scratch('kvm-prefix-');
      await unpack('kontain.tar.gz', tarball, prefix);
      const expected = tree(src).filter((l) => format !== 'ustar' || !l.includes('ddd'));
      expect(tree(prefix)).toEqual(expected);
      expect(statSync(join(prefix, 'bin/km')).ino).toBe(statSync(join(prefix, 'bin/km-hard')).ino);
    },
  );
});

describe('refusing hostile archives before anything is written', () => {
  it.each<[string, Entry[], RegExp]>([
    [
      'a ../ member',
      [
        { name: 'bin/km', content: 'ok' },
        { name: '../escaped', content: 'x' },
      ],
      /\.\.\/escaped — a path with `\.\.`/,
    ],
    [
      'an absolute member',
      [{ name: '/etc/cron.d/kvm', content: 'x' }],
      /\/etc\/cron\.d\/kvm — an absolute path/,
    ],
    [
      'a link out and a file through it',
      [
        { name: 'lib', type: 'symlink', linkname: '/tmp' },
        { name: 'lib/x', content: 'x' },
      ],
      /lib — a link that leads outside the install folder: it points at the absolute path \/tmp; x\.tar\.gz: lib\/x — it would be written through the link lib/,
    ],
    [
      'a hard link out',
      [{ name: 'h', type: 'hardlink', linkname: '../../etc/shadow' }],
      /h — a hard link to a path with `\.\.`/,
    ],
    ['a device', [{ name: 'kvm', type: 'char' }], /kvm — a character device/],
  ])('%s', async (_what, entries, message) => {
    const prefix = scratch('kvm-prefix-');
    const good = archive([{ name: 'bin/km', content: 'km' }]);
    const bad = archive(entries);
    const attempt = checkTarballs([
      { name: 'kontain.tar.gz', path: good },
      { name: 'x.tar.gz', path: bad },
    ]);
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(/Nothing was unpacked\.$/);
    expect(readdirSync(prefix)).toEqual([]);
  });

  it('refuses what is not a gzipped tar', async () => {
    const path = join(scratch('kvm-tar-'), 'x.tar.gz');
    writeFileSync(path, 'not gzip');
    await expect(checkTarballs([{ name: 'x.tar.gz', path }])).rejects.toThrow(
      'x.tar.gz is not a complete gzip file (incorrect header check); nothing was unpacked',
    );
    writeFileSync(path, tarGz([{ name: 'a', content: 'a' }]).subarray(0, 30));
    await expect(checkTarballs([{ name: 'x.tar.gz', path }])).rejects.toThrow(
      'x.tar.gz is not a complete gzip file (unexpected end of file); nothing was unpacked',
    );
    writeFileSync(path, gzipSync(Buffer.alloc(700, 1)));
    await expect(checkTarballs([{ name: 'x.tar.gz', path }])).rejects.toThrow(
      'x.tar.gz cannot be read as a .tar.gz: a header checksum does not match: not a tar archive, or a damaged one',
    );
  });
});

describe('links already in the prefix', () => {
  it('replaces a link where a file goes, and never writes through a folder link that leads out', async () => {
    const prefix = scratch('kvm-prefix-');
    const outside = scratch('kvm-outside-');
    writeFileSync(join(outside, 'victim'), 'untouched');
    symlinkSync(join(outside, 'victim'), join(prefix, 'VERSION'));
    await unpack('a.tar.gz', archive([{ name: 'VERSION', content: 'new' }]), prefix);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched');
    expect(lstatSync(join(prefix, 'VERSION')).isFile()).toBe(true);
    symlinkSync(outside, join(prefix, 'lib'));
    await expect(
      unpack('b.tar.gz', archive([{ name: 'lib/sub/evil.so', content: 'x' }]), prefix),
    ).rejects.toThrow(
      `b.tar.gz: lib/sub/evil.so: ${join(prefix, 'lib')} leads to ${outside}, outside ${prefix}; nothing is written there`,
    );
    // Not even the folder on the way: the link is judged before anything is made behind it.
    expect(readdirSync(outside)).toEqual(['victim']);
  });
});

describe('the prefix', () => {
  it('is created without sudo when the runner user can, and with sudo -n mkdir and chown when not', async () => {
    const base = scratch('kvm-opt-');
    const mine = testMachine(scratch('kvm-root-'));
    expect(await prefixAction(mine.system, join(base, 'opt/kontain'))).toBe('create');
    await preparePrefix(mine.system, join(base, 'opt/kontain'), 'create');
    expect(mine.calls()).toEqual([]);
    expect(await prefixAction(mine.system, join(base, 'opt/kontain'))).toBe('ready');

    const locked = testMachine(scratch('kvm-root-'), { writable: () => false });
    const prefix = join(base, 'locked/kontain');
    expect(await prefixAction(locked.system, prefix)).toBe('create with sudo');
    await preparePrefix(locked.system, prefix, 'create with sudo');
    expect(locked.calls()).toEqual([`sudo -n mkdir -p ${prefix}`, `sudo -n chown -R 1001:118 ${prefix}`]);
    expect(await prefixAction(locked.system, prefix)).toBe('take with sudo');
  });

  it('says what failed when sudo cannot help', async () => {
    const machine = testMachine(scratch('kvm-root-'), { writable: () => false });
    const prefix = join(scratch('kvm-opt-'), 'kontain');
    machine.system.exec = () =>
      Promise.reject(new Error('`sudo -n mkdir -p x` exited with 1: sudo: a password is required'));
    await expect(preparePrefix(machine.system, prefix, 'create with sudo')).rejects.toThrow(
      `The prefix ${prefix} could not be made writable for uid 1001 (create with sudo): \`sudo -n mkdir -p x\` exited with 1: sudo: a password is required. Nothing was unpacked.`,
    );
  });

  it('is never / (also through a link) and always absolute', () => {
    const link = join(scratch('kvm-link-'), 'root');
    symlinkSync('/', link);
    expect(checkPrefix('/opt/kontain/')).toBe('/opt/kontain');
    for (const bad of ['/', '//', '/opt/..', link, 'opt/kontain'])
      expect(() => checkPrefix(bad)).toThrow(InputError);
    expect(() => checkPrefix('/')).toThrow(
      `Input 'prefix' got "/": expected a folder of its own, such as /opt/kontain: never / itself`,
    );
  });
});
