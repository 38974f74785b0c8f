import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { lines, makeRepo, removeRepos } from './fixture.js';
import { REPO_ROOT } from './repo-files.js';
import { loadTargets } from './targets.js';

afterAll(removeRepos);

/** Every file under `dir` (root-relative), recursively, by a plain walk independent of repo-files.ts. */
function walk(root: string, dir: string): string[] {
  let found: string[] = [];
  try {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      found = found.concat(entry.isDirectory() ? walk(root, rel) : [rel]);
    }
  } catch {
    return [];
  }
  return found;
}

describe('what the static checks read', () => {
  it('every workflow, example and action.yml in this repository, whenever it was added', () => {
    const { workflows, actions } = loadTargets(REPO_ROOT);
    const read = [...workflows, ...actions].map((file) => file.rel).sort();
    const onDisk = [
      ...walk(REPO_ROOT, '.github/workflows').filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f)),
      ...walk(REPO_ROOT, 'workflows-examples').filter((f) => /\.ya?ml$/.test(f)),
      ...walk(REPO_ROOT, 'actions').filter((f) => /^actions\/[^/]+\/action\.ya?ml$/.test(f)),
    ].sort();
    expect(read).toEqual(onDisk);
  });

  it('picks up files added later: .yaml, nested examples, a new action', () => {
    const workflow = lines('on: push', 'permissions: {}', 'jobs: {}');
    const action = lines('name: n', 'description: d', 'runs:', '  using: node24', '  main: index.js');
    const root = makeRepo({
      '.github/workflows/new.yaml': workflow,
      'workflows-examples/new-project/release.yml': workflow,
      'actions/new-action/action.yaml': action,
      'actions/no-metadata-yet/src/run.ts': '',
    });
    const { workflows, actions } = loadTargets(root);
    expect(workflows.map((f) => f.rel)).toEqual([
      '.github/workflows/new.yaml',
      'workflows-examples/new-project/release.yml',
    ]);
    expect(actions.map((f) => f.rel)).toEqual(['actions/new-action/action.yaml']);
  });
});
