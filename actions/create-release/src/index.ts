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
  // Across repositories, builds are compared in the workflow's own repository, read with
  // source-token (GITHUB_TOKEN by default): the token for the target need not see the sources.
  const sourceToken = inputs.sourceToken;
  const sourceGithub =
    inputs.repository && sourceToken !== undefined && sourceToken !== inputs.token
      ? createGitHubClient({ token: sourceToken, apiUrl: context.apiUrl, log, requestTimeoutMs: 60_000 })
      : undefined;
  setOutputs(
    await run(inputs, {
      log,
      summary,
      context,
      github,
      ...(sourceGithub ? { sourceGithub } : {}),
      // The release's outputs stand even if a delete after it fails.
      emit: setOutputs,
    }),
  );
});
