/**
 * actionlint 1.7.x predates GitHub's self-repository syntax (`uses: $/<path>`, 2026-07-30) and reports
 * "specifying action ... in invalid format because ref is missing" (rhysd/actionlint#711). Until it knows
 * the form, we hand it each well-formed `$/<path>` as `./<path>`: the same two characters, so every line
 * and column actionlint reports stays right, and it then checks the local action's or reusable workflow's
 * inputs from disk as it does for `./`. A malformed `$/` (no path, a ref) is left for actionlint and our
 * self-repository rule to report.
 */
import { isPair, isScalar, parseDocument, visit } from 'yaml';

const WELL_FORMED = /^\$\/[^/@\s][^@\s]*$/;

export interface Mapped {
  text: string;
  /** The `$/` values rewritten, to put back into actionlint's messages. */
  values: string[];
}

export function mapSelfRepository(text: string): Mapped {
  const doc = parseDocument(text);
  const offsets: number[] = [];
  const values: string[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'uses') return;
      const value = pair.value;
      if (!isScalar(value) || typeof value.value !== 'string' || !WELL_FORMED.test(value.value)) return;
      const start = value.range?.[0];
      if (start === undefined) return;
      const at = text[start] === '"' || text[start] === "'" ? start + 1 : start;
      if (!text.startsWith('$/', at)) return;
      offsets.push(at);
      values.push(value.value);
    },
  });
  let mapped = text;
  for (const at of offsets) mapped = `${mapped.slice(0, at)}.${mapped.slice(at + 1)}`;
  return { text: mapped, values };
}

/** actionlint's message with each `./<path>` we wrote put back as the `$/<path>` the file has. */
export function unmapMessage(message: string, values: readonly string[]): string {
  return values.reduce((text, value) => text.split(`"./${value.slice(2)}"`).join(`"${value}"`), message);
}
