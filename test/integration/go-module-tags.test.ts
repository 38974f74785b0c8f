/** go-module-tags run() against real git: a generated monorepo and its bare file:// remote. */
import { describe, expect, it } from '@jest/globals';
import { chmodSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UserError } from '../../shared/src/action/index.js';
import { PlanError } from '../../shared/src/plan/plan.js';
import {
  createGoMonorepo,
  DECOYS,
  git,
  PEER_PODS_V080,
  PEER_PODS_WITH_PODVM,
  PODVM_FILES,
  remoteRefs,
  type GoMonorepo,
} from '../fixtures/go-monorepo.js';
import { tagModules as tag } from '../fixtures/go-monorepo-run.js';

const PEER_PODS_ORDER = [
  'src/cloud-providers/v0.8.0',
  'src/webhook/v0.8.0',
  'src/peerpod-ctrl/v0.8.0',
  'src/cloud-api-adaptor/v0.8.0',
  'src/csi-wrapper/v0.8.0',
];

/** Remote tags as `name commit type` lines. */
function remoteTags(repo: GoMonorepo): string[] {
  return git(
    repo.remote,
    'for-each-ref',
    '--format=%(refname:strip=2) %(*objectname) %(objecttype)',
    'refs/tags',
  )
    .split('\n')
    .filter(Boolean);
}

describe('go-module-tags on the peer-pods layout', () => {
  const repo = createGoMonorepo({ files: DECOYS });

  it('tags the five modules in dependency order with annotated tags at the SHA, in one push', async () => {
    const { outputs, summary } = await tag(repo);
    expect(outputs.tags).toEqual(PEER_PODS_ORDER);
    expect(outputs.created).toEqual(PEER_PODS_ORDER);
    expect(outputs.existing).toEqual([]);
    expect(outputs.modules).toContainEqual({
      path: `${repo.base}/src/peerpod-ctrl`,
      dir: 'src/peerpod-ctrl',
      tag: 'src/peerpod-ctrl/v0.8.0',
      dependencies: [`${repo.base}/src/cloud-providers`],
    });
    expect(remoteTags(repo).sort()).toEqual(PEER_PODS_ORDER.map((t) => `${t} ${repo.sha} tag`).sort());
    expect(git(repo.remote, 'cat-file', '-p', 'src/webhook/v0.8.0')).toContain(
      `\n\n${repo.base}/src/webhook v0.8.0`,
    );
    expect(summary.toMarkdown()).toContain(
      '| 3 | github.com/confidential-containers/cloud-api-adaptor/src/peerpod-ctrl |',
    );
  });

  it('a rerun at the same commit is idempotent: nothing created, nothing pushed', async () => {
    const before = remoteRefs(repo.remote);
    const { outputs, log } = await tag(repo);
    expect(outputs.created).toEqual([]);
    expect(outputs.existing).toEqual(PEER_PODS_ORDER);
    expect(log.lines).toContain('# nothing to do: every tag exists at this commit');
    expect(remoteRefs(repo.remote)).toBe(before);
  });

  it('the pre-release then the release: v0.9.0-alpha.1, then v0.9.0', async () => {
    const alpha = await tag(repo, { version: 'v0.9.0-alpha.1' });
    expect(alpha.outputs.created).toEqual(PEER_PODS_ORDER.map((t) => t.replace('v0.8.0', 'v0.9.0-alpha.1')));
    const release = await tag(repo, { version: 'v0.9.0' });
    expect(release.outputs.created).toEqual(PEER_PODS_ORDER.map((t) => t.replace('v0.8.0', 'v0.9.0')));
  });
});

describe("a go.mod with no Go package (peer pods' podvm)", () => {
  it('is left out by default and reported; include-empty-modules tags it', async () => {
    const repo = createGoMonorepo({ modules: PEER_PODS_WITH_PODVM, files: { ...DECOYS, ...PODVM_FILES } });
    const { outputs, summary, log } = await tag(repo, { dryRun: true });
    expect(outputs.tags).toEqual(PEER_PODS_ORDER);
    expect(outputs.skipped).toEqual([
      {
        path: `${repo.base}/src/cloud-api-adaptor/podvm`,
        dir: 'src/cloud-api-adaptor/podvm',
        reason: expect.stringContaining('no .go file in its folder outside nested modules') as unknown,
      },
    ]);
    expect(log.lines.some((l) => l.startsWith('Left out src/cloud-api-adaptor/podvm'))).toBe(true);
    expect(summary.toMarkdown()).toContain('Left out: no Go package (set include-empty-modules: true');
    const all = await tag(repo, { dryRun: true, includeEmptyModules: true });
    expect(all.outputs.tags).toContain('src/cloud-api-adaptor/podvm/v0.8.0');
    expect(all.outputs.skipped).toEqual([]);
  });

  it('when every module selected is empty, nothing is tagged and the error says why', async () => {
    const repo = createGoMonorepo({ modules: PEER_PODS_WITH_PODVM, files: PODVM_FILES });
    await expect(tag(repo, { paths: ['src/cloud-api-adaptor/podvm'] })).rejects.toThrow(
      `Nothing to tag at ${repo.sha}: the 1 module(s) selected have no Go package (src/cloud-api-adaptor/podvm)`,
    );
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });
});

