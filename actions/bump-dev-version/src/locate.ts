/**
 * Read each target and find where its version (or CITATION.cff's date and commit) stands: a list of
 * locations, each one span of one file. Nothing is written here; a file that cannot be read as what
 * it claims to be, or lacks a listed key, is a UserError naming the file and line. A value that is a
 * build-time placeholder (`${version}`, `{{ .Chart.AppVersion }}`) is set aside as templated.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import type { Logger } from '../../../shared/src/log.js';
import { findJsonString } from '../../../shared/src/edit/json.js';
import { compileCapture, findCaptures } from '../../../shared/src/edit/regex.js';
import { EditError, keyPathText, lineAt, type Occurrence } from '../../../shared/src/edit/span.js';
import { findPyprojectVersion } from '../../../shared/src/edit/toml.js';
import { findYamlScalar } from '../../../shared/src/edit/yaml.js';
import type { Dependency, RefPath, RefPathRule } from '../../../shared/src/edit/zeitgeist.js';
import type { Scheme, Version } from '../../../shared/src/versions/schemes.js';
import type { Mode } from './inputs.js';
import type { Origin, Reader } from './files.js';
import type { Exclude, TargetScheme, TargetSpec } from './targets.js';

export interface Location {
  /** The file, as the path rule resolved it (a link's target). */
  path: string;
  /** What the value is, for people: `version`, `docker.version`, `refPath /match/`. */
  key: string;
  occurrence: Occurrence;
  /** The scheme a version is written in here; absent for CITATION.cff's date and commit. */
  scheme?: Scheme;
  /** Why that scheme, for an error that refuses a version there. */
  schemeWhy?: string;
  /** CITATION.cff: `date-released` or `commit` (written as given, not as a version). */
  field?: 'date' | 'commit';
  /** CITATION.cff's version: it cites releases, so only releases are written or checked there. */
  citation?: boolean;
  /** From a target an input listed (not a detected one). */
  explicit?: boolean;
  /** A Helm chart's own `version` (Helm 3.5.2+ reads it as SemVer 2). */
  chart?: boolean;
  /** An image tag: the release plus an image revision (`v4.5.0-0`); a release writes `<v>X.Y.Z-0`. */
  image?: { prefix: string };
}

/** A value a build fills in (`${version}`): neither checked nor written. */
export interface Templated {
  path: string;
  line: number;
  key: string;
  value: string;
}

/** A zeitgeist refPath as `verify` checks it. */
export interface RefPathCheck {
  dependency: string;
  version: string;
  path: string;
  match: string;
  /** The refPath's line in dependencies.yaml. */
  line?: number;
  /** dependencies.yaml's path, for a refPath that lacks a match. */
  from: string;
}

export interface Located {
  locations: Location[];
  refChecks: RefPathCheck[];
  templated: Templated[];
  /** How zeitgeist refPaths are checked, and why (said in the summary). */
  rule: { rule: RefPathRule; said: string };
  /** The dependencies.yaml read, to check its refPaths again on the new contents. */
  zeitgeist?: { path: string; dependencies: Dependency[] };
  /** The file each refPath read resolved to (a link's target). */
  refPathFiles?: Map<RefPath, string>;
  /** What the summary tells beyond the table: what was found how, what was left alone and why. */
  notes: string[];
  /** Text of every file read, by path (the edits apply to these). */
  texts: Map<string, string>;
}

export interface LocateOptions {
  reader: Reader;
  project: Scheme;
  /** Why the project writes that scheme (for errors): `the project has Python metadata`. */
  projectWhy: string;
  chart: Scheme;
  mode: Mode;
  /** The version this run writes (release or next development version); undefined for verify. */
  version?: Version;
  excludes: readonly Exclude[];
  log: Logger;
}

/** `${version}`, `${{ x }}`, `{{ .Chart.AppVersion }}`: a value filled in at build time. */
export function isPlaceholder(value: string): boolean {
  return /\$\{[^}]*\}|\{\{[\s\S]*\}\}/.test(value);
}

/** The scheme of a target and why, in words an error can use. */
export function schemeOf(target: TargetScheme, path: string, options: LocateOptions): [Scheme, string] {
  if (target === 'project') return [options.project, options.projectWhy];
  if (target === 'chart')
    return options.chart === 'semver'
      ? ['semver', 'as Helm reads chart versions (chart-version: semver)']
      : [options.chart, `${options.projectWhy}, and chart-version is project`];
  if (path.endsWith('pkg_info.json')) return [target, `as ${path} is Python metadata`];
  return [target, `as the target line says ${target}`];
}

