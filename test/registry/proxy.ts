/**
 * An HTTP proxy in front of a registry that counts what passes (requests, blob bytes uploaded) and
 * can fail chosen requests once: with a 500 after reading the body, or by dropping the connection
 * halfway through it. The Host header is kept, so the registry's Location headers point at the proxy.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface ProxiedRequest {
  method: string;
  path: string;
  status: number;
  bytesIn: number;
}

export interface FailRule {
  match: (method: string, path: string) => boolean;
  /**
   * 500 after reading the body; reset: drop the connection mid-body; corrupt: pass on, add a byte to
   * the answer; unsupported: 405 UNSUPPORTED, as Docker Hub's registry API answers a DELETE.
   */
  mode: '500' | 'reset' | 'corrupt' | 'unsupported';
  /** How many matching requests fail (1 by default). */
  times?: number;
}

export interface CountingProxy {
  host: string;
  requests: ProxiedRequest[];
  /** Bytes of request bodies sent to blob upload endpoints. */
  blobBytesUploaded(): number;
  failNext(rule: FailRule): void;
  reset(): void;
  stop(): Promise<void>;
}

const isUpload = (r: { method: string; path: string }): boolean =>
  (r.method === 'PUT' || r.method === 'PATCH') && /\/blobs\/uploads\//.test(r.path);

export interface ProxyOptions {
  /** Serve the tags list in pages (see pagedTags). */
  pageTags?: boolean;
  /**
   * The registry's storage root: answer `DELETE /v2/<name>/manifests/<tag>` (OCI distribution spec
   * 1.1 tag deletion, which distribution 2.8 lacks) as distribution 3 does, by removing the tag's
   * link from the repository's `_manifests/tags/`, leaving the manifest and its other tags.
   */
  tagDeleteStorage?: string;
}

function untag(storage: string, name: string, tag: string, res: ServerResponse): number {
  const link = join(storage, 'docker/registry/v2/repositories', name, '_manifests/tags', tag);
  if (!existsSync(link)) {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
    return 404;
  }
  rmSync(link, { recursive: true });
  res.writeHead(202).end();
  return 202;
}

/** Pass a request on to the registry; `corrupt` appends a byte to the answer's body. */
function forward(
  entry: ProxiedRequest,
  host: string,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
  corrupt: boolean,
): void {
  const upstream = request(
    { host, port, method: req.method, path: req.url, headers: req.headers },
    (response) => {
      entry.status = response.statusCode ?? 0;
      const headers = { ...response.headers };
      if (corrupt && headers['content-length'])
        headers['content-length'] = String(Number(headers['content-length']) + 1);
      res.writeHead(response.statusCode ?? 502, headers);
      if (!corrupt) {
        response.pipe(res);
        return;
      }
      response.on('data', (chunk: Buffer) => res.write(chunk));
      response.on('end', () => res.end(' '));
    },
  );
  upstream.on('error', () => res.destroy());
  req.on('data', (chunk: Buffer) => (entry.bytesIn += chunk.length));
  req.pipe(upstream);
}

/**
 * distribution 2.8 ignores `n` on the tags list (pagination came in 3.0, and Docker Hub, GHCR and
 * Quay page): with `pageTags`, the proxy serves the registry's full list in pages of `n` after
 * `last`, with a `Link: <…>; rel="next"` header, as the distribution spec describes.
 */
async function pagedTags(
  entry: ProxiedRequest,
  host: string,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(entry.path, 'http://proxy');
  const upstream = await fetch(`http://${host}:${port}${url.pathname}`, {
    headers: req.headers.authorization ? { Authorization: req.headers.authorization } : {},
  });
  const text = await upstream.text();
  entry.status = upstream.status;
  if (upstream.status !== 200) {
    res.writeHead(upstream.status, { 'Content-Type': 'application/json' }).end(text);
    return;
  }
  const body = JSON.parse(text) as { name: string; tags: string[] | null };
  const all = [...(body.tags ?? [])].sort();
  const n = Number(url.searchParams.get('n') ?? all.length);
  const last = url.searchParams.get('last');
  const start = last === null ? 0 : all.findIndex((t) => t > last);
  const page = start < 0 ? [] : all.slice(start, start + n);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const end = page.at(-1);
  if (end !== undefined && all.indexOf(end) < all.length - 1) {
    headers.Link = `<${url.pathname}?n=${n}&last=${encodeURIComponent(end)}>; rel="next"`;
  }
  res.writeHead(200, headers).end(JSON.stringify({ name: body.name, tags: page }));
}

/** Start a proxy on 127.0.0.1 in front of `target` (`127.0.0.1:PORT`). */
export async function startProxy(target: string, options: ProxyOptions = {}): Promise<CountingProxy> {
  const pageTags = options.pageTags ?? false;
  const [targetHost = '127.0.0.1', targetPort = '80'] = target.split(':');
  const requests: ProxiedRequest[] = [];
  let rule: (FailRule & { left: number }) | undefined;

  const server: Server = createServer((req: IncomingMessage, res) => {
    const entry: ProxiedRequest = { method: req.method ?? '', path: req.url ?? '', status: 0, bytesIn: 0 };
    requests.push(entry);
    // A dropped connection (ours or the client's) is part of the test, not a failure of the proxy.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const tagDelete = /^\/v2\/(.+)\/manifests\/([\w][\w.-]*)$/.exec(entry.path);
    if (options.tagDeleteStorage && req.method === 'DELETE' && tagDelete) {
      entry.status = untag(options.tagDeleteStorage, tagDelete[1] ?? '', tagDelete[2] ?? '', res);
      return;
    }
    if (pageTags && req.method === 'GET' && /\/tags\/list(\?|$)/.test(entry.path)) {
      void pagedTags(entry, targetHost, Number(targetPort), req, res);
      return;
    }
    const failing = rule && rule.left > 0 && rule.match(entry.method, entry.path) ? rule : undefined;
    if (failing?.mode === 'corrupt') {
      failing.left--;
      forward(entry, targetHost, Number(targetPort), req, res, true);
      return;
    }
    if (failing) {
      failing.left--;
      if (failing.mode === 'reset') {
        req.once('data', () => req.socket.destroy());
        req.on('end', () => req.socket.destroy());
      } else {
        const [status, code, message] =
          failing.mode === 'unsupported'
            ? [405, 'UNSUPPORTED', 'The operation is unsupported.']
            : [500, 'UNKNOWN', 'injected failure'];
        req.on('data', (chunk: Buffer) => (entry.bytesIn += chunk.length));
        req.on('end', () => {
          entry.status = status;
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ code, message }] }));
        });
      }
      return;
    }
    forward(entry, targetHost, Number(targetPort), req, res, false);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    blobBytesUploaded: () => requests.filter(isUpload).reduce((sum, r) => sum + r.bytesIn, 0),
    failNext: (next) => (rule = { ...next, left: next.times ?? 1 }),
    reset: () => {
      requests.length = 0;
      rule = undefined;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
