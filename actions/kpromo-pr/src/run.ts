/**
 * kpromo-pr: seed 002's image promotion. Check that every image carries the tag in staging and read
 * its digest there; read upstream's promoter manifest and images.yaml at the base branch's head; grow
 * images.yaml to exactly what `kpromo pr` writes; look at the fork, the promotion branch and the pull
 * request; then plan only what is missing (fork, branch commit, pull request) and apply it unless this
 * is a dry run. A rerun with nothing missing writes nothing and reports `changed: false`.
 */
import type { JobSummary, OutputValue } from '../../../shared/src/action/index.js';
import type { GitHubClient } from '../../../shared/src/github/client.js';
import { growImagesYaml, ImagesYamlError, stagedInventory } from '../../../shared/src/kpromo/images.js';
import { UserError } from '../../../shared/src/action/errors.js';
import {
  promotionBody,
  promotionBranch,
  promotionTitle,
  type Promotion,
} from '../../../shared/src/kpromo/pull-request.js';
import type { Logger } from '../../../shared/src/log.js';
import { executePlan, Plan } from '../../../shared/src/plan/plan.js';
import type { RegistryClient } from '../../../shared/src/registry/client.js';
import { unifiedDiff } from '../../../shared/src/text/unified-diff.js';
import { deliveryEffects, inspectDelivery, type Delivered, type DeliveryRequest } from './delivery.js';
import type { Inputs } from './inputs.js';
import { findStagedImages } from './staging.js';
import { summarize } from './summary.js';
import { baseHead, readUpstream } from './upstream.js';

export interface Deps {
  log: Logger;
  summary: JobSummary;
  registry: RegistryClient;
  /** Reads upstream (`token`). */
  upstream: GitHubClient;
  /** Writes the fork and opens the pull request (`fork-token`). */
  fork: GitHubClient;
}

export async function run(inputs: Inputs, deps: Deps): Promise<Record<string, OutputValue>> {
  const { log } = deps;
  const promotion: Promotion = {
    project: inputs.project,
    tags: [inputs.tag],
    fork: inputs.forkSlug,
    ...(inputs.stagingGiven ? { stagingRepo: inputs.stagingRepo } : {}),
    reviewers: inputs.reviewers,
    images: inputs.images,
    hold: inputs.hold,
  };
  const branch = promotionBranch(promotion);
  const title = promotionTitle(promotion);
  log.info(
    `${title}: ${inputs.stagingRepo} → ${inputs.upstream.owner}/${inputs.upstream.repo}, branch ${branch}`,
  );

  // Seed 002 step 2: the image is staged, and this is its digest.
  const staged = await findStagedImages(deps.registry, inputs.staging, inputs.images, inputs.tag, log);
  for (const image of staged)
    log.info(`staged: ${image.reference} @ ${image.digest}${image.multiArch ? ' (multi-arch index)' : ''}`);
  const digests = Object.fromEntries(staged.map((i) => [i.name, i.digest]));

  // Seed 002 step 3: images.yaml as kpromo grows it, on upstream's base head.
  const { base, upstream } = await withToken('token', async () => {
    const head = await baseHead(deps.upstream, inputs.upstream, inputs.base);
    return {
      base: head,
      upstream: await readUpstream(deps.upstream, inputs.upstream, head, inputs.stagingRepo),
    };
  });
  const before = upstream.images.content.toString('utf8');
  let grown;
  try {
    grown = growImagesYaml(
      before,
      stagedInventory(inputs.tag, new Map(staged.map((i) => [i.name, i.digest]))),
    );
  } catch (error) {
    if (error instanceof ImagesYamlError)
      throw new UserError(
        `${upstream.images.path} at ${base.base} ${base.head.sha.slice(0, 7)} ${error.message}`,
      );
    throw error;
  }
  const diff = unifiedDiff(before, grown.text, {
    from: `a/${upstream.images.path}`,
    to: `b/${upstream.images.path}`,
  });
  const report = { inputs, staged, branch, title, upstream, diff };

  if (!grown.changed) {
    // kpromo: "No changes detected in the promoter images list, exiting without changes".
    log.info(`${upstream.images.path} on ${base.base} already lists every digest: nothing to promote.`);
    summarize(deps.summary, { ...report, plan: new Plan(), nothingToPromote: true, dryRun: inputs.dryRun });
    return { 'pull-request-url': '', branch, digests, changed: false };
  }

  const request: DeliveryRequest = {
    upstream: inputs.upstream,
    fork: inputs.fork,
    base: base.base,
    head: base.head,
    branch,
    path: upstream.images.path,
    content: grown.text,
    message: title,
    body: promotionBody(promotion),
  };
  const state = await withToken(inputs.forkToken === inputs.token ? 'token' : 'fork-token', () =>
    inspectDelivery(deps.upstream, deps.fork, request, log),
  );
  const delivered: Delivered = { writes: [] };
  const plan = new Plan();
  for (const effect of deliveryEffects(deps.fork, request, state, log, delivered)) plan.add(effect);

  if (inputs.dryRun) {
    await log.group(`${upstream.images.path} (what the commit would change)`, () => {
      log.info(diff || '(no change)');
      return Promise.resolve();
    });
    await log.group('The pull request', () => {
      log.info(`${title}\n\n${request.body}`);
      return Promise.resolve();
    });
  }
  await executePlan(plan, { dryRun: inputs.dryRun, log });
  summarize(deps.summary, { ...report, plan, body: request.body, dryRun: inputs.dryRun, delivered, state });
  return {
    'pull-request-url': inputs.dryRun ? '' : (delivered.pullRequestUrl ?? ''),
    branch,
    digests,
    changed: !inputs.dryRun && delivered.writes.length > 0,
  };
}

/** A token GitHub refuses (401) is the user's to fix: say which input holds it. */
async function withToken<T>(input: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { status, response } = error as { status?: number; response?: { data?: { message?: unknown } } };
    if (status === 401) {
      const said = typeof response?.data?.message === 'string' ? response.data.message : 'Bad credentials';
      throw new UserError(`GitHub refused the ${input} input's token (401 ${said}): give a valid token`, {
        cause: error,
      });
    }
    throw error;
  }
}
