/**
 * Every offline audit over one repository's workflows, examples and action.yml files, in the spirit of
 * zizmor's: template-injection, github-env, excessive-permissions, unpinned-uses, self-repository,
 * dangerous-triggers, artipacked, secrets-inherit, composite-local-uses, and the consistency of calls
 * (inputs, workflow-call) and references.
 */
import { artipackedProblems, dangerousTriggerProblems } from './checkouts.js';
import { callerProblems } from './consistency.js';
import { permissionProblems, unusedWriteProblems } from './permissions.js';
import type { Problem } from './problems.js';
import { referenceProblems } from './references.js';
import { githubScripts, runScripts } from './run-scripts.js';
import { secretsInheritProblems } from './secrets-inherit.js';
import { envFileProblems, injectionProblems } from './security.js';
import type { Targets } from './targets.js';
import { compositeLocalUsesProblems, pinningProblems, selfRepositoryProblems } from './uses.js';

export function auditProblems(root: string, targets: Targets): Problem[] {
  const { workflows, actions } = targets;
  const files = [...workflows, ...actions];
  const runs = files.flatMap(runScripts);
  return [
    ...injectionProblems([...runs, ...files.flatMap(githubScripts)]),
    ...envFileProblems(runs),
    ...workflows.flatMap(permissionProblems),
    ...workflows.flatMap((file) => unusedWriteProblems(root, file)),
    ...files.flatMap(pinningProblems),
    ...files.flatMap(selfRepositoryProblems),
    ...workflows.flatMap((file) => dangerousTriggerProblems(file, runs)),
    ...files.flatMap(artipackedProblems),
    ...workflows.flatMap(secretsInheritProblems),
    ...actions.flatMap(compositeLocalUsesProblems),
    ...callerProblems(root, files),
    ...workflows.flatMap((file) => referenceProblems(root, file)),
  ];
}