/** Run a finder; its EditError becomes a UserError that names the file (and line, when known). */
export function within<T>(path: string, find: () => T): T {
  try {
    return find();
  } catch (error) {
    if (error instanceof EditError)
      throw new UserError(`${path}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    throw error;
  }
}

/** Locations, templated values and texts gathered as the targets are read. */
export function emptyLocated(reader: Reader): Located {
  return {
    locations: [],
    refChecks: [],
    templated: [],
    rule: { rule: 'one-line', said: '' },
    notes: [],
    texts: reader.texts,
  };
}

/** Record a found value: templated ones aside, the others as locations. */
export function record(located: Located, location: Location): void {
  const value = location.occurrence.value;
  if (location.field !== 'commit' && isPlaceholder(value)) {
    const { path, key } = location;
    located.templated.push({ path, key, line: location.occurrence.line, value });
    return;
  }
  located.locations.push(location);
}

/** Find every location the targets (but dependencies.yaml) name, into `located`. */
export async function locateFiles(
  targets: readonly TargetSpec[],
  options: LocateOptions,
  located: Located,
): Promise<void> {
  for (const target of targets) {
    if (target.kind === 'zeitgeist') continue;
    const origin: Origin = target.explicit ? { kind: 'input', input: 'targets' } : { kind: 'detected' };
    const read = await options.reader.read(target.path, origin, !target.explicit);
    if (!read) continue;
    const { text } = read;
    const path = read.file.path;
    const at = (key: string, occurrence: Occurrence, scheme: TargetScheme, extra = {}): void => {
      const [written, why] = schemeOf(scheme, path, options);
      record(located, {
        path,
        key,
        occurrence,
        scheme: written,
        schemeWhy: why,
        explicit: target.explicit,
        ...extra,
      });
    };
    switch (target.kind) {
      case 'key': {
        const json = path.endsWith('.json');
        const key = keyPathText(target.keys);
        let found: Occurrence;
        try {
          found = json ? findJsonString(text, target.keys) : findYamlScalar(text, target.keys);
        } catch (error) {
          // A detected file without the key (a package.json without a version) is simply not a target.
          if (error instanceof EditError && !target.explicit && /^has no key/.test(error.message)) continue;
          found = within(path, () => {
            throw error;
          });
        }
        at(key, found, target.scheme, target.scheme === 'chart' ? { chart: true } : {});
        break;
      }
      case 'regex': {
        const found = within(path, () => findCaptures(text, compileCapture(target.pattern)));
        if (found.length === 0) throw new UserError(`${path}: /${target.pattern}/ matches nothing`);
        for (const occurrence of found) at(`/${target.pattern}/`, occurrence, target.scheme);
        break;
      }
      case 'file': {
        const value = text.trim();
        if (!value || value.includes('\n'))
          throw new UserError(`${path}: expected one line holding the version`);
        const start = text.indexOf(value);
        at(
          '(file)',
          { start, end: start + value.length, line: lineAt(text, start), value, render: (v) => v },
          target.scheme,
        );
        break;
      }
      case 'pyproject': {
        const found = within(path, () => findPyprojectVersion(text));
        if (found)
          record(located, {
            path,
            key: 'version',
            occurrence: found,
            scheme: 'pep440',
            schemeWhy: `as ${path} is Python metadata`,
          });
        else options.log.info(`${path}: no [project] or [tool.poetry] version (dynamic?); skipped`);
        break;
      }
      case 'citation':
        locateCitation(path, text, options, located);
        break;
    }
  }
}

function locateCitation(path: string, text: string, options: LocateOptions, located: Located): void {
  for (const [key, extra] of [
    ['version', {}],
    ['date-released', { field: 'date' }],
    ['commit', { field: 'commit' }],
  ] as const) {
    const occurrence = within(path, () => {
      try {
        return findYamlScalar(text, [key]);
      } catch (error) {
        // Both are optional in CFF: a file without them keeps going without them.
        if (key !== 'version' && error instanceof EditError && /^has no key/.test(error.message)) {
          return undefined;
        }
        throw error;
      }
    });
    if (!occurrence) {
      if (options.mode === 'release') options.log.info(`${path}: has no ${key}; not added`);
      continue;
    }
    record(located, {
      path,
      key,
      occurrence,
      ...(key === 'version'
        ? { scheme: options.project, schemeWhy: options.projectWhy, citation: true }
        : extra),
    });
  }
}

/** The values that stand for the project's current version: every version location's. */
export function versionLocations(located: Located): Location[] {
  return located.locations.filter((l) => !l.field && !l.image);
}
