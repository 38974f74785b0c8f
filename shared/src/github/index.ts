export { createGitHubClient, USER_AGENT, type GitHubClient, type GitHubClientOptions } from './client.js';
export {
  listTagNames,
  commitDate,
  listClosedChanges,
  SearchCapExceeded,
  SearchIncomplete,
  SEARCH_RESULT_CAP,
  type ClosedChange,
  type RepoRef,
} from './changes.js';
