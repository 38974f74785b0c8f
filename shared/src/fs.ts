/** File writes that never leave a half-written file behind. */
import { randomBytes } from 'node:crypto';
import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file atomically: the text goes to a temporary file in the same folder (same file system),
 * which then replaces the target in one rename. A crash or a full disk leaves the old file intact.
 * An existing file's mode is kept. A symbolic link stays a link: the file it points to is written.
 * (Callers check first, with resolveInputPath, that the link leads somewhere they may write.)
 */
export async function writeFileAtomic(linkOrPath: string, data: string | Buffer): Promise<void> {
  const path = await realpath(linkOrPath).catch(() => linkOrPath);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(path).then(
    (s) => s.mode & 0o7777,
    () => undefined,
  );
  try {
    await writeFile(temporary, data, mode === undefined ? {} : { mode });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
