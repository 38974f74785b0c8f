/**
 * Every step's full log as one workflow artifact, through @actions/artifact (v6, which talks to the
 * Actions results service). GitHub Enterprise Server does not support it (GHESNotSupportedError):
 * there the upload is skipped with a warning that says so, and the logs stay in the job log.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../../shared/src/log.js';
import type { LogsReport } from './report.js';

/** The part of @actions/artifact's client used here. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
}

/**
 * GitHub Enterprise Server, by the rule @actions/artifact applies (its isGhes): a server other than
 * github.com, *.ghe.com (GHE.com data residency) and *.localhost.
 */
export function isGhes(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname.trimEnd().toUpperCase();
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

export interface UploadContext {
  name: string;
  folder: string;
  serverUrl: string;
  /** ACTIONS_RUNTIME_TOKEN is set (the runner gives it to every action step). */
  onRunner: boolean;
}

/** Upload the folder's files; never throws (a lost upload must not hide the validation's result). */
export async function uploadLogs(
  uploader: ArtifactUploader,
  context: UploadContext,
  log: Logger,
): Promise<LogsReport> {
  const base = { folder: context.folder, artifact: context.name };
  if (isGhes(context.serverUrl)) {
    const note = `not uploaded: artifact uploads through @actions/artifact v2+ are not supported on GitHub Enterprise Server (GHESNotSupportedError); every step's log is printed in the job log above`;
    log.warning(`Step logs ${note}`);
    return { ...base, note };
  }
  if (!context.onRunner) {
    const note = `not uploaded: not on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN); the logs are in ${context.folder}`;
    log.info(`Step logs ${note}`);
    return { ...base, note };
  }
  const files = (await readdir(context.folder)).sort().map((f) => join(context.folder, f));
  try {
    const result = await uploader.uploadArtifact(context.name, files, context.folder);
    log.info(
      `Step logs uploaded as artifact ${context.name}${result.id !== undefined ? ` (id ${result.id})` : ''}`,
    );
    return { ...base, ...(result.id !== undefined ? { id: result.id } : {}) };
  } catch (error) {
    const note = `not uploaded: ${(error as Error).message}`;
    log.warning(`Step logs ${note}`);
    return { ...base, note };
  }
}
