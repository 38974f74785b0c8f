/**
 * The names and words `kpromo pr` uses for a promotion (cmd/kpromo/cmd/pr/pr.go): the branch, the
 * commit message (also the pull request's title) and the pull request's body with the kpromo command
 * that makes the same promotion.
 */

/** kpromo's default project, whose promotions are titled `releng: …`. */
export const DEFAULT_PROJECT = 'kubernetes';
export const DEFAULT_REVIEWERS = '@kubernetes/release-engineering';

export interface Promotion {
  project: string;
  tags: readonly string[];
  /** The fork as given to kpromo's --fork: `owner` or `owner/repo`. */
  fork: string;
  /** The staging repository when it was given explicitly (kpromo's --staging-repo). */
  stagingRepo?: string;
  reviewers: string;
  /** Image names given explicitly (kpromo's --image). */
  images: readonly string[];
  /** `/hold` in the body (kpromo always writes it). */
  hold: boolean;
}

/** `<project>-<first tag>-image-promotion`. */
export const promotionBranch = (p: Pick<Promotion, 'project' | 'tags'>): string =>
  `${p.project}-${p.tags[0] ?? ''}-image-promotion`;

/** `Image promotion for <project> <tags joined " / ">`, with `releng: ` for the kubernetes project. */
export function promotionTitle(p: Pick<Promotion, 'project' | 'tags'>): string {
  const title = `Image promotion for ${p.project} ${p.tags.join(' / ')}`;
  return p.project === DEFAULT_PROJECT ? `releng: ${title}` : title;
}

/** The kpromo command line that asks for this promotion (generatePRBody's args). */
export function kpromoCommand(p: Promotion): string {
  let args = `--fork ${p.fork}`;
  if (p.project !== DEFAULT_PROJECT) args += ` --project ${p.project}`;
  if (p.stagingRepo !== undefined && p.stagingRepo !== '') args += ` --staging-repo ${p.stagingRepo}`;
  if (p.reviewers !== DEFAULT_REVIEWERS) args += ` --reviewers "${p.reviewers}"`;
  for (const tag of p.tags) args += ` --tag ${tag}`;
  for (const image of p.images) if (image !== '') args += ` --image ${image}`;
  return `kpromo pr ${args}`;
}

/** generatePRBody: the title line (without `releng: `), the automation note, the command, /hold, cc. */
export function promotionBody(p: Promotion): string {
  return (
    `Image promotion for ${p.project} ${p.tags.join(' / ')}\n` +
    'This is an automated PR generated from `kpromo`\n' +
    `\`\`\`\n${kpromoCommand(p)}\n\`\`\`\n\n` +
    `${p.hold ? '/hold\n' : ''}cc: ${p.reviewers}\n`
  );
}
