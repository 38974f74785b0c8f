/**
 * Reading a `sha256sum`-style checksums file (what create-release publishes as SHA256SUMS): one
 * `<64 hex>  <name>` line per file, `*` before the name in binary mode, `#` comments and blank lines
 * ignored. A line that is none of these, or a name listed twice with different sums, makes the whole
 * file untrustworthy: it is refused rather than half-read.
 */

export class ChecksumsError extends Error {
  override readonly name = 'ChecksumsError';
}

/** name → lowercase hex sha256. */
export function parseChecksums(text: string, source = 'SHA256SUMS'): Map<string, string> {
  const sums = new Map<string, string>();
  for (const [index, raw] of text.replace(/\r\n?/g, '\n').split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) {
      throw new ChecksumsError(
        `${source} line ${index + 1} is not "<sha256>  <name>": ${JSON.stringify(line.slice(0, 120))}`,
      );
    }
    const sha256 = match[1]!.toLowerCase();
    // sha256sum prints `./dist/x` when given that path; the release asset is `x`.
    const name = match[2]!.replace(/^\.\//, '');
    const before = sums.get(name);
    if (before !== undefined && before !== sha256) {
      throw new ChecksumsError(`${source} lists ${name} twice with different sums (${before}, ${sha256})`);
    }
    sums.set(name, sha256);
  }
  return sums;
}

/**
 * The sum listed for a file name: the entry of that name, else the one entry whose last path part is
 * that name (`sha256sum build/*.tar.gz` lists `build/kontain.tar.gz`); undefined when none or several.
 */
export function sumFor(sums: ReadonlyMap<string, string>, name: string): string | undefined {
  const exact = sums.get(name);
  if (exact !== undefined) return exact;
  const byBase = [...sums.entries()].filter(([listed]) => listed.split('/').pop() === name);
  return byBase.length === 1 ? byBase[0]![1] : undefined;
}
