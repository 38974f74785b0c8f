export { Git, GitError, redactCredentials, type GitResult, type RemoteTag } from './git.js';
