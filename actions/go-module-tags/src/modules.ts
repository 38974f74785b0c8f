/**
 * The modules to tag, read from the commit being tagged (not the working tree: an untracked or edited
 * go.mod must not decide what a published tag means), in release order, each with its tag.
 */
import { InputError, UserError } from '../../../shared/src/action/errors.js';
import type { Git } from '../../../shared/src/git/git.js';
import { GoModSyntaxError } from '../../../shared/src/gomod/lexer.js';
import { goModFiles, isWithin, ModuleError, readModules } from '../../../shared/src/gomod/modules.js';
import { releaseOrder } from '../../../shared/src/gomod/order.js';
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

/** go.mod files of the commit below `paths` and not below `exclude`; InputError for a folder that matches none. */
function selectFiles(all: string[], inputs: Pick<Inputs, 'paths' | 'exclude'>): string[] {
  const dirOf = (file: string): string => (file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length));
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
  for (const entry of inputs.exclude) {
    if (!included.some((file) => matches(entry, file))) {
      const value = entry.below ? `${shown(entry.dir)}/**` : shown(entry.dir);
      throw new InputError(
        'exclude',
        value,
        'module directories (or dir/** for every module below dir) of modules that would be tagged',
      );
    }
  }
  return included.filter((file) => !inputs.exclude.some((entry) => matches(entry, file)));
}

/** The modules to tag at `inputs.sha`, dependencies first; user errors for every rule a module breaks. */
export async function findReleaseModules(
  git: Git,
  inputs: Pick<Inputs, 'sha' | 'paths' | 'exclude' | 'version'>,
): Promise<ReleaseModule[]> {
  const files = selectFiles(goModFiles(await git.listTree(inputs.sha)), inputs);
  if (files.length === 0) throw new UserError(`No go.mod found in commit ${inputs.sha}.`);
  let ordered;
  try {
    ordered = releaseOrder(readModules(await git.readFiles(inputs.sha, files)));
  } catch (error) {
    if (error instanceof GoModSyntaxError || error instanceof ModuleError) {
      throw new UserError(`Cannot order the Go modules of ${inputs.sha}: ${error.message}`);
    }
    throw error;
  }
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
  return modules;
}
