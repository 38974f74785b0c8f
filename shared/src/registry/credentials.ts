/**
 * Registry credentials: given explicitly (inputs), or read from the Docker config file that
 * `docker login` and the login actions write (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`,
 * `auths.<registry>.auth` = base64 `user:password`, or `identitytoken`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_HUB } from './reference.js';

export type Credentials =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'identity-token'; username?: string; token: string };

/** Finds the credentials for a registry (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
export type CredentialLookup = (registry: string) => Credentials | undefined;

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

/** The registry a config.json `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
function keyRegistry(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  return HUB_KEYS.includes(host) || HUB_KEYS.includes(key) ? DOCKER_HUB : host;
}

function entryCredentials(entry: AuthEntry, where: string): Credentials | undefined {
  let username = entry.username;
  let password = entry.password;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new Error(`${where}: "auth" is not base64 of user:password`);
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (entry.identitytoken)
    return { kind: 'identity-token', token: entry.identitytoken, ...(username ? { username } : {}) };
  if (username !== undefined && password !== undefined && password !== '')
    return { kind: 'basic', username, password };
  return undefined;
}

/** Path of the Docker config file for this environment. */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DOCKER_CONFIG) return join(env.DOCKER_CONFIG, 'config.json');
  return env.HOME ? join(env.HOME, '.docker', 'config.json') : undefined;
}

/**
 * Credentials per registry from a Docker config file (none when it does not exist), every secret
 * in it passed to `mask` as it is read. Credential helpers (`credsStore`, `credHelpers`) are not run: their registries are reported in `helpers`.
 */
export function readDockerConfig(
  path: string | undefined,
  options: { mask?: (secret: string) => void } = {},
): {
  lookup: CredentialLookup;
  helpers: string[];
} {
  let text: string;
  try {
    text = path ? readFileSync(path, 'utf8') : '{}';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') text = '{}';
    else throw new Error(`cannot read the Docker config file ${path}`, { cause: error });
  }
  let config: {
    auths?: Record<string, AuthEntry>;
    credHelpers?: Record<string, string>;
    credsStore?: string;
  };
  try {
    config = JSON.parse(text) as typeof config;
  } catch (error) {
    throw new Error(`the Docker config file ${path} is not JSON`, { cause: error });
  }
  const found = new Map<string, Credentials>();
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    // Masked as soon as read: the raw auth, password and identity token, whether used or not.
    for (const secret of [entry.auth, entry.password, entry.identitytoken])
      if (typeof secret === 'string' && secret !== '') options.mask?.(secret);
    const credentials = entryCredentials(entry, `${path} auths["${key}"]`);
    if (credentials?.kind === 'basic') options.mask?.(credentials.password);
    if (credentials) found.set(keyRegistry(key), credentials);
  }
  const helpers = Object.keys(config.credHelpers ?? {}).map(keyRegistry);
  if (config.credsStore) helpers.push(`* (credsStore ${config.credsStore})`);
  return { lookup: (registry) => found.get(registry), helpers };
}

/** The first lookup that knows the registry wins. */
export function chainLookups(...lookups: CredentialLookup[]): CredentialLookup {
  return (registry) => {
    for (const lookup of lookups) {
      const found = lookup(registry);
      if (found) return found;
    }
    return undefined;
  };
}
