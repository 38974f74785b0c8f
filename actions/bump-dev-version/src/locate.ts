/**
 * Read each target and find where its version (or CITATION.cff's date and commit) stands: a list of
 * locations, each one span of one file. Nothing is written here; a file that cannot be read as what
 * it claims to be, or lacks a listed key, is a UserError naming the file and line.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../../shared/src/action/errors.js';
import type { Logger } from '../../../shared/src/log.js';
import { findJsonString } from '../../../shared/src/edit/json.js';
import { compileCapture, findCaptures } from '../../../shared/src/edit/regex.js';
import { EditError, keyPathText, lineAt, type Occurrence } from '../../../shared/src/edit/span.js';
import { findPyprojectVersion } from '../../../shared/src/edit/toml.js';
import { findYamlScalar } from '../../../shared/src/edit/yaml.js';
import { readDependencies, refPathOccurrences, type Dependency } from '../../../shared/src/edit/zeitgeist.js';
import type { Scheme } from '../../../shared/src/versions/schemes.js';
import type { TargetScheme, TargetSpec } from './targets.js';

export interface Location {
  path: string;
  /** What the value is, for people: `version`, `docker.version`, `refPath /match/`. */
  key: string;
  occurrence: Occurrence;
  /** The scheme a version is written in here; absent for CITATION.cff's date and commit. */
  scheme?: Scheme;
  /** CITATION.cff: `date-released` or `commit` (written as given, not as a version). */
  field?: 'date' | 'commit';
  /** CITATION.cff's version: it cites releases, so only releases are written or checked there. */
  citation?: boolean;
  /** From a target an input listed (not a detected one). */
  explicit?: boolean;
}

/** A zeitgeist refPath as `verify` checks it (every selected line contains the dependency's version). */
export interface RefPathCheck {
  dependency: string;
  version: string;
  path: string;
  match: string;
}

export interface Located {
  locations: Location[];
  refChecks: RefPathCheck[];
  /** The dependencies.yaml read, to check its refPaths again on the new contents. */
  zeitgeist?: { path: string; dependencies: Dependency[] };
  /** Text of every file read, by path (the edits apply to these). */
  texts: Map<string, string>;
}

export interface LocateOptions {
  workspace: string;
  project: Scheme;
  chart: Scheme;
  /** verify: zeitgeist refPaths are checked, not located for editing. */
  mode: 'verify' | 'release' | 'next-dev';
  /** The dependency of dependencies.yaml that is the project; undefined: the one named like `repo`. */
  dependency?: string;
  repo: string;
  log: Logger;
}

function schemeOf(target: TargetScheme, options: LocateOptions): Scheme {
  return target === 'project' ? options.project : target === 'chart' ? options.chart : target;
}

class Reader {
  readonly texts = new Map<string, string>();
  constructor(private readonly workspace: string) {}

