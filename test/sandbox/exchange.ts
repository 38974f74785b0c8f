/**
 * One request and its answer: GitHub's response headers (rate limits, request id, media type), the
 * JSON or raw body, a reset socket, and the request log entry and violations it records.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ContractViolation, RequestLogEntry } from './contract.js';
import type { HttpError } from './http.js';
import { rateLimitHeaders } from './rate-limit.js';
import type { RateWindow } from './rate-limit.js';

const API_VERSION = '2022-11-28';

/** The answering side of one request, with its log entry. */
export class Exchange {
  readonly method: string;
  readonly rawUrl: string;
  readonly url: URL;
  readonly entry: RequestLogEntry;
  readonly requestId = `${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(6).toString('hex').toUpperCase()}`;
  /** Kept: reading a request to its middle and stopping detaches req.socket. */
  readonly socket: Socket;
  /** The window this request is counted in (search operations move it to the search window). */
  rate: RateWindow;
  rateResource: 'core' | 'search' = 'core';
  private readonly t0 = performance.now();

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    private readonly violations: ContractViolation[],
    rate: RateWindow,
  ) {
    this.socket = req.socket;
    this.method = (req.method ?? 'GET').toUpperCase();
    this.rawUrl = req.url ?? '/';
    this.url = new URL(this.rawUrl, 'http://sandbox.invalid');
    this.entry = { method: this.method, path: this.rawUrl, status: 0, bytesIn: 0, time: Date.now(), ms: 0 };
    this.rate = rate;
  }

  /** Log the answer's status and how long it took. */
  finish(status: number): void {
    this.entry.status = status;
    this.entry.ms = performance.now() - this.t0;
  }

  /** Answer with GitHub's headers; a Buffer, or a string with a non-JSON content-type, goes as is. */
  send(status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.finish(status);
    const res = this.res;
    if (res.destroyed) return;
    const h: Record<string, string> = {
      ...rateLimitHeaders(this.rate, this.rateResource),
      'x-github-request-id': this.requestId,
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'content-type': 'application/json; charset=utf-8',
      ...headers,
    };
    if (body === undefined || this.method === 'HEAD') {
      if (body === undefined) delete h['content-type'];
      else h['content-length'] = String(Buffer.byteLength(JSON.stringify(body)));
      res.writeHead(status, h);
      res.end();
    } else {
      const raw =
        Buffer.isBuffer(body) ||
        (typeof body === 'string' && headers['content-type'] && !/json/.test(headers['content-type']));
      const text = raw ? body : JSON.stringify(body);
      h['content-length'] = String(Buffer.byteLength(text));
      res.writeHead(status, h);
      res.end(text);
    }
  }

  /** Answer with a GitHub error body. */
  sendError(err: HttpError): void {
    this.send(err.status, err.toBody(), err.headers);
  }

  /** Record a contract violation against this request. */
  violation(v: Omit<ContractViolation, 'method' | 'path'>): void {
    this.violations.push({ method: this.method, path: this.rawUrl, ...v });
  }

  /** Destroy the socket unanswered (logged as status 0). */
  reset(): void {
    this.finish(0);
    this.socket.destroy();
  }
}
