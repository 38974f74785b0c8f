/**
 * Release versions and the tags that name a nested module's release, as the go command looks them up:
 * a module in directory `src/webhook` at v0.8.0 is tag `src/webhook/v0.8.0`; the root module's is the
 * bare `v0.8.0`; a `/vN` module kept in a `vN` subfolder is tagged without that `vN` folder.
 */
import semver from 'semver';

/** Why a version cannot be a module release tag, or undefined when it can. */
export function releaseVersionProblem(version: string): string | undefined {
  if (!version.startsWith('v')) return 'a SemVer version with a v prefix, such as v0.8.0';
  if (version.includes('+')) {
    return version.endsWith('+incompatible')
      ? 'a version without +incompatible (the go command adds it to v2+ modules without go.mod; it is never part of a tag)'
      : 'a version without build metadata (+…): the go command ignores it, so two tags would name one version';
  }
  const parsed = semver.parse(version.slice(1));
  if (!parsed || `v${parsed.version}` !== version) {
    return 'a SemVer version with a v prefix and three numbers, such as v0.8.0 or v0.8.0-alpha.1';
  }
  return undefined;
}

/** The major version a module path declares: 3 for `example.com/m/v3`, undefined for v0/v1 paths. */
export function pathMajor(modulePath: string): number | undefined {
  const match = /\/v([1-9]\d*)$/.exec(modulePath);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major >= 2 ? major : undefined;
}

/** Why `version` cannot be a release of `modulePath`, or undefined when it can. */
export function majorVersionProblem(modulePath: string, version: string): string | undefined {
  const major = semver.major(version.slice(1));
  const suffix = pathMajor(modulePath);
  if (/\/v[01]$/.test(modulePath)) {
    return `a module path ending in ${modulePath.slice(modulePath.lastIndexOf('/'))} is invalid: v0 and v1 modules have no major suffix`;
  }
  if (suffix === undefined && major >= 2) {
    return `a v${major} version needs the module path to end in /v${major} (v0 and v1 modules have no suffix)`;
  }
  if (suffix !== undefined && major !== suffix) {
    return `the module path ends in /v${suffix}, so its versions must be v${suffix}.x.y, not ${version}`;
  }
  return undefined;
}

/**
 * The tag prefix of a module: its directory relative to the repository root (`''` for the root), less
 * a trailing `vN` folder when the module path ends in the same `/vN` (the major subdirectory layout).
 */
export function tagPrefix(dir: string, modulePath: string): string {
  const major = pathMajor(modulePath);
  const parts = dir === '' || dir === '.' ? [] : dir.split('/');
  if (major !== undefined && parts[parts.length - 1] === `v${major}`) parts.pop();
  return parts.join('/');
}

/**
 * Why the go command could never find the module at `dir` by its tag, or undefined when it can: it
 * looks a nested module up in the directory its path names below the repository root, so a nested
 * module's path (less a `/vN` suffix) must end in its tag prefix. The root module is exempt.
 */
export function modulePathProblem(dir: string, modulePath: string): string | undefined {
  const prefix = tagPrefix(dir, modulePath);
  if (prefix === '') return undefined;
  const unversioned = pathMajor(modulePath) === undefined ? modulePath : modulePath.replace(/\/v\d+$/, '');
  if (unversioned.endsWith(`/${prefix}`)) return undefined;
  return `its module path must end in /${prefix}${pathMajor(modulePath) ? `/v${pathMajor(modulePath)}` : ''} (its directory, where the go command looks for tag ${prefix}/<version>)`;
}

/** The tag naming release `version` of the module at `dir`. */
export function moduleTag(dir: string, modulePath: string, version: string): string {
  const prefix = tagPrefix(dir, modulePath);
  return prefix === '' ? version : `${prefix}/${version}`;
}

/** Why `tag` cannot be a git tag name (git check-ref-format's rules), or undefined when it can. */
export function tagNameProblem(tag: string): string | undefined {
  const control = [...tag].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f);
  if (control || /[~^:?*[\\]/.test(tag)) return 'git refuses spaces, control characters and ~^:?*[\\ in tags';
  if (tag.includes('..') || tag.includes('@{') || tag === '@')
    return "git refuses '..', '@{' and '@' in tags";
  if (tag.split('/').some((part) => part === '' || part.startsWith('.') || part.endsWith('.lock'))) {
    return "git refuses empty components, components starting with '.' and ending in '.lock'";
  }
  if (tag.endsWith('.')) return "git refuses tags ending in '.'";
  if (tag.startsWith('-')) return "git refuses tags starting with '-' (they read as options)";
  return undefined;
}
