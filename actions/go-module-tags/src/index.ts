import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { Git } from '../../../shared/src/git/git.js';
import { findGo } from './bump.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const inputs = getInputs(readRunnerContext());
  const go = inputs.bumpRequires ? await findGo() : undefined;
  const git = new Git(inputs.workspace);
  setOutputs(await run(inputs, { log, summary, git, ...(go !== undefined ? { go } : {}) }));
});
