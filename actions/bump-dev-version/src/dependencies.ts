/**
 * Seed 002: zeitgeist's dependencies.yaml. Which dependency is the project's own version: the one the
 * `dependency` input names, else the one named like the repository, else the one that holds the
 * version the other version files hold and whose refPaths include one of them (promo-tools' "repo
 * release version", refPath VERSION). A dependency whose version is that release plus an image
 * revision (`v4.5.0-0`, seed 002's image tags) follows a release with revision 0 (`v4.5.1-0`); a
 * development version has no image, so next-dev leaves it. zeitgeist's refPaths then carry both into
 * every file, under the rule of the zeitgeist the repository pins.
 */
import { InputError, UserError } from '../../../shared/src/action/errors.js';
import {
  readDependencies,
  refPathOccurrences,
  type Dependency,
  type RefPath,
} from '../../../shared/src/edit/zeitgeist.js';
import {
  formatVersion,
  sameVersion,
  SchemeError,
  type Scheme,
} from '../../../shared/src/versions/schemes.js';
import { stripV } from '../../../shared/src/versions/tags.js';
import { record, schemeOf, within, type Located, type Location, type LocateOptions } from './locate.js';
import type { TargetSpec } from './targets.js';
import { zeitgeistRule } from './zeitgeist-rule.js';

export interface DependencyOptions extends LocateOptions {
  /** The `dependency` input. */
  dependency?: string;
  /** The repository's name (`promo-tools`). */
  repo: string;
  workspace: string;
}

const quoted = (names: readonly string[]): string => {
  const all = names.map((n) => `"${n}"`);
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all.at(-1)}` : (all[0] ?? '');
};

const refPathOf = (ref: RefPath): string => ref.path.replace(/^\.\//, '');

/** The project's own dependency and why it is that one, or why none is taken. */
function ownDependency(
  dependencies: readonly Dependency[],
  path: string,
  options: DependencyOptions,
  located: Located,
): { dependency: Dependency; why: string } | { undecided: string } {
  if (options.dependency !== undefined) {
    const named = dependencies.find((d) => d.name === options.dependency);
    if (!named) {
      throw new InputError(
        'dependency',
        options.dependency,
        `the name of a dependency ${path} lists: ${quoted(dependencies.map((d) => d.name))}`,
      );
    }
    return { dependency: named, why: 'the dependency input names it' };
  }
  const byName = dependencies.find((d) => d.name === options.repo);
  if (byName) return { dependency: byName, why: 'it is named like the repository' };
  const versions = located.locations.filter((l) => !l.field && !l.image);
  const current = versions[0]?.occurrence.value;
  const files = new Set(versions.map((l) => l.path));
  const holds = (d: Dependency): boolean => current !== undefined && sameVersion(d.version.value, current);
  const refers = (d: Dependency): string | undefined => d.refPaths.map(refPathOf).find((p) => files.has(p));
  const tiers: [Dependency[], (d: Dependency) => string][] = [
    [
      dependencies.filter((d) => holds(d) && refers(d)),
      (d) => `it holds the current version ${current} and its refPaths include ${refers(d)}`,
    ],
    [dependencies.filter(holds), () => `it holds the current version ${current}`],
    [dependencies.filter((d) => refers(d)), (d) => `its refPaths include ${refers(d)}`],
  ];
  for (const [candidates, why] of tiers) {
    const [only, ...more] = candidates;
    if (!only) continue;
    if (more.length === 0) return { dependency: only, why: why(only) };
    if (options.mode === 'verify') {
      return {
        undecided: `${path}: ${quoted(candidates.map((d) => d.name))} could each be the project's version; none is checked against it (set the dependency input)`,
      };
    }
    throw new InputError(
      'dependency',
      '',
      `the ${path} entry that is this project's version: ${quoted(candidates.map((d) => d.name))}`,
    );
  }
  const names = quoted(dependencies.map((d) => d.name)) || 'none';
  return {
    undecided: `${path}: no dependency is named like the repository, or holds the current version or refers to a version file (it lists ${names}): set the dependency input; skipped`,
  };
}

/** `v4.5.0-0` is `4.5.0` plus image revision 0: the `v` (kept) when `version` is `release-N`. */
function imageOf(version: string, release: string): { prefix: string } | undefined {
  const found = /^(v?)(.+)-(\d+)$/.exec(version.trim());
  if (!found || found[2] !== stripV(release)) return undefined;
  return { prefix: found[1] ?? '' };
}

