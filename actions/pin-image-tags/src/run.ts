/**
 * pin-image-tags: seed 001's "Cutting releases" (pin the cloud-api-adaptor image the deployment files
 * use to the release image's commit, in a pull request) and "Post-release" (revert that pin, and the
 * versions.yaml component references to `main`). Find every reference to the images in the files git
 * tracks; check every tag (and component reference) where it lives; compute each file's new text with
 * only the values changed; then plan the push, pull request and workspace writes, and apply them unless
 * this is a dry run. Nothing is written before every check has passed.
 */
import type { JobSummary, OutputValue, RunnerContext } from '../../../shared/src/action/index.js';
import { UserError } from '../../../shared/src/action/errors.js';
import { pathRoots } from '../../../shared/src/action/paths.js';
import { checkoutBase, commitSource, PathRule, Reader, workingTree } from '../../../shared/src/edit/files.js';
import { workspaceWrites, type WorkspaceWrite } from '../../../shared/src/edit/working-tree.js';
import { writeFileAtomic } from '../../../shared/src/fs.js';
import { applyDelivery, prepareDelivery, tokenEnv, type Delivered } from '../../../shared/src/git/deliver.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import type { Logger } from '../../../shared/src/log.js';
import { Plan } from '../../../shared/src/plan/plan.js';
import type { RegistryClient } from '../../../shared/src/registry/client.js';
import { unifiedDiff } from '../../../shared/src/text/unified-diff.js';
import { checkComponents, checkImageTags, TagChecker, tagKey } from './checks.js';
import { locateComponents } from './components.js';
import { computeChanges, nameOf, pinnedPairs, unusedTemplates, type PinChange } from './edits.js';
import type { Inputs } from './inputs.js';
import { linePlaces } from './patterns.js';
import type { Place } from './places.js';
import { Scanner } from './scan.js';
import { writeSummary } from './summary.js';
import { readSelected, selectFiles, trackedTree } from './tree.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  context: RunnerContext;
  /** Where tags are checked (unless check-registry is false). */
  registry?: RegistryClient;
  /** Needed when push is pull-request. */
  github?: GitHubClient;
}

/** Stop before anything is written when a check found problems, naming every one. */
function stopOn(problems: readonly string[]): void {
  if (problems.length === 0) return;
  const list = problems.join('; ');
  throw new UserError(
    problems.length === 1
      ? `${list}. Nothing was written`
      : `${problems.length} problems, nothing was written: ${list}`,
  );
}

