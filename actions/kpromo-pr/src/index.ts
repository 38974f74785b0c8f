import { maskSecret, readRunnerContext, runAction, setOutputs } from '../../../shared/src/action/index.js';
import { createGitHubClient } from '../../../shared/src/github/client.js';
import { RegistryClient } from '../../../shared/src/registry/client.js';
import { dockerConfigPath, readDockerConfig } from '../../../shared/src/registry/credentials.js';
import { getInputs } from './inputs.js';
import { run } from './run.js';

await runAction(async ({ log, summary }) => {
  const context = readRunnerContext();
  const inputs = getInputs();
  // Staging registries are usually public; a docker login (config.json) is used when there is one.
  const config = readDockerConfig(dockerConfigPath(process.env), { mask: maskSecret });
  const registry = new RegistryClient({
    credentials: config.lookup,
    mask: maskSecret,
    warn: (message) => log.warning(message),
    insecure: inputs.insecureRegistries,
    userAgent: 'release-actions/kpromo-pr',
  });
  const client = (token: string) =>
    createGitHubClient({ token, apiUrl: context.apiUrl, log, requestTimeoutMs: 60_000 });
  const upstream = client(inputs.token);
  const fork = inputs.forkToken === inputs.token ? upstream : client(inputs.forkToken);
  setOutputs(await run(inputs, { log, summary, registry, upstream, fork }));
});
