/**
 * Which modules hold a Go package, read from a file listing (a commit's tree), the way the go command
 * decides what `./...` matches: a `.go` file counts for the module whose go.mod is the nearest above
 * it, unless a folder on the way down from that module's root is one the go command skips — a name
 * starting with `.` or `_`, `testdata`, or `vendor` anywhere but as the package's own folder — or the
 * file name itself starts with `.` or `_` (go/build ignores those). A go.mod with no package (peer
 * pods' `podvm/go.mod`, there only to keep non-Go files out of the parent module) releases nothing:
 * a tag would name an empty module forever.
 */
import { posix } from 'node:path';

const dirOf = (file: string): string => {
  const dir = posix.dirname(file);
  return dir === '.' ? '' : dir;
};

/** True when the go command skips this folder name while looking for packages. */
function skippedFolder(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'testdata';
}

/** True when a package in `relativeDir` (below its module root, `''` for the root) is one `./...` matches. */
export function isPackageFolder(relativeDir: string): boolean {
  if (relativeDir === '') return true;
  const parts = relativeDir.split('/');
  return parts.every((part, i) => !skippedFolder(part) && (part !== 'vendor' || i === parts.length - 1));
}

/**
 * The directories (of `moduleDirs`, `''` for the root) whose module holds at least one Go package.
 * `moduleDirs` must list every folder with a go.mod in `files`, tagged or not: each one is a module
 * boundary, and the files below it are not its parent's.
 */
export function modulesWithPackages(files: readonly string[], moduleDirs: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    const name = posix.basename(file);
    if (!name.endsWith('.go') || name.startsWith('.') || name.startsWith('_')) continue;
    const packageDir = dirOf(file);
    // The nearest folder at or above the package that has a go.mod owns it.
    let owner: string | undefined = packageDir;
    while (owner !== undefined && !moduleDirs.has(owner)) owner = owner === '' ? undefined : dirOf(owner);
    if (owner === undefined || found.has(owner)) continue;
    const relative = owner === '' ? packageDir : packageDir.slice(owner.length + 1);
    if (isPackageFolder(relative)) found.add(owner);
  }
  return found;
}
