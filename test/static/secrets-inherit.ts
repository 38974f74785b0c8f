/**
 * secrets-inherit: `secrets: inherit` hands a called workflow every secret the caller can read. Refused
 * towards a workflow in another repository, always; towards our own workflows, unless a comment on the line
 * or right above it says why the callee needs them all.
 */
import type { Problem } from './problems.js';
import { jobsOf } from './steps.js';
import { parseUses, trailingComment } from './uses.js';
import type { YamlFile } from './yaml-doc.js';
import { entry, get, lineOf, str } from './yaml-doc.js';

/** The comment lines right above line `line` (1-based), joined; empty when there are none. */
function commentAbove(file: YamlFile, line: number): string {
  const lines = file.text.split('\n');
  const found: string[] = [];
  for (let i = line - 2; i >= 0; i--) {
    const comment = /^\s*#\s?(.*)$/.exec(lines[i] ?? '');
    if (!comment) break;
    found.unshift(comment[1] ?? '');
  }
  return found.join(' ').trim();
}

export function secretsInheritProblems(file: YamlFile): Problem[] {
  return jobsOf(file).flatMap((job) => {
    const secrets = entry(job.node, 'secrets');
    if (secrets === undefined || str(secrets.value) !== 'inherit') return [];
    const uses = str(get(job.node, 'uses')) ?? '';
    const parsed = parseUses(uses);
    const at = { file: file.rel, line: lineOf(file, secrets.value), rule: 'secrets-inherit' };
    if (parsed.kind === 'remote' || parsed.kind === 'invalid') {
      return [
        {
          ...at,
          message: `jobs.${job.id}: secrets: inherit hands every secret of this repository to "${uses}", another repository's workflow; pass the ones it needs by name`,
        },
      ];
    }
    const line = lineOf(file, secrets.keyNode) ?? 0;
    const why = trailingComment(file, secrets.value) ?? commentAbove(file, line);
    if (why !== '') return [];
    return [
      {
        ...at,
        message: `jobs.${job.id}: secrets: inherit without a comment saying why "${uses}" needs every secret; pass the ones it needs by name, or say why on this line`,
      },
    ];
  });
}
