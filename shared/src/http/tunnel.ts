/**
 * A connection to a host through the runner's proxy: a CONNECT tunnel (for https and http targets
 * alike, as undici's ProxyAgent, which carries the API requests through a proxy, makes them), with
 * the proxy's credentials from its URL as Basic Proxy-Authorization. TLS to an https target runs
 * inside the tunnel, so the proxy sees neither the token nor the bytes, and the target's
 * certificate is checked as on a direct connection.
 *
 * For node:http(s) requests made outside fetch: the streamed uploads (github/upload.ts).
 */
import { request as httpRequest, type ClientRequestArgs, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';

/** The `createConnection` of a node:http(s) request to `target` that goes through `proxy`. */
export function tunnelConnection(
  proxy: URL,
  target: URL,
  timeoutMs: number,
): NonNullable<ClientRequestArgs['createConnection']> {
  return (_options, done) => {
    openTunnel(proxy, target, timeoutMs).then(
      (socket) => {
        if (target.protocol !== 'https:') return done(null, socket);
        const secure = tlsConnect({ socket, servername: target.hostname, ALPNProtocols: ['http/1.1'] });
        // The request's own 'error' hears of a failed handshake through the socket it is given.
        done(null, secure);
      },
      // Node reads the socket only when there is no error.
      (error: Error) => done(error, undefined as unknown as Duplex),
    );
    return undefined;
  };
}

/** A socket to `target`'s host and port through the proxy's CONNECT, refused after `timeoutMs` of silence. */
export function openTunnel(proxy: URL, target: URL, timeoutMs: number): Promise<Socket> {
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  const authority = `${target.hostname}:${port}`;
  const credentials =
    proxy.username || proxy.password
      ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
      : undefined;
  const send = proxy.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send({
      host: proxy.hostname,
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers: {
        host: authority,
        ...(credentials
          ? { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
          : {}),
      },
    });
    const refused = (res: IncomingMessage): Error =>
      new Error(`the proxy ${proxy.host} answered ${res.statusCode ?? '?'} to CONNECT ${authority}`);
    req.once('connect', (res: IncomingMessage, socket: Socket, head: Buffer) => {
      // The tunnel's wait is over; the request sent through it sets its own.
      socket.setTimeout(0);
      if (res.statusCode !== 200) {
        socket.destroy();
        reject(refused(res));
        return;
      }
      if (head.length) socket.unshift(head);
      resolve(socket);
    });
    // A refusal with a body (407, 502) comes as an ordinary answer.
    req.once('response', (res: IncomingMessage) => {
      res.resume();
      reject(refused(res));
    });
    req.once('error', reject);
    req.setTimeout(timeoutMs, () =>
      req.destroy(
        new Error(`the proxy ${proxy.host} did not answer CONNECT ${authority} within ${timeoutMs} ms`),
      ),
    );
    req.end();
  });
}
