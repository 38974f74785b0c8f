/**
 * changelog-section: the release description from CHANGELOG.md (seed 003 §7: "copy the section for
 * this version into the description of the release"), or the section generated from what merged.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobSummary, OutputValue, RunnerContext } from '../../../shared/src/action/index.js';
import type { GitHubClient } from '../../../shared/src/github/index.js';
import type { Logger } from '../../../shared/src/log.js';
import type { Inputs } from './inputs.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  /** Needed for mode generate only. */
  github?: GitHubClient;
}

/** GitHub keeps at most 1 MB in one step output; larger bodies are read from `body-file`. */
export const OUTPUT_LIMIT = 1_000_000;
/** GitHub refuses a release description longer than this. */
export const RELEASE_BODY_LIMIT = 125_000;

export type ModeOutputs = { body: string; version: string; found: boolean } & Record<string, OutputValue>;

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  // Each mode's code (the changelog parser, or the GitHub queries and the section renderer) is
  // loaded when that mode runs: a start loads neither.
  const outputs =
    inputs.mode === 'extract'
      ? await (await import('./extract.js')).extract(inputs, deps)
      : await (await import('./generate.js')).generate(inputs, deps);
  // Outputs are LF whatever the file uses; a CRLF changelog must not leak \r into release bodies.
  const body = outputs.body.replace(/\r\n?/g, '\n');
  // A folder of its own per run, so two steps of one job never share a body file.
  const folder = await mkdtemp(join(deps.context.runnerTemp, 'changelog-section-'));
  const bodyFile = join(folder, `${outputs.version.replace(/[^\w.-]/g, '_')}.md`);
  await writeFile(bodyFile, body);
  const bytes = Buffer.byteLength(body);
  if (body.length > RELEASE_BODY_LIMIT) {
    deps.log.warning(
      `The section has ${body.length} characters; GitHub refuses a release description over ${RELEASE_BODY_LIMIT}.`,
    );
  }
  if (bytes > OUTPUT_LIMIT) {
    deps.log.warning(
      `The section is ${bytes} bytes, over a step output's limit: read body-file (${bodyFile}).`,
    );
  }
  return { ...outputs, body: bytes <= OUTPUT_LIMIT ? body : '', 'body-file': bodyFile };
}
