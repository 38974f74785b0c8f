/** Only regular files are read: a FIFO is refused by stat, never opened (its open would wait forever). */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256File } from '../../shared/src/github/assets.js';
import { notARegularFile } from '../../actions/create-release/src/files.js';

const dir = mkdtempSync(join(tmpdir(), 'cr-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('regular files only', () => {
  it('names what a path is when it is not a regular file', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'a');
    expect(notARegularFile(statSync(file))).toBeUndefined();
    expect(notARegularFile(statSync(fifo))).toBe('a named pipe (FIFO)');
    expect(notARegularFile(statSync('/dev/null'))).toBe('a character device');
    expect(notARegularFile(statSync(dir))).toBe('a directory');
  });

  it('sha256File refuses a FIFO and a device instead of blocking or reading forever', async () => {
    const fifo = join(dir, 'pipe2');
    execFileSync('mkfifo', [fifo]);
    await expect(sha256File(fifo)).rejects.toThrow(`${fifo} is not a regular file`);
    await expect(sha256File('/dev/zero')).rejects.toThrow('/dev/zero is not a regular file');
    const file = join(dir, 'b.txt');
    writeFileSync(file, 'abc');
    expect(await sha256File(file)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
