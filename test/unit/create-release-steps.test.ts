/** The draft step when another run got there first: it yields to the oldest draft and deletes its own. */
import { describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../shared/src/github/client.js';
import { MemoryLogger } from '../../shared/src/log.js';
import { createDraftStep, type Progress } from '../../actions/create-release/src/steps.js';
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

async function setup(name: string) {
  const repo = await sandbox().createRepo(`o/${name}`);
  await commitFiles(repo.gitDir, 'main', { a: 'a\n' }, 'first');
  const log = new MemoryLogger();
  const github = createGitHubClient({ token: sandbox().token, apiUrl: sandbox().apiUrl, log });
  const progress: Progress = { uploaded: [], tagMoved: false, oldDeleted: false, published: false };
  const deps = { github, repo: { owner: 'o', repo: name }, token: sandbox().token, log };
  return { repo, log, progress, step: createDraftStep(deps, fields, progress) };
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
});
