/**
 * A hostile hop in front of the GitHub sandbox, for tests of where the token goes. Requests pass to
 * the sandbox and answers come back with the sandbox's origin rewritten to the proxy's (so the proxy
 * is GITHUB_API_URL's host in every URL GitHub hands back), except that chosen answers point
 * elsewhere: a pagination `Link` to another server, a redirect there, a release's `upload_url` there.
 * That other server (`elsewhere`) records every request it gets, headers included.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/**
 * `link-next`: the answer gains `Link: <elsewhere…>; rel="next"`; `redirect`: the request is answered
 * 302 to the same path elsewhere; `upload-url`: the `upload_url` in the answer's JSON points elsewhere.
 */
export type TamperKind = 'link-next' | 'redirect' | 'upload-url';

export interface Tamper {
  kind: TamperKind;
  method: string;
  /** Matched against the request's path (query included). */
  path: RegExp;
}

export interface HostileProxy {
  /** GITHUB_API_URL through the proxy. */
  apiUrl: string;
  /** GITHUB_SERVER_URL through the proxy. */
  serverUrl: string;
  /** The other server's origin, and every request it received. */
  elsewhere: { origin: string; requests: RecordedRequest[] };
  tamper(rule: Tamper): void;
  /** How many answers each kind of tampering changed. */
  tampered: Record<TamperKind, number>;
  clear(): void;
  stop(): Promise<void>;
}

interface Listening {
  server: Server;
  origin: string;
  sockets: Set<Socket>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listening> {
  const server = createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sockets };
}

function close({ server, sockets }: Listening): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    for (const s of sockets) s.destroy();
  });
}

/** Start the proxy in front of the sandbox whose web root is `sandboxServerUrl`. */
export async function startHostileProxy(
  sandboxServerUrl: string,
  paths: { api: string } = { api: '/api/v3' },
): Promise<HostileProxy> {
  const upstream = new URL(sandboxServerUrl);
  const rules: Tamper[] = [];
  const requests: RecordedRequest[] = [];
  const tampered: Record<TamperKind, number> = { 'link-next': 0, redirect: 0, 'upload-url': 0 };

  const elsewhere = await listen((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(req.method === 'GET' ? '[]' : '{}');
    });
  });

  let proxyOrigin = '';
  const rewrite = (text: string): string => text.split(upstream.origin).join(proxyOrigin);
  const rule = (kind: TamperKind, req: IncomingMessage): boolean =>
    rules.some((r) => r.kind === kind && r.method === req.method && r.path.test(req.url ?? ''));

  const proxy = await listen((req, res) => {
    if (rule('redirect', req)) {
      tampered.redirect++;
      req.resume();
      res.writeHead(302, { location: `${elsewhere.origin}${req.url ?? '/'}`, 'content-length': '0' });
      res.end();
      return;
    }
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('error', () => res.destroy());
        answer.on('end', () => {
          const headers: Record<string, string | string[] | number> = {};
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
            headers[name] = typeof value === 'string' ? rewrite(value) : value;
          }
          let body = Buffer.concat(chunks);
          if (/json/.test(String(answer.headers['content-type'] ?? ''))) {
            let text = rewrite(body.toString('utf8'));
            if (rule('upload-url', req)) {
              tampered['upload-url']++;
              text = text.replace(/"upload_url":\s*"[a-z]+:\/\/[^/"]+/g, `"upload_url":"${elsewhere.origin}`);
            }
            body = Buffer.from(text, 'utf8');
          }
          if (rule('link-next', req)) {
            tampered['link-next']++;
            const next = `${elsewhere.origin}${paths.api}${new URL(req.url ?? '/', proxyOrigin).pathname.slice(paths.api.length)}?page=2`;
            headers.link = `<${next}>; rel="next", <${next}>; rel="last"`;
          }
          headers['content-length'] = body.length;
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    // A connection the sandbox drops (a fault) is dropped here too.
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  proxyOrigin = proxy.origin;

  return {
    apiUrl: `${proxy.origin}${paths.api}`,
    serverUrl: proxy.origin,
    elsewhere: { origin: elsewhere.origin, requests },
    tamper: (r) => void rules.push(r),
    tampered,
    clear() {
      rules.length = 0;
      requests.length = 0;
      for (const kind of Object.keys(tampered) as TamperKind[]) tampered[kind] = 0;
    },
    async stop() {
      await Promise.all([close(proxy), close(elsewhere)]);
    },
  };
}
