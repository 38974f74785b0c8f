/**
 * From locations and the version to write, the new text of each file: one span per value, in that
 * location's scheme, with a `v` kept where the old value had one. A version is written as given, or in
 * the other scheme's spelling of the same version (`0.2.0.dev0` ↔ `0.2.0-dev.0`); one a scheme cannot
 * write unchanged (`1.2` in SemVer, `01.2.3`) is refused naming the file and the scheme.
 */
import { UserError } from '../../../shared/src/action/errors.js';
import { applyEdits, type Edit } from '../../../shared/src/edit/span.js';
import {
  formatVersion,
  hasVPrefix,
  SchemeError,
  type Version,
} from '../../../shared/src/versions/schemes.js';
import type { Location } from './locate.js';

export interface ChangeRow {
  path: string;
  line: number;
  key: string;
  old: string;
  new: string;
}

export interface FileChange {
  path: string;
  before: string;
  after: string;
  rows: ChangeRow[];
}

export interface WriteValues {
  version: Version;
  /** CITATION.cff's date-released and commit; undefined: CITATION.cff is left alone (next-dev). */
  citation?: { date: string; commit: string };
}

type RowEdit = Edit & { row: ChangeRow };

/** The value a location gets; undefined when it is not written in this mode. */
function valueFor(location: Location, values: WriteValues): string | undefined {
  if (location.field || location.citation) {
    if (!values.citation) return undefined;
    if (location.field === 'date') return values.citation.date;
    if (location.field === 'commit') {
      if (!values.citation.commit) {
        throw new UserError(
          `${location.path}: no release commit to cite (GITHUB_SHA is empty): set release-sha`,
        );
      }
      return values.citation.commit;
    }
  }
  try {
    if (location.image) return `${location.image.prefix}${formatVersion(values.version, location.scheme!)}-0`;
    return formatVersion(values.version, location.scheme!, hasVPrefix(location.occurrence.value));
  } catch (error) {
    if (!(error instanceof SchemeError)) throw error;
    const scheme = location.scheme === 'pep440' ? 'PEP 440' : 'SemVer';
    const why = location.schemeWhy ? `, ${location.schemeWhy}` : '';
    throw new UserError(
      `${location.path}:${location.occurrence.line} ${location.key}: cannot write ${values.version.text} there (${scheme}${why}): ${error.message}`,
    );
  }
}

/** Drop an edit whose span lies inside another one that writes the same text (VERSION found twice). */
function withoutNested(edits: RowEdit[], text: string, path: string): RowEdit[] {
  const sorted = [...edits].sort(
    (a, b) => a.occurrence.start - b.occurrence.start || b.occurrence.end - a.occurrence.end,
  );
  const kept: RowEdit[] = [];
  for (const edit of sorted) {
    const outer = kept.at(-1);
    if (!outer || edit.occurrence.start >= outer.occurrence.end) {
      kept.push(edit);
      continue;
    }
    const o = outer.occurrence;
    const inner = edit.occurrence;
    const outerText = text.slice(o.start, o.end);
    const viaInner =
      outerText.slice(0, inner.start - o.start) +
      inner.render(edit.value) +
      outerText.slice(inner.end - o.start);
    if (inner.end > o.end || viaInner !== o.render(outer.value)) {
      throw new UserError(`${path}:${inner.line}: two targets write different values into the same text`);
    }
  }
  return kept;
}

/** The files that change, in the order their locations came. */
export function computeChanges(
  locations: readonly Location[],
  texts: Map<string, string>,
  values: WriteValues,
): FileChange[] {
  const byPath = new Map<string, RowEdit[]>();
  for (const location of locations) {
    const value = valueFor(location, values);
    if (value === undefined) continue;
    const edits = byPath.get(location.path) ?? [];
    byPath.set(location.path, edits);
    edits.push({
      occurrence: location.occurrence,
      value,
      row: {
        path: location.path,
        line: location.occurrence.line,
        key: location.key,
        old: location.occurrence.value,
        new: value,
      },
    });
  }
  const changes: FileChange[] = [];
  for (const [path, edits] of byPath) {
    const before = texts.get(path) ?? '';
    const kept = withoutNested(edits, before, path);
    const after = applyEdits(before, kept);
    const rows = kept.filter((e) => e.value !== e.occurrence.value).map((e) => e.row);
    if (after !== before) changes.push({ path, before, after, rows });
  }
  return changes;
}
