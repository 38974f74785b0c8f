import { readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { createGitHubClient } from '../../../shared/src/github/client.js';
import { getInputs } from './inputs.js';
import { run, StepsFailed } from './run.js';
import type { ArtifactUploader } from './logs.js';
import { hostSystem } from './system.js';

/**
 * @actions/artifact (with the Azure storage client it brings) is loaded only when logs are uploaded:
 * it is a fifth of the action's memory, and most runs pass.
 */
const artifacts: ArtifactUploader = {
  async uploadArtifact(name, files, root, options) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    return new DefaultArtifactClient().uploadArtifact(name, files, root, options);
  },
};

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
    artifacts,
    env: process.env,
  };
  try {
    setOutputs(await run(inputs, github ? { ...deps, github } : deps));
  } catch (error) {
    if (error instanceof StepsFailed) setOutputs(error.outputs);
    throw error;
  }
});
