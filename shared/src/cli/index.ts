#!/usr/bin/env node
/** Entry of the `release-actions` bin (bundled into dist/cli/index.js). */
import { main, UsageError } from './main.js';

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`release-actions: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
