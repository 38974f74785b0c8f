/**
 * fetch through a proxy: undici's own fetch with its ProxyAgent (CONNECT tunnels), as
 * @actions/http-client sets it up. Imported only when a request needs a proxy (proxy.ts), so a run
 * without one never loads this second HTTP stack; the bundle keeps it in a chunk of its own.
 */
import { fetch as undiciFetch, ProxyAgent } from 'undici';

/** fetch that sends every request through `proxy` (credentials in its URL become Proxy-Authorization). */
export function proxyFetch(proxy: URL): typeof fetch {
  const credentials =
    proxy.username || proxy.password
      ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
      : undefined;
  const dispatcher = new ProxyAgent({
    uri: proxy.href,
    ...(credentials ? { token: `Basic ${Buffer.from(credentials).toString('base64')}` } : {}),
  });
  return (input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...init, dispatcher });
}
