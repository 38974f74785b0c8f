/**
 * Extracting a checked .tar.gz into a folder, never following a link on disk out of it: every member's
 * folder is resolved (links followed) and must lie inside the install folder before anything is
 * written there; files are created fresh (an existing file or link of the name is removed first, and
 * the new file is opened with O_EXCL|O_NOFOLLOW), so a link left in the folder is replaced, not written
 * through. Owners are not restored (the files belong to the user running the install); permission
 * bits are, without setuid, setgid and sticky. Call checkArchives on the listing first.
 */
import { constants } from 'node:fs';
import { chmod, link, lstat, mkdir, open, realpath, rm, stat, symlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { memberParts } from './check.js';
import { readTarGz, TarError, type TarMember } from './tar.js';

export interface ExtractStats {
  files: number;
  directories: number;
  links: number;
  bytes: number;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/**
 * Make the member's folder one part at a time, judging each existing part before anything is made
 * behind it: a link on disk (left by an earlier install, or planted) is followed only when it leads
 * to a folder inside the install folder. `mkdir -p` would first create folders wherever the link
 * points and only then could the result be checked.
 */
async function ensureFolder(root: string, parts: readonly string[], member: string): Promise<string> {
  let current = root;
  for (const part of parts) {
    const next = join(current, part);
    const info = await lstat(next).catch(() => undefined);
    if (!info) {
      await mkdir(next).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      current = next;
    } else if (info.isSymbolicLink()) {
      const real = await realpath(next);
      if (!inside(root, real)) {
        throw new TarError(`${member}: ${next} leads to ${real}, outside ${root}; nothing is written there`);
      }
      if (!(await stat(real)).isDirectory()) throw new TarError(`${member}: ${next} is not a folder`);
      current = real;
    } else if (info.isDirectory()) {
      current = next;
    } else {
      throw new TarError(`${member}: ${next} is a file, where the archive needs a folder`);
    }
  }
  return current;
}

/** Remove what is at `path` unless it is a directory (a directory in the way is an error). */
async function clear(path: string, member: string, keepDirectory: boolean): Promise<void> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return;
  if (info.isDirectory()) {
    if (keepDirectory) return;
    throw new TarError(`${member}: ${path} is a directory already; it is not replaced`);
  }
  await rm(path, { force: true });
}

async function writeFileMember(
  path: string,
  member: TarMember,
  body: (sink: (chunk: Buffer) => Promise<void>) => Promise<void>,
): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const handle = await open(path, flags, 0o600);
  try {
    await body(async (chunk) => {
      let written = 0;
      while (written < chunk.length) written += (await handle.write(chunk, written)).bytesWritten;
    });
    await handle.chmod(member.mode & 0o777);
    const when = new Date(member.mtime * 1000);
    await handle.utimes(when, when);
  } finally {
    await handle.close();
  }
}

/** Extract every member into `root` (an existing folder), in archive order. */
export async function extractTarGz(archive: string, root: string): Promise<ExtractStats> {
  const realRoot = await realpath(root);
  const stats: ExtractStats = { files: 0, directories: 0, links: 0, bytes: 0 };
  const directoryModes: Array<[string, number]> = [];
  await readTarGz(archive, async (member, body) => {
    const parts = memberParts(member.name);
    if (typeof parts === 'string')
      throw new TarError(`${member.name}: ${parts} (the archive was not checked)`);
    if (parts.length === 0) return;
    const folder = await ensureFolder(realRoot, parts.slice(0, -1), member.name);
    const path = join(folder, parts[parts.length - 1]!);
    switch (member.kind) {
      case 'directory': {
        await clear(path, member.name, true);
        await ensureFolder(realRoot, parts, member.name);
        // Modes are set at the end: a read-only folder would refuse its own members.
        directoryModes.push([path, member.mode & 0o777]);
        stats.directories++;
        return;
      }
      case 'file': {
        await clear(path, member.name, false);
        await writeFileMember(path, member, body!);
        stats.files++;
        stats.bytes += member.size;
        return;
      }
      case 'symlink': {
        await clear(path, member.name, false);
        await symlink(member.linkname ?? '', path);
        stats.links++;
        return;
      }
      case 'hardlink': {
        const target = memberParts(member.linkname ?? '');
        if (typeof target === 'string' || target.length === 0) {
          throw new TarError(
            `${member.name}: a hard link to ${member.linkname} (the archive was not checked)`,
          );
        }
        const source = join(
          await ensureFolder(realRoot, target.slice(0, -1), member.name),
          target[target.length - 1]!,
        );
        const info = await lstat(source);
        if (!info.isFile()) throw new TarError(`${member.name}: ${member.linkname} is not a file`);
        await clear(path, member.name, false);
        await link(source, path);
        stats.links++;
        return;
      }
      default:
        throw new TarError(
          `${member.name}: a member of type '${member.typeflag}' (the archive was not checked)`,
        );
    }
  });
  for (const [path, mode] of directoryModes.reverse()) await chmod(path, mode);
  return stats;
}

/** List a .tar.gz's members without writing anything (their bodies are skipped). */
export async function listTarGz(archive: string): Promise<TarMember[]> {
  const members: TarMember[] = [];
  await readTarGz(archive, (member) => {
    members.push(member);
    return Promise.resolve();
  });
  return members;
}