/** dependencies.yaml: the project's dependency, image dependencies, and (verify) every refPath. */
export async function locateDependencies(
  target: TargetSpec,
  options: DependencyOptions,
  located: Located,
): Promise<void> {
  const origin = target.explicit
    ? ({ kind: 'input', input: 'targets' } as const)
    : ({ kind: 'detected' } as const);
  const read = await options.reader.read(target.path, origin, !target.explicit);
  if (!read) return;
  const path = read.file.path;
  const dependencies = within(path, () => readDependencies(read.text));
  located.zeitgeist = { path, dependencies };
  located.rule = await zeitgeistRule(options.workspace, dependencies, path);
  located.notes.push(located.rule.said);
  if (options.mode === 'verify') {
    // zeitgeist's verify checks every dependency, not only the project.
    for (const dependency of dependencies) {
      for (const ref of dependency.refPaths) {
        const from = { kind: 'refPath', file: path, line: ref.line, dependency: dependency.name } as const;
        const refRead = await options.reader.read(refPathOf(ref), from, false);
        (located.refPathFiles ??= new Map()).set(ref, refRead!.file.path);
        located.refChecks.push({
          dependency: dependency.name,
          version: dependency.version.value,
          path: refRead!.file.path,
          match: ref.match,
          ...(ref.line !== undefined ? { line: ref.line } : {}),
          from: path,
        });
      }
    }
  }
  const own = ownDependency(dependencies, path, options, located);
  if ('undecided' in own) {
    if (target.explicit) throw new UserError(own.undecided);
    located.notes.push(own.undecided);
    return;
  }
  const { dependency } = own;
  located.notes.push(`${path}: "${dependency.name}" is the project's version (${own.why})`);
  const [scheme, schemeWhy] = schemeOf('project', path, options);
  const base = { scheme, schemeWhy, explicit: target.explicit };
  record(located, { ...base, path, key: `dependency "${dependency.name}"`, occurrence: dependency.version });
  if (options.mode === 'verify') return;
  await locateRefPaths(dependency, path, base, options, located);

  for (const other of dependencies) {
    const image = other !== dependency ? imageOf(other.version.value, dependency.version.value) : undefined;
    if (!image) continue;
    if (options.mode !== 'release') {
      located.notes.push(
        `${path}: "${other.name}" stays at ${other.version.value}: a development version has no image of its own`,
      );
      continue;
    }
    located.notes.push(
      `${path}: "${other.name}" is the release plus an image revision: ${other.version.value} → ${imageTag(image, options, scheme)}`,
    );
    record(located, { ...base, image, path, key: `dependency "${other.name}"`, occurrence: other.version });
    await locateRefPaths(other, path, { ...base, image }, options, located);
  }
}

/** The image tag a release gets: the release, revision 0, with the `v` the old tag had. */
export function imageTag(
  image: { prefix: string },
  options: Pick<LocateOptions, 'version'>,
  scheme: Scheme,
): string {
  if (!options.version) return `${image.prefix}<release>-0`;
  try {
    return `${image.prefix}${formatVersion(options.version, scheme)}-0`;
  } catch (error) {
    if (error instanceof SchemeError) return `${image.prefix}${options.version.text}-0`;
    throw error;
  }
}

/** The places a dependency's refPaths hold its version, to be rewritten with it. */
async function locateRefPaths(
  dependency: Dependency,
  path: string,
  base: Pick<Location, 'scheme' | 'schemeWhy' | 'explicit' | 'image'>,
  options: DependencyOptions,
  located: Located,
): Promise<void> {
  for (const ref of dependency.refPaths) {
    const from = { kind: 'refPath', file: path, line: ref.line, dependency: dependency.name } as const;
    const refRead = await options.reader.read(refPathOf(ref), from, false);
    const { file, text } = refRead!;
    (located.refPathFiles ??= new Map()).set(ref, file.path);
    const key = `dependency "${dependency.name}" refPath${ref.match ? ` /${ref.match}/` : ''}`;
    const found = within(file.path, () =>
      refPathOccurrences(text, ref.match, dependency.version.value, located.rule.rule),
    );
    for (const occurrence of found) record(located, { ...base, path: file.path, key, occurrence });
  }
}
