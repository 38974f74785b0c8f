/**
 * create-release prune: API calls for a prune over R releases (issue 17's target: at most ceil(R/100)
 * listing calls plus one delete per release that goes, plus one per tag when asked). R releases are
 * seeded into the sandbox (a third dailies `v0.N-daily`, oldest first among the rest); the prune keeps
 * the newest 5 dailies. Runs create-release's run() in this process against the sandbox with writes
 * unthrottled (the bundle spaces writes a second apart, as GitHub asks, which only costs time), and
 * counts the sandbox's requests by operation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobSummary } from '../shared/src/action/index.js';
import { pathRoots } from '../shared/src/action/paths.js';
import { MemoryLogger } from '../shared/src/log.js';
import { NO_RELEASE, type Inputs } from '../actions/create-release/src/inputs.js';
import { run } from '../actions/create-release/src/run.js';
import { getOctokit } from '@actions/github';
import { commitFiles, initBareRepo, seedReleases, type ReleaseSeed } from '../test/sandbox/seed.js';
import { startSandbox, type GitHubSandbox } from '../test/sandbox/server.js';

interface Result {
  lines: string[];
  ok: boolean;
}

const KEEP = 5;
const DAY = 86_400_000;

interface Row {
  releases: number;
  goes: number;
  pages: number;
  tagLists: number;
  byTag: number;
  latest: number;
  deletes: number;
  tagReads: number;
  tagDeletes: number;
  other: number;
  wallMs: number;
  ok: boolean;
  target: string;
  targetTotal: number;
}

async function prune(
  sandbox: GitHubSandbox,
  releases: number,
  deleteTags: boolean,
  scratch: string,
): Promise<Row> {
  const name = `prune-${releases}${deleteTags ? '-tags' : ''}`;
  const gitDir = await initBareRepo(join(scratch, `${name}.git`));
  const sha = await commitFiles(gitDir, 'main', { 'README.md': '# km-releases\n' }, 'first');
  const record = await sandbox.createRepo(`kontainapp/${name}`, { gitDir });
  // Every third release a daily of the next minor; the rest version releases; oldest first.
  const seeds: ReleaseSeed[] = [];
  let dailies = 0;
  for (let i = 0; i < releases; i++) {
    const published_at = new Date(Date.now() - (releases - i) * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (i % 3 === 0) seeds.push({ tag: `v0.${++dailies}-daily`, sha, published_at, prerelease: true });
    else seeds.push({ tag: `v1.${i}.0`, sha, published_at });
  }
  await seedReleases(record, sandbox.state, seeds);
  const workspace = mkdtempSync(join(scratch, 'ws-'));
  const inputs = {
    ...NO_RELEASE,
    token: sandbox.token,
    dryRun: false,
    workspace,
    runnerTemp: workspace,
    roots: pathRoots(workspace, workspace),
    noRelease: true,
    cleanup: { prune: { patterns: ['*-daily'], keep: KEEP, deleteTags }, allowDeleteLatest: false },
  } satisfies Inputs;
  const context = {
    owner: 'kontainapp',
    repo: name,
    repository: record.fullName,
    sha,
    ref: 'refs/heads/main',
    eventName: 'schedule',
    event: {},
    workspace,
    runnerTemp: workspace,
    apiUrl: sandbox.apiUrl,
    serverUrl: sandbox.serverUrl,
    runId: '1',
  };
  sandbox.clearLog();
  const started = performance.now();
  await run(inputs, {
    log: new MemoryLogger(),
    summary: new JobSummary(),
    context,
    // Without the throttling plugin: no second between writes (the calls are what is measured).
    github: getOctokit(sandbox.token, { baseUrl: sandbox.apiUrl }),
  });
  const wallMs = Math.round(performance.now() - started);
  const count = (op: string): number => sandbox.count(op);
  const goes = Math.max(0, dailies - KEEP);
  const row = {
    releases,
    goes,
    pages: count('repos/list-releases'),
    tagLists: count('git/list-matching-refs'),
    byTag: 0,
    latest: count('repos/get-latest-release'),
    deletes: count('repos/delete-release'),
    tagReads: 0,
    tagDeletes: count('git/delete-ref'),
    other: 0,
    wallMs,
  };
  // A read by tag is either a release past the cap (the listing could not reach it) or the read before a tag's delete.
  const byTagTotal = count('repos/get-release-by-tag');
  row.tagReads = deleteTags ? row.tagDeletes : 0;
  row.byTag = byTagTotal - row.tagReads;
  const known = row.pages + row.tagLists + byTagTotal + row.latest + row.deletes + row.tagDeletes;
  row.other = sandbox.requests.length - known;
  const pastCap = Math.max(0, releases - 1000);
  // The dailies the listing could not reach: every third release among the oldest R - 1000.
  const unreached = Math.ceil(pastCap / 3);
  // Knowing there is nothing still takes one page.
  const listingTarget = Math.max(1, Math.ceil(releases / 100));
  // Past the cap: 10 pages, the refused 11th, the tags, then one read per wanted tag it did not reach.
  const listing = row.pages + row.tagLists;
  // With prune-tags the tags are listed once more (tags left without a release are pruned too).
  const listingOk =
    pastCap === 0 ? row.pages <= listingTarget && row.tagLists === (deleteTags ? 1 : 0) : listing === 12;
  const ok =
    listingOk &&
    row.deletes === goes &&
    row.byTag === (pastCap ? unreached : 0) &&
    row.tagDeletes === (deleteTags ? goes : 0) &&
    row.latest === 0 &&
    row.other === 0 &&
    sandbox.violations.length === 0;
  const target = `${listingTarget}${deleteTags && !pastCap ? ' + 1' : ''} + ${goes}${deleteTags ? ` + ${goes}` : ''}`;
  const targetTotal = listingTarget + (deleteTags && !pastCap ? 1 : 0) + goes + (deleteTags ? goes : 0);
  return { ...row, ok, target, targetTotal };
}

export async function benchCreateReleasePrune(): Promise<Result> {
  const sandbox = await startSandbox();
  const scratch = mkdtempSync(join(tmpdir(), 'bench-prune-'));
  try {
    const lines = [
      `create-release prune — API calls over R releases, a third of them dailies, prune '*-daily' keeping ${KEEP}`,
      '(target: ceil(R/100) listing calls + one delete per release that goes [+ one per tag with prune-tags])',
      '',
      '| R | go | listing pages | tag lists | reads by tag (past cap) | latest | deletes | tag reads + deletes | other | total | issue target | within it | as documented | wall ms |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- | :---: | :---: | ---: |',
    ];
    let ok = true;
    const cases: Array<[number, boolean]> = [
      [0, false],
      [100, false],
      [300, false],
      [300, true],
      [1000, false],
      [1001, false],
      [1500, false],
      [3000, false],
    ];
    for (const [releases, tags] of cases) {
      const row = await prune(sandbox, releases, tags, scratch);
      ok &&= row.ok;
      const total =
        row.pages +
        row.tagLists +
        row.byTag +
        row.latest +
        row.deletes +
        row.tagReads +
        row.tagDeletes +
        row.other;
      lines.push(
        `| ${row.releases}${tags ? ' (prune-tags)' : ''} | ${row.goes} | ${row.pages} | ${row.tagLists} | ${row.byTag} | ${row.latest} | ${row.deletes} | ${row.tagReads} + ${row.tagDeletes} | ${row.other} | ${total} | ${row.target} = ${row.targetTotal} | ${total <= row.targetTotal ? 'yes' : 'no'} | ${row.ok ? 'yes' : 'NO'} | ${row.wallMs} |`,
      );
    }
    lines.push(
      '',
      "'as documented' (the exit code) checks each count against what create-release's docs and",
      "release-index.ts claim; 'within it' compares the total with the issue's target.",
      'Up to 1,000 releases the listing reads every release in ceil(R/100) pages (R = 0 still takes one),',
      'and the target holds. From 1,001 to 1,100 the refused 11th page and the tag list are one call over.',
      "Past GitHub's cap the listing stops after 1,000 (10 pages and the refused 11th), the tags come in",
      'one call (matching-refs does not page), and each tag matching a pattern that the listing did not',
      'reach costs one read by tag: the REST API has no other way to reach a release past the cap (no',
      'sort order, no offset), so past 1,000 the target cannot hold; those reads happen once, in the run',
      "that brings the repository back under the cap. (GraphQL's repository.releases connection pages",
      'by cursor and can sort oldest first, so it might reach every release in ceil(R/100) calls; the',
      'sandbox has no GraphQL to prove it against, so create-release does not rely on it.)',
      'With prune-tags each tag costs a read (does a',
      'release hold it now? a rolling tag may have been released again) and a delete: two, not one;',
      'and the tags are listed once (one call), so a tag left without a release is pruned on a rerun.',
      'The latest release is asked for only when a full release would go (dailies are prereleases).',
    );
    if (sandbox.violations.length) {
      lines.push(
        `${sandbox.violations.length} contract violation(s): ${sandbox.violations.map((v) => v.details).join('; ')}`,
      );
      ok = false;
    }
    return { lines, ok };
  } finally {
    await sandbox.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `npm run bench -- create-release` runs the release benchmark, then this one. */
export async function withPrune(first: Promise<Result>): Promise<Result> {
  const release = await first;
  const pruned = await benchCreateReleasePrune();
  return { lines: [...release.lines, '', ...pruned.lines], ok: release.ok && pruned.ok };
}
