/** Shared setup of the kvm-validate tests: scratch folders, a free port, leftover processes, this machine's KVM. */
import { randomBytes } from 'node:crypto';
import { constants, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processesWithMarker } from '../../shared/src/process/group.js';

const made: string[] = [];

/** A temporary folder removed by removeScratch. */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A variable to put in the action's environment: guide commands inherit it, so after the run every
 * live process carrying it is one the action left behind.
 */
export function leftoverMarker(): {
  name: string;
  value: string;
  env: Record<string, string>;
  left: () => number[];
} {
  const name = 'KVM_VALIDATE_TEST_MARK';
  const value = randomBytes(8).toString('hex');
  return { name, value, env: { [name]: value }, left: () => processesWithMarker(name, value) };
}

/** Whether this user can open /dev/kvm read-write on this machine (what the action should report). */
export async function kvmOpensHere(): Promise<boolean> {
  try {
    const handle = await open('/dev/kvm', constants.O_RDWR);
    await handle.close();
    return true;
  } catch {
    return false;
  }
}