describe('a published tag never moves', () => {
  it('a tag at another commit is an error listing every conflict, and nothing is pushed', async () => {
    const repo = createGoMonorepo();
    // Two modules were already released at an older commit.
    writeFileSync(join(repo.workspace, 'NEWS'), 'next\n');
    git(repo.workspace, 'add', 'NEWS');
    git(repo.workspace, 'commit', '-qm', 'next');
    const next = git(repo.workspace, 'rev-parse', 'HEAD');
    git(repo.workspace, 'push', '-q', 'origin', 'main');
    git(repo.workspace, 'tag', 'src/webhook/v0.8.0', repo.sha);
    git(repo.workspace, 'tag', 'src/cloud-providers/v0.8.0', repo.sha);
    git(repo.workspace, 'push', '-q', 'origin', '--tags');
    git(repo.workspace, 'tag', '-d', 'src/webhook/v0.8.0', 'src/cloud-providers/v0.8.0');
    const before = remoteRefs(repo.remote);

    const error = await tag(repo, { sha: next }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `2 tag(s) already exist at another commit than ${next.slice(0, 12)}, and a published tag never moves (the Go module proxy keeps the first): src/cloud-providers/v0.8.0 is at ${repo.sha.slice(0, 12)} on origin; src/webhook/v0.8.0 is at ${repo.sha.slice(0, 12)} on origin. Nothing was tagged or pushed; release the next patch version instead.`,
    );
    expect(remoteRefs(repo.remote)).toBe(before);
    expect(git(repo.workspace, 'tag', '--list')).toBe('');
  });

  it("an update hook rejecting one tag mid-push: with --atomic nothing lands, local tags are removed, and the error says so with the remote's words", async () => {
    const repo = createGoMonorepo();
    const hook = join(repo.remote, 'hooks', 'update');
    writeFileSync(
      hook,
      '#!/bin/sh\ncase "$1" in refs/tags/src/peerpod-ctrl/*) echo "rejected $1: ask a maintainer" >&2; exit 1;; esac\n',
    );
    chmodSync(hook, 0o755);
    const before = remoteRefs(repo.remote);
    const error = await tag(repo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      'origin refused the push: src/peerpod-ctrl/v0.8.0 (hook declined). It said: rejected refs/tags/src/peerpod-ctrl/v0.8.0: ask a maintainer / error: hook declined to update refs/tags/src/peerpod-ctrl/v0.8.0. Nothing was published: the push is atomic, so origin has none of the 5 tag(s). The 5 local tag(s) this run created were deleted, so a rerun starts clean.',
    );
    const cause = (error as Error).cause as PlanError;
    expect(cause).toBeInstanceOf(PlanError);
    expect(cause.failed.kind).toBe('push tags');
    expect(cause.applied.map((e) => e.target)).toEqual(PEER_PODS_ORDER);
    expect(remoteRefs(repo.remote)).toBe(before);
    expect(git(repo.workspace, 'tag', '--list')).toBe('');
  });

  it('a local tag at another commit that was never pushed is an error too; one at the commit is pushed as it is', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }, { dir: 'b' }] });
    git(repo.workspace, 'tag', '-a', '-m', 'mine', 'a/v1.0.0', repo.sha);
    const first = await tag(repo, { version: 'v1.0.0' });
    expect(first.outputs.created).toEqual(['b/v1.0.0']);
    expect(first.outputs.adopted).toEqual(['a/v1.0.0']);
    expect(git(repo.remote, 'cat-file', '-p', 'a/v1.0.0')).toContain('\n\nmine');

    git(repo.workspace, 'commit', '-q', '--allow-empty', '-m', 'later');
    git(repo.workspace, 'tag', 'b/v1.1.0', 'HEAD');
    const error = await tag(repo, { version: 'v1.1.0' }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      `b/v1.1.0 is at ${git(repo.workspace, 'rev-parse', 'HEAD').slice(0, 12)} in the local repository (not pushed; delete it with git tag -d)`,
    );
  });
});

