/**
 * Per-repository mutual exclusion: GitHub serialises writes to one repository (two releases for one
 * tag, two pulls for one head cannot both be created). A promise chain per repository record.
 */
const tails = new WeakMap<object, Promise<void>>();

/** Run `fn` after every earlier `withRepoLock(repo, …)` call has settled, and before later ones. */
export async function withRepoLock<T>(repo: object, fn: () => Promise<T> | T): Promise<T> {
  const prev = tails.get(repo) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = prev.then(() => mine);
  tails.set(repo, tail);
  await prev;
  try {
    return await fn();
  } finally {
    release();
    if (tails.get(repo) === tail) tails.delete(repo);
  }
}
