/**
 * With a push, the change is computed from the committed files; the working tree then gets the same
 * files, so later steps of the job see them. A working file may already hold the change (an earlier
 * run wrote it) or differ from the commit only in line endings (a checkout with core.autocrlf); one
 * with other uncommitted changes is refused before anything is written, rather than overwritten or
 * mixed into the commit.
 */
import { UserError } from '../action/errors.js';
import type { Logger } from '../log.js';
import { workingTree, type PathRule } from './files.js';

/** A file's new text, computed from `before` (its committed text). */
export interface FileChange {
  /** Relative to the workspace, with `/`. */
  path: string;
  before: string;
  after: string;
}

export interface WorkspaceWrite<C extends FileChange = FileChange> {
  change: C;
  /** What the working file gets (the change, in the working file's line endings). */
  content: string;
}

const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** The writes that bring the working tree to the changed files; UserError for a file with other work. */
export async function workspaceWrites<C extends FileChange>(
  changes: readonly C[],
  rule: PathRule,
  log: Logger,
): Promise<WorkspaceWrite<C>[]> {
  const writes: WorkspaceWrite<C>[] = [];
  const other: string[] = [];
  for (const change of changes) {
    const file = rule.resolve(change.path, { kind: 'detected' });
    const bytes = await workingTree.read(file);
    const working = bytes?.toString('utf8');
    if (working === change.before) writes.push({ change, content: change.after });
    else if (working === undefined) other.push(change.path);
    else if (working === change.after || working === crlf(change.after)) {
      log.info(`${change.path}: the workspace already holds the change`);
    } else if (!change.before.includes('\r') && working === crlf(change.before)) {
      writes.push({ change, content: crlf(change.after) });
    } else other.push(change.path);
  }
  if (other.length > 0) {
    throw new UserError(
      `${other.join(', ')} ${other.length === 1 ? 'has' : 'have'} changes that are not committed (the working tree differs from HEAD): ` +
        'commit or discard them before a run that pushes, or run with push: none to edit the working tree as it is. Nothing was written',
    );
  }
  return writes;
}
