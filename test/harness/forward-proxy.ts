/**
 * A forward proxy such as a self-hosted runner's network may demand (HTTPS_PROXY): CONNECT tunnels
 * and absolute-form requests, with Basic proxy credentials when asked. It resolves host names itself
 * from `hosts`, so a test can name GitHub by a host nobody else can resolve (`*.invalid`): a request
 * that reached the sandbox through such a name must have gone through the proxy.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxiedRequest {
  /** `CONNECT` for a tunnel, else the method of an absolute-form request. */
  method: string;
  /** `host:port` of a tunnel, the absolute URL of a request. */
  target: string;
  /** The Proxy-Authorization header, if any. */
  authorization: string | undefined;
}

export interface ForwardProxy {
  /** `http://user:password@127.0.0.1:PORT` (credentials when asked for). */
  url: string;
  requests: ProxiedRequest[];
  stop(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** Host names the proxy resolves (to an IP address); others are refused with 502. */
  hosts: Record<string, string>;
  /** Demand these Basic credentials (407 without them). */
  credentials?: { username: string; password: string };
}

export async function startForwardProxy(options: ForwardProxyOptions): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const expected = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`
    : undefined;
  const allowed = (req: IncomingMessage): boolean =>
    expected === undefined || req.headers['proxy-authorization'] === expected;
  const resolve = (host: string): string | undefined => options.hosts[host.toLowerCase()];

  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    requests.push({
      method: req.method ?? '',
      target: target.href,
      authorization: req.headers['proxy-authorization'],
    });
    const address = resolve(target.hostname);
    if (!allowed(req) || address === undefined) {
      req.resume();
      res.writeHead(allowed(req) ? 502 : 407, { 'proxy-authenticate': 'Basic realm="proxy"' });
      res.end();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const forward = httpRequest(
      {
        host: address,
        port: target.port || 80,
        method: req.method,
        path: target.pathname + target.search,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    requests.push({
      method: 'CONNECT',
      target: req.url ?? '',
      authorization: req.headers['proxy-authorization'],
    });
    const address = resolve(host);
    if (!allowed(req) || address === undefined) {
      client.end(
        allowed(req)
          ? 'HTTP/1.1 502 Bad Gateway\r\n\r\n'
          : 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n',
      );
      return;
    }
    const upstream = connect(Number(port), address, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const auth = options.credentials
    ? `${encodeURIComponent(options.credentials.username)}:${encodeURIComponent(options.credentials.password)}@`
    : '';
  return {
    url: `http://${auth}127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise((done) => {
        server.close(() => done());
        for (const s of sockets) s.destroy();
      }),
  };
}