  /** The file's text; undefined when it does not exist and `optional`. */
  async read(path: string, optional: boolean): Promise<string | undefined> {
    const known = this.texts.get(path);
    if (known !== undefined) return known;
    try {
      const text = decodeUtf8(path, await readFile(join(this.workspace, path)));
      this.texts.set(path, text);
      return text;
    } catch (error) {
      if (error instanceof UserError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && optional) return undefined;
      throw new UserError(
        `${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      );
    }
  }
}

/** A file's bytes as UTF-8 text (a BOM kept); UserError naming the file when they are not UTF-8. */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(`${path}: is not UTF-8 text; it would be corrupted by rewriting it`);
  }
}

/** Run a finder; its EditError becomes a UserError that names the file (and line, when known). */
function within<T>(path: string, find: () => T): T {
  try {
    return find();
  } catch (error) {
    if (error instanceof EditError)
      throw new UserError(`${path}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    throw error;
  }
}

/** Find every location the targets name. */
export async function locate(targets: readonly TargetSpec[], options: LocateOptions): Promise<Located> {
  const reader = new Reader(options.workspace);
  const located: Located = { locations: [], refChecks: [], texts: reader.texts };
  for (const target of targets) {
    const text = await reader.read(target.path, !target.explicit);
    if (text === undefined) continue;
    const at = (key: string, occurrence: Occurrence, scheme: Scheme): void => {
      located.locations.push({ path: target.path, key, occurrence, scheme, explicit: target.explicit });
    };
    switch (target.kind) {
      case 'key': {
        const json = target.path.endsWith('.json');
        const key = keyPathText(target.keys);
        try {
          const found = json ? findJsonString(text, target.keys) : findYamlScalar(text, target.keys);
          at(key, found, schemeOf(target.scheme, options));
        } catch (error) {
          // A detected file without the key (a package.json without a version) is simply not a target.
          if (error instanceof EditError && !target.explicit && /^has no key/.test(error.message)) continue;
          within(target.path, () => {
            throw error;
          });
        }
        break;
      }
      case 'regex': {
        const found = within(target.path, () => findCaptures(text, compileCapture(target.pattern)));
        if (found.length === 0) throw new UserError(`${target.path}: /${target.pattern}/ matches nothing`);
        for (const occurrence of found)
          at(`/${target.pattern}/`, occurrence, schemeOf(target.scheme, options));
        break;
      }
      case 'file': {
        const value = text.trim();
        if (!value || value.includes('\n'))
          throw new UserError(`${target.path}: expected one line holding the version`);
        const start = text.indexOf(value);
        at(
          '(file)',
          { start, end: start + value.length, line: lineAt(text, start), value, render: (v) => v },
          schemeOf(target.scheme, options),
        );
        break;
      }
      case 'pyproject': {
        const found = within(target.path, () => findPyprojectVersion(text));
        if (found) at('version', found, 'pep440');
        else options.log.info(`${target.path}: no [project] or [tool.poetry] version (dynamic?); skipped`);
        break;
      }
      case 'citation':
        for (const [key, extra] of [
          ['version', {}],
          ['date-released', { field: 'date' }],
          ['commit', { field: 'commit' }],
        ] as const) {
          const occurrence = within(target.path, () => {
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
            if (options.mode === 'release') options.log.info(`${target.path}: has no ${key}; not added`);
            continue;
          }
          located.locations.push({
            path: target.path,
            key,
            occurrence,
            ...(key === 'version' ? { scheme: options.project, citation: true } : extra),
          });
        }
        break;
      case 'zeitgeist':
        await locateDependency(target, text, options, reader, located);
        break;
    }
  }
  return located;
}

async function locateDependency(
  target: TargetSpec,
  text: string,
  options: LocateOptions,
  reader: Reader,
  located: Located,
): Promise<void> {
  const dependencies = within(target.path, () => readDependencies(text));
  located.zeitgeist = { path: target.path, dependencies };
  if (options.mode === 'verify') {
    // zeitgeist's verify checks every dependency, not only the project.
    for (const dependency of dependencies) {
      for (const ref of dependency.refPaths) {
        const path = ref.path.replace(/^\.\//, '');
        await reader.read(path, false);
        const version = dependency.version.value;
        located.refChecks.push({ dependency: dependency.name, version, path, match: ref.match });
      }
    }
  }
  const wanted = options.dependency ?? options.repo;
  const dependency: Dependency | undefined = dependencies.find((d) => d.name === wanted);
  if (!dependency) {
    const names = dependencies.map((d) => d.name).join(', ');
    if (options.dependency !== undefined || target.explicit) {
      throw new UserError(`${target.path}: no dependency named '${wanted}' (it lists ${names || 'none'})`);
    }
    options.log.info(`${target.path}: no dependency named '${wanted}' (set the dependency input); skipped`);
    return;
  }
  const old = dependency.version.value;
  located.locations.push({
    path: target.path,
    key: `${dependency.name} version`,
    occurrence: dependency.version,
    scheme: options.project,
    explicit: target.explicit,
  });
  if (options.mode === 'verify') return;
  for (const ref of dependency.refPaths) {
    const path = ref.path.replace(/^\.\//, '');
    const refText = await reader.read(path, false);
    const key = `${dependency.name} refPath${ref.match ? ` /${ref.match}/` : ''}`;
    for (const occurrence of within(path, () => refPathOccurrences(refText ?? '', ref.match, old))) {
      located.locations.push({ path, key, occurrence, scheme: options.project, explicit: target.explicit });
    }
  }
}
