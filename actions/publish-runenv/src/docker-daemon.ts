/**
 * A source in the local Docker daemon is out of reach of the registry API, so it goes through the
 * docker CLI as seed 004 does it: tag the image with the target name, push, then clear the tag again
 * (also when the push fails). The registry path is the primary one; this needs a prior docker login.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import { executePlan, Plan } from '../../../shared/src/plan/plan.js';
import { formatReference, type ImageReference } from '../../../shared/src/registry/reference.js';
import type { Deps, Published, PublishedReference } from './run.js';

/** Runs `docker <args>`; resolves with its output whatever the exit code. */
export type DockerCli = (args: string[]) => Promise<{ exitCode: number; stdout: string; stderr: string }>;

/** The docker commands that publish `source` as `reference`, in order (the last one always runs). */
export function dockerCommands(source: string, reference: string): string[][] {
  return [
    ['tag', source, reference],
    ['push', reference],
    ['image', 'rm', reference],
  ];
}

/** The digest in `docker push` output (`latest: digest: sha256:… size: 1234`). */
export function pushedDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}

async function docker(cli: DockerCli, args: string[]): Promise<string> {
  const result = await cli(args);
  if (result.exitCode !== 0) {
    throw new UserError(
      `docker ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
  return result.stdout;
}

/** Publish a local image with the docker CLI; every reference must come out at the same digest. */
export async function publishFromDaemon(
  source: string,
  references: ImageReference[],
  dryRun: boolean,
  cli: DockerCli,
  deps: Deps,
): Promise<Published> {
  const published: PublishedReference[] = [];
  const plan = new Plan();
  for (const target of references) {
    const name = formatReference(target);
    const [tag, push, untag] = dockerCommands(source, name) as [string[], string[], string[]];
    plan.add({
      kind: 'docker push',
      target: name,
      detail: `docker ${tag.join(' ')}; docker ${push.join(' ')}; docker ${untag.join(' ')}`,
      apply: async () => {
        await docker(cli, tag);
        try {
          const digest = pushedDigest(await docker(cli, push));
          if (!digest) throw new UserError(`docker push ${name} printed no digest`);
          published.push({ reference: name, digest, how: 'docker tag, push, untag' });
        } finally {
          await docker(cli, untag);
        }
      },
    });
  }
  await executePlan(plan, { dryRun, log: deps.log });
  const digests = [...new Set(published.map((p) => p.digest))];
  if (digests.length > 1) {
    throw new UserError(
      `The pushed references have different digests: ${published.map((p) => `${p.reference} ${p.digest}`).join('; ')}`,
    );
  }
  return { digest: digests[0] ?? '', published };
}
