/**
 * Authorization for one registry: anonymous, basic, or the bearer challenge flow (a 401 names the
 * token service; a token is fetched per scope set, reused for any request whose scopes it covers).
 */
import { nodeFetch, type Answer } from '../http/fetch.js';
import type { Challenge } from './challenge.js';
import type { Credentials } from './credentials.js';
import { RegistryError, parseErrorBody } from './errors.js';

interface CachedToken {
  /** resource (`repository:kontainapp/runenv-python`) → actions asked for. */
  scopes: Map<string, Set<string>>;
  header: string;
  expiresAt: number;
}

export interface AuthOptions {
  credentials?: Credentials;
  /** Called with every secret derived at run time (tokens, basic headers) so the log masks it. */
  mask?: (secret: string) => void;
  /** Warnings for a person (a token service on another host than the registry). */
  warn?: (message: string) => void;
  userAgent: string;
  /** The registry's base URL: a plain-http token realm is followed only for a plain-http registry. */
  registryUrl: string;
}

/** `registry-1.docker.io` → `docker.io`: hosts in one domain count as the same operator. */
const domainOf = (hostname: string): string => hostname.split('.').slice(-2).join('.');

const TOKEN_TIMEOUT_MS = 60_000;

/** One registry's authorization state: the challenge it sent and the tokens obtained. */
export class RegistryAuth {
  private challenge: Challenge | undefined;
  private readonly tokens: CachedToken[] = [];
  private maskedBasic = false;
  private warnedRealm = false;
  /** Requests sent to token services (for tests and benchmarks). */
  tokenRequests = 0;

  constructor(private readonly options: AuthOptions) {}

  /**
   * The Authorization header for a request needing `scopes`: once the registry's challenge is known,
   * a missing token is fetched before the request rather than after its 401.
   */
  async authorize(scopes: readonly string[]): Promise<string | undefined> {
    const header = this.headerFor(scopes);
    if (header || this.challenge?.scheme !== 'bearer') return header;
    await this.fetchToken(this.challenge, [...scopes]);
    return this.headerFor(scopes);
  }

  /** The cached Authorization header for `scopes`, or undefined. */
  headerFor(scopes: readonly string[]): string | undefined {
    if (!this.challenge) return undefined;
    if (this.challenge.scheme === 'basic') return this.basicHeader();
    return this.covering(scopes)?.header;
  }

  /**
   * Handle a 401: remember the challenge and obtain what it asks for. False when nothing better than
   * `sent` (the header the refused request carried) can be tried.
   */
  async answer(
    challenges: Challenge[],
    scopes: readonly string[],
    sent: string | undefined,
  ): Promise<boolean> {
    const chosen =
      challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
    if (!chosen) return false;
    this.challenge = chosen;
    if (chosen.scheme === 'basic') return sent === undefined && this.basicHeader() !== undefined;
    const wanted = new Set(scopes);
    for (const scope of (chosen.params.scope ?? '').split(' ')) if (scope) wanted.add(scope);
    const covering = this.covering([...wanted]);
    if (covering) return covering.header !== sent;
    await this.fetchToken(chosen, [...wanted]);
    return true;
  }

  /** A live token granted every action of every scope (`repository:a:pull` is covered by `…:pull,push`). */
  private covering(scopes: readonly string[]): CachedToken | undefined {
    const now = Date.now();
    return this.tokens.find(
      (t) =>
        t.expiresAt > now &&
        scopes.every((scope) => {
          const { resource, actions } = splitScope(scope);
          const granted = t.scopes.get(resource);
          return granted !== undefined && actions.every((a) => granted.has(a));
        }),
    );
  }

  private basicHeader(): string | undefined {
    const credentials = this.options.credentials;
    if (credentials?.kind !== 'basic') return undefined;
    const encoded = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    if (!this.maskedBasic) this.options.mask?.(encoded);
    this.maskedBasic = true;
    return `Basic ${encoded}`;
  }

  /** The realm's URL, refused when it would send credentials or tokens in the clear. */
  private realmUrl(realm: string): URL {
    const registry = new URL(this.options.registryUrl);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new Error(
        `${registry.host} named the token service ${JSON.stringify(realm)}, which is not a URL`,
      );
    }
    const plainOk = registry.protocol === 'http:';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && plainOk)) {
      throw new Error(
        `${registry.host} (reached over ${registry.protocol.slice(0, -1)}) sends token requests to ${url.origin}; refusing to send credentials there over ${url.protocol.slice(0, -1)} (a plain-http token service is used only for a registry reached over plain http: loopback or insecure-registries)`,
      );
    }
    if (
      this.options.credentials &&
      !this.warnedRealm &&
      domainOf(url.hostname) !== domainOf(registry.hostname)
    ) {
      this.warnedRealm = true;
      this.options.warn?.(
        `${registry.host} sends its token requests, with your credentials for it, to another host: ${url.host}.`,
      );
    }
    return url;
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<void> {
    const realm = challenge.params.realm;
    if (!realm) throw new Error('the registry sent a Bearer challenge without a realm');
    const realmUrl = this.realmUrl(realm);
    const service = challenge.params.service;
    const credentials = this.options.credentials;
    let response: Answer;
    this.tokenRequests++;
    if (credentials?.kind === 'identity-token') {
      // The OAuth2 refresh-token grant docker uses for an identity token.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.token,
        client_id: 'release-actions',
        ...(service ? { service } : {}),
        scope: scopes.join(' '),
      });
      response = await nodeFetch(realmUrl, {
        method: 'POST',
        signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'User-Agent': this.options.userAgent,
        },
        body: form.toString(),
      });
    } else {
      const url = new URL(realmUrl);
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const basic = this.basicHeader();
      if (credentials?.kind === 'basic') url.searchParams.set('account', credentials.username);
      response = await nodeFetch(url, {
        signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
        headers: { 'User-Agent': this.options.userAgent, ...(basic ? { Authorization: basic } : {}) },
      });
    }
    const text = await response.text();
    if (!response.ok) {
      throw new RegistryError(response.status, 'GET', realm, parseErrorBody(text));
    }
    const body = JSON.parse(text) as { token?: string; access_token?: string; expires_in?: number };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`the token service ${realm} answered without a token`);
    this.options.mask?.(token);
    // Docker's default lifetime is 60 s when the service does not say; keep a margin.
    const lifetime = Math.max((body.expires_in ?? 60) - 10, 5);
    const granted = new Map<string, Set<string>>();
    for (const scope of scopes) {
      const { resource, actions } = splitScope(scope);
      granted.set(resource, new Set([...(granted.get(resource) ?? []), ...actions]));
    }
    this.tokens.push({
      scopes: granted,
      header: `Bearer ${token}`,
      expiresAt: Date.now() + lifetime * 1000,
    });
  }
}

/** `repository:a/b:pull,push` → resource `repository:a/b`, actions [pull, push]. */
function splitScope(scope: string): { resource: string; actions: string[] } {
  const at = scope.lastIndexOf(':');
  return at < 0
    ? { resource: scope, actions: [] }
    : { resource: scope.slice(0, at), actions: scope.slice(at + 1).split(',') };
}
