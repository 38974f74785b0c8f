/**
 * Non-YAML files only through an explicit line pattern: peer pods' Helm-era release-helper also sed's a
 * line of src/cloud-providers/Makefile (`"  tag: \"latest\"", \`). The pattern's one capture group is a
 * tag of the first image. A glob that matches no tracked file, or a pattern that matches nothing, is a
 * problem: the line would otherwise silently stay unpinned.
 */
import { findCaptures } from '../../../shared/src/edit/regex.js';
import type { Reader } from '../../../shared/src/edit/files.js';
import type { Image } from './inputs.js';
import type { Place } from './places.js';
import type { LinePattern } from './specs.js';
import { globMatches } from './specs.js';

export async function linePlaces(
  patterns: readonly LinePattern[],
  tracked: readonly string[],
  reader: Reader,
  image: Image,
  problems: string[],
): Promise<Place[]> {
  const places: Place[] = [];
  for (const pattern of patterns) {
    const paths = tracked.filter((file) => globMatches(file, pattern.glob));
    const location = `/${pattern.source}/`;
    if (paths.length === 0) {
      problems.push(`lines: ${pattern.glob} matches none of the files git tracks`);
      continue;
    }
    const before = places.length;
    for (const { file, text } of await reader.readAll(paths, { kind: 'matched', input: 'lines' })) {
      for (const occurrence of findCaptures(text, pattern.regex)) {
        places.push({ kind: 'line', file: file.path, image, location, occurrence, line: occurrence.line });
      }
    }
    if (places.length === before) problems.push(`lines: ${location} matches nothing in ${paths.join(', ')}`);
  }
  return places;
}