describe('layouts', () => {
  it('root module + nested ones: the root gets the bare version', async () => {
    const repo = createGoMonorepo({
      base: 'example.com/r',
      modules: [{ dir: '', requires: ['lib'] }, { dir: 'lib' }],
    });
    const { outputs } = await tag(repo, { version: 'v1.4.0' });
    expect(outputs.tags).toEqual(['lib/v1.4.0', 'v1.4.0']);
  });

  it('a /v2 module in a v2/ subfolder is tagged without the v2 folder; its v1 sibling must be excluded', async () => {
    const repo = createGoMonorepo({
      base: 'example.com/r',
      modules: [
        { dir: 'lib' },
        { dir: 'lib/v2', path: 'example.com/r/lib/v2' },
        { dir: 'app/v2', path: 'example.com/r/app/v2', requires: ['lib/v2'] },
      ],
    });
    const error = await tag(repo, { version: 'v2.0.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `Input 'version' got "v2.0.0": expected a version every module can take (leave others out with 'exclude') — example.com/r/lib (lib/go.mod): a v2 version needs the module path to end in /v2 (v0 and v1 modules have no suffix)`,
    );
    const { outputs } = await tag(repo, { version: 'v2.0.0', exclude: [{ dir: 'lib', below: false }] });
    expect(outputs.tags).toEqual(['lib/v2.0.0', 'app/v2.0.0']);
  });

  it('a /v2 module on a major branch (go.mod at the folder itself) is tagged at the folder', async () => {
    const repo = createGoMonorepo({
      base: 'example.com/r',
      modules: [
        { dir: '', path: 'example.com/r/v2' },
        { dir: 'tools', path: 'example.com/r/tools/v2', requires: [''] },
      ],
    });
    const { outputs } = await tag(repo, { version: 'v2.3.0' });
    expect(outputs.tags).toEqual(['v2.3.0', 'tools/v2.3.0']);
    const bad = await tag(repo, { version: 'v1.0.0' }).catch((e: unknown) => e);
    expect((bad as Error).message).toContain(
      'example.com/r/v2 (go.mod): the module path ends in /v2, so its versions must be v2.x.y, not v1.0.0',
    );
  });

  it('modules that require each other (peer pods at v0.8.0-alpha.1) are tagged together, and the summary names the cycle', async () => {
    const repo = createGoMonorepo({ modules: PEER_PODS_V080 });
    const { outputs, summary, log } = await tag(repo, { version: 'v0.8.0-alpha.1' });
    const tags = [
      'v0.8.0-alpha.1',
      ...['peerpod-ctrl', 'peerpodconfig-ctrl', 'webhook', 'volumes/csi-wrapper'].map(
        (d) => `${d}/v0.8.0-alpha.1`,
      ),
    ];
    expect(outputs.created).toEqual(tags);
    expect(remoteTags(repo).sort()).toEqual(tags.map((t) => `${t} ${repo.sha} tag`).sort());
    expect(summary.toMarkdown()).toContain(
      '`.`, `peerpod-ctrl` require each other (a cycle, which Go allows): tagged together, in the one atomic push.',
    );
    expect(log.lines).toContain(
      '., peerpod-ctrl require each other (a cycle Go allows): tagged together, in the one atomic push.',
    );
  });

  it('paths and exclude leaving out every module say so, instead of "No go.mod found"', async () => {
    const repo = createGoMonorepo({ base: 'example.com/r', modules: [{ dir: 'a' }, { dir: 'lib/b' }] });
    await expect(
      tag(repo, {
        exclude: [
          { dir: 'a', below: false },
          { dir: 'lib', below: true },
        ],
      }),
    ).rejects.toThrow(
      `Input 'exclude' got "a, lib/**": expected folders that leave at least one module to tag: they leave out every one of the 2 module(s) (a, lib/b), so nothing would be tagged`,
    );
    await expect(tag(repo, { paths: ['lib'], exclude: [{ dir: 'lib/b', below: false }] })).rejects.toThrow(
      `Input 'exclude' got "lib/b": expected folders that leave at least one module to tag: they leave out every one of the 1 module(s) below paths lib (lib/b), so nothing would be tagged`,
    );
    expect(git(repo.remote, 'tag', '--list')).toBe('');
  });

  it('paths and exclude pick modules; one that matches nothing is an input error', async () => {
    const repo = createGoMonorepo();
    const { outputs } = await tag(repo, {
      paths: ['src'],
      exclude: [
        { dir: 'src/csi-wrapper', below: false },
        { dir: 'src/webhook', below: true },
      ],
      dryRun: true,
    });
    expect(outputs.tags).toEqual([
      'src/cloud-providers/v0.8.0',
      'src/peerpod-ctrl/v0.8.0',
      'src/cloud-api-adaptor/v0.8.0',
    ]);
    await expect(tag(repo, { paths: ['src/nope'] })).rejects.toThrow(
      `Input 'paths' got "src/nope": expected folders that hold at least one go.mod at the commit`,
    );
    await expect(tag(repo, { exclude: [{ dir: 'docs', below: true }] })).rejects.toThrow(
      `Input 'exclude' got "docs/**"`,
    );
  });

  it('modules come from the commit, not the working tree', async () => {
    const repo = createGoMonorepo({ modules: [{ dir: 'a' }] });
    cpSync(join(repo.workspace, 'a'), join(repo.workspace, 'untracked'), { recursive: true });
    writeFileSync(join(repo.workspace, 'untracked/go.mod'), 'module example.com/untracked\n');
    const { outputs } = await tag(repo, { dryRun: true });
    expect(outputs.tags).toEqual(['a/v0.8.0']);
  });
});
