/**
 * go-module-tags: seed 001's `hack/release-helper.sh go-tag <tag> [remote]`, done safely — one tag per
 * nested Go module, dependencies first, at one commit SHA (never a branch), checked against the
 * remote's tags first (a published tag never moves) and pushed in one atomic push.
 */
import { UserError, type JobSummary, type OutputValue } from '../../../shared/src/action/index.js';
import { pushTagsCommand, tagCommand, type Git } from '../../../shared/src/git/git.js';
import type { Logger } from '../../../shared/src/log.js';
import { executePlan, Plan, PlanError } from '../../../shared/src/plan/plan.js';
import { bumpCommandLine, bumpEffect, bumpSteps } from './bump.js';
import type { Inputs } from './inputs.js';
import { commandLine, renderMessage } from './message.js';
import { findReleaseModules, type ReleaseModule } from './modules.js';
import { authenticated, tagState, warnIfUnpublished } from './remote.js';
import { assertSigned, shouldSign, tagger } from './tagger.js';
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
  const modules = await findReleaseModules(deps.git, inputs);
  log.info(`${modules.length} module(s) in dependency order: ${modules.map((m) => m.dir).join(', ')}`);

  // The one read from the remote: every tag it has, peeled to its commit.
  const remoteGit = await authenticated(deps.git, inputs.remote, inputs.token);
  const remoteTags = await remoteGit.lsRemoteTags(inputs.remote);
  const state = tagState(
    modules,
    inputs.sha,
    { name: inputs.remote, tags: remoteTags },
    await deps.git.localTags(),
  );

  const sign = await shouldSign(deps.git, inputs.sign);
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
  const toPush = modules
    .filter((m) => state.create.includes(m) || state.pushLocal.includes(m))
    .map((m) => m.tag);
  const steps = inputs.bumpRequires && deps.go !== undefined ? bumpSteps(modules, inputs.version) : [];
  if (inputs.bumpRequires && deps.go === undefined) {
    log.warning('bump-requires: skipped — no Go toolchain (`go`) on PATH.');
  }

  const commands = [
    ...state.create.map((m) => commandLine(tagArgs(m))),
    ...(toPush.length ? [commandLine(pushTagsCommand(inputs.remote, toPush))] : []),
    ...steps.map(bumpCommandLine),
  ];
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
      target: inputs.remote,
      detail: `${toPush.length} tag(s) in one atomic push`,
      apply: () => remoteGit.run(pushTagsCommand(inputs.remote, toPush)).then(() => undefined),
    });
  }
  const root = steps.length && deps.go ? await deps.git.output(['rev-parse', '--show-toplevel']) : '';
  for (const step of steps) plan.add(bumpEffect(step, root, deps.go ?? 'go'));

  try {
    await executePlan(plan, { dryRun: inputs.dryRun, log });
  } catch (error) {
    // Tags pushed or not, the remote has all or none of them; local tags of a failed run go, so a rerun starts clean.
    if (error instanceof PlanError && error.failed.kind !== 'bump requires in') {
      for (const tag of createdLocally) await deps.git.deleteLocalTag(tag);
      if (createdLocally.length)
        log.info(`Deleted the ${createdLocally.length} local tag(s) this run created.`);
    }
    throw error;
  }
  const outputs = {
    tags: modules.map((m) => m.tag),
    modules: modules.map((m) => ({ path: m.path, dir: m.dir, tag: m.tag, dependencies: m.dependencies })),
    created: inputs.dryRun ? [] : toPush,
    existing: state.existing.map((m) => m.tag),
    sha: inputs.sha,
    bumped: inputs.dryRun
      ? []
      : steps.map((s) => (s.module.dir === '.' ? 'go.mod' : `${s.module.dir}/go.mod`)),
  };
  writeSummary(deps.summary, { inputs, modules, state, commands, pushed: outputs.created });
  return outputs;
}
