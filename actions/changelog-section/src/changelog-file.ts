/** The changelog file as the user named it: shown relative to the workspace, read with a clear error. */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { InputError, type RunnerContext } from '../../../shared/src/action/index.js';
import type { Inputs } from './inputs.js';

/** The path as the user wrote it (relative to the workspace). */
export function displayName(inputs: Inputs, context: RunnerContext): string {
  return relative(context.workspace, inputs.changelog) || inputs.changelog;
}

/** The file's text; InputError naming the `changelog` input when it cannot be read. */
export async function readChangelog(inputs: Inputs, context: RunnerContext): Promise<string> {
  try {
    return await readFile(inputs.changelog, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      'changelog',
      displayName(inputs, context),
      code === 'ENOENT'
        ? 'the path of an existing changelog file (there is no such file in the workspace)'
        : `a readable file (${code ?? String(error)})`,
    );
  }
}
