/**
 * publish-runenv: seed 000's payload release (runenv-<payload>:latest and :<sha>, with aliases) and
 * seed 004's image rules (push, then clean the CI-<BuildId> tags up), through the registry API.
 */
import type { JobSummary, OutputValue } from '../../../shared/src/action/index.js';
import type { Logger } from '../../../shared/src/log.js';
import type { RegistryClient } from '../../../shared/src/registry/client.js';
import { formatReference } from '../../../shared/src/registry/reference.js';
import type { DockerCli } from './docker-daemon.js';
import type { Inputs } from './inputs.js';
import { publishFromRegistry } from './publish.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  registry: RegistryClient;
  docker: DockerCli;
}

export interface PublishedReference {
  reference: string;
  digest: string;
  how: string;
}

export interface Published {
  digest: string;
  published: PublishedReference[];
  /** Figures for the job summary (blobs mounted, bytes uploaded, requests). */
  facts?: Record<string, number>;
}

/**
 * Publish, or clean up; `failure` is set when some repositories could not be cleaned (the outputs
 * and summary describe every repository all the same, so the caller writes them, then fails).
 */
export async function run(
  inputs: Inputs,
  deps: Deps,
): Promise<{ outputs: Record<string, OutputValue>; failure?: Error }> {
  // Each mode's code is loaded when that mode runs: publishing from a registry is the common one.
  if (inputs.mode === 'cleanup') {
    const { cleanupTag } = await import('./cleanup.js');
    const { entries, failure } = await cleanupTag(
      inputs.cleanupTag ?? '',
      inputs.cleanupRepositories,
      { dryRun: inputs.dryRun, byName: inputs.deleteTagsByName },
      deps.registry,
      deps,
    );
    return { outputs: { cleanup: entries }, ...(failure ? { failure } : {}) };
  }
  const source = inputs.source ?? '';
  const { digest, published, facts } = inputs.sourceReference
    ? await publishFromRegistry(inputs.sourceReference, inputs.references, inputs.dryRun, deps.registry, deps)
    : await (
        await import('./docker-daemon.js')
      ).publishFromDaemon(source, inputs.references, inputs.dryRun, deps.docker, deps);
  deps.summary
    .heading(
      `Published ${inputs.sourceReference ? formatReference(inputs.sourceReference) : source}${inputs.dryRun ? ' (dry run)' : ''}`,
    )
    .facts({ digest, references: inputs.references.length, ...facts })
    .table(
      ['reference', 'digest', 'how'],
      (inputs.dryRun
        ? inputs.references.map((r) => ({ reference: formatReference(r), digest, how: 'planned' }))
        : published
      ).map((p) => [p.reference, p.digest, p.how]),
    );
  return {
    outputs: {
      digest,
      references: (inputs.dryRun ? [] : published).map(({ reference, digest: d }) => ({
        reference,
        digest: d,
      })),
    },
  };
}
