/**
 * Which zeitgeist checks this repository. zeitgeist v0.6.0 changed its local check (every line a
 * refPath's match selects must hold the version, and a refPath needs a match); before it, one such
 * line was enough. A repository's own `make verify-dependencies` runs the zeitgeist it pins, so the
 * action follows that one: pinned where it is run (a Makefile or script: `zeitgeist@v0.5.4`,
 * `ZEITGEIST_VERSION ?= v0.5.4`, a release download URL), else in a go.mod, else by the `zeitgeist`
 * entry of dependencies.yaml. Nothing pinned: the older, lenient rule, which no older repository fails.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import type { Dependency, RefPathRule } from '../../../shared/src/edit/zeitgeist.js';

export interface RuleChoice {
  rule: RefPathRule;
  /** For the summary: the rule, the zeitgeist version and where it is pinned. */
  said: string;
}

/** Folders whose scripts and makefiles may run zeitgeist (besides the top). */
const SCRIPT_DIRS = ['hack', 'scripts', 'script', 'build', 'tools', 'make', '.github/workflows'];
const SCRIPT = /(^|\/)(Makefile|GNUmakefile|[^/]+\.(mk|sh|bash|ya?ml))$/;
const GO_MODS = ['go.mod', 'hack/tools/go.mod', 'tools/go.mod', 'internal/go.mod', 'hack/go.mod'];
const MAX_BYTES = 1024 * 1024;

interface Pin {
  version: string;
  where: string;
}

/** A small regular file's text; a link is not followed (it may lead out of the workspace). */
async function readSmall(path: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_BYTES) return undefined;
  return readFile(path, 'utf8').catch(() => undefined);
}

/** Files that may run zeitgeist: the top's makefiles, and scripts up to two folders below SCRIPT_DIRS. */
async function scriptFiles(workspace: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(join(workspace, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isFile() && SCRIPT.test(rel) && (dir !== '' || !/\.ya?ml$/.test(rel))) files.push(rel);
      else if (entry.isDirectory() && dir !== '' && depth > 0) await walk(rel, depth - 1);
    }
  };
  await walk('', 0);
  for (const dir of SCRIPT_DIRS) await walk(dir, 2);
  return files;
}

/** The version `ref` names in `text`: a literal, or a variable assigned in the same file. */
function resolveRef(ref: string, text: string): { version: string; line?: number } | undefined {
  const literal = /^["']?(v?\d+\.\d+\.\d+(?:-[\w.]+)?)["']?$/.exec(ref)?.[1];
  if (literal) return { version: literal };
  if (/^["']?(latest|main|master)["']?$/.test(ref)) return { version: 'latest' };
  const name = /^["']?\$(?:\(([A-Za-z_]\w*)\)|\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))["']?$/.exec(ref);
  const variable = name?.[1] ?? name?.[2] ?? name?.[3];
  if (!variable) return undefined;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const assigned = new RegExp(
      `^\\s*(?:export\\s+|override\\s+)?${variable}\\s*(?:\\?=|:=|::=|\\+=|=)\\s*["']?(v?\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?)["']?\\s*(?:#.*)?$`,
    ).exec(line);
    if (assigned?.[1]) return { version: assigned[1], line: index + 1 };
  }
  return undefined;
}

/** A zeitgeist version pinned where it is run. */
async function scriptPin(workspace: string): Promise<Pin | undefined> {
  for (const file of await scriptFiles(workspace)) {
    const text = await readSmall(join(workspace, file));
    if (!text?.includes('zeitgeist')) continue;
    const uses =
      /sigs\.k8s\.io\/zeitgeist(?:\/[\w/]*)?@(\S+)|kubernetes-sigs\/zeitgeist\/releases\/download\/([^/\s]+)\//g;
    for (const use of text.matchAll(uses)) {
      const ref = use[1] ?? use[2] ?? '';
      // `…@v0.5.4;` or `$(shell … @v0.5.4)`: the punctuation after the reference is the script's.
      const found = resolveRef(ref, text) ?? resolveRef(ref.replace(/[;)"']+$/, ''), text);
      if (!found) continue;
      const line = found.line ?? text.slice(0, use.index).split('\n').length;
      return { version: found.version, where: `${file}:${line}` };
    }
  }
  return undefined;
}

async function goModPin(workspace: string): Promise<Pin | undefined> {
  for (const file of GO_MODS) {
    const lines = (await readSmall(join(workspace, file)))?.split('\n') ?? [];
    for (const [index, line] of lines.entries()) {
      const found = /^\s*(?:require\s+)?sigs\.k8s\.io\/zeitgeist\s+(v\d+\.\d+\.\d+\S*)/.exec(line);
      if (found?.[1]) return { version: found[1], where: `${file}:${index + 1}` };
    }
  }
  return undefined;
}

function dependencyPin(dependencies: readonly Dependency[], path: string): Pin | undefined {
  const entry = dependencies.find((d) => /(^|\/)zeitgeist$/i.test(d.name.trim()));
  return entry ? { version: entry.version.value, where: `${path}:${entry.version.line}` } : undefined;
}

/** The rule of the zeitgeist the repository pins, and the words that say so. */
export async function zeitgeistRule(
  workspace: string,
  dependencies: readonly Dependency[],
  dependenciesPath: string,
): Promise<RuleChoice> {
  const pin =
    (await scriptPin(workspace)) ??
    (await goModPin(workspace)) ??
    dependencyPin(dependencies, dependenciesPath);
  const lenient = 'a refPath agrees when one line its match selects holds the version';
  const strict = "every line a refPath's match selects must hold the version";
  if (!pin) {
    return {
      rule: 'one-line',
      said: `zeitgeist rule: ${lenient} (no zeitgeist version is pinned in the Makefile, scripts or dependencies.yaml: the rule of zeitgeist before v0.6.0)`,
    };
  }
  const shown = pin.version === 'latest' ? 'latest' : `v${pin.version.replace(/^v/, '')}`;
  const parsed = semver.coerce(pin.version);
  if (pin.version === 'latest' || (parsed && semver.gte(parsed, '0.6.0'))) {
    return {
      rule: 'every-line',
      said: `zeitgeist rule: ${strict} (zeitgeist ${shown}, pinned in ${pin.where})`,
    };
  }
  return {
    rule: 'one-line',
    said: `zeitgeist rule: ${lenient} (zeitgeist ${shown}, pinned in ${pin.where}; v0.6.0 and later want every selected line to hold it)`,
  };
}