/** `a, b, c and 12 more` */
function listed(items: readonly string[], most = 12): string {
  return items.length <= most
    ? items.join(', ')
    : `${items.slice(0, most).join(', ')} and ${items.length - most} more`;
}

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const { log, context } = deps;
  const workspace = context.workspace;
  const rule = new PathRule(pathRoots(workspace, context.runnerTemp, inputs.allowOutsideWorkspace), log);
  // A pushed change is built on the checkout's commit: read from it, so that whatever an earlier run
  // left in the working tree, a rerun computes the same commit and finishes the job.
  const base = inputs.push === 'none' ? undefined : await checkoutBase(workspace);
  const reader = new Reader(rule, base ? commitSource(base) : workingTree);

  // Say what, not where: every reference to the images in the files git tracks.
  const tree = await trackedTree(workspace, base);
  const texts = await readSelected(reader, selectFiles(tree.tracked, inputs.files, 'files'), 'files');
  const scanner = new Scanner(inputs.images, tree.charts);
  const scan = scanner.scan(texts);
  const problems = [...scan.problems];
  const notes = [...scan.notes];
  const places: Place[] = [
    ...scan.places,
    ...(await linePlaces(inputs.lines, tree.tracked, reader, inputs.images[0]!, problems)),
  ];
  const components = await locateComponents(
    inputs.components,
    reader,
    (file, text) => scanner.documents(file, text),
    { mode: inputs.mode, tag: inputs.tag, sha: inputs.sha, revertReference: inputs.revertReference },
    problems,
  );
  log.info(
    `Searched ${texts.size} file(s): ${reader.texts.size} read, ${scan.parsed} parsed as YAML (those that mention the image); ${places.length} reference(s) found.`,
  );
  for (const image of inputs.images.filter((i) => !places.some((p) => p.image === i))) {
    problems.push(
      `No reference to ${image.name} in the ${texts.size} file(s) searched (${listed([...texts.keys()])})`,
    );
  }
  for (const template of unusedTemplates(places, inputs.templates))
    problems.push(
      `templates: ${template.glob} matches no file with a reference (${template.glob}: ${template.template})`,
    );
  stopOn(problems);

  // Checked before writing: every tag in its registry, every component reference where it points.
  const checker = inputs.checkRegistry && deps.registry ? new TagChecker(deps.registry) : undefined;
  const pairs = pinnedPairs(places, inputs);
  if (checker) log.info(`Looking up ${pairs.map((p) => `${p.image.name}:${p.tag}`).join(', ')}`);
  const digests = checker ? await checkImageTags(checker, pairs, problems) : undefined;
  await checkComponents(
    components,
    checker,
    { workspace, env: tokenEnv(inputs.token, context.serverUrl) },
    problems,
  );
  stopOn(problems);
  for (const found of digests?.values() ?? [])
    log.info(`found: ${found.tag} @ ${found.digest}${found.multiArch ? ' (multi-arch index)' : ''}`);

  const { changes, rows } = computeChanges(places, components, reader.texts, inputs, digests, {
    problems,
    notes,
  });
  stopOn(problems);
  for (const note of notes) log.warning(note);
  const first = inputs.images[0]!;
  // The first image's digest at the tag; else at the first tag its places pin (all of them templated).
  const digest =
    [{ image: first, tag: inputs.tag }, ...pairs.filter((p) => p.image === first)]
      .map((p) => digests?.get(tagKey(p.image, p.tag))?.digest)
      .find(Boolean) ?? '';
  const diff = changes
    .map((c) => unifiedDiff(c.before, c.after, { from: `a/${c.path}`, to: `b/${c.path}` }))
    .join('');

  // With a push, the working tree gets the same files, unless it holds other uncommitted work there.
  const writes: WorkspaceWrite<PinChange>[] = base
    ? await workspaceWrites(changes, rule, log)
    : changes.map((c) => ({ change: c, content: c.after }));
  const plan = new Plan();
  let delivered: Delivered | undefined;
  if (base && changes.length > 0 && !inputs.dryRun) {
    const message = inputs.commitMessage ?? defaultMessage(inputs, digests !== undefined);
    const lines = changes.flatMap((c) =>
      c.rows.map((r) => `- \`${r.file}\` ${r.location}: ${r.old || '(none)'} → ${r.new || '(removed)'}`),
    );
    // The push goes first: when the remote refuses it, the workspace is left as it was.
    const prepared = await prepareDelivery(
      {
        files: changes.map((c) => ({ path: base.prefix + c.path, content: c.after })),
        branch: inputs.branch ?? defaultBranch(inputs, places, changes),
        message,
        body: `${message}, by pin-image-tags:\n\n${lines.join('\n')}\n`,
        pullRequest: inputs.push === 'pull-request',
        ...(inputs.base !== undefined ? { base: inputs.base } : {}),
        ...(inputs.token !== undefined ? { token: inputs.token } : {}),
      },
      { workspace, context, parent: base.commit, ...(deps.github ? { github: deps.github } : {}) },
    );
    for (const effect of prepared.effects) plan.add(effect);
    delivered = prepared.delivered;
  } else if (base && changes.length > 0) {
    log.info(`Dry run: would commit ${changes.length} file(s) and push them (${inputs.push}).`);
  }
  for (const write of writes) {
    plan.add({
      kind: 'write file',
      target: write.change.path,
      detail: write.change.rows
        .map((r) => `${r.location}: ${r.old || '(none)'} → ${r.new || '(removed)'}`)
        .join('; '),
      apply: () => writeFileAtomic(reader.files.get(write.change.path)!.absolute, write.content),
    });
  }
  if (inputs.dryRun && diff) {
    await log.group('The diff (nothing written)', () => {
      log.info(diff);
      return Promise.resolve();
    });
  }
  await applyDelivery(plan, inputs.dryRun, log);
  if (delivered?.outcome)
    log.info(`Branch ${delivered.branch}: ${delivered.outcome} (${delivered.commit.slice(0, 12)})`);
  if (delivered?.pullRequest) {
    const pull = delivered.pullRequest;
    log.info(`Pull request #${pull.number}${pull.reused ? ' (already open)' : ''}: ${pull.url}`);
  }
  const changedFiles = changes.map((c) => c.path);
  writeSummary(deps.summary, {
    inputs,
    rows,
    changedFiles,
    notes,
    digest,
    searched: texts.size,
    diff,
    ...(delivered ? { delivered } : {}),
  });
  return {
    changed: changes.length > 0,
    'changed-files': changedFiles,
    pins: rows,
    tag: inputs.tag,
    digest,
    branch: delivered?.branch ?? '',
    'pull-request-url': delivered?.pullRequest?.url ?? '',
  };
}

function defaultMessage(inputs: Inputs, checked: boolean): string {
  const names = inputs.images.map((i) => i.name).join(', ');
  if (inputs.mode === 'revert') return `Unpin ${names}: back to ${inputs.tag}`;
  return `Pin ${names} to ${inputs.tag}${inputs.pinBy === 'digest' && checked ? ' by digest' : ''}`;
}

/**
 * `release-actions/pin-<tag>`. A revert's branch is named after the tag it replaces, so each release
 * gets its own: the old tag the others contain (`<tag>` in `<tag>-dev`, `dev-<tag>`), the shortest on a tie.
 */
function defaultBranch(inputs: Inputs, places: readonly Place[], changes: readonly PinChange[]): string {
  if (inputs.mode === 'pin') return `release-actions/pin-${inputs.tag}`;
  const changed = new Set(changes.map((c) => c.path));
  const olds = places
    .filter((p) => p.occurrence && changed.has(p.file))
    .map((p) => {
      const value = p.occurrence!.value;
      return p.kind === 'string' ? value.slice(nameOf(value).length + 1) : value;
    })
    .filter((value) => value !== '' && value !== inputs.tag);
  const score = (candidate: string): number => olds.filter((o) => o.includes(candidate)).length;
  const best = [...new Set(olds)].sort((a, b) => score(b) - score(a) || a.length - b.length)[0] ?? 'pins';
  return `release-actions/unpin-${best.replace(/[^\w.-]+/g, '-').slice(0, 80)}`;
}
