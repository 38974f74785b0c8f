/**
 * The `version` of a pyproject.toml: `[project]` (PEP 621) or `[tool.poetry]`, found line by line and
 * replaced inside its quotes. No general TOML editing: just the one key packaging tools define.
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
    const entry = /^(\s*version\s*=\s*)(?:"([^"\\]*)"|'([^']*)')/.exec(line.text);
    if (!entry) continue;
    const quote = entry[2] !== undefined ? '"' : "'";
    const value = entry[2] ?? entry[3] ?? '';
    const start = line.start + (entry[1] ?? '').length;
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
