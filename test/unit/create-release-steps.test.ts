/** The draft step when another run got there first: it yields to the oldest draft and deletes its own. */
import { describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../shared/src/github/client.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { createDraftStep } from '../../actions/create-release/src/draft.js';
import { explainFailure } from '../../actions/create-release/src/report.js';
import type { Progress } from '../../actions/create-release/src/steps.js';
import type { Inputs } from '../../actions/create-release/src/inputs.js';
import { Gate } from '../sandbox/faults.js';
import { sandboxOctokit, useSandbox } from '../sandbox/jest.js';
import { commitFiles } from '../sandbox/seed.js';

const sandbox = useSandbox();

const fields = {
  tag: 'v1.0.0',
  targetCommitish: 'main',
  name: 'v1.0.0',
  body: '',
  prerelease: false,
  makeLatest: 'true' as const,
};

async function setup(name: string, rolling = false) {
  const repo = await sandbox().createRepo(`o/${name}`);
  await commitFiles(repo.gitDir, 'main', { a: 'a\n' }, 'first');
  const log = new MemoryLogger();
  const github = createGitHubClient({ token: sandbox().token, apiUrl: sandbox().apiUrl, log });
  const progress: Progress = { uploaded: [], tagMoved: false, oldDeleted: false, published: false };
  const deps = {
    github,
    repo: { owner: 'o', repo: name },
    token: sandbox().token,
    apiUrl: sandbox().apiUrl,
    log,
  };
  return { repo, log, progress, step: createDraftStep(deps, fields, progress, { rolling }) };
}

describe('createDraftStep', () => {
  it('makes a draft when it is alone', async () => {
    const { repo, progress, step } = await setup('alone');
    await step.apply();
    expect([...repo.releases.values()].map((r) => [r.id, r.draft])).toEqual([[progress.release!.id, true]]);
  });

  it('yields to an older draft for the tag and deletes its own', async () => {
    const { repo, log, progress, step } = await setup('raced');
    const { data: older } = await sandboxOctokit(sandbox()).rest.repos.createRelease({
      owner: 'o',
      repo: 'raced',
      tag_name: 'v1.0.0',
      draft: true,
    });
    await step.apply();
    expect(progress.release!.id).toBe(older.id);
    expect([...repo.releases.keys()]).toEqual([older.id]);
    expect(log.lines.some((l) => l.startsWith(`Another run made release ${older.id}`))).toBe(true);
  });

  it('adopts a release a racing job has just published', async () => {
    const { repo, progress, step } = await setup('published');
    const { data: done } = await sandboxOctokit(sandbox()).rest.repos.createRelease({
      owner: 'o',
      repo: 'published',
      tag_name: 'v1.0.0',
    });
    await step.apply();
    expect(progress.release!.id).toBe(done.id);
    expect([...repo.releases.values()].map((r) => [r.id, r.draft])).toEqual([[done.id, false]]);
  });

  it('refuses to share the tag with a draft for another commit, deleting its own', async () => {
    const { repo, progress, step } = await setup('othercommit');
    const other = await commitFiles(repo.gitDir, 'main', { b: 'b\n' }, 'second');
    const { data: theirs } = await sandboxOctokit(sandbox()).rest.repos.createRelease({
      owner: 'o',
      repo: 'othercommit',
      tag_name: 'v1.0.0',
      target_commitish: other,
      draft: true,
    });
    await expect(step.apply()).rejects.toThrow(
      `Another run is releasing v1.0.0 at ${other}, not main: its draft ${theirs.html_url}`,
    );
    expect([...repo.releases.keys()]).toEqual([theirs.id]);
    expect(progress.release).toBeUndefined();
  });

  it("on a rolling tag leaves another commit's draft alone, older or younger: the publish decides", async () => {
    const { repo, progress, step } = await setup('rolling', true);
    const other = await commitFiles(repo.gitDir, 'main', { b: 'b\n' }, 'second');
    const octokit = sandboxOctokit(sandbox());
    const theirs = { owner: 'o', repo: 'rolling', tag_name: 'v1.0.0', target_commitish: other, draft: true };
    const { data: older } = await octokit.rest.repos.createRelease(theirs);
    // A younger one appears between this run's create and its second look.
    const gate = new Gate();
    sandbox().inject({ operationId: 'repos/list-releases', kind: 'hold', gate });
    const applied = step.apply();
    const look = await gate.next();
    const { data: younger } = await octokit.rest.repos.createRelease(theirs);
    look.release();
    await applied;
    expect(progress.release!.id).toBe(progress.createdId);
    expect([...repo.releases.keys()].sort()).toEqual([older.id, progress.createdId, younger.id].sort());
  });

  it('knows its draft as soon as it is made: a failure right after says what is left', async () => {
    const { repo, progress, step } = await setup('failafter');
    sandbox().inject({ operationId: 'repos/list-releases', kind: 'status', status: 404 });
    const error = await step.apply().catch((e: unknown) => e);
    const [made] = [...repo.releases.values()];
    expect(progress.release?.id).toBe(made!.id);
    const inputs = { tag: 'v1.0.0', target: 'main' } as Inputs;
    const message = explainFailure(inputs, progress, undefined, error).message;
    expect(message).not.toContain('Nothing was created');
    expect(message).toContain(`Left: draft release ${progress.release!.html_url} (id ${made!.id})`);
  });
});
