/**
 * Issue and pull request search (`GET /search/issues`): the query syntax GitHub documents in
 * "Searching issues and pull requests" and "Understanding the search syntax", limited to the
 * qualifiers a release tool uses. An unsupported qualifier is an error (SearchQueryError -> 422)
 * rather than silently ignored, so a test never passes on a filter the sandbox did not apply.
 */
import type { IssueRecord, RepoRecord } from './types.js';

export class SearchQueryError extends Error {}

/** A time range as [min, max) in epoch milliseconds; either side open. */
export interface TimeRange {
  min?: number;
  max?: number;
}

export interface SearchQuery {
  /** `repo:owner/name` (any of them), lowercased. */
  repos: string[];
  /** `user:` / `org:` owners (any of them), lowercased. */
  owners: string[];
  /** `is:issue` / `is:pr` / `type:` — undefined means both. */
  kind?: 'issue' | 'pr';
  state?: 'open' | 'closed';
  /** `is:merged` -> true, `is:unmerged` -> false (open or closed without merging). */
  merged?: boolean;
  draft?: boolean;
  /** Every group must match; a group (`label:a,b`) matches when the item has any of its labels. */
  labels: string[][];
  notLabels: string[];
  noLabel: boolean;
  authors: string[];
  notAuthors: string[];
  /** `head:` matches head branches starting with it; `base:` the exact base branch. */
  head?: string;
  base?: string;
  created: TimeRange[];
  updated: TimeRange[];
  closed: TimeRange[];
  mergedAt: TimeRange[];
  /** Free words and quoted phrases, lowercased; all must appear. */
  words: string[];
  /** Where words are looked for (`in:title,body`); default both. */
  in: ('title' | 'body')[];
}

const DAY = 86_400_000;

/** Start and end (exclusive) of a date or date-time value. Dates are whole UTC days. */
function instant(value: string): { start: number; end: number } {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (date) {
    const start = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(start)) throw new SearchQueryError(`invalid date: ${value}`);
    return { start, end: start + DAY };
  }
  const m = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) throw new SearchQueryError(`invalid date: ${value}`);
  // Without an offset GitHub reads the time as UTC (JavaScript would read it as local time).
  const start = Date.parse(m[3] ? value : `${value}Z`);
  if (Number.isNaN(start)) throw new SearchQueryError(`invalid date: ${value}`);
  // Times are compared at GitHub's precision (seconds): `<=T` includes the whole second T.
  return { start, end: start + (m[1] ? 1000 : 60_000) };
}

/** `A`, `A..B`, `A..*`, `*..B`, `>A`, `>=A`, `<A`, `<=A` on dates or ISO date-times. */
export function parseRange(value: string): TimeRange {
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(value);
  if (cmp) {
    const t = instant(cmp[2]!);
    switch (cmp[1]) {
      case '>':
        return { min: t.end };
      case '>=':
        return { min: t.start };
      case '<':
        return { max: t.start };
      default:
        return { max: t.end };
    }
  }
  const dots = value.indexOf('..');
  if (dots >= 0) {
    const a = value.slice(0, dots);
    const b = value.slice(dots + 2);
    const range: TimeRange = {};
    if (a !== '*') range.min = instant(a).start;
    if (b !== '*') range.max = instant(b).end;
    return range;
  }
  const t = instant(value);
  return { min: t.start, max: t.end };
}

const inRange = (iso: string | null | undefined, r: TimeRange): boolean => {
  if (!iso) return false;
  const t = Date.parse(iso);
  return (r.min === undefined || t >= r.min) && (r.max === undefined || t < r.max);
};

