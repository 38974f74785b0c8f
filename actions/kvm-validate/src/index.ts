import { DefaultArtifactClient } from '@actions/artifact';
import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { createGitHubClient } from '../../../shared/src/github/client.js';
import { getInputs } from './inputs.js';
import { run, StepsFailed } from './run.js';
import { hostSystem } from './system.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs(context);
  const github = inputs.token
    ? createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl, log, requestTimeoutMs: 60_000 })
    : undefined;
  const deps = {
    log,
    summary,
    context,
    system: hostSystem(),
    artifacts: new DefaultArtifactClient(),
    env: process.env,
  };
  try {
    setOutputs(await run(inputs, github ? { ...deps, github } : deps));
  } catch (error) {
    if (error instanceof StepsFailed) setOutputs(error.outputs);
    throw error;
  }
});
