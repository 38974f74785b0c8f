import { maskSecret, readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { RegistryClient } from '../../../shared/src/registry/client.js';
import {
  chainLookups,
  dockerConfigPath,
  readDockerConfig,
} from '../../../shared/src/registry/credentials.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs(context);
  const { username, password } = inputs;
  const registries = new Set(inputs.images.map((i) => i.registry));
  // Registries are asked only when check-registry is on; a docker login (config.json) is used when there is one.
  const registry = inputs.checkRegistry
    ? new RegistryClient({
        credentials: chainLookups(
          (r) =>
            registries.has(r) && username && password ? { kind: 'basic', username, password } : undefined,
          readDockerConfig(dockerConfigPath(process.env), { mask: maskSecret }).lookup,
        ),
        mask: maskSecret,
        warn: (message) => log.warning(message),
        insecure: inputs.insecureRegistries,
        userAgent: 'release-actions/pin-image-tags',
      })
    : undefined;
  // Only a pull request asks GitHub: the client (octokit and its endpoint table) is loaded for it alone.
  const github =
    inputs.push === 'pull-request' && inputs.token
      ? (await import('../../../shared/src/github/client.js')).createGitHubClient({
          token: inputs.token,
          apiUrl: context.apiUrl,
          log,
        })
      : undefined;
  setOutputs(
    await run(inputs, {
      log,
      summary,
      context,
      ...(registry ? { registry } : {}),
      ...(github ? { github } : {}),
    }),
  );
});
