/**
 * One version, written in the scheme each file demands: PEP 440 for Python metadata (`0.2.0.dev0`),
 * SemVer where a tool insists on it (Helm 3.5.2+ refuses `0.2.0.dev0` in Chart.yaml). `0.2.0-dev.0`
 * sorts like `0.2.0.dev0` against releases (below 0.2.0, above 0.1.x), but not against pre-releases:
 * PEP 440 puts `.dev0` before alphas and `1.0.0rc1.dev0` before `1.0.0rc1`; SemVer compares `dev`
 * as text (after `alpha`/`beta`, before `rc`) and puts `1.0.0-rc.1.dev.0` after `1.0.0-rc.1`.
 * Versions are parsed and compared with `@renovatebot/pep440` and `semver`.
 */
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';

export type Scheme = 'pep440' | 'semver';
export type Increment = 'major' | 'minor' | 'patch';

/** A parsed version: PEP 440 when it is one (PEP 440 also reads `1.2.3-rc.1`), else SemVer only. */
export interface Version {
  /** As given, without a leading `v`. */
  text: string;
  pep?: pep440.Pep440Version;
  semver?: semver.SemVer;
}

const SEMVER_PRE: Record<string, string> = { a: 'alpha', b: 'beta', rc: 'rc' };

export class SchemeError extends Error {
  override readonly name = 'SchemeError';
}

/** Drop a leading `v`/`V` before a digit. */
function unprefixed(text: string): string {
  return text.trim().replace(/^v(?=\d)/i, '');
}

/** True when the text starts with a `v` before a digit (`v4.5.1`). */
export function hasVPrefix(text: string): boolean {
  return /^v\d/i.test(text.trim());
}

/** Longer than any real version, and than the semver package reads (its MAX_LENGTH). */
export const MAX_VERSION_LENGTH = 256;

/**
 * Why a text cannot be read as a version at all, before any parser sees it: too long, or a number too
 * large to count with (both parsers then misbehave rather than refuse); undefined when neither.
 */
export function versionTextProblem(text: string): string | undefined {
  if (text.length > MAX_VERSION_LENGTH) return `is longer than ${MAX_VERSION_LENGTH} characters`;
  const big = /\d{16,}/.exec(text)?.[0];
  if (big !== undefined && BigInt(big) > BigInt(Number.MAX_SAFE_INTEGER)) {
    return `has a number above ${Number.MAX_SAFE_INTEGER} (${big.length > 30 ? `${big.slice(0, 30)}…` : big})`;
  }
  return undefined;
}

/** Parse a version in either scheme (a `v` prefix allowed); undefined when it is neither. */
export function parseAnyVersion(text: string): Version | undefined {
  if (versionTextProblem(text)) return undefined;
  const bare = unprefixed(text);
  if (!/^\d/.test(bare)) return undefined;
  const pep = pep440.explain(bare) ?? undefined;
  const sem = semver.parse(bare) ?? undefined;
  if (!pep && !sem) return undefined;
  return { text: bare, ...(pep ? { pep } : {}), ...(sem ? { semver: sem } : {}) };
}

/** PEP 440's normal form of a version (`0.2.0.dev0`, `1.2.3rc1`); SchemeError when it is no PEP 440 version. */
function pep440Normal(version: Version): string {
  if (!version.pep) throw new SchemeError(`${version.text} is not a PEP 440 version`);
  return version.pep.public + (version.pep.local ? `+${version.pep.local}` : '');
}

/**
 * The version as PEP 440 writes it: as given when that is PEP 440's normal form, else the PEP 440 form
 * of a SemVer version (`1.2.3-rc.1` → `1.2.3rc1`, `0.2.0-dev.0` → `0.2.0.dev0`). SchemeError when PEP
 * 440 would change more than the scheme's spelling: `01.2.3` (→ 1.2.3), build metadata it lowercases.
 */
export function toPep440(version: Version): string {
  const normal = pep440Normal(version);
  if (normal === version.text) return normal;
  if (version.semver && semverText(version.semver) === version.text) {
    const build = version.semver.build.join('.');
    const local = version.pep!.local ?? '';
    if (build === local) return normal;
    throw new SchemeError(
      `${version.text}: PEP 440 would write its build metadata as +${local}; give the version as PEP 440 writes it`,
    );
  }
  throw new SchemeError(`${version.text} is not written as PEP 440 writes it: give ${normal}`);
}

