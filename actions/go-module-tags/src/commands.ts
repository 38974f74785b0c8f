/** The command lines printed for a person (and by a dry run), replayable in this clone or a fresh one. */
import { pushTagsCommand } from '../../../shared/src/git/git.js';
import { bumpCommandLine, type BumpStep } from './bump.js';
import { commandLine, shellQuote } from './message.js';
import type { ReleaseModule } from './modules.js';
import type { TagState } from './remote.js';

/**
 * One line per tag to make (dependency order), one atomic push, then the bump steps. An adopted tag
 * (already annotated in this clone at the commit) is pushed as it is; its line makes it only where it
 * does not exist, so the commands also work in a fresh clone.
 */
export function printedCommands(
  modules: readonly ReleaseModule[],
  state: TagState,
  facts: { remote: string; tagArgs: (m: ReleaseModule) => string[]; steps: readonly BumpStep[] },
): string[] {
  const lines: string[] = [];
  for (const m of modules) {
    if (state.create.includes(m)) lines.push(commandLine(facts.tagArgs(m)));
    if (state.adopted.includes(m)) {
      lines.push(
        `git rev-parse -q --verify ${shellQuote(`refs/tags/${m.tag}`)} >/dev/null || ${commandLine(facts.tagArgs(m))}  # adopted: this clone's own tag is pushed as it is`,
      );
    }
  }
  const toPush = pushedTags(modules, state);
  if (toPush.length) lines.push(commandLine(pushTagsCommand(facts.remote, toPush)));
  return [...lines, ...facts.steps.map(bumpCommandLine)];
}

/** The tags the push carries: created and adopted ones, dependencies first. */
export function pushedTags(modules: readonly ReleaseModule[], state: TagState): string[] {
  return modules.filter((m) => state.create.includes(m) || state.adopted.includes(m)).map((m) => m.tag);
}
