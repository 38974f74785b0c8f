/** SandboxState: the records one sandbox keeps in memory, with its id sequence and clock. */
import type { RepoRecord, SandboxState, TokenKind, UserRecord } from './types.js';

class SandboxStateImpl implements SandboxState {
  repos = new Map<string, RepoRecord>();
  users = new Map<string, UserRecord>();
  private id = 1000;
  constructor(
    readonly dataDir: string,
    readonly viewer: string,
    readonly tokenKind: TokenKind,
    readonly forkReadyAfterMs: number,
  ) {}
  nextId(): number {
    return ++this.id;
  }
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  user(login: string): UserRecord {
    let u = this.users.get(login);
    if (!u) {
      const type = login.endsWith('[bot]') ? 'Bot' : 'User';
      u = { login, id: this.nextId(), type };
      this.users.set(login, u);
    }
    return u;
  }
}

/** A new, empty state whose viewer already has a user record. */
export function createState(
  dataDir: string,
  viewer: string,
  tokenKind: TokenKind,
  forkReadyAfterMs: number,
): SandboxState {
  const state = new SandboxStateImpl(dataDir, viewer, tokenKind, forkReadyAfterMs);
  state.user(viewer);
  return state;
}
