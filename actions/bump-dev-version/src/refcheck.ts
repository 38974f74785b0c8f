/**
 * The project's own `make verify-dependencies` after the rewrite: every zeitgeist refPath is checked
 * again on the new contents with the new versions, so a bump never leaves a repository whose
 * dependencies.yaml no longer verifies (a `match` of `^v\d+\.\d+\.\d+$` does not select `v4.6.0-dev.0`).
 */
import { UserError } from '../../../shared/src/action/errors.js';
import {
  checkRefPath,
  readDependencies,
  selectedLines,
  type RefPath,
  type RefPathRule,
} from '../../../shared/src/edit/zeitgeist.js';
import type { FileChange } from './changes.js';
import type { Located } from './locate.js';

function passes(text: string, ref: RefPath, version: string, rule: RefPathRule): boolean {
  return checkRefPath(text, ref.match, version, rule).agrees;
}

/** What the check says about one refPath on the new contents, for people. */
function describe(
  path: string,
  before: string,
  after: string,
  ref: RefPath,
  version: string,
  rule: RefPathRule,
): string {
  const bad = checkRefPath(after, ref.match, version, rule).mismatches[0];
  if (bad) {
    return `${path}:${bad.line} \`${bad.text.trim()}\` is selected by /${ref.match}/ but does not contain ${version}`;
  }
  // No line is selected any more: name the one that was, as it reads now.
  const was = selectedLines(before, ref.match)[0]?.line ?? 1;
  const now = after.split('\n')[was - 1]?.replace(/\r$/, '') ?? '';
  return `${path}:${was} \`${now.trim()}\` is no longer selected by /${ref.match}/`;
}

/**
 * Throw a UserError when a refPath that passed zeitgeist's check before the changes fails it after
 * them, naming the file, line and pattern; `mode` words the advice.
 */
export function checkRefPathsAfter(located: Located, changes: readonly FileChange[], mode: string): void {
  const zeitgeist = located.zeitgeist;
  if (!zeitgeist) return;
  const rule = located.rule.rule;
  const after = (path: string): string | undefined =>
    changes.find((c) => c.path === path)?.after ?? located.texts.get(path);
  const newDependencies = readDependencies(after(zeitgeist.path) ?? '');
  const broken: string[] = [];
  for (const [index, old] of zeitgeist.dependencies.entries()) {
    const now = newDependencies[index];
    if (!now) continue;
    const dependencyChanged = now.version.value !== old.version.value;
    for (const ref of old.refPaths) {
      // The refPath's file as it was read (a link's target).
      const path = located.refPathFiles?.get(ref) ?? ref.path.replace(/^\.\//, '');
      const fileChanged = changes.some((c) => c.path === path);
      if (!dependencyChanged && !fileChanged) continue;
      const before = located.texts.get(path);
      const text = after(path);
      if (before === undefined || text === undefined) continue;
      if (!passes(before, ref, old.version.value, rule) || passes(text, ref, now.version.value, rule))
        continue;
      broken.push(
        `${describe(path, before, text, ref, now.version.value, rule)} (dependency ${old.name}, ${zeitgeist.path}${ref.line ? `:${ref.line}` : ''})`,
      );
    }
  }
  if (broken.length === 0) return;
  throw new UserError(
    `${mode} would leave ${zeitgeist.path} failing its own check (make verify-dependencies): ${broken.join('; ')}. ` +
      `Nothing was written. Loosen the match to accept ${mode === 'next-dev' ? 'development versions' : 'this version'}, ` +
      `or leave ${zeitgeist.path} out of ${mode}: targets: '!${zeitgeist.path}'`,
  );
}
