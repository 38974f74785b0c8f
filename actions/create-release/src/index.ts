import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { createGitHubClient } from '../../../shared/src/github/client.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs(context);
  // Every API call is bounded (a minute per attempt, then retried): a hung connection must not hold
  // the job until the runner's own timeout. Uploads have their own idle timeout.
  const github = createGitHubClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    log,
    requestTimeoutMs: 60_000,
  });
  setOutputs(await run(inputs, { log, summary, context, github }));
});
