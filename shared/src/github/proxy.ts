/**
 * The runner's proxy for a URL, by the rules @actions/http-client applies (and actions/runner
 * documents for self-hosted runners): `https_proxy`/`HTTPS_PROXY` for https, `http_proxy`/
 * `HTTP_PROXY` for http; never for loopback hosts; `no_proxy`/`NO_PROXY` lists hosts to reach
 * directly (`*`, a host, `host:port`, a domain and its subdomains, `.domain`).
 *
 * Only the decision lives here, so a run without a proxy loads nothing more: the proxy's own HTTP
 * stack (proxy-fetch.ts, undici's ProxyAgent) is imported when a URL needs it.
 */

/** The proxy to reach `target` through, or undefined to go directly. */
export function proxyFor(target: URL, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  if (bypassesProxy(target, env)) return undefined;
  const value =
    target.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
  if (!value) return undefined;
  // `proxy.example:3128` without a scheme means http (URL would read `proxy.example:` as one).
  const url = URL.canParse(value) && /^https?:\/\//i.test(value) ? value : `http://${value}`;
  return URL.canParse(url) ? new URL(url) : undefined;
}

/** True when `target` is reached directly whatever the proxy: a loopback host, or one NO_PROXY lists. */
export function bypassesProxy(target: URL, env: NodeJS.ProcessEnv = process.env): boolean {
  const host = target.hostname.toLowerCase();
  if (!host) return false;
  if (host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]')
    return true;
  const noProxy = env.no_proxy || env.NO_PROXY || '';
  const port =
    target.port || (target.protocol === 'https:' ? '443' : target.protocol === 'http:' ? '80' : '');
  const names = [host, ...(port ? [`${host}:${port}`] : [])];
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '')
    .some(
      (entry) =>
        entry === '*' ||
        names.some(
          (name) =>
            name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry)),
        ),
    );
}
