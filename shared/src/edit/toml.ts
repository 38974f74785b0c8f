/**
 * The `version` of a pyproject.toml: `[project]` (PEP 621) or `[tool.poetry]`, found line by line and
 * replaced inside its quotes. No general TOML editing: just the one key packaging tools define, as a
 * one-line, non-empty string followed by nothing but a comment.
 */
import { EditError, lineAt, type Occurrence } from './span.js';
import { textLines } from './regex.js';

const TABLES = ['project', 'tool.poetry'];

/** The `version = "…"` of pyproject.toml's [project] or [tool.poetry] table; undefined when it has none. */
export function findPyprojectVersion(text: string): Occurrence | undefined {
  let table = '';
  for (const line of textLines(text)) {
    const header = /^\s*\[([^[\]]+)\]\s*(?:#.*)?$/.exec(line.text);
    if (header) {
      table = (header[1] ?? '').trim().replace(/\s*\.\s*/g, '.');
      continue;
    }
    if (!TABLES.includes(table)) continue;
    const key = /^(\s*version\s*=\s*)(.*)$/.exec(line.text);
    if (!key) continue;
    const rest = key[2] ?? '';
    const fail = (why: string): never => {
      throw new EditError(`[${table}] version ${why}`, line.line);
    };
    if (/^("""|''')/.test(rest)) fail('is a multi-line string; write it as "1.2.3" on one line');
    const entry = /^(?:"([^"\\]*)"|'([^']*)')\s*(?:#.*)?$/.exec(rest);
    if (!entry) fail(`is not a plain quoted string followed by nothing but a comment: ${rest.slice(0, 40)}`);
    const quote = entry![1] !== undefined ? '"' : "'";
    const value = entry![1] ?? entry![2] ?? '';
    if (value.trim() === '') fail('is empty');
    const start = line.start + (key[1] ?? '').length;
    return {
      start,
      end: start + value.length + 2,
      line: lineAt(text, start),
      value,
      render: (v) => {
        if (v.includes(quote) || v.includes('\\')) throw new EditError(`cannot write ${v} in a TOML string`);
        return `${quote}${v}${quote}`;
      },
    };
  }
  return undefined;
}
