/**
 * The GitHub REST sandbox for tests: `startSandbox` and its types. Jest test files use `useSandbox`
 * and `sandboxOctokit` from ./jest.js, kept out of here because it needs the jest globals.
 */
export { startSandbox, allRoutes, UPLOADS_ROOT } from './server.js';
export type {
  ContractViolation,
  CreateRepoOptions,
  GitHubSandbox,
  RequestLogEntry,
  SandboxOptions,
} from './server.js';
export type { Fault, FaultKind } from './faults.js';
export { SECONDARY_RATE_LIMIT_MESSAGE } from './faults.js';
export { API_ROOT } from './spec.js';
export type * from './types.js';
