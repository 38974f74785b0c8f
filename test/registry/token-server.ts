/**
 * A small token service the registry trusts (distribution's `auth.token`): it checks Basic
 * credentials, grants the requested actions by a policy, and signs ES256 JWTs whose `x5c` header
 * carries a self-signed certificate that the registry's `rootcertbundle` holds.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { importPKCS8, SignJWT } from 'jose';

export interface TokenRequest {
  account?: string;
  scopes: string[];
  status: number;
  method: string;
}

/** Which actions `account` (undefined: anonymous) gets on `repository` out of those it asked for. */
export type GrantPolicy = (account: string | undefined, repository: string, actions: string[]) => string[];

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  requests: TokenRequest[];
  /** Every token issued, in order. */
  issued: string[];
  stop(): Promise<void>;
}

/** Everything to the users listed, pull to anyone. */
export const defaultPolicy: GrantPolicy = (account, _repository, actions) =>
  account ? actions : actions.filter((a) => a === 'pull');

/** Start the token service on 127.0.0.1 (a key and certificate made with openssl in `dir`). */
export async function startTokenServer(
  dir: string,
  users: Record<string, string>,
  policy: GrantPolicy = defaultPolicy,
): Promise<TokenServer> {
  const keyFile = join(dir, 'token.key');
  const certFile = join(dir, 'token.crt');
  execFileSync('openssl', [
    'ecparam',
    '-name',
    'prime256v1',
    '-genkey',
    '-noout',
    '-out',
    join(dir, 'ec.key'),
  ]);
  execFileSync('openssl', ['pkcs8', '-topk8', '-nocrypt', '-in', join(dir, 'ec.key'), '-out', keyFile]);
  execFileSync('openssl', [
    'req',
    '-x509',
    '-new',
    '-key',
    keyFile,
    '-out',
    certFile,
    '-days',
    '2',
    '-subj',
    '/CN=test-token-issuer',
  ]);
  const key = await importPKCS8(readFileSync(keyFile, 'utf8'), 'ES256');
  const der = new X509Certificate(readFileSync(certFile)).raw.toString('base64');
  const service = 'test-registry';
  const issuer = 'test-token-issuer';
  const requests: TokenRequest[] = [];
  const issued: string[] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      let body = '';
      for await (const chunk of req) body += String(chunk);
      const form = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
      const scopes = (
        req.method === 'POST' ? (form.get('scope') ?? '').split(' ') : form.getAll('scope')
      ).filter(Boolean);
      let account: string | undefined;
      const header = req.headers.authorization ?? '';
      if (header.startsWith('Basic ')) {
        const [user = '', password] = Buffer.from(header.slice(6), 'base64').toString().split(/:(.*)/s);
        if (users[user] === undefined || users[user] !== password) {
          requests.push({ scopes, status: 401, method: req.method ?? '' });
          res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"details":"bad credentials"}');
          return;
        }
        account = user;
      } else if (req.method === 'POST' && form.get('grant_type') === 'refresh_token') {
        account = Object.keys(users).find((u) => `refresh-${u}` === form.get('refresh_token'));
        if (!account) {
          requests.push({ scopes, status: 401, method: 'POST' });
          res.writeHead(401).end('{"details":"bad refresh token"}');
          return;
        }
      }
      const access = scopes.flatMap((scope) => {
        const [type, name = '', actions = ''] = scope.split(':');
        if (type !== 'repository') return [];
        return [{ type, name, actions: policy(account, name, actions.split(',')) }];
      });
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ access })
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT', x5c: [der] })
        .setIssuer(issuer)
        .setAudience(service)
        .setSubject(account ?? '')
        .setIssuedAt(now)
        .setNotBefore(now - 5)
        .setExpirationTime(now + 300)
        .setJti(randomUUID())
        .sign(key);
      issued.push(token);
      requests.push({ ...(account ? { account } : {}), scopes, status: 200, method: req.method ?? '' });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    requests,
    issued,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
