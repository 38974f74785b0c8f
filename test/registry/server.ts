/**
 * The real registry for tests: Debian's `docker-registry` (distribution 2.8) started on
 * 127.0.0.1 port 0 (the port read from its log), deletes enabled, with no auth, htpasswd (bcrypt) or
 * token auth (a token service from ./token-server.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { startTokenServer, type GrantPolicy, type TokenServer } from './token-server.js';

export const REGISTRY_BIN = '/usr/bin/docker-registry';

export interface RegistryOptions {
  auth?: 'none' | 'htpasswd' | 'token';
  /** user → password, for htpasswd and token auth. */
  users?: Record<string, string>;
  policy?: GrantPolicy;
}

export interface TestRegistry {
  /** `127.0.0.1:PORT`, the registry part of a reference. */
  host: string;
  url: string;
  dir: string;
  token?: TokenServer;
  log(): string;
  stop(): Promise<void>;
}

function config(dir: string, auth: string): string {
  return `version: 0.1
log:
  level: info
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${join(dir, 'data')}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:0
  secret: test-secret
${auth}`;
}

/** Start a registry; resolves once it listens. */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const users = options.users ?? { ci: 'ci-password' };
  let auth = '';
  let token: TokenServer | undefined;
  if (options.auth === 'htpasswd') {
    const lines = Object.entries(users).map(([user, password]) => `${user}:${bcrypt.hashSync(password, 5)}`);
    writeFileSync(join(dir, 'htpasswd'), `${lines.join('\n')}\n`);
    auth = `auth:\n  htpasswd:\n    realm: test-realm\n    path: ${join(dir, 'htpasswd')}\n`;
  } else if (options.auth === 'token') {
    token = await startTokenServer(dir, users, options.policy);
    auth = `auth:\n  token:\n    realm: ${token.realm}\n    service: ${token.service}\n    issuer: ${token.issuer}\n    rootcertbundle: ${token.certFile}\n`;
  }
  const configFile = join(dir, 'config.yml');
  writeFileSync(configFile, config(dir, auth));
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the registry did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the registry exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  const host = `127.0.0.1:${port}`;
  return {
    host,
    url: `http://${host}`,
    dir,
    ...(token ? { token } : {}),
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await token?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
