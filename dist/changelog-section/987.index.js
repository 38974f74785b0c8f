export const id = 987;
export const ids = [987];
export const modules = {

/***/ 7987:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USER_AGENT: () => (/* binding */ USER_AGENT),
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 13 modules
var dist_src = __webpack_require__(5194);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __webpack_require__(4691);
;// CONCATENATED MODULE: ./build/js/shared/src/github/origins.js
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

/** The origins the token may be sent to for the REST root `apiUrl`. */
function tokenOrigins(apiUrl) {
    const api = new URL(apiUrl);
    const origins = [api.origin];
    if (api.protocol === 'https:' && api.port === '') {
        const host = api.hostname.toLowerCase();
        if (host === 'api.github.com')
            origins.push('https://uploads.github.com');
        const ghe = /^api\.([a-z0-9-]+)\.ghe\.com$/.exec(host);
        if (ghe)
            origins.push(`https://uploads.${ghe[1]}.ghe.com`);
    }
    return origins;
}
/** True when a request to `url` may carry the token of the API at `apiUrl`. */
function mayCarryToken(url, apiUrl) {
    const target = typeof url === 'string' ? new URL(url) : url;
    return tokenOrigins(apiUrl).includes(target.origin);
}
/**
 * The sentence that refuses `url`: names it, says where it came from (`what`: "the release's
 * upload_url", "the next page GitHub's Link header names") and which origins the token belongs to.
 */
function refusalMessage(url, apiUrl, what) {
    const target = typeof url === 'string' ? new URL(url) : url;
    return `refusing to send the token to ${target.origin}, the host of ${what} (${redactQuery(target)}): only ${tokenOrigins(apiUrl).join(' or ')} belong to the API at ${apiUrl} (GITHUB_API_URL)`;
}
/** A URL GitHub handed back that leads away from GitHub's origins; nothing was sent to it. */
class ForeignOriginError extends errors/* UserError */.yo {
    url;
    constructor(url, apiUrl, what) {
        super(`Refused: ${refusalMessage(url, apiUrl, what)}. Nothing was sent there.`);
        this.url = url;
    }
}
/** Throw ForeignOriginError unless `url` may carry the token of the API at `apiUrl`. */
function checkTokenOrigin(url, apiUrl, what) {
    if (!mayCarryToken(url, apiUrl))
        throw new ForeignOriginError(String(url), apiUrl, what);
}
/** The URL without its query (a signed URL's query is a credential of its own). */
function redactQuery(url) {
    return url.search ? `${url.origin}${url.pathname}?…` : url.href;
}

;// CONCATENATED MODULE: ./build/js/shared/src/github/guard.js
/**
 * An octokit plugin every request goes through (paginate's next pages included): it keeps the token
 * on GitHub's origins (origins.ts), follows redirects itself so that rule applies to each hop, and
 * tells a network that failed from an answer GitHub gave.
 *
 * It must come before pacing (pacing.ts) in the plugin list: octokit runs the first registered
 * request hook innermost, so this one sees every attempt pacing makes, and the errors it throws carry
 * no HTTP status, which pacing leaves alone (a refused URL or an unreachable host is not retried as if
 * GitHub had answered 500).
 */


/** Redirects followed for one request before giving up (GitHub uses one: a renamed repository). */
const MAX_REDIRECTS = 5;
/** The network failed before GitHub answered: DNS, a refused or broken connection, TLS. */
class NetworkError extends errors/* UserError */.yo {
    code;
    attempts;
    constructor(message, code, attempts) {
        super(message);
        this.code = code;
        this.attempts = attempts;
    }
}
const DNS = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA'];
const REFUSED = ['ECONNREFUSED'];
const BROKEN = ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'];
const UNREACHABLE = ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'];
/**
 * The network failure behind an octokit error, or undefined when GitHub answered. octokit turns a
 * fetch that rejected into a RequestError with status 500 whose `cause` is fetch's TypeError; the
 * system error (`code`) is that TypeError's own cause.
 */
function networkFailure(error) {
    const fetchError = error?.cause;
    if (!(fetchError instanceof TypeError))
        return undefined;
    let code;
    let detail = fetchError.message;
    for (let at = fetchError.cause, depth = 0; at && depth < 4; depth++) {
        const { code: c, message } = at;
        if (typeof c === 'string' && code === undefined)
            code = c;
        if (typeof message === 'string' && message !== '')
            detail = message;
        at = at.cause;
    }
    const is = (codes) => code !== undefined && codes.includes(code);
    if (is(DNS))
        return { reason: `the host name did not resolve (DNS: ${code})`, code, transient: true };
    if (is(REFUSED))
        return { reason: `the connection was refused (${code})`, code, transient: true };
    if (is(BROKEN))
        return { reason: `the connection broke (${code}: ${detail})`, code, transient: true };
    if (is(UNREACHABLE))
        return { reason: `the host could not be reached (${code})`, code, transient: true };
    if (code && /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code))
        return { reason: `TLS failed (${code}: ${detail})`, code, transient: false };
    return {
        reason: `the request failed before any answer (${code ? `${code}: ` : ''}${detail})`,
        code,
        transient: false,
    };
}
/** The octokit plugin: `Octokit.plugin(requestGuard(options), pacing(options))`. */
function requestGuard(options) {
    const { apiUrl, log, transportBackoffMs = [500, 1500] } = options;
    return (instance) => {
        const octokit = instance;
        octokit.hook.wrap('request', async (request, route) => {
            const { method, url } = octokit.request.endpoint.parse(route);
            const redirects = route.request?.redirects ?? 0;
            // A URL our code built from the API root passes by construction; an absolute one came back
            // from GitHub (paginate's next page from the Link header) or from a redirect.
            checkTokenOrigin(url, apiUrl, redirects > 0
                ? 'a redirect GitHub answered'
                : 'a URL the API handed back (such as the next page a Link header names)');
            const response = await withTransportRetries(() => request(route), `${method} ${url}`);
            if (![301, 302, 303, 307, 308].includes(response.status))
                return response;
            const location = response.headers.location;
            if (typeof location !== 'string' || location === '')
                throw new errors/* UserError */.yo(`GitHub answered ${response.status} to ${method} ${url} without a Location to follow`);
            if (redirects >= MAX_REDIRECTS)
                throw new errors/* UserError */.yo(`${method} ${url} was redirected more than ${MAX_REDIRECTS} times; giving up`);
            const next = new URL(location, url);
            checkTokenOrigin(next, apiUrl, `the redirect GitHub answered to ${method} ${url}`);
            if (method !== 'GET' && method !== 'HEAD')
                // Re-sending a write to another URL is not something a release step should do unasked.
                throw new errors/* UserError */.yo(`GitHub redirected ${method} ${url} to ${next.href}; only GET requests are followed`);
            return octokit.request({
                method,
                url: next.href,
                headers: route.headers,
                request: { redirects: redirects + 1 },
            });
        });
    };
    async function withTransportRetries(send, what) {
        for (let attempt = 1;; attempt++) {
            try {
                return await send();
            }
            catch (error) {
                const failure = networkFailure(error);
                if (!failure)
                    throw error;
                const wait = transportBackoffMs[attempt - 1];
                if (failure.transient && wait !== undefined) {
                    log.info(`Could not reach GitHub for ${what}: ${failure.reason}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${transportBackoffMs.length + 1})`);
                    await new Promise((done) => setTimeout(done, wait));
                    continue;
                }
                throw new NetworkError(`Could not reach the GitHub API: ${what} failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${failure.reason}. No answer came from GitHub. The API root ${apiUrl} comes from GITHUB_API_URL: check it, and the runner's network (DNS, proxy, firewall, TLS) to that host.`, failure.code, attempt);
            }
        }
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/github/budget.js
/**
 * A request budget: a short burst goes at once, a sustained run is spread out, and no trailing window
 * ever holds more requests than GitHub documents for it.
 *
 * GitHub's documented secondary rate limits ("Rate limits for the REST API", About secondary rate
 * limits — https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 * - "In general, no more than 80 content-generating requests per minute and no more than 500
 *   content-generating requests per hour are allowed."
 * - "No more than 100 concurrent requests are allowed."
 * and its primary limit for search ("REST API endpoints for search": 30 requests a minute for an
 * authenticated user). Its best practices ("Best practices for using the REST API") add: "If you are
 * making a large number of POST, PATCH, PUT, or DELETE requests, wait at least one second between
 * each request."
 *
 * The budget is a token bucket (`burst` requests at once, then one more every `intervalMs`) under
 * hard ceilings, each a sliding window (`limit` requests in any `windowMs`). A bucket lets at most
 * `burst + windowMs / intervalMs` requests into any window, so WRITE_BUDGET (15 at once, then one a
 * second: "at least one second between each") stays at 75 a minute by construction, a few under 80
 * because GitHub counts arrivals and we count departures; the ceilings are checked anyway, and the
 * hour's 500 is held by its ceiling alone (a run past it waits, or fails when that is too long).
 */
/** GitHub's documented ceiling on content-generating requests in any minute. */
const CONTENT_CREATION_PER_MINUTE = 80;
/** GitHub's documented ceiling on content-generating requests in any hour. */
const CONTENT_CREATION_PER_HOUR = 500;
/** GitHub's documented ceiling on concurrent requests (REST and GraphQL together). */
const MAX_CONCURRENT_REQUESTS = 100;
/** GitHub's documented primary limit of the search resource, per minute (authenticated). */
const SEARCH_PER_MINUTE = 30;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Content-creating requests: 15 at once, then one a second; 80 a minute and 500 an hour at most. */
const WRITE_BUDGET = {
    burst: 15,
    intervalMs: 1000,
    ceilings: [
        { limit: CONTENT_CREATION_PER_MINUTE, windowMs: MINUTE },
        { limit: CONTENT_CREATION_PER_HOUR, windowMs: HOUR },
    ],
};
/** Search pages: 8 at once, then one every 3 s (28 a minute); 30 a minute at most. */
const SEARCH_BUDGET = {
    burst: 8,
    intervalMs: 3000,
    ceilings: [{ limit: SEARCH_PER_MINUTE, windowMs: MINUTE }],
};
/** The most requests `rule` lets into any window of `windowMs` (the bucket's bound, before ceilings). */
function bucketBound(rule, windowMs) {
    return rule.burst + Math.floor(windowMs / rule.intervalMs);
}
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};
/** One budget (writes, or searches) shared by every request of one client. */
class Budget {
    rule;
    clock;
    tokens;
    refilledAt;
    /** Send times within the longest ceiling's window, oldest first. */
    sent = [];
    heldUntil = 0;
    /** Requests queue here so that each takes its turn in order. */
    queue = Promise.resolve();
    constructor(rule, clock = realClock) {
        this.rule = rule;
        this.clock = clock;
        this.tokens = rule.burst;
        this.refilledAt = clock.now();
    }
    /**
     * How long the next request must wait, in ms (0: it may go now). `Infinity` never happens: each
     * wait ends when a token refills or a window's oldest request leaves it.
     */
    waitMs(now = this.clock.now()) {
        this.refill(now);
        let wait = Math.max(0, this.heldUntil - now);
        if (this.tokens < 1)
            wait = Math.max(wait, Math.ceil((1 - this.tokens) * this.rule.intervalMs));
        for (const { limit, windowMs } of this.rule.ceilings) {
            const inWindow = this.sent.filter((t) => t > now - windowMs);
            if (inWindow.length >= limit)
                wait = Math.max(wait, inWindow[inWindow.length - limit] + windowMs - now);
        }
        return wait;
    }
    /**
     * Wait for the request's turn and count it. `beforeWait` hears of a wait before it starts (and may
     * throw to refuse it, such as a wait longer than a job should sit).
     */
    take(beforeWait) {
        const turn = this.queue.then(async () => {
            for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) {
                beforeWait?.(wait);
                await this.clock.sleep(wait);
            }
            this.spend(this.clock.now());
        });
        // A refused wait fails its own request only; the next one still gets its turn.
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    /** Send nothing before `until` (epoch ms): GitHub asked us to wait (retry-after). */
    holdUntil(until) {
        this.heldUntil = Math.max(this.heldUntil, until);
    }
    /** Send nothing for `ms` from now, by this budget's clock. */
    holdFor(ms) {
        this.holdUntil(this.clock.now() + ms);
    }
    spend(now) {
        this.refill(now);
        this.tokens -= 1;
        this.sent.push(now);
        const longest = Math.max(0, ...this.rule.ceilings.map((c) => c.windowMs));
        while (this.sent.length > 0 && this.sent[0] <= now - longest)
            this.sent.shift();
    }
    refill(now) {
        const earned = (now - this.refilledAt) / this.rule.intervalMs;
        this.tokens = Math.min(this.rule.burst, this.tokens + earned);
        this.refilledAt = now;
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/github/pacing.js
/**
 * Pacing and retries for every octokit request, in place of @octokit/plugin-throttling and
 * @octokit/plugin-retry (and the Bottleneck both load):
 *
 * - Content-creating requests (POST, PATCH, PUT, DELETE) and search pages are paced by a budget
 *   (budget.ts): a short burst goes at once, a sustained run is spread to stay under GitHub's
 *   documented limits. The throttling plugin instead spaced every write 1 s apart, so a release of
 *   K assets paid about K seconds whatever its size.
 * - A rate-limit answer waits as GitHub says: a secondary limit (403/429 naming it, or with
 *   `retry-after`) for `retry-after` seconds (60 when absent), holding every later request of its
 *   kind too; a primary one (`x-ratelimit-remaining: 0`) until `x-ratelimit-reset`. Each wait is
 *   logged, bounded by `maxWaitSeconds`, and counted against `retries`.
 * - Other failures are retried as plugin-retry did: any status from 400 up except those no retry can
 *   change (400, 401, 403, 404, 410, 422, 451), after 1, 4, 9… s. A request that got no answer in
 *   time is one of them (octokit reports it as 500); a network failure is the guard's (guard.ts).
 *
 * It is registered after the guard, so it wraps it: the guard sees every attempt made here.
 */


/** The kind of budget a request spends: content creation, a search page, or none. */
function requestKind(method, url) {
    const { pathname } = new URL(url, 'https://api.github.invalid');
    if (method !== 'GET' && method !== 'HEAD')
        return 'write';
    // The REST root may have a path of its own (GitHub Enterprise Server's /api/v3).
    if (/(^|\/)search\//.test(pathname.replace(/^\/api\/v3/, '')))
        return 'search';
    return undefined;
}
/** Statuses no retry can change (plugin-retry's `doNotRetry`). */
const FINAL = [400, 401, 403, 404, 410, 422, 451];
/** What a failed attempt calls for: a limit to wait out, a failure to retry, or nothing. */
function classifyFailure(error, now = Date.now()) {
    const { status, message = '', response } = (error ?? {});
    if (typeof status !== 'number')
        return undefined;
    const headers = response?.headers ?? {};
    if (status === 403 || status === 429) {
        const retryAfter = Number(headers['retry-after']);
        const named = /\bsecondary rate\b/i.test(message);
        if (named || (headers['x-ratelimit-remaining'] !== '0' && Number.isFinite(retryAfter) && retryAfter >= 0))
            return { kind: 'secondary rate limit', waitSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
        if (String(headers['x-ratelimit-remaining']) === '0') {
            const reset = Number(headers['x-ratelimit-reset']) * 1000;
            // One second past the reset, so the retry lands after it.
            return { kind: 'rate limit', waitSeconds: Math.max(0, Math.ceil((reset - now) / 1000) + 1) };
        }
    }
    if (status >= 400 && !FINAL.includes(status))
        return { kind: 'failure' };
    return undefined;
}
/** Budgets per client, for code that creates content outside octokit (streamed uploads). */
const budgets = new WeakMap();
/** Wait for a request's turn in the budget of its kind, refusing a wait longer than a job should sit. */
function takeTurn(paced, kind, method, url) {
    return paced[kind].take((ms) => {
        if (ms > paced.maxWaitSeconds * 1000)
            throw new PacingRefused(method, url, kind, Math.ceil(ms / 1000), paced.maxWaitSeconds);
        paced.log.debug(`Pacing ${kind}s: ${method} ${url} waits ${ms} ms for its turn`);
    });
}
/**
 * Wait for the client's write budget before a content-creating request made outside octokit (an
 * asset upload through node:https), as octokit's own writes wait: a PacingRefused when the wait
 * would be longer than the client's maxWaitSeconds. Resolves at once for a client without pacing.
 */
function takeWriteBudget(client, method, url) {
    const paced = budgets.get(client);
    return paced ? takeTurn(paced, 'write', method, url) : Promise.resolve();
}
/**
 * GitHub asked a write made outside octokit (an upload) to wait `ms`: it asks for a pause, not one
 * request's, so the client's later writes wait too, as after an octokit write's secondary limit.
 */
function holdWrites(client, ms) {
    budgets.get(client)?.write.holdFor(ms);
}
/** The octokit plugin: `Octokit.plugin(…, requestGuard(…), pacing(…))`. */
function pacing(options) {
    const { log, retries = 3, maxWaitSeconds = 120, clock = realClock } = options;
    return (instance) => {
        const octokit = instance;
        const own = {
            write: new Budget(options.writes ?? WRITE_BUDGET, clock),
            search: new Budget(options.searches ?? SEARCH_BUDGET, clock),
            log,
            maxWaitSeconds,
        };
        budgets.set(octokit, own);
        const slots = new Semaphore(Math.min(10, MAX_CONCURRENT_REQUESTS));
        octokit.hook.wrap('request', async (request, route) => {
            const { method, url } = octokit.request.endpoint.parse(route);
            const kind = requestKind(method, url);
            // A redirect the guard follows is the same request, in the slot it already holds.
            const continuation = (route.request?.redirects ?? 0) > 0;
            for (let attempt = 0;; attempt++) {
                if (kind && !continuation)
                    await takeTurn(own, kind, method, url);
                try {
                    return continuation ? await request(route) : await slots.run(() => request(route));
                }
                catch (error) {
                    const failure = classifyFailure(error, clock.now());
                    if (!failure)
                        throw error;
                    const what = `${method} ${url}`;
                    if (failure.kind === 'failure') {
                        if (attempt >= retries)
                            throw error;
                        const wait = (attempt + 1) ** 2;
                        log.debug(`${what} failed (${String(error.message)}); retry ${attempt + 1} of ${retries} in ${wait}s`);
                        await clock.sleep(wait * 1000);
                        continue;
                    }
                    const { waitSeconds } = failure;
                    const again = attempt < retries && waitSeconds <= maxWaitSeconds;
                    const why = waitSeconds > maxWaitSeconds
                        ? `giving up: it asks to wait ${waitSeconds}s, over ${maxWaitSeconds}s`
                        : 'giving up';
                    log.warning(`GitHub ${failure.kind} on ${what}: ${again ? `retrying in ${waitSeconds}s (retry ${attempt + 1} of ${retries})` : why}`);
                    if (!again)
                        throw error;
                    // GitHub asks for a pause, not one request's: every later request of this kind waits too.
                    if (kind)
                        own[kind].holdUntil(clock.now() + waitSeconds * 1000);
                    await clock.sleep(waitSeconds * 1000);
                }
            }
        });
    };
}
/** The budget would hold a request longer than a job should sit: fail now, having sent nothing. */
class PacingRefused extends errors/* UserError */.yo {
    constructor(method, url, kind, seconds, maxWaitSeconds) {
        super(`${method} ${url} would wait ${seconds}s for GitHub's ${kind} budget (${kind === 'write' ? 'at most 500 content-creating requests an hour' : 'search requests a minute'}), over ${maxWaitSeconds}s; it was not sent. Run again later to finish`);
    }
}
/** At most `size` tasks at once; the rest wait in order. */
class Semaphore {
    size;
    active = 0;
    waiting = [];
    constructor(size) {
        this.size = size;
    }
    async run(task) {
        if (this.active >= this.size)
            await new Promise((go) => this.waiting.push(go));
        else
            this.active++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/github/proxy.js
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
function proxyFor(target, env = process.env) {
    if (bypassesProxy(target, env))
        return undefined;
    const value = target.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
    if (!value)
        return undefined;
    // `proxy.example:3128` without a scheme means http (URL would read `proxy.example:` as one).
    const url = URL.canParse(value) && /^https?:\/\//i.test(value) ? value : `http://${value}`;
    return URL.canParse(url) ? new URL(url) : undefined;
}
/** True when `target` is reached directly whatever the proxy: a loopback host, or one NO_PROXY lists. */
function bypassesProxy(target, env = process.env) {
    const host = target.hostname.toLowerCase();
    if (!host)
        return false;
    if (host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]')
        return true;
    const noProxy = env.no_proxy || env.NO_PROXY || '';
    const port = target.port || (target.protocol === 'https:' ? '443' : target.protocol === 'http:' ? '80' : '');
    const names = [host, ...(port ? [`${host}:${port}`] : [])];
    return noProxy
        .split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' ||
        names.some((name) => name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry))));
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./build/js/shared/src/http/fetch.js
/**
 * fetch over node:http and node:https: the one HTTP stack of every bundle (the streamed uploads and
 * blob copies already use node:http(s)). Node's global fetch is undici, compiled and loaded on first
 * use: touching `fetch`, `Response` or `Headers` once costs ~40 ms of CPU, more than the rest of a
 * bundle's start, while node:http is part of Node's startup snapshot.
 *
 * Only what our callers use (octokit's request, the registry session and its token service):
 * - a request with a string or bytes body and an abort signal (covering the answer's body too);
 * - `redirect: 'manual'` (GitHub's guard follows redirects itself) or `'follow'`, as fetch follows:
 *   303 (and 301/302 after a POST) become a GET without body, and the Authorization and Cookie
 *   headers are dropped when a redirect leads to another origin;
 * - an answer with status, url, headers (`get`, iterable) and its body read as text, JSON or bytes,
 *   streamed (`stream()`), or dropped (`body.cancel()`).
 * Failures look like fetch's: a TypeError 'fetch failed' whose cause is the system error (callers
 * read its code), or the signal's reason (a TimeoutError for AbortSignal.timeout) when aborted.
 */



/** Redirects followed for one request before giving up, as fetch does. */
const fetch_MAX_REDIRECTS = 20;
/** The answer's headers: lower-case names, repeated ones joined with ", " as fetch joins them. */
class AnswerHeaders {
    map = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw))
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
/** The part of a fetch Response our callers read; the body is read (or dropped) once. */
class Answer {
    status;
    statusText;
    url;
    res;
    failure;
    settle;
    empty;
    headers;
    used = false;
    constructor(status, statusText, url, res, failure, settle, 
    /** A HEAD answer, or a status without content: its (empty) body is read at once. */
    empty) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.res = res;
        this.failure = failure;
        this.settle = settle;
        this.empty = empty;
        this.headers = new AnswerHeaders(res.headers);
        if (empty) {
            res.once('end', settle);
            res.resume();
        }
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    get bodyUsed() {
        return this.used;
    }
    /** The body, for dropping unread (`await answer.body?.cancel()`), as a fetch body can be. */
    get body() {
        return this.used || this.empty ? null : { cancel: () => this.cancel() };
    }
    /** The body as a stream, read as it arrives (never held whole). */
    stream() {
        this.take();
        if (this.empty)
            return external_node_stream_.Readable.from([]);
        this.res.once('end', this.settle);
        return this.res;
    }
    async text() {
        return (await this.bytes()).toString('utf8');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        const bytes = await this.bytes();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    /** Drop the body: read and discard what is left, so the connection can serve the next request. */
    cancel() {
        if (this.used || this.empty)
            return Promise.resolve();
        this.used = true;
        return new Promise((done) => {
            this.res.once('end', done).once('close', done);
            this.res.once('end', this.settle);
            this.res.resume();
        });
    }
    bytes() {
        this.take();
        if (this.empty)
            return Promise.resolve(Buffer.alloc(0));
        const res = this.res;
        return new Promise((resolve, reject) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.once('end', () => {
                this.settle();
                resolve(Buffer.concat(chunks));
            });
            res.once('error', () => reject(this.failure()));
            res.once('close', () => {
                if (!res.complete)
                    reject(this.failure());
            });
        });
    }
    take() {
        if (this.used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.used = true;
    }
}
/** fetch as our callers use it, over node:http(s). */
async function nodeFetch(input, init = {}) {
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = { ...init.headers };
    let body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body);
    const redirect = init.redirect ?? 'follow';
    for (let hops = 0;; hops++) {
        const answer = await once(url, method, headers, body, init.signal ?? undefined);
        const location = answer.headers.get('location');
        if (redirect === 'manual' || ![301, 302, 303, 307, 308].includes(answer.status) || !location)
            return answer;
        await answer.cancel();
        if (redirect === 'error' || hops >= fetch_MAX_REDIRECTS)
            throw new TypeError('fetch failed', {
                cause: new Error(`${method} ${url.href}: ${redirect === 'error' ? 'redirected' : 'too many redirects'}`),
            });
        const next = new URL(location, url);
        if (answer.status === 303
            ? method !== 'HEAD'
            : method === 'POST' && answer.status !== 307 && answer.status !== 308) {
            method = 'GET';
            body = undefined;
            headers = withoutHeaders(headers, [
                'content-type',
                'content-length',
                'content-encoding',
                'content-language',
            ]);
        }
        // The fetch standard: credentials for one origin are not carried to another.
        if (next.origin !== url.origin)
            headers = withoutHeaders(headers, ['authorization', 'cookie', 'proxy-authorization']);
        url = next;
    }
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
/** One request, resolved once the answer's status and headers are in. */
function once(url, method, headers, body, signal) {
    const send = url.protocol === 'https:' ? external_node_https_.request : url.protocol === 'http:' ? external_node_http_.request : undefined;
    if (!send)
        return Promise.reject(new TypeError('fetch failed', { cause: new Error(`unsupported URL ${url.protocol}`) }));
    if (signal?.aborted)
        return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
        const req = send(url, {
            method,
            headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        });
        let cause;
        const failure = () => signal?.aborted
            ? abortError(signal)
            : new TypeError('fetch failed', { cause: cause ?? new Error('terminated') });
        const onAbort = () => {
            req.destroy();
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => signal?.removeEventListener('abort', onAbort);
        req.on('error', (error) => {
            cause = error;
            settle();
            reject(failure());
        });
        req.on('response', (res) => {
            res.on('error', (error) => (cause = error));
            const status = res.statusCode ?? 0;
            // An answer without a body frees its connection at once.
            const empty = method === 'HEAD' || [204, 205, 304].includes(status);
            resolve(new Answer(status, res.statusMessage ?? '', url.href, res, failure, settle, empty));
        });
        req.end(body);
    });
}
/** What fetch rejects with when its signal aborts: the signal's reason, else an AbortError. */
function abortError(signal) {
    // Duck-typed: a DOMException (TimeoutError) may come from another realm (jest's vm).
    const reason = signal.reason;
    return typeof reason === 'object' && reason !== null && typeof reason.name === 'string'
        ? reason
        : Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}

;// CONCATENATED MODULE: ./build/js/shared/src/github/client.js







/**
 * node:http(s) (shared/src/http/fetch.ts), or, for a URL the runner's proxy applies to (https_proxy, no_proxy),
 * undici's fetch through that proxy, loaded on first use.
 */
function runnerFetch(env = process.env) {
    const viaProxy = new Map();
    const send = async (input, init) => {
        const proxy = proxyFor(new URL(String(input)), env);
        if (!proxy)
            return nodeFetch(input, init);
        let proxied = viaProxy.get(proxy.href);
        if (!proxied) {
            proxied = Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(466)]).then(__webpack_require__.bind(__webpack_require__, 6466)).then((m) => m.proxyFetch(proxy));
            viaProxy.set(proxy.href, proxied);
        }
        return (await proxied)(input, init);
    };
    // octokit calls it with a URL string and reads only what http/fetch.ts's Answer has.
    return send;
}
/** fetch with each call bounded by a timeout (an abort the caller asked for still applies). */
function fetchWithTimeout(inner, ms) {
    return (input, init) => {
        const timeout = AbortSignal.timeout(ms);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return inner(input, { ...init, signal }).catch((error) => {
            if (timeout.aborted && !init?.signal?.aborted)
                throw new Error(`no answer within ${ms} ms`);
            throw error;
        });
    };
}
/** The user agent, with the runner's orchestration id as @actions/github adds it. */
function userAgent(env = process.env) {
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `${USER_AGENT} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : USER_AGENT;
}
const USER_AGENT = 'release-actions';
/**
 * An octokit that paces writes and searches, retries failures, waits out primary and secondary rate
 * limits (pacing.ts) and logs each wait.
 */
function createGitHubClient(options) {
    const { token, apiUrl, log, retries = 3, maxWaitSeconds = 120, requestTimeoutMs, writeBudget } = options;
    const base = runnerFetch();
    // The guard first: octokit runs the first request hook innermost (see guard.ts), so it sees each
    // attempt pacing makes.
    const Client = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, requestGuard({ apiUrl, log }), pacing({ log, retries, maxWaitSeconds, ...(writeBudget ? { writes: writeBudget } : {}) }));
    return new Client({
        auth: token,
        baseUrl: apiUrl,
        userAgent: userAgent(),
        request: {
            fetch: requestTimeoutMs !== undefined ? fetchWithTimeout(base, requestTimeoutMs) : base,
            // Redirects come back to the guard, which checks where each one leads before following it.
            redirect: 'manual',
        },
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warning(m),
            error: (m) => log.error(m),
        },
    });
}


/***/ })

};
