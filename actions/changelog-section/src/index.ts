import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs(context);
  // Only generate asks GitHub: extract reads a file, and loads no GitHub client (octokit, its
  // endpoint table) to do it.
  const github =
    inputs.mode === 'generate' && inputs.token
      ? (await import('../../../shared/src/github/client.js')).createGitHubClient({
          token: inputs.token,
          apiUrl: context.apiUrl,
          log,
        })
      : undefined;
  setOutputs(await run(inputs, { log, summary, context, ...(github ? { github } : {}) }));
});
