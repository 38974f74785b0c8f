/**
 * The modules to tag, read from the commit being tagged (not the working tree: an untracked or edited
 * go.mod must not decide what a published tag means), in release order, each with its tag.
 */
import { InputError, UserError } from '../../../shared/src/action/errors.js';
import type { Git } from '../../../shared/src/git/git.js';
import { GoModSyntaxError } from '../../../shared/src/gomod/lexer.js';
import { goModFiles, isWithin, ModuleError, readModules } from '../../../shared/src/gomod/modules.js';
import { releaseOrder } from '../../../shared/src/gomod/order.js';
import { modulesWithPackages } from '../../../shared/src/gomod/packages.js';
import {
  majorVersionProblem,
  modulePathProblem,
  moduleTag,
  tagNameProblem,
} from '../../../shared/src/gomod/tags.js';
import type { Inputs } from './inputs.js';

export interface ReleaseModule {
  /** Module path. */
  path: string;
  /** Directory relative to the repository root (`.` for the root). */
  dir: string;
  tag: string;
  /** In-repository modules it requires (module paths), among those tagged. */
  dependencies: string[];
}

const shown = (folder: string): string => (folder === '' ? '.' : folder);

/** The modules a run leaves out, and why: shown in the log and the job summary, and an output. */
export interface SkippedModule {
  path: string;
  dir: string;
  reason: string;
}

export interface FoundModules {
  /** The modules to tag, dependencies first. */
  modules: ReleaseModule[];
  /** Sets of modules that require each other (directories, in release order): tagged together. */
  cycles: string[][];
  /** Modules with no Go package, left out (unless include-empty-modules). */
  skipped: SkippedModule[];
}

const dirOf = (file: string): string => (file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length));

/** go.mod files of the commit below `paths` and not below `exclude`; InputError for a folder that matches none. */
function selectFiles(all: string[], inputs: Pick<Inputs, 'paths' | 'exclude'>): string[] {
  for (const folder of inputs.paths) {
    if (!all.some((file) => isWithin(dirOf(file), folder))) {
      throw new InputError('paths', shown(folder), 'folders that hold at least one go.mod at the commit');
    }
  }
  const included = inputs.paths.length
    ? all.filter((file) => inputs.paths.some((folder) => isWithin(dirOf(file), folder)))
    : all;
  const matches = (entry: Inputs['exclude'][number], file: string): boolean =>
    entry.below ? isWithin(dirOf(file), entry.dir) : dirOf(file) === entry.dir;
  const shownEntry = (entry: Inputs['exclude'][number]): string =>
    entry.below ? `${shown(entry.dir)}/**` : shown(entry.dir);
  for (const entry of inputs.exclude) {
    if (!included.some((file) => matches(entry, file))) {
      throw new InputError(
        'exclude',
        shownEntry(entry),
        'module directories (or dir/** for every module below dir) of modules that would be tagged',
      );
    }
  }
  const kept = included.filter((file) => !inputs.exclude.some((entry) => matches(entry, file)));
  if (kept.length === 0) {
    throw new InputError(
      'exclude',
      inputs.exclude.map(shownEntry).join(', '),
      `folders that leave at least one module to tag: they leave out every one of the ${included.length} module(s)${inputs.paths.length ? ` below paths ${inputs.paths.map(shown).join(', ')}` : ''} (${included.map((file) => shown(dirOf(file))).join(', ')}), so nothing would be tagged`,
    );
  }
  return kept;
}

/** The modules to tag at `inputs.sha`, dependencies first; user errors for every rule a module breaks. */
export async function findReleaseModules(
  git: Git,
  inputs: Pick<Inputs, 'sha' | 'paths' | 'exclude' | 'version' | 'includeEmptyModules'>,
): Promise<FoundModules> {
  const tree = await git.listTree(inputs.sha);
  const all = goModFiles(tree);
  if (all.length === 0) throw new UserError(`No go.mod found in commit ${inputs.sha}.`);
  const files = selectFiles(all, inputs);
  let read;
  try {
    read = readModules(await git.readFiles(inputs.sha, files));
  } catch (error) {
    if (error instanceof GoModSyntaxError || error instanceof ModuleError) {
      throw new UserError(`Cannot order the Go modules of ${inputs.sha}: ${error.message}`);
    }
    throw error;
  }
  // Every go.mod of the tree bounds a module, tagged or not (vendor/ and testdata/ ones too: harmless).
  const withPackages = modulesWithPackages(
    tree,
    new Set(tree.filter((f) => f === 'go.mod' || f.endsWith('/go.mod')).map(dirOf)),
  );
  const empty = read.filter((m) => !withPackages.has(m.dir));
  const skipped = inputs.includeEmptyModules
    ? []
    : empty.map((m) => ({ path: m.path, dir: shown(m.dir), reason: NO_PACKAGE }));
  const kept = inputs.includeEmptyModules ? read : read.filter((m) => withPackages.has(m.dir));
  if (kept.length === 0) {
    throw new UserError(
      `Nothing to tag at ${inputs.sha}: the ${read.length} module(s) selected have no Go package (${read.map((m) => shown(m.dir)).join(', ')}) — ${NO_PACKAGE}. Set include-empty-modules: true to tag them anyway.`,
    );
  }
  const { modules: ordered, cycles } = releaseOrder(kept);
  const unreachable = ordered.flatMap((m) => {
    const problem = modulePathProblem(m.dir, m.path);
    return problem ? [`module ${m.path} in ${shown(m.dir)}: ${problem}`] : [];
  });
  if (unreachable.length) {
    throw new InputError(
      'paths',
      inputs.paths.map(shown).join(', '),
      `modules the go command can resolve by their tags (fix the module directive, or leave the module out with 'exclude') — ${unreachable.join('; ')}`,
    );
  }
  const problems = ordered.flatMap((m) => {
    const problem = majorVersionProblem(m.path, inputs.version);
    return problem ? [`${m.path} (${m.file}): ${problem}`] : [];
  });
  if (problems.length) {
    throw new InputError(
      'version',
      inputs.version,
      `a version every module can take (leave others out with 'exclude') — ${problems.join('; ')}`,
    );
  }
  const modules = ordered.map((m) => ({
    path: m.path,
    dir: shown(m.dir),
    tag: moduleTag(m.dir, m.path, inputs.version),
    dependencies: m.dependencies.filter((d) => ordered.some((o) => o.path === d)),
  }));
  const badNames = modules.flatMap((m) => {
    const problem = tagNameProblem(m.tag);
    return problem ? [`${m.tag} (${m.dir}): ${problem}`] : [];
  });
  if (badNames.length) throw new UserError(`Cannot tag these modules: ${badNames.join('; ')}.`);
  const seen = new Map<string, ReleaseModule>();
  for (const m of modules) {
    const other = seen.get(m.tag);
    if (other) {
      throw new UserError(
        `Modules ${other.path} (${other.dir}) and ${m.path} (${m.dir}) would both be tagged ${m.tag}; leave one out with 'exclude'.`,
      );
    }
    seen.set(m.tag, m);
  }
  const dirByPath = new Map(modules.map((m) => [m.path, m.dir]));
  return { modules, cycles: cycles.map((c) => c.map((path) => dirByPath.get(path) ?? path)), skipped };
}

const NO_PACKAGE =
  "no .go file in its folder outside nested modules and the folders the go command ignores (testdata, vendor, names starting with '.' or '_'): a tag would release an empty module";
