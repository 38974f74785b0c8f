/**
 * Installing the verified tarballs into the prefix, as KM's install instructions do
 * (`sudo mkdir -p /opt/kontain ; sudo chown -R $(whoami) /opt/kontain`, then untar as the user):
 * `sudo` is used only when the prefix cannot be created or written by the runner user, and only for
 * those two commands. Every archive is listed and checked before the first one is unpacked.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../../../shared/src/action/index.js';
import { checkArchives, type ArchiveListing } from '../../../shared/src/archive/check.js';
import { extractTarGz, listTarGz, type ExtractStats } from '../../../shared/src/archive/extract.js';
import { TarError } from '../../../shared/src/archive/tar.js';
import { asRoot, type System } from './system.js';

/** List every archive and refuse the lot if any member would escape the prefix. */
export async function checkTarballs(
  tarballs: ReadonlyArray<{ name: string; path: string }>,
): Promise<number> {
  const listings: ArchiveListing[] = [];
  for (const { name, path } of tarballs) {
    try {
      listings.push({ archive: name, members: await listTarGz(path) });
    } catch (error) {
      if (error instanceof TarError)
        throw new UserError(`${name} cannot be read as a .tar.gz: ${error.message}`);
      // zlib's errors: Z_DATA_ERROR (not gzip), Z_BUF_ERROR (cut short) …
      if (/^Z_/.test(String((error as NodeJS.ErrnoException).code))) {
        throw new UserError(
          `${name} is not a complete gzip file (${(error as Error).message}); nothing was unpacked`,
        );
      }
      throw error;
    }
  }
  const problems = checkArchives(listings);
  if (problems.length) {
    const shown = problems.slice(0, 5).map((p) => `${p.archive}: ${p.member} — ${p.why}`);
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    throw new UserError(
      `Refusing to install: ${problems.length} archive member(s) would escape the prefix (${shown.join('; ')}${more}). Nothing was unpacked.`,
    );
  }
  return listings.reduce((n, l) => n + l.members.length, 0);
}

/** The nearest folder of `path` (itself included) that exists. */
async function nearestExisting(path: string): Promise<string> {
  for (let at = path; ; at = dirname(at)) {
    if (
      await stat(at).then(
        () => true,
        () => false,
      )
    )
      return at;
    if (dirname(at) === at) return at;
  }
}

export type PrefixAction = 'ready' | 'create' | 'create with sudo' | 'take with sudo';

/** What making the prefix usable takes, without changing anything. */
export async function prefixAction(system: System, prefix: string): Promise<PrefixAction> {
  const info = await stat(prefix).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError(`The prefix ${prefix} exists and is not a folder`);
  if (info) return (await system.writable(prefix)) ? 'ready' : 'take with sudo';
  return (await system.writable(await nearestExisting(prefix))) ? 'create' : 'create with sudo';
}

/** Make the prefix a folder the runner user can write (sudo only for what needs it). */
export async function preparePrefix(system: System, prefix: string, action: PrefixAction): Promise<void> {
  const owner = `${system.uid}:${system.gid}`;
  try {
    if (action === 'create') {
      await system.exec(['mkdir', '-p', prefix]);
    } else if (action === 'create with sudo') {
      await system.exec(asRoot(system, ['mkdir', '-p', prefix]));
      await system.exec(asRoot(system, ['chown', '-R', owner, prefix]));
    } else if (action === 'take with sudo') {
      await system.exec(asRoot(system, ['chown', '-R', owner, prefix]));
    }
  } catch (error) {
    throw new UserError(
      `The prefix ${prefix} could not be made writable for uid ${system.uid} (${action}): ${(error as Error).message}. Nothing was unpacked.`,
    );
  }
}

/** Unpack one checked tarball into the prefix. */
export async function unpack(name: string, path: string, prefix: string): Promise<ExtractStats> {
  try {
    return await extractTarGz(path, prefix);
  } catch (error) {
    if (error instanceof TarError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
}
