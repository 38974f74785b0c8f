export { Git, GitError, type GitResult, type RemoteTag } from './git.js';
