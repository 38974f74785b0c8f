/**
 * go-module-tags: seed 001's `hack/release-helper.sh go-tag <tag> [remote]`, done safely — one tag per
 * nested Go module, dependencies first, at one commit SHA (never a branch), checked against the
 * remote's tags first (a published tag never moves) and pushed in one atomic push.
 */
import { UserError, type JobSummary, type OutputValue } from '../../../shared/src/action/index.js';
import { pushTagsCommand, redactCredentials, tagCommand, type Git } from '../../../shared/src/git/git.js';
import type { Logger } from '../../../shared/src/log.js';
import { executePlan, Plan, PlanError, type Effect } from '../../../shared/src/plan/plan.js';
import { bumpEffect, bumpSteps, type BumpStep } from './bump.js';
import { printedCommands, pushedTags } from './commands.js';
import { pushFailure } from './push.js';
import type { Inputs } from './inputs.js';
import { renderMessage } from './message.js';
import { findReleaseModules, type ReleaseModule } from './modules.js';
import { authenticated, tagState, warnIfUnpublished } from './remote.js';
import { assertSigned, localReleaseTags, shouldSign, tagger } from './tagger.js';
import { writeSummary } from './summary.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  /** The repository in the workspace. */
  git: Git;
  /** The Go toolchain for bump-requires; undefined when none is on PATH. */
  go?: string;
}

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const { log } = deps;
  if ((await deps.git.resolveCommit(inputs.sha)) !== inputs.sha) {
    throw new UserError(
      `Commit ${inputs.sha} is not in the repository at ${inputs.workspace}: check out the commit to tag (actions/checkout with that ref).`,
    );
  }
  await warnIfUnpublished(deps.git, inputs, log);
  const { modules, cycles, skipped } = await findReleaseModules(deps.git, inputs);
  log.info(`${modules.length} module(s) in dependency order: ${modules.map((m) => m.dir).join(', ')}`);
  for (const m of skipped) {
    log.info(`Left out ${m.dir} (${m.path}): ${m.reason}. Set include-empty-modules: true to tag it.`);
  }
  for (const cycle of cycles) {
    log.info(
      `${cycle.join(', ')} require each other (a cycle Go allows): tagged together, in the one atomic push.`,
    );
  }

  // The one read from the remote: every tag it has, peeled to its commit.
  const remote = redactCredentials(inputs.remote);
  const remoteGit = await authenticated(deps.git, inputs.remote, inputs.token, {
    serverUrl: inputs.serverUrl,
    log,
  });
  const remoteTags = await remoteGit.lsRemoteTags(inputs.remote);
  const sign = await shouldSign(deps.git, inputs.sign);
  const local = await localReleaseTags(deps.git, modules, sign);
  const state = tagState(modules, inputs.sha, { name: remote, tags: remoteTags }, local, sign);
  if (state.adopted.length) {
    log.info(
      `Adopting ${state.adopted.length} ${sign ? 'signed' : 'annotated'} local tag(s) already at ${inputs.sha}, pushed as they are (not re-created): ${state.adopted.map((m) => m.tag).join(', ')}`,
    );
  }

  const tagArgs = (m: ReleaseModule): string[] =>
    tagCommand(m.tag, inputs.sha, {
      message: renderMessage(inputs.message, {
        module: m.path,
        version: inputs.version,
        tag: m.tag,
        dir: m.dir,
        sha: inputs.sha,
      }),
      sign,
    });
  const toPush = pushedTags(modules, state);
  const steps = inputs.bumpRequires && deps.go !== undefined ? bumpSteps(modules, inputs.version) : [];
  if (inputs.bumpRequires && deps.go === undefined) {
    log.warning('bump-requires: skipped — no Go toolchain (`go`) on PATH.');
  }

  const commands = printedCommands(modules, state, { remote, tagArgs, steps });
  await log.group(
    `Commands${inputs.dryRun ? ' to run by hand' : ''} (dependency order, commit ${inputs.sha})`,
    () => {
      for (const line of commands.length ? commands : ['# nothing to do: every tag exists at this commit'])
        log.info(line);
      return Promise.resolve();
    },
  );

  const tagging = await tagger(deps.git, log);
  const createdLocally: string[] = [];
  const plan = new Plan();
  for (const m of state.create) {
    plan.add({
      kind: 'create tag',
      target: m.tag,
      detail: `${sign ? 'signed' : 'annotated'}, at ${inputs.sha}`,
      apply: async () => {
        await tagging.run(tagArgs(m));
        createdLocally.push(m.tag);
        if (sign) await assertSigned(deps.git, m.tag);
      },
    });
  }
  if (toPush.length) {
    plan.add({
      kind: 'push tags',
      target: remote,
      detail: `${toPush.length} tag(s) in one atomic push${state.adopted.length ? ` (${state.adopted.length} adopted)` : ''}`,
      apply: () => remoteGit.run(pushTagsCommand(inputs.remote, toPush)).then(() => undefined),
    });
  }
  const root = steps.length && deps.go ? await deps.git.output(['rev-parse', '--show-toplevel']) : '';
  for (const step of steps) plan.add(bumpEffect(step, root, deps.go ?? 'go'));

  const fileOf = (step: BumpStep): string =>
    step.module.dir === '.' ? 'go.mod' : `${step.module.dir}/go.mod`;
  let bumped = inputs.dryRun ? [] : steps.map(fileOf);
  try {
    await executePlan(plan, { dryRun: inputs.dryRun, log });
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    if (error.failed.kind === 'bump requires in' && toPush.length) {
      // The tags are pushed and final: a bump that failed is for the person to finish, not a failed release.
      bumped = bumpWarning(error, log);
    } else {
      // Tags pushed or not, the remote has all or none of them; local tags of a failed run go, so a rerun starts clean.
      if (error.failed.kind !== 'bump requires in') {
        for (const tag of createdLocally) await deps.git.deleteLocalTag(tag);
        if (createdLocally.length)
          log.info(`Deleted the ${createdLocally.length} local tag(s) this run created.`);
      }
      if (error.failed.kind === 'push tags')
        throw pushFailure(error, { remote, tags: toPush, createdLocally });
      throw error;
    }
  }
  const outputs = {
    tags: modules.map((m) => m.tag),
    modules: modules.map((m) => ({ path: m.path, dir: m.dir, tag: m.tag, dependencies: m.dependencies })),
    created: inputs.dryRun ? [] : state.create.map((m) => m.tag),
    adopted: inputs.dryRun ? [] : state.adopted.map((m) => m.tag),
    existing: state.existing.map((m) => m.tag),
    skipped,
    sha: inputs.sha,
    bumped,
  };
  writeSummary(deps.summary, {
    inputs,
    remote,
    modules,
    cycles,
    skipped,
    state,
    commands,
    pushed: inputs.dryRun ? [] : toPush,
  });
  return outputs;
}

/** Warn that bump-requires failed after the push, naming the go.mod files bumped and not; returns the bumped ones. */
function bumpWarning(error: PlanError, log: Logger): string[] {
  const bump = (effects: readonly Effect[]): string[] =>
    effects.filter((e) => e.kind === 'bump requires in').map((e) => e.target);
  const done = bump(error.applied);
  const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
  log.warning(
    `bump-requires failed after the tags were pushed (the tags are final): ${cause}. Bumped: ${done.join(', ') || 'none'}. Not bumped: ${bump([error.failed, ...error.pending]).join(', ')}.`,
  );
  return done;
}
