/** Which archive members would escape the install folder, judged from the listing alone; SHA256SUMS reading. */
import { describe, expect, it } from '@jest/globals';
import { checkArchives, memberParts } from '../../shared/src/archive/check.js';
import type { TarMember } from '../../shared/src/archive/tar.js';
import { ChecksumsError, parseChecksums, sumFor } from '../../shared/src/github/checksums.js';

const file = (name: string): TarMember => ({
  name,
  kind: 'file',
  typeflag: '0',
  mode: 0o644,
  size: 1,
  mtime: 0,
});
const dir = (name: string): TarMember => ({
  name,
  kind: 'directory',
  typeflag: '5',
  mode: 0o755,
  size: 0,
  mtime: 0,
});
const symlink = (name: string, linkname: string): TarMember => ({
  name,
  kind: 'symlink',
  typeflag: '2',
  mode: 0o777,
  size: 0,
  mtime: 0,
  linkname,
});
const hardlink = (name: string, linkname: string): TarMember => ({
  name,
  kind: 'hardlink',
  typeflag: '1',
  mode: 0o644,
  size: 0,
  mtime: 0,
  linkname,
});
const special = (name: string, typeflag: string): TarMember => ({
  name,
  kind: 'other',
  typeflag,
  mode: 0o644,
  size: 0,
  mtime: 0,
});

const whys = (members: TarMember[], earlier: TarMember[] = []): string[] =>
  checkArchives([
    ...(earlier.length ? [{ archive: 'kontain.tar.gz', members: earlier }] : []),
    { archive: 'x.tar.gz', members },
  ]).map((p) => `${p.member}: ${p.why}`);

describe('memberParts', () => {
  it.each([
    ['./bin/km', ['bin', 'km']],
    ['bin//km/', ['bin', 'km']],
    ['./', []],
    ['/etc/passwd', 'an absolute path'],
    ['bin/../../etc', 'a path with `..`'],
    ['..', 'a path with `..`'],
  ])('%s', (name, parts) => expect(memberParts(name)).toEqual(parts));
});

describe('checkArchives', () => {
  it('accepts what KM tarballs hold: folders, files, links inside, hard links to earlier files', () => {
    expect(
      whys([
        dir('./'),
        dir('./bin/'),
        file('./bin/km'),
        hardlink('./bin/km-hard', './bin/km'),
        symlink('./lib', 'lib64'),
        symlink('./bin/python', 'km'),
        symlink('./runtime/libc.so', '../lib/libc.so.6'),
        dir('./lib64/'),
        file('./lib64/libc.so.6'),
      ]),
    ).toEqual([]);
  });

  it.each([
    [[file('/etc/cron.d/x')], '/etc/cron.d/x: an absolute path'],
    [[file('../outside')], '../outside: a path with `..`'],
    [[file('bin/../../outside')], 'bin/../../outside: a path with `..`'],
    [
      [symlink('etc', '/etc')],
      'etc: a link that leads outside the install folder: it points at the absolute path /etc',
    ],
    [
      [symlink('up', '..')],
      'up: a link that leads outside the install folder: .. leads above the install folder',
    ],
    [
      [symlink('a/b/up', '../../..')],
      'a/b/up: a link that leads outside the install folder: ../../.. leads above the install folder',
    ],
    [
      [symlink('sub/s', '..'), symlink('sub/a', 's/..')],
      // sub/s is the install folder itself, so s/.. is its parent, whatever `sub/a/s/..` looks like.
      'sub/a: a link that leads outside the install folder: s/.. leads above the install folder',
    ],
    [
      [symlink('loop', 'loop/x')],
      'loop: a link that leads outside the install folder: loop/x goes through loop, where a loop of links',
    ],
    [[symlink('d', 'inside'), file('d/f')], 'd/f: it would be written through the link d'],
    [[hardlink('h', '/etc/shadow')], 'h: a hard link to an absolute path (/etc/shadow)'],
    [
      [hardlink('h', 'later'), file('later')],
      'h: a hard link to later, which is not a file earlier in the archive',
    ],
    [
      [special('dev/kvm', '3')],
      'dev/kvm: a character device: only files, directories and links are installed',
    ],
    [[special('fifo', '6')], 'fifo: a FIFO: only files, directories and links are installed'],
    [[file('./')], './: a member that would replace the install folder itself'],
  ])('refuses %j', (members, why) => {
    expect(whys(members)).toEqual([why]);
  });

  it('judges a member by the links every archive of the install makes (kontain.tar.gz is unpacked first)', () => {
    expect(whys([file('lib/evil.so')], [symlink('lib', 'lib64')])).toEqual([
      'lib/evil.so: it would be written through the link lib',
    ]);
    // A later archive replacing the link with a folder makes the earlier link harmless.
    expect(
      checkArchives([
        { archive: 'a', members: [symlink('lib', 'lib64')] },
        { archive: 'b', members: [dir('lib/'), file('lib/x')] },
      ]),
    ).toEqual([]);
  });

  it('lists every problem, not only the first', () => {
    expect(whys([file('/a'), file('../b'), symlink('c', '/')])).toHaveLength(3);
  });
});

describe('SHA256SUMS', () => {
  const a = 'a'.repeat(64);
  const b = 'B'.repeat(64);
  it('reads sha256sum text and binary lines, comments and CRLF', () => {
    const sums = parseChecksums(
      `# made by create-release\r\n${a}  kontain.tar.gz\r\n${b} *build/km-python.tar.gz\n\n`,
    );
    expect([...sums]).toEqual([
      ['kontain.tar.gz', a],
      ['build/km-python.tar.gz', 'b'.repeat(64)],
    ]);
    expect(sumFor(sums, 'km-python.tar.gz')).toBe('b'.repeat(64));
    expect(sumFor(sums, 'other.tar.gz')).toBeUndefined();
  });

  it('refuses a line it cannot read and a name listed twice with different sums', () => {
    expect(() => parseChecksums(`${a}  x\nnot a sum\n`)).toThrow(
      new ChecksumsError('SHA256SUMS line 2 is not "<sha256>  <name>": "not a sum"'),
    );
    expect(() => parseChecksums(`${a}  x\n${'c'.repeat(64)}  x\n`)).toThrow(
      /lists x twice with different sums/,
    );
  });

  it('gives no sum for a base name two folders share', () => {
    expect(
      sumFor(parseChecksums(`${a}  one/k.tar.gz\n${'c'.repeat(64)}  two/k.tar.gz\n`), 'k.tar.gz'),
    ).toBeUndefined();
  });
});