/** SemVer's full text of a parsed version: `.version` drops build metadata, which is part of it. */
function semverText(version: semver.SemVer): string {
  return version.version + (version.build.length ? `+${version.build.join('.')}` : '');
}

/**
 * The version as SemVer writes it (`0.2.0-dev.0`, `1.2.3-rc.1`): as given when it is SemVer, else the
 * SemVer form of a PEP 440 version written in PEP 440's normal form. SchemeError for anything SemVer
 * cannot say the same way (`1.2` has two numbers, `01.2.3` a leading zero): never a silent change.
 */
export function toSemver(version: Version): string {
  if (version.semver) return semverText(version.semver);
  const pep = version.pep!;
  const why = (reason: string): SchemeError =>
    new SchemeError(`${version.text} has no SemVer form (${reason})`);
  const normal = pep440Normal(version);
  if (normal !== version.text) {
    throw new SchemeError(`${version.text} is not SemVer, nor PEP 440 as PEP 440 writes it (${normal})`);
  }
  if (pep.epoch !== 0) throw why('an epoch');
  if (pep.post !== null) throw why('a post release sorts above its release in PEP 440, below it in SemVer');
  if (pep.release.length !== 3) {
    throw why(`SemVer has exactly three release numbers; ${pep.release.length} here`);
  }
  const [major = 0, minor = 0, patch = 0] = pep.release;
  const pre: (string | number)[] = [];
  if (pep.pre) pre.push(SEMVER_PRE[String(pep.pre[0])] ?? String(pep.pre[0]), Number(pep.pre[1]));
  if (pep.dev !== null) pre.push('dev', Number(pep.dev));
  const text = `${major}.${minor}.${patch}${pre.length ? `-${pre.join('.')}` : ''}${pep.local ? `+${pep.local}` : ''}`;
  const parsed = semver.parse(text);
  if (!parsed) throw why(`${text} is not valid SemVer`);
  return semverText(parsed);
}

/** The version written in `scheme`, with a `v` in front when `withV`. */
export function formatVersion(version: Version, scheme: Scheme, withV = false): string {
  return (withV ? 'v' : '') + (scheme === 'pep440' ? toPep440(version) : toSemver(version));
}

/** True when two texts name the same version, whatever scheme or `v` each is written with. */
export function sameVersion(a: string, b: string): boolean {
  const x = parseAnyVersion(a);
  const y = parseAnyVersion(b);
  if (!x || !y) return unprefixed(a) === unprefixed(b);
  if (x.pep && y.pep) return pep440.eq(pep440Normal(x), pep440Normal(y)) && x.pep.local === y.pep.local;
  if (x.semver && y.semver) return x.semver.compare(y.semver) === 0;
  return false;
}

/**
 * The next development version after the release `version`: `increment` bumps it (0.1.0 → 0.2.0 for
 * minor), then `.dev0` marks it as development. SchemeError when the result would not sort above the
 * release (a patch bump of 1.2.3rc1 gives 1.2.3.dev0, which comes before 1.2.3rc1).
 */
export function nextDevVersion(version: Version, increment: Increment): Version {
  let next: Version | undefined;
  if (version.pep) {
    const bumped = pep440.inc(pep440Normal(version), increment);
    next = bumped ? parseAnyVersion(`${bumped}.dev0`) : undefined;
    if (!next?.pep || !pep440.gt(pep440Normal(next), pep440Normal(version))) {
      throw new SchemeError(
        `the ${increment} development version after ${version.text} would be ${next ? pep440Normal(next) : 'nothing'}, which does not sort above it; choose another increment`,
      );
    }
  } else {
    const bumped = semver.inc(version.semver!, increment);
    next = bumped ? parseAnyVersion(`${bumped}-dev.0`) : undefined;
    if (!next?.semver || !semver.gt(next.semver, version.semver!)) {
      throw new SchemeError(`no ${increment} development version after ${version.text}`);
    }
  }
  return next;
}
