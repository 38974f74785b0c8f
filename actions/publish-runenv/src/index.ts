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
  const inputs = getInputs(readRunnerContext());
  const config = readDockerConfig(dockerConfigPath(process.env), { mask: maskSecret });
  if (config.helpers.length)
    log.info(`Docker credential helpers are not run (configured for: ${config.helpers.join(', ')}).`);
  const { username, password, targetRegistry } = inputs;
  const registry = new RegistryClient({
    credentials: chainLookups(
      (r) =>
        r === targetRegistry && username && password ? { kind: 'basic', username, password } : undefined,
      config.lookup,
    ),
    mask: maskSecret,
    warn: (message) => log.warning(message),
    insecure: inputs.insecureRegistries,
    userAgent: 'release-actions/publish-runenv',
  });
  // Silent, and printed through the log: docker's output echoes image names the inputs gave.
  // @actions/exec is loaded by the one mode that runs docker (source-from: docker-daemon).
  const docker = async (args: string[]) => {
    log.info(`[command]docker ${args.join(' ')}`);
    const { getExecOutput } = await import('@actions/exec');
    const result = await getExecOutput('docker', args, { ignoreReturnCode: true, silent: true });
    const output = `${result.stdout}${result.stderr}`.trimEnd();
    if (output !== '') log.info(output);
    return result;
  };
  const { outputs, failure } = await run(inputs, { log, summary, registry, docker });
  setOutputs(outputs);
  if (failure) throw failure;
});
