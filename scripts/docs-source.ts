/**
 * `actions/<name>/docs.md`: the hand-written part of `action-docs/<name>.md`. action.yml keeps a line per
 * input (what an editor hover and `--help` show); the explanations are written here, and `npm run docs`
 * merges the two:
 *
 * - text before the first `## ` heading: the overview, under the action's one-sentence description;
 * - `## Inputs` / `## Outputs`: a `` ### `name` `` section per input or output that needs more than its
 *   line (the table links to it), after an optional introduction; each must name a declared one;
 * - any other `## ` section: appended after the outputs, in order.
 */

export interface FieldDocs {
  /** Lines between the `## Inputs` (or Outputs) heading and its first `###`. */
  intro: string[];
  /** Name -> the lines of its `### `name`` section, heading excluded. */
  details: Map<string, string[]>;
}

export interface DocsSource {
  overview: string[];
  inputs: FieldDocs;
  outputs: FieldDocs;
  /** Every other `## ` section, heading line first. */
  sections: string[][];
}

/** Sections the generator writes itself; a docs.md may not have one of its own. */
const GENERATED = new Set(['usage']);

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FIELD_HEADING = /^`([a-z0-9-]+)`$/;

/** Each line of a markdown text with whether it is a heading outside a fenced block. */
function headings(lines: readonly string[]): Array<{ level: number; text: string } | undefined> {
  let fence: string | undefined;
  return lines.map((line) => {
    const opening = FENCE.exec(line)?.[1];
    if (opening !== undefined) {
      if (fence === undefined) fence = opening;
      else if (opening === fence) fence = undefined;
      return undefined;
    }
    if (fence !== undefined) return undefined;
    const match = HEADING.exec(line);
    return match ? { level: match[1]!.length, text: match[2]! } : undefined;
  });
}

const trimBlank = (lines: string[]): string[] => {
  const start = lines.findIndex((l) => l.trim() !== '');
  if (start < 0) return [];
  let end = lines.length;
  while (lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
};

/**
 * Reads a docs.md against the action's declared inputs and outputs; every mistake is an Error naming
 * `file:line`, so a stale section (an input renamed or removed) stops `npm run docs` and `check-docs`.
 */
export function parseDocsSource(
  text: string,
  file: string,
  declared: { inputs: readonly string[]; outputs: readonly string[] },
): DocsSource {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const marks = headings(lines);
  const problems: string[] = [];
  const source: DocsSource = {
    overview: [],
    inputs: { intro: [], details: new Map() },
    outputs: { intro: [], details: new Map() },
    sections: [],
  };
  let current: string[] = source.overview;
  let fields: { kind: 'inputs' | 'outputs'; docs: FieldDocs } | undefined;
  lines.forEach((line, i) => {
    const mark = marks[i];
    const where = `${file}:${i + 1}`;
    if (mark?.level === 1)
      problems.push(`${where}: no # heading here: the page's title is the action's name`);
    else if (mark?.level === 2) {
      const title = mark.text.trim();
      const kind = title.toLowerCase();
      fields = undefined;
      if (GENERATED.has(kind)) problems.push(`${where}: "## ${title}" is generated from action.yml`);
      if (kind === 'inputs' || kind === 'outputs') {
        fields = { kind, docs: source[kind] };
        current = fields.docs.intro;
      } else {
        current = [line];
        source.sections.push(current);
      }
      return;
    } else if (mark?.level === 3 && fields !== undefined) {
      const name = FIELD_HEADING.exec(mark.text)?.[1];
      const singular = fields.kind.slice(0, -1);
      if (name === undefined) {
        problems.push(
          `${where}: under ## ${fields.kind}, a ### heading is one ${singular}'s name in backticks`,
        );
        return;
      }
      if (!declared[fields.kind].includes(name))
        problems.push(`${where}: ${singular} "${name}" is not declared in action.yml`);
      if (fields.docs.details.has(name)) problems.push(`${where}: ${singular} "${name}" has two sections`);
      current = [];
      fields.docs.details.set(name, current);
      return;
    }
    current.push(line);
  });
  if (problems.length) throw new Error(problems.join('\n'));
  source.overview = trimBlank(source.overview);
  for (const docs of [source.inputs, source.outputs]) {
    docs.intro = trimBlank(docs.intro);
    for (const [name, body] of docs.details) docs.details.set(name, trimBlank(body));
  }
  source.sections = source.sections.map(trimBlank);
  return source;
}

/**
 * The anchors GitHub gives a page's headings (github-slugger's rule: lower case, punctuation dropped,
 * spaces to `-`, `-1`, `-2`… for repeats), by line index.
 */
export function headingAnchors(lines: readonly string[]): Map<number, string> {
  const seen = new Map<string, number>();
  const anchors = new Map<number, string>();
  headings(lines).forEach((mark, i) => {
    if (mark === undefined) return;
    const text = mark.text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let slug = base;
    while (seen.has(slug)) {
      const count = seen.get(base)! + 1;
      seen.set(base, count);
      slug = `${base}-${count}`;
    }
    seen.set(slug, 0);
    anchors.set(i, slug);
  });
  return anchors;
}
