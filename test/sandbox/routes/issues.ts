/** Issues (pull requests included, as GitHub's issues endpoints do), labels and issue search. */
import { HttpError, linkHeader, notFound, pageParams, paginate, repoOf } from '../http.js';
import { renderIssue, renderIssueSearchItem, renderLabel } from '../render/issues.js';
import { matchesQuery, parseSearchQuery, SearchQueryError } from '../search.js';
import type { IssueRecord, RepoRecord, Routes } from '../types.js';

/** GitHub's search API gives access to the first 1000 results only. */
const SEARCH_LIMIT = 1000;

const searchError = (message: string): HttpError =>
  new HttpError(422, 'Validation Failed', [{ resource: 'Search', field: 'q', code: 'invalid', message }]);

export const issueRoutes: Routes = {
  'issues/list-for-repo'(ctx) {
    const repo = repoOf(ctx);
    const q = ctx.query;
    const state = q.state ?? 'open';
    // Supported filters: state, labels, since, creator; milestone/assignee/mentioned/type are
    // accepted and ignored (the sandbox keeps none of them: every issue has none).
    let issues = [...repo.issues.values()].filter((i) => state === 'all' || i.state === state);
    if (q.labels) {
      const wanted = q.labels
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean);
      issues = issues.filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)));
    }
    if (q.since) {
      const since = Date.parse(q.since);
      if (Number.isNaN(since)) throw new HttpError(422, 'Validation Failed');
      issues = issues.filter((i) => Date.parse(i.updated_at) >= since);
    }
    if (q.creator) issues = issues.filter((i) => i.user.toLowerCase() === q.creator!.toLowerCase());
    const sort = q.sort ?? 'created';
    const key = (i: IssueRecord): string => (sort === 'updated' ? i.updated_at : i.created_at);
    issues.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
    if ((q.direction ?? 'desc') === 'desc') issues.reverse();
    return paginate(ctx, issues, (i) => renderIssue(ctx, repo, i));
  },

  'issues/get'(ctx) {
    const repo = repoOf(ctx);
    const issue = repo.issues.get(Number(ctx.params.issue_number));
    if (!issue) throw notFound();
    return { status: 200, body: renderIssue(ctx, repo, issue) };
  },

  'issues/list-labels-for-repo'(ctx) {
    const repo = repoOf(ctx);
    const labels = [...repo.labels.values()];
    return paginate(ctx, labels, (l) => renderLabel(ctx, repo, l.name));
  },

  'search/issues-and-pull-requests'(ctx) {
    const q = ctx.query.q ?? '';
    if (!q.trim()) {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'Search', field: 'q', code: 'missing' }]);
    }
    let query;
    try {
      query = parseSearchQuery(q, ctx.viewer ?? ctx.state.viewer);
    } catch (err) {
      if (err instanceof SearchQueryError) throw searchError(err.message);
      throw err;
    }
    // Anonymous searches see public repositories only: a private one is as good as missing.
    const searchable = [...ctx.state.repos.values()].filter((r) => !r.private || ctx.viewer !== undefined);
    const missing = query.repos.filter((r) => !searchable.some((k) => k.fullName.toLowerCase() === r));
    if (missing.length) {
      throw searchError(
        'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
      );
    }
    const hits: { repo: RepoRecord; issue: IssueRecord }[] = [];
    for (const repo of searchable) {
      for (const issue of repo.issues.values())
        if (matchesQuery(query, repo, issue)) hits.push({ repo, issue });
    }
    // Choice: the default "best match" has no meaning without a text index: newest first.
    const sort = ctx.query.sort === 'updated' ? 'updated_at' : 'created_at';
    const order = ctx.query.sort ? (ctx.query.order ?? 'desc') : 'desc';
    hits.sort((a, b) => a.issue[sort].localeCompare(b.issue[sort]) || a.issue.id - b.issue.id);
    if (order === 'desc') hits.reverse();
    const { page, perPage } = pageParams(ctx.query);
    const reachable = hits.slice(0, SEARCH_LIMIT);
    if ((page - 1) * perPage >= SEARCH_LIMIT) {
      throw new HttpError(422, 'Only the first 1000 search results are available');
    }
    const items = reachable.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    const link = linkHeader(ctx, page, Math.max(1, Math.ceil(reachable.length / perPage)));
    if (link) headers.link = link;
    return {
      status: 200,
      headers,
      body: {
        total_count: hits.length,
        incomplete_results: false,
        search_type: 'lexical',
        items: items.map(({ repo, issue }) => renderIssueSearchItem(ctx, repo, issue)),
      },
    };
  },
};
