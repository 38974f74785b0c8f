/**
 * A source in the local Docker daemon is out of reach of the registry API, so it goes through the
 * docker CLI as seed 004 does it: tag the image with the target name, push, then clear the tag again
 * (also when the push fails). The registry path is the primary one; this needs a prior docker login.
 *
 * The user's own tags are never lost: the source is resolved to its image ID first and tagged from
 * the ID; a reference that is the source itself after Docker's normalisation is pushed as it is; and
 * a reference that already existed locally is put back on its image afterwards instead of removed.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import { executePlan, Plan } from '../../../shared/src/plan/plan.js';
import {
  formatReference,
  parseReference,
  type ImageReference,
} from '../../../shared/src/registry/reference.js';
import type { Deps, Published, PublishedReference } from './run.js';

const HOW: Record<LocalState['kind'], string> = {
  absent: 'docker tag, push, untag',
  source: 'docker push (the source itself)',
  other: 'docker tag, push, tag restored',
};

/** Runs `docker <args>`; resolves with its output whatever the exit code. */
export type DockerCli = (args: string[]) => Promise<{ exitCode: number; stdout: string; stderr: string }>;

/** What a local reference names before the run: nothing, the source image, or another image. */
export type LocalState = { kind: 'absent' } | { kind: 'source' } | { kind: 'other'; id: string };

/**
 * The docker commands that publish the image `sourceId` as `reference`, in order; `local` is what
 * `reference` named before. The last command (clear or restore the tag) runs even when the push fails.
 */
export function dockerCommands(sourceId: string, reference: string, local: LocalState): string[][] {
  if (local.kind === 'source') return [['push', reference]];
  const restore = local.kind === 'other' ? ['tag', local.id, reference] : ['image', 'rm', reference];
  return [['tag', sourceId, reference], ['push', reference], restore];
}

/** The digest in `docker push` output (`latest: digest: sha256:… size: 1234`). */
export function pushedDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}

/** `name[:tag]` as Docker normalises it (`kontainapp/x` → `docker.io/kontainapp/x:latest`). */
export function normalisedName(name: string): string {
  const ref = parseReference(name);
  return formatReference({ ...ref, ...(ref.digest || ref.tag ? {} : { tag: 'latest' }) });
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

/**
 * The image ID a local name resolves to; undefined when the daemon has no such image. Any other
 * failure (a stopped daemon, DOCKER_HOST pointing nowhere, no permission on the socket) is not "no
 * image" and is said as it is.
 */
async function imageId(cli: DockerCli, name: string): Promise<string | undefined> {
  const result = await cli(['image', 'inspect', '--format', '{{.Id}}', name]);
  if (result.exitCode === 0) return result.stdout.trim() || undefined;
  const said = result.stderr.trim() || result.stdout.trim();
  if (/no such (image|object)/i.test(said)) return undefined;
  throw new UserError(
    `The Docker daemon could not be reached: docker image inspect ${name} exited ${result.exitCode}: ${said || 'no message'}. Start the daemon (or point DOCKER_HOST at it); \`docker info\` shows whether the docker CLI reaches one.`,
  );
}

/** Publish a local image with the docker CLI; every reference must come out at the same digest. */
export async function publishFromDaemon(
  source: string,
  references: ImageReference[],
  dryRun: boolean,
  cli: DockerCli,
  deps: Deps,
): Promise<Published> {
  const sourceId = await imageId(cli, source);
  if (!sourceId)
    throw new UserError(`The local Docker daemon has no image ${source} (docker image inspect).`);
  const sourceName = normalisedName(source);
  const published: PublishedReference[] = [];
  const plan = new Plan();
  for (const target of references) {
    const name = formatReference(target);
    let local: LocalState = { kind: 'absent' };
    if (name === sourceName) local = { kind: 'source' };
    else {
      const id = await imageId(cli, name);
      if (id === sourceId) local = { kind: 'source' };
      else if (id) local = { kind: 'other', id };
    }
    const commands = dockerCommands(sourceId, name, local);
    const pushAt = commands.findIndex((c) => c[0] === 'push');
    plan.add({
      kind: 'docker push',
      target: name,
      detail: commands.map((c) => `docker ${c.join(' ')}`).join('; '),
      apply: async () => {
        const before = commands.slice(0, pushAt);
        const after = commands.slice(pushAt + 1);
        for (const command of before) await docker(cli, command);
        try {
          const digest = pushedDigest(await docker(cli, commands[pushAt] ?? []));
          if (!digest) throw new UserError(`docker push ${name} printed no digest`);
          published.push({ reference: name, digest, how: HOW[local.kind] });
        } finally {
          for (const command of after) await docker(cli, command);
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