/** Tokens: `-?key:value` (value may be quoted), `"a phrase"`, or a word. */
const TOKEN = /(-?)([A-Za-z][\w-]*):(?:"([^"]*)"|(\S+))|"([^"]*)"|(\S+)/g;

/** Parse a search `q` into qualifiers and words; SearchQueryError for what the sandbox cannot answer. */
export function parseSearchQuery(q: string, viewer?: string): SearchQuery {
  const query: SearchQuery = {
    repos: [],
    owners: [],
    labels: [],
    notLabels: [],
    noLabel: false,
    authors: [],
    notAuthors: [],
    created: [],
    updated: [],
    closed: [],
    mergedAt: [],
    words: [],
    in: ['title', 'body'],
  };
  const setKind = (kind: 'issue' | 'pr'): void => {
    if (query.kind && query.kind !== kind)
      throw new SearchQueryError('is:issue and is:pr exclude each other');
    query.kind = kind;
  };
  const me = (login: string): string => (login === '@me' && viewer ? viewer : login).toLowerCase();
  for (const m of q.matchAll(TOKEN)) {
    const [, neg, rawKey, quoted, plain, phrase, word] = m;
    if (phrase !== undefined) {
      if (phrase) query.words.push(phrase.toLowerCase());
      continue;
    }
    if (word !== undefined) {
      if (word === 'OR' || word === 'NOT')
        throw new SearchQueryError(`${word} is not supported by the sandbox`);
      if (word === 'AND') continue;
      query.words.push(word.toLowerCase());
      continue;
    }
    const key = rawKey!.toLowerCase();
    const value = quoted ?? plain ?? '';
    const negated = neg === '-';
    const lower = value.toLowerCase();
    if (negated && key !== 'label' && key !== 'author') {
      throw new SearchQueryError(`-${key}: is not supported by the sandbox`);
    }
    switch (key) {
      case 'repo':
        query.repos.push(lower);
        break;
      case 'user':
      case 'org':
        query.owners.push(lower);
        break;
      case 'type':
        if (lower === 'issue') setKind('issue');
        else if (lower === 'pr' || lower === 'pull-request') setKind('pr');
        else throw new SearchQueryError(`unknown type:${value}`);
        break;
      case 'is':
        switch (lower) {
          case 'issue':
            setKind('issue');
            break;
          case 'pr':
          case 'pull-request':
            setKind('pr');
            break;
          case 'open':
          case 'closed':
            query.state = lower;
            break;
          case 'merged':
            setKind('pr');
            query.merged = true;
            break;
          case 'unmerged':
            setKind('pr');
            query.merged = false;
            break;
          case 'public':
          case 'unlocked':
            break; // every sandbox item is in a repo the viewer can see, none is locked
          default:
            throw new SearchQueryError(`is:${value} is not supported by the sandbox`);
        }
        break;
      case 'state':
        if (lower !== 'open' && lower !== 'closed') throw new SearchQueryError(`unknown state:${value}`);
        query.state = lower;
        break;
      case 'label': {
        const names = lower.split(',').filter(Boolean);
        if (negated) query.notLabels.push(...names);
        else query.labels.push(names);
        break;
      }
      case 'no':
        if (lower !== 'label') throw new SearchQueryError(`no:${value} is not supported by the sandbox`);
        query.noLabel = true;
        break;
      case 'author':
        (negated ? query.notAuthors : query.authors).push(me(value));
        break;
      case 'head':
        query.head = value;
        break;
      case 'base':
        query.base = value;
        break;
      case 'draft':
        query.draft = lower === 'true';
        break;
      case 'in':
        query.in = lower.split(',').map((w) => {
          if (w !== 'title' && w !== 'body')
            throw new SearchQueryError(`in:${w} is not supported by the sandbox`);
          return w;
        });
        break;
      case 'created':
        query.created.push(parseRange(value));
        break;
      case 'updated':
        query.updated.push(parseRange(value));
        break;
      case 'closed':
        query.closed.push(parseRange(value));
        break;
      case 'merged':
        setKind('pr');
        query.mergedAt.push(parseRange(value));
        break;
      default:
        throw new SearchQueryError(`${key}: is not supported by the sandbox`);
    }
  }
  return query;
}

/** Whether an issue or pull of a repository matches a parsed query. */
export function matchesQuery(query: SearchQuery, repo: RepoRecord, issue: IssueRecord): boolean {
  const full = repo.fullName.toLowerCase();
  if (query.repos.length && !query.repos.includes(full)) return false;
  if (query.owners.length && !query.owners.includes(repo.owner.toLowerCase())) return false;
  const pull = issue.pull;
  if (query.kind === 'issue' && pull) return false;
  if (query.kind === 'pr' && !pull) return false;
  if (query.state && issue.state !== query.state) return false;
  if (query.merged !== undefined && (!pull || (pull.merged_at !== null) !== query.merged)) return false;
  if (query.draft !== undefined && (!pull || pull.draft !== query.draft)) return false;
  const labels = issue.labels.map((l) => l.toLowerCase());
  if (query.noLabel && labels.length) return false;
  if (!query.labels.every((group) => group.some((l) => labels.includes(l)))) return false;
  if (query.notLabels.some((l) => labels.includes(l))) return false;
  const user = issue.user.toLowerCase();
  if (query.authors.length && !query.authors.includes(user)) return false;
  if (query.notAuthors.includes(user)) return false;
  if (query.head !== undefined && (!pull || !pull.head.ref.startsWith(query.head))) return false;
  if (query.base !== undefined && (!pull || pull.base.ref !== query.base)) return false;
  if (!query.created.every((r) => inRange(issue.created_at, r))) return false;
  if (!query.updated.every((r) => inRange(issue.updated_at, r))) return false;
  if (!query.closed.every((r) => inRange(issue.closed_at, r))) return false;
  if (!query.mergedAt.every((r) => inRange(pull?.merged_at, r))) return false;
  if (query.words.length) {
    const text = [
      query.in.includes('title') ? issue.title : '',
      query.in.includes('body') ? (issue.body ?? '') : '',
    ]
      .join('\n')
      .toLowerCase();
    if (!query.words.every((w) => text.includes(w))) return false;
  }
  return true;
}
