/**
 * `strategy.matrix` expanded as GitHub documents it: the product of the keys' values in key and value
 * order, `exclude` entries (partial matches) removed, then each `include` entry added to every
 * combination whose original values it does not change, or appended as a combination of its own when
 * it fits none. A job without a matrix is one leg with an empty matrix.
 */
import { isDeepStrictEqual } from 'node:util';
import { text } from './expressions.js';

export type Combination = Record<string, unknown>;

const RESERVED = new Set(['include', 'exclude']);

function product(matrix: Record<string, unknown>): Combination[] {
  let combos: Combination[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (RESERVED.has(key)) continue;
    if (!Array.isArray(values)) throw new Error(`matrix.${key} must be a list`);
    const list = values as unknown[];
    if (list.length === 0) throw new Error(`matrix.${key} is an empty list`);
    combos = combos.flatMap((c) => list.map((v) => ({ ...c, [key]: v })));
  }
  return Object.keys(matrix).some((k) => !RESERVED.has(k)) ? combos : [];
}

export function expandMatrix(matrix: unknown): Combination[] {
  if (matrix === undefined || matrix === null) return [{}];
  if (typeof matrix !== 'object' || Array.isArray(matrix))
    throw new Error('strategy.matrix must be a mapping');
  const m = matrix as Record<string, unknown>;
  const original = new Set(Object.keys(m).filter((k) => !RESERVED.has(k)));
  const excludes = (m.exclude ?? []) as Combination[];
  const includes = (m.include ?? []) as Combination[];
  const base = product(m).filter(
    (combo) => !excludes.some((ex) => Object.entries(ex).every(([k, v]) => isDeepStrictEqual(combo[k], v))),
  );
  const combos = base.map((c) => ({ ...c }));
  const added: Combination[] = [];
  for (const entry of includes) {
    let fitted = false;
    for (const combo of combos) {
      const fits = Object.entries(entry).every(
        ([k, v]) => !original.has(k) || isDeepStrictEqual(combo[k], v),
      );
      if (!fits) continue;
      // Added keys may be overwritten by a later include; the original values never are.
      for (const [k, v] of Object.entries(entry)) if (!original.has(k)) combo[k] = v;
      fitted = true;
    }
    if (!fitted) added.push({ ...entry });
  }
  const all = [...combos, ...added];
  if (all.length === 0) throw new Error('the matrix has no combination left');
  if (all.length > 256) throw new Error(`the matrix has ${all.length} combinations, over GitHub's 256`);
  return all;
}

/** What GitHub appends to a matrix job's name: `(python, python-3.7)`. */
export function legLabel(combo: Combination): string {
  const values = Object.values(combo).map(text);
  return values.length ? `(${values.join(', ')})` : '';
}
