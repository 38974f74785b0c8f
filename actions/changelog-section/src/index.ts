import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { createGitHubClient } from '../../../shared/src/github/index.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs(context);
  const github = inputs.token
    ? createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl, log })
    : undefined;
  setOutputs(await run(inputs, { log, summary, context, ...(github ? { github } : {}) }));
});
