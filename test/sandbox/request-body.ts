/** Reading request bodies off the socket: buffered with a size limit, or drained and discarded. */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';

/** Largest JSON body the sandbox buffers (GitHub's own limit is far above what tests send). */
export const MAX_JSON_BODY = 32 * 1024 * 1024;

/** The whole body; 413 once it passes `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) throw new HttpError(413, 'Payload too large');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Read and discard what is left of a request body so the connection can answer and be reused. */
export function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.resume();
  });
}
