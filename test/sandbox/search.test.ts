import { describe, expect, it } from '@jest/globals';
import { addIssue, addPullRequest } from './seed.js';
import { newRepoRecord } from './create-repo.js';
import { matchesQuery, parseRange, parseSearchQuery, SearchQueryError } from './search.js';
import type { SandboxState, UserRecord } from './types.js';

const t = (iso: string): number => Date.parse(iso);

describe('parseRange', () => {
  it.each([
    ['2025-01-02', { min: t('2025-01-02T00:00:00Z'), max: t('2025-01-03T00:00:00Z') }],
    ['>2025-01-02', { min: t('2025-01-03T00:00:00Z') }],
    ['>=2025-01-02', { min: t('2025-01-02T00:00:00Z') }],
    ['<2025-01-02', { max: t('2025-01-02T00:00:00Z') }],
    ['<=2025-01-02', { max: t('2025-01-03T00:00:00Z') }],
    ['2025-01-02..2025-01-04', { min: t('2025-01-02T00:00:00Z'), max: t('2025-01-05T00:00:00Z') }],
    ['2025-01-02..*', { min: t('2025-01-02T00:00:00Z') }],
    ['*..2025-01-04', { max: t('2025-01-05T00:00:00Z') }],
    ['>2025-01-02T10:00:00Z', { min: t('2025-01-02T10:00:01Z') }],
    ['<2025-01-02T10:00:00+02:00', { max: t('2025-01-02T08:00:00Z') }],
    [
      '2025-01-02T10:00:00..2025-01-02T11:00:00',
      { min: t('2025-01-02T10:00:00Z'), max: t('2025-01-02T11:00:01Z') },
    ],
  ])('%s', (value, range) => {
    expect(parseRange(value)).toEqual(range);
  });

  it.each(['yesterday', '2025-13-45', '>', '2025/01/02'])('rejects %s', (value) => {
    expect(() => parseRange(value)).toThrow(SearchQueryError);
  });
});

describe('parseSearchQuery', () => {
  it.each<[string, Record<string, unknown>]>([
    ['repo:Acme/Widget is:pr is:merged', { repos: ['acme/widget'], kind: 'pr', merged: true }],
    ['type:issue state:closed', { kind: 'issue', state: 'closed' }],
    ['is:pull-request is:open is:unmerged', { kind: 'pr', state: 'open', merged: false }],
    [
      'label:"help wanted" label:bug,enhancement -label:wontfix',
      {
        labels: [['help wanted'], ['bug', 'enhancement']],
        notLabels: ['wontfix'],
      },
    ],
    ['no:label', { noLabel: true }],
    ['author:@me -author:dependabot[bot]', { authors: ['octocat'], notAuthors: ['dependabot[bot]'] }],
    ['head:release- base:main', { head: 'release-', base: 'main' }],
    ['user:acme org:Other', { owners: ['acme', 'other'] }],
    ['Fix "the crash" AND more', { words: ['fix', 'the crash', 'more'] }],
    ['in:title crash', { in: ['title'], words: ['crash'] }],
    ['merged:>=2025-01-01', { kind: 'pr', mergedAt: [{ min: t('2025-01-01T00:00:00Z') }] }],
    [
      'closed:2025-01-01..2025-01-31 created:<2025-01-01',
      {
        closed: [{ min: t('2025-01-01T00:00:00Z'), max: t('2025-02-01T00:00:00Z') }],
        created: [{ max: t('2025-01-01T00:00:00Z') }],
      },
    ],
    ['updated:>2025-01-01T00:00:00Z', { updated: [{ min: t('2025-01-01T00:00:01Z') }] }],
    ['draft:true', { draft: true }],
  ])('%s', (q, expected) => {
    expect(parseSearchQuery(q, 'octocat')).toMatchObject(expected);
  });

  it.each([
    'milestone:v1',
    'is:issue is:pr',
    'is:issue is:merged',
    'foo OR bar',
    'NOT bar',
    '-repo:a/b',
    'state:merged',
    'in:comments x',
  ])('rejects %s', (q) => {
    expect(() => parseSearchQuery(q)).toThrow(SearchQueryError);
  });
});

describe('matchesQuery', () => {
  let id = 1;
  const users = new Map<string, UserRecord>();
  const state: SandboxState = {
    dataDir: '/nonexistent',
    repos: new Map(),
    users,
    viewer: 'octocat',
    tokenKind: 'installation',
    forkReadyAfterMs: 0,
    nextId: () => id++,
    now: () => '2025-03-01T00:00:00Z',
    user: (login) => {
      const u = users.get(login) ?? { login, id: id++, type: 'User' as const };
      users.set(login, u);
      return u;
    },
  };
  const repo = newRepoRecord(state, { owner: 'acme', name: 'widget', gitDir: '/nonexistent' });
  const issue = addIssue(repo, state, {
    title: 'Crash on start',
    body: 'It crashes',
    labels: ['Bug'],
    created_at: '2025-01-05T10:00:00Z',
    closed_at: '2025-01-06T10:00:00Z',
  });
  const merged = addPullRequest(repo, state, {
    title: 'Fix crash',
    head: 'fork-owner:fix/crash',
    base: 'main',
    created_at: '2025-01-07T00:00:00Z',
    merged_at: '2025-01-08T00:00:00Z',
    user: 'dev',
  });
  const open = addPullRequest(repo, state, { title: 'WIP', head: 'wip', base: 'release-1', draft: true });

  it('seeds merged pulls closed at their merge time, from forks', () => {
    expect(merged).toMatchObject({ state: 'closed', closed_at: '2025-01-08T00:00:00Z' });
    expect(merged.pull?.head).toMatchObject({ ref: 'fix/crash', repo: 'fork-owner/widget' });
    expect(issue.state).toBe('closed');
  });

  it.each<[string, string[]]>([
    ['repo:acme/widget', ['Crash on start', 'Fix crash', 'WIP']],
    ['repo:acme/other', []],
    ['is:issue', ['Crash on start']],
    ['is:pr is:merged', ['Fix crash']],
    ['is:unmerged', ['WIP']],
    ['is:open', ['WIP']],
    ['label:bug', ['Crash on start']],
    ['-label:BUG', ['Fix crash', 'WIP']],
    ['no:label', ['Fix crash', 'WIP']],
    ['crash', ['Crash on start', 'Fix crash']],
    ['crashes in:title', []],
    ['crashes in:body', ['Crash on start']],
    ['author:dev', ['Fix crash']],
    ['head:fix/', ['Fix crash']],
    ['base:release-1', ['WIP']],
    ['draft:true', ['WIP']],
    ['closed:2025-01-06', ['Crash on start']],
    ['closed:>2025-01-06', ['Fix crash']],
    ['closed:<=2025-01-06T10:00:00Z', ['Crash on start']],
    ['closed:<2025-01-06T10:00:00Z', []],
    ['merged:2025-01-01..2025-01-08', ['Fix crash']],
    ['merged:*..2025-01-07', []],
    ['created:>=2025-03-01', ['WIP']],
    ['updated:<2025-02-01', ['Crash on start', 'Fix crash']],
  ])('%s', (q, titles) => {
    const query = parseSearchQuery(q, 'octocat');
    const hits = [issue, merged, open].filter((i) => matchesQuery(query, repo, i)).map((i) => i.title);
    expect(hits).toEqual(titles);
  });
});
