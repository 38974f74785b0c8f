/**
 * Code block attributes as Runme writes and reads them: the JSON form Runme writes today
 * (`{"name":"hello","background":"true"}`) and the older form it still reads
 * (`{ name=hello background=true }`, values optionally in double quotes). Values are strings, as
 * Runme keeps them; `true`/`false` in JSON become `'true'`/`'false'`.
 */

/** The attributes of `{...}` text; `{}` for '' and undefined when the text is neither form. */
export function parseAttributes(text: string): Record<string, string> | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  return fromJson(trimmed) ?? fromPairs(trimmed.slice(1, -1));
}

function fromJson(text: string): Record<string, string> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
    else return undefined;
  }
  return out;
}

const PAIR = /\s*([A-Za-z_][\w.-]*)=(?:"((?:[^"\\]|\\.)*)"|([^\s"]*))\s*/y;

function fromPairs(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  PAIR.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (text.slice(at).trim() === '') break;
    PAIR.lastIndex = at;
    const match = PAIR.exec(text);
    if (!match) return undefined;
    const [, key = '', quoted, bare] = match;
    out[key] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
    at = PAIR.lastIndex;
  }
  return out;
}

/**
 * A boolean attribute as Runme reads it (Go's strconv.ParseBool: 1, t, T, TRUE, true, True and the
 * false spellings); anything else is `fallback`.
 */
export function attributeFlag(attributes: Record<string, string>, name: string, fallback = false): boolean {
  const value = attributes[name];
  if (value === undefined) return fallback;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return fallback;
}
