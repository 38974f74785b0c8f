/**
 * Where the token may go: the one rule for every URL a request is about to carry it to, whether our
 * code built it or GitHub handed it back (a pagination `Link`, a redirect's `Location`, a release's
 * `upload_url`, an asset's `browser_download_url`).
 *
 * The token goes only to the API's own origin (scheme, host and port of GITHUB_API_URL) and to the
 * uploads origin that belongs to it:
 * - api.github.com ↔ uploads.github.com;
 * - GitHub Enterprise Cloud with data residency: api.SUBDOMAIN.ghe.com ↔ uploads.SUBDOMAIN.ghe.com
 *   (GitHub's network details for GHE.com list exactly these hosts);
 * - GitHub Enterprise Server: REST at https://HOST/api/v3 and uploads at https://HOST/api/uploads,
 *   one origin (the sandbox is laid out the same way).
 * Nothing else: not github.com, not objects.githubusercontent.com, not plain http to a https API.
 */
import { UserError } from '../action/errors.js';

/** The origins the token may be sent to for the REST root `apiUrl`. */
export function tokenOrigins(apiUrl: string): string[] {
  const api = new URL(apiUrl);
  const origins = [api.origin];
  if (api.protocol === 'https:' && api.port === '') {
    const host = api.hostname.toLowerCase();
    if (host === 'api.github.com') origins.push('https://uploads.github.com');
    const ghe = /^api\.([a-z0-9-]+)\.ghe\.com$/.exec(host);
    if (ghe) origins.push(`https://uploads.${ghe[1]!}.ghe.com`);
  }
  return origins;
}

/** True when a request to `url` may carry the token of the API at `apiUrl`. */
export function mayCarryToken(url: URL | string, apiUrl: string): boolean {
  const target = typeof url === 'string' ? new URL(url) : url;
  return tokenOrigins(apiUrl).includes(target.origin);
}

/**
 * The sentence that refuses `url`: names it, says where it came from (`what`: "the release's
 * upload_url", "the next page GitHub's Link header names") and which origins the token belongs to.
 */
export function refusalMessage(url: URL | string, apiUrl: string, what: string): string {
  const target = typeof url === 'string' ? new URL(url) : url;
  return `refusing to send the token to ${target.origin}, the host of ${what} (${redactQuery(target)}): only ${tokenOrigins(apiUrl).join(' or ')} belong to the API at ${apiUrl} (GITHUB_API_URL)`;
}

/** A URL GitHub handed back that leads away from GitHub's origins; nothing was sent to it. */
export class ForeignOriginError extends UserError {
  constructor(
    readonly url: string,
    apiUrl: string,
    what: string,
  ) {
    super(`Refused: ${refusalMessage(url, apiUrl, what)}. Nothing was sent there.`);
  }
}

/** Throw ForeignOriginError unless `url` may carry the token of the API at `apiUrl`. */
export function checkTokenOrigin(url: URL | string, apiUrl: string, what: string): void {
  if (!mayCarryToken(url, apiUrl)) throw new ForeignOriginError(String(url), apiUrl, what);
}

/** The URL without its query (a signed URL's query is a credential of its own). */
function redactQuery(url: URL): string {
  return url.search ? `${url.origin}${url.pathname}?…` : url.href;
}
