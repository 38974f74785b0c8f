/**
 * Reading a gzipped tar archive as a stream of members: ustar and GNU headers, GNU long names and
 * long link names (`L`, `K`), pax extended headers (`x`, and global `g` skipped) for path, linkpath and
 * size. Constant memory: a file's bytes are handed on in chunks as they are unzipped. Used twice per
 * archive: once to list and check every member before anything is written, once to extract.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export type MemberKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarMember {
  /** The member's name exactly as the archive holds it. */
  name: string;
  kind: MemberKind;
  /** The header's type flag (`0`, `5`, `2`, `1`, `3` …), for messages about `other` members. */
  typeflag: string;
  /** Permission bits (and setuid/setgid/sticky) as archived. */
  mode: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  /** Target of a symlink or hardlink. */
  linkname?: string;
}

export class TarError extends Error {
  override readonly name = 'TarError';
}

const BLOCK = 512;

/** Bytes of a decompressed stream, read exactly as many as asked. */
class ByteReader {
  private readonly iterator: AsyncIterator<Buffer>;
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(stream: AsyncIterable<Buffer>) {
    this.iterator = stream[Symbol.asyncIterator]();
  }

  private async fill(n: number): Promise<boolean> {
    while (this.buffer.length < n && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    }
    return this.buffer.length >= n;
  }

  /** Exactly n bytes, or undefined at the end of the stream (a partial read is an error). */
  async read(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) {
      if (this.buffer.length === 0) return undefined;
      throw new TarError(`the archive ends in the middle of a block (${this.buffer.length} of ${n} bytes)`);
    }
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  /** Hand n bytes to `sink` as they come, without holding them all. */
  async pass(n: number, sink?: (chunk: Buffer) => Promise<void>): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill(1))) {
        throw new TarError(`the archive ends ${left} bytes before the end of a member`);
      }
      const chunk = this.buffer.subarray(0, Math.min(left, this.buffer.length));
      this.buffer = this.buffer.subarray(chunk.length);
      left -= chunk.length;
      if (sink) await sink(chunk);
    }
  }

  async close(): Promise<void> {
    await this.iterator.return?.();
  }
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

/** A numeric field: octal text, or GNU's base-256 (high bit of the first byte set) for large values. */
function number(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  const digits = text(block, start, length).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum === number(block, 148, 8);
}

function kindOf(typeflag: string): MemberKind {
  switch (typeflag) {
    case '0':
    case '\0':
    case '7':
      return 'file';
    case '5':
      return 'directory';
    case '2':
      return 'symlink';
    case '1':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** pax records: `<length> <key>=<value>\n`. */
function paxRecords(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(data.subarray(at, space).toString('ascii'));
    if (!Number.isInteger(length) || length <= 0)
      throw new TarError('a pax header record has no valid length');
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0) out[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return out;
}

const padding = (size: number): number => (BLOCK - (size % BLOCK)) % BLOCK;

/**
 * Read every member of a .tar.gz in order. `onMember` gets the member and, for a file, a function
 * that streams its bytes to a sink (call it at most once; bytes not read are skipped).
 */
export async function readTarGz(
  path: string,
  onMember: (
    member: TarMember,
    body: ((sink: (chunk: Buffer) => Promise<void>) => Promise<void>) | undefined,
  ) => Promise<void>,
): Promise<void> {
  // Larger chunks than zlib's 16 KiB: a file's bytes are written in fewer, larger writes (twice the
  // throughput measured by bench/kvm-validate.ts), for the same memory.
  const reader = new ByteReader(
    createReadStream(path, { highWaterMark: 1024 * 1024 }).pipe(createGunzip({ chunkSize: 256 * 1024 })),
  );
  try {
    let longName: string | undefined;
    let longLink: string | undefined;
    let pax: Record<string, string> = {};
    for (;;) {
      const block = await reader.read(BLOCK);
      if (!block) throw new TarError('the archive ends without its end-of-archive blocks');
      if (block.every((b) => b === 0)) return; // end of archive (the second zero block is optional to read)
      if (!checksumOk(block))
        throw new TarError('a header checksum does not match: not a tar archive, or a damaged one');
      const typeflag = String.fromCharCode(block[156]!);
      const size = number(block, 124, 12);
      if (typeflag === 'L' || typeflag === 'K' || typeflag === 'x' || typeflag === 'g') {
        const data = await reader.read(size + padding(size));
        if (!data) throw new TarError('the archive ends inside an extended header');
        const content = data.subarray(0, size);
        if (typeflag === 'L') longName = text(content, 0, content.length);
        else if (typeflag === 'K') longLink = text(content, 0, content.length);
        else if (typeflag === 'x') pax = paxRecords(content);
        continue;
      }
      const magic = block.subarray(257, 263).toString('latin1');
      // ustar keeps a name prefix at 345; GNU's format ("ustar  ") uses those bytes for other things.
      const prefix = magic === 'ustar\0' ? text(block, 345, 155) : '';
      const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100);
      const name = pax.path ?? longName ?? headerName;
      const linkname = pax.linkpath ?? longLink ?? text(block, 157, 100);
      const realSize = pax.size !== undefined ? Number(pax.size) : size;
      const kind = kindOf(typeflag);
      const member: TarMember = {
        name,
        kind,
        typeflag: typeflag === '\0' ? '0' : typeflag,
        mode: number(block, 100, 8),
        size: kind === 'file' ? realSize : 0,
        mtime: pax.mtime !== undefined ? Math.floor(Number(pax.mtime)) : number(block, 136, 12),
        ...(kind === 'symlink' || kind === 'hardlink' ? { linkname } : {}),
      };
      longName = undefined;
      longLink = undefined;
      pax = {};
      // Only regular files carry data that is extracted; others' data (if any) is skipped.
      let consumed = false;
      const body =
        kind === 'file'
          ? async (sink: (chunk: Buffer) => Promise<void>): Promise<void> => {
              if (consumed) throw new Error('a member body was read twice');
              consumed = true;
              await reader.pass(realSize, sink);
            }
          : undefined;
      await onMember(member, body);
      // Directories and symlinks carry no data whatever the size field says; others' data is skipped.
      const dataSize = kind === 'directory' || kind === 'symlink' ? 0 : realSize;
      if (!consumed) await reader.pass(dataSize);
      await reader.pass(padding(dataSize));
    }
  } finally {
    await reader.close();
  }
}
