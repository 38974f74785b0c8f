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

/** Parse a version in either scheme (a `v` prefix allowed); undefined when it is neither. */
export function parseAnyVersion(text: string): Version | undefined {
  const bare = unprefixed(text);
  if (!/^\d/.test(bare)) return undefined;
  const pep = pep440.explain(bare) ?? undefined;
  const sem = semver.parse(bare) ?? undefined;
  if (!pep && !sem) return undefined;
  return { text: bare, ...(pep ? { pep } : {}), ...(sem ? { semver: sem } : {}) };
}

/** The version as PEP 440 writes it (`0.2.0.dev0`, `1.2.3rc1`); SchemeError when it has no such form. */
export function toPep440(version: Version): string {
  if (!version.pep) throw new SchemeError(`${version.text} is not a PEP 440 version`);
  return version.pep.public + (version.pep.local ? `+${version.pep.local}` : '');
}

/** The version as SemVer writes it (`0.2.0-dev.0`, `1.2.3-rc.1`); SchemeError when it has no such form. */
export function toSemver(version: Version): string {
  if (version.semver) return version.semver.version;
  const pep = version.pep!;
  const why = (reason: string): SchemeError =>
    new SchemeError(`${version.text} has no SemVer form (${reason})`);
  if (pep.epoch !== 0) throw why('an epoch');
  if (pep.post !== null) throw why('a post release sorts above its release in PEP 440, below it in SemVer');
  if (pep.release.length > 3) throw why('more than three release numbers');
  const [major = 0, minor = 0, patch = 0] = pep.release;
  const pre: (string | number)[] = [];
  if (pep.pre) pre.push(SEMVER_PRE[String(pep.pre[0])] ?? String(pep.pre[0]), Number(pep.pre[1]));
  if (pep.dev !== null) pre.push('dev', Number(pep.dev));
  const text = `${major}.${minor}.${patch}${pre.length ? `-${pre.join('.')}` : ''}${pep.local ? `+${pep.local}` : ''}`;
  const parsed = semver.parse(text);
  if (!parsed) throw why(`${text} is not valid SemVer`);
  return parsed.version;
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
  if (x.pep && y.pep) return pep440.eq(toPep440(x), toPep440(y)) && x.pep.local === y.pep.local;
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
    const bumped = pep440.inc(toPep440(version), increment);
    next = bumped ? parseAnyVersion(`${bumped}.dev0`) : undefined;
    if (!next?.pep || !pep440.gt(toPep440(next), toPep440(version))) {
      throw new SchemeError(
        `the ${increment} development version after ${version.text} would be ${next ? toPep440(next) : 'nothing'}, which does not sort above it; choose another increment`,
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
