/**
 * The names an image is published under, covering both seed conventions: seed 000's
 * `runenv-<payload>` plus aliases (`runenv-python`, `runenv-python-3.7`) and seed 004's
 * `kontain/<name>-<platform>:<version>`, each with every tag (`latest`, the commit, a release tag).
 */
import {
  parseReference,
  repositoryProblem,
  tagProblem,
  type ImageReference,
} from '../../../shared/src/registry/reference.js';

export interface Naming {
  /** `docker.io/kontainapp`: registry and namespace. */
  target: string;
  template: string;
  names: string[];
  platform?: string;
}

/** Why a name template cannot work, or undefined. */
export function templateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)]
    .map((m) => m[1])
    .filter((p) => p !== 'name' && p !== 'platform');
  if (unknown.length) return `only {name} and {platform} placeholders (not {${unknown.join('}, {')}})`;
  if (!template.includes('{name}')) return 'a template containing {name}, such as runenv-{name}';
  return undefined;
}

/** The repository for one name: the template filled in under the target. */
export function repositoryFor(naming: Naming, name: string): ImageReference {
  const path = naming.template.replace(/\{name\}/g, name).replace(/\{platform\}/g, naming.platform ?? '');
  const problem = repositoryProblem(path);
  if (problem)
    throw new Error(`${naming.template} with name ${JSON.stringify(name)} gives "${path}": ${problem}`);
  return parseReference(`${naming.target}/${path}`);
}

/** Tags with `{sha}` and `{short-sha}` filled in, duplicates dropped; throws with the grammar's reason. */
export function expandTags(tags: readonly string[], sha: string): string[] {
  const expanded = tags.map((tag) => tag.replace(/\{sha\}/g, sha).replace(/\{short-sha\}/g, sha.slice(0, 7)));
  for (const tag of expanded) {
    const problem = tagProblem(tag);
    if (problem) throw new Error(`"${tag}": ${problem}`);
  }
  return [...new Set(expanded)];
}

/** Every reference to publish: each name's repository with each tag. */
export function targetReferences(naming: Naming, tags: readonly string[]): ImageReference[] {
  return naming.names.flatMap((name) => {
    const repository = repositoryFor(naming, name);
    return tags.map((tag) => ({ registry: repository.registry, repository: repository.repository, tag }));
  });
}
