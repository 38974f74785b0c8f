/**
 * Commands started in a process group of their own, so that stopping one stops everything it started
 * (a server a guide launched with `&`, a pipeline, a subshell): SIGTERM to the whole group, then
 * SIGKILL to whatever is left after a grace period. Output goes to a file, not a pipe: a grandchild
 * that keeps a pipe open would otherwise hold the wait forever. POSIX only (Linux runners).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface GroupProcess {
  /** The leader's pid, which is also the group's id. */
  pid: number;
  /** Resolves when the leader exits (its group may live on: see stop). */
  exited: Promise<Exit>;
  /** The exit once known, else undefined (still running). */
  exit(): Exit | undefined;
  /** SIGTERM the group, SIGKILL what is left after `graceMs`; resolves once the group is gone. */
  stop(graceMs: number): Promise<void>;
}

export interface SpawnGroupOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** File that receives stdout and stderr together (appended), in the order they were written. */
  logFile: string;
}

/** Groups started and not yet stopped: killed if this process is told to stop (a cancelled job). */
const live = new Set<number>();
let handlersInstalled = false;

/**
 * On SIGTERM or SIGINT (the runner cancelling the job) kill every live group before exiting: a group is
 * detached from this process, so nothing else would stop it.
 */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    process.once(signal, () => {
      for (const pgid of live) signalGroup(pgid, 'SIGKILL');
      // A killed process lingers until the kernel schedules its death: wait (briefly, synchronously:
      // this process is about to exit) so that none outlives the action.
      const until = Date.now() + 2_000;
      while ([...live].some((pgid) => liveMembers(pgid).length > 0) && Date.now() < until) sleepSync(10);
      process.exit(code);
    });
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Start `command args` as the leader of a new process group, stdin from /dev/null. */
export async function spawnGroup(
  command: string,
  args: string[],
  options: SpawnGroupOptions,
): Promise<GroupProcess> {
  const log = await open(options.logFile, 'a');
  try {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('spawn', () => resolve(child.pid!));
      child.once('error', reject);
    });
    live.add(pid);
    installSignalHandlers();
    let exit: Exit | undefined;
    const exited = new Promise<Exit>((resolve) =>
      child.once('exit', (code, signal) => {
        exit = { code, signal };
        resolve(exit);
      }),
    );
    return { pid, exited, exit: () => exit, stop: (graceMs) => stopGroup(pid, graceMs) };
  } finally {
    // The child holds its own copy of the descriptor.
    await log.close();
  }
}

/**
 * The live members of a process group. A signal 0 to the group answers "none" at once; when it finds
 * some, /proc is read (Linux) so that zombies — which a container without a reaping init keeps
 * forever — do not count. Read synchronously: thousands of small reads, one event-loop turn.
 */
export function liveMembers(pgid: number): number[] {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return [];
  }
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [pgid];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') members.push(Number(entry));
  }
  return members;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Wait until the group has no live member, checking every 25 ms, for at most `ms`; true when it has none. */
async function waitGone(pgid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (liveMembers(pgid).length > 0) {
    if (Date.now() >= until) return false;
    await pause(25);
  }
  return true;
}

/** SIGTERM the group, then SIGKILL after `graceMs` if any member is left; resolves once none is. */
export async function stopGroup(pgid: number, graceMs: number): Promise<void> {
  if (liveMembers(pgid).length > 0) {
    signalGroup(pgid, 'SIGTERM');
    if (!(await waitGone(pgid, graceMs))) {
      signalGroup(pgid, 'SIGKILL');
      await waitGone(pgid, 5_000);
    }
  }
  live.delete(pgid);
}

/**
 * Processes (other than this one) whose environment holds `name=value`: what a step started that left
 * its process group (setsid, a daemon that double-forks) still inherits the marker. Zombies have no
 * environment left, so only live processes are found. Linux /proc only; [] elsewhere.
 */
export function processesWithMarker(name: string, value: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const entryText = `${name}=${value}`;
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
      if (environ.split('\0').includes(entryText)) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

/** Whether a process is alive (not gone, not a zombie). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/**
 * SIGKILL every process carrying the marker (what escaped its group) and wait (at most 2 s) until they
 * are gone; returns how many there were.
 */
export async function killMarked(name: string, value: string): Promise<number> {
  const pids = processesWithMarker(name, value);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const until = Date.now() + 2_000;
  while (pids.some(alive) && Date.now() < until) await pause(20);
  return pids.length;
}
