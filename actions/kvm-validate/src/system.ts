/**
 * The machine the action changes, behind one small interface: where `/` is, who runs the action, and
 * how a command runs (with `sudo -n` when it needs root and the runner user is not root). The action
 * takes it as an argument, so tests point `root` at a temporary folder and run stand-ins for
 * `udevadm` and `sudo` from PATH: no test ever runs the real ones.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, open } from 'node:fs/promises';

export interface System {
  /** `/` on a runner. */
  root: string;
  /** `x64`, `arm64` … (process.arch). */
  arch: string;
  uid: number;
  gid: number;
  /** Open a path read-write and close it again; rejects with the errno error. */
  openReadWrite(path: string): Promise<void>;
  /** Whether this user may create files in the folder. */
  writable(path: string): Promise<boolean>;
  /** Run a command found on PATH with `input` on stdin; rejects with CommandError when it fails. */
  exec(argv: readonly string[], input?: string): Promise<string>;
}

export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly argv: readonly string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    const why = code === null ? 'could not be run' : `exited with ${code}`;
    super(
      `\`${argv.join(' ')}\` ${why}${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`,
    );
  }
}

/** The command as it must run to act as root: unchanged for root, else through `sudo -n` (never a prompt). */
export function asRoot(system: Pick<System, 'uid'>, argv: readonly string[]): string[] {
  return system.uid === 0 ? [...argv] : ['sudo', '-n', ...argv];
}

/** Run a command with `input` on stdin; its stdout, or CommandError with the end of its stderr. */
export function runCommand(
  argv: readonly string[],
  input?: string,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const [command, ...args] = argv;
    const child = spawn(command!, args, { stdio: ['pipe', 'pipe', 'pipe'], ...(env ? { env } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => reject(new CommandError(argv, null, error.message)));
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new CommandError(argv, code, stderr)),
    );
    // A command that exits without reading its input must not fail the write (EPIPE).
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** The runner itself. */
export function hostSystem(): System {
  return {
    root: '/',
    arch: process.arch,
    uid: process.getuid?.() ?? -1,
    gid: process.getgid?.() ?? -1,
    async openReadWrite(path) {
      const handle = await open(path, constants.O_RDWR);
      await handle.close();
    },
    writable: (path) =>
      access(path, constants.W_OK).then(
        () => true,
        () => false,
      ),
    exec: (argv, input) => runCommand(argv, input),
  };
}
