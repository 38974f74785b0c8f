/** The publish protocol's choice of the next write: a table of states read → the step taken. */
import { describe, expect, it } from '@jest/globals';
import type { CommitRelation, RemoteRelease } from '../../shared/src/github/releases.js';
import { nextStep, type Memory } from '../../actions/create-release/src/commit.js';
import type { TagState } from '../../actions/create-release/src/lost.js';

const MINE = '1'.repeat(40);
const OTHER = '2'.repeat(40);
const OLD = '3'.repeat(40);

function release(id: number, draft: boolean, commit: string, immutable = false): RemoteRelease {
  return {
    id,
    tag_name: 'v0.1-daily',
    name: null,
    draft,
    prerelease: true,
    html_url: `https://github.com/o/r/releases/${id}`,
    upload_url: '',
    target_commitish: commit,
    immutable,
    assets: [],
  };
}

function memory(
  overrides: Partial<Omit<Memory, 'relations'>> & { relations?: Array<[number, CommitRelation]> } = {},
): Memory {
  const { relations = [], ...rest } = overrides;
  return { movedFor: new Set(), movedTag: false, published: false, ...rest, relations: new Map(relations) };
}

const draft = release(10, true, MINE);
const published = release(10, false, MINE);
const theirs = release(20, false, OTHER);
const rolling = { sha: MINE, rolling: true, createdId: 10 };
const fixed = { sha: MINE, rolling: false, createdId: 10 };

describe('nextStep on a rolling tag', () => {
  const cases: Array<[string, TagState, Memory, unknown]> = [
    ['nothing there: publish (it makes the tag here)', { mine: draft }, memory(), { kind: 'publish' }],
    ['the tag here already: publish', { mine: draft, tag: MINE }, memory(), { kind: 'publish' }],
    [
      'the tag elsewhere and no release holds it: move it here first',
      { mine: draft, tag: OLD },
      memory(),
      { kind: 'move-tag', to: MINE },
    ],
    [
      'a release another run published: compare its commit first',
      { mine: draft, theirs, tag: OTHER },
      memory(),
      { kind: 'compare', release: theirs, base: OTHER },
    ],
    [
      'it is older: move the tag (once) for it',
      { mine: draft, theirs, tag: OTHER },
      memory({ relations: [[20, 'ahead']] }),
      { kind: 'move-tag', to: MINE, forRelease: 20 },
    ],
    [
      'the tag moved for it already (even if its run moved it back): delete it',
      { mine: draft, theirs, tag: OTHER },
      memory({ relations: [[20, 'ahead']], movedFor: new Set([20]) }),
      { kind: 'delete', release: theirs },
    ],
    [
      'a diverged commit replaces it too',
      { mine: draft, theirs, tag: MINE },
      memory({ relations: [[20, 'diverged']] }),
      { kind: 'delete', release: theirs },
    ],
    [
      'it is newer: lost; the draft this run made goes',
      { mine: draft, theirs, tag: OTHER },
      memory({ relations: [[20, 'behind']] }),
      { kind: 'delete', release: draft, own: true },
    ],
    [
      'lost after moving the tag: the tag goes back to the published release first',
      { mine: draft, theirs, tag: MINE },
      memory({ relations: [[20, 'behind']], movedTag: true }),
      { kind: 'move-tag', to: OTHER, repair: true },
    ],
    [
      'lost and cleaned up: stop',
      { theirs, tag: OTHER },
      memory({ lost: 'newer', movedTag: true }),
      { kind: 'stop', loss: 'newer' },
    ],
    [
      'an immutable release holds the tag: lost',
      { mine: draft, theirs: release(20, false, OTHER, true), tag: OTHER },
      memory(),
      { kind: 'delete', release: draft, own: true },
    ],
    [
      'published and the tag here: done',
      { mine: published, tag: MINE },
      memory({ published: true }),
      { kind: 'done' },
    ],
    [
      'published and the tag moved away: its run puts it back',
      { mine: published, tag: OTHER },
      memory({ published: true }),
      { kind: 'move-tag', to: MINE },
    ],
    [
      'published, then deleted by another run: lost (replaced)',
      { theirs, tag: OTHER },
      memory({ published: true }),
      { kind: 'stop', loss: 'replaced' },
    ],
    [
      'the draft deleted by another run: lost',
      { tag: OLD },
      memory(),
      { kind: 'stop', loss: 'draft-deleted' },
    ],
  ];
  it.each(cases)('%s', (_name, state, mem, step) => {
    expect(nextStep(state, mem, rolling)).toEqual(step);
  });

  it('never deletes a draft this run did not make (a matrix sibling’s, adopted)', () => {
    const adopted = release(5, true, MINE);
    const mem = memory({ relations: [[20, 'behind']] });
    expect(nextStep({ mine: adopted, theirs, tag: OTHER }, mem, rolling)).toEqual({
      kind: 'stop',
      loss: 'newer',
    });
  });
});

describe('nextStep on a tag that is not rolling', () => {
  it('publishes when nothing holds the tag, stops when another release does, never moves the tag', () => {
    expect(nextStep({ mine: draft }, memory(), fixed)).toEqual({ kind: 'publish' });
    expect(nextStep({ mine: draft, theirs, tag: OTHER }, memory(), fixed)).toEqual({
      kind: 'delete',
      release: draft,
      own: true,
    });
    const lost = memory();
    nextStep({ mine: draft, tag: OTHER }, lost, fixed);
    expect(lost.lost).toBe('tag-elsewhere');
    expect(nextStep({ mine: published, tag: OTHER }, memory(), fixed)).toEqual({ kind: 'tag-moved' });
    expect(nextStep({ mine: published, tag: MINE }, memory(), fixed)).toEqual({ kind: 'done' });
  });
});
