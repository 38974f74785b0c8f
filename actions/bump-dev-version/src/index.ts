import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs(context);
  // Only a pull request asks GitHub: the client (octokit and its endpoint table) is loaded for it alone.
  const github =
    inputs.push === 'pull-request' && inputs.token
      ? (await import('../../../shared/src/github/client.js')).createGitHubClient({
          token: inputs.token,
          apiUrl: context.apiUrl,
          log,
        })
      : undefined;
  const { outputs, failure } = await run(inputs, { log, summary, context, ...(github ? { github } : {}) });
  setOutputs(outputs);
  if (failure) throw failure;
});
