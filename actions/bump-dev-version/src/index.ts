import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { createGitHubClient } from '../../../shared/src/github/client.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs(context);
  const github =
    inputs.push === 'pull-request' && inputs.token
      ? createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl, log })
      : undefined;
  const { outputs, failure } = await run(inputs, { log, summary, context, ...(github ? { github } : {}) });
  setOutputs(outputs);
  if (failure) throw failure;
});
