/** `WWW-Authenticate` challenges (RFC 7235) as registries send them: `Bearer realm="…",service="…",scope="…"`. */

export interface Challenge {
  /** Lowercase: `bearer`, `basic`. */
  scheme: string;
  params: Record<string, string>;
}

/** Parse a WWW-Authenticate header value into its challenges. */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  const pattern =
    /\s*([A-Za-z][\w!#$%&'*+.^`|~-]*)(?:\s+|$)|\s*([\w!#$%&'*+.^`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/gy;
  let current: Challenge | undefined;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < header.length && (match = pattern.exec(header)) !== null) {
    if (match[1] !== undefined && match[2] === undefined) {
      current = { scheme: match[1].toLowerCase(), params: {} };
      challenges.push(current);
    } else if (current && match[2] !== undefined) {
      current.params[match[2].toLowerCase()] = match[3]?.replace(/\\(.)/g, '$1') ?? match[4] ?? '';
    }
    if (match[0] === '') break;
  }
  return challenges;
}
