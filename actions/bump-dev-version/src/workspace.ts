/** The working tree after a pushed change: shared with pin-image-tags. */
import type { WorkspaceWrite as Write } from '../../../shared/src/edit/working-tree.js';
import type { FileChange } from './changes.js';

export { workspaceWrites } from '../../../shared/src/edit/working-tree.js';
export type WorkspaceWrite = Write<FileChange>;
