/** Errors, pagination and request-body fields as GitHub's REST API handles them. */
import type { RepoRecord, RouteContext, RouteResult } from './types.js';

const DOCS = 'https://docs.github.com/rest';

/** A GitHub error response: `{ message, documentation_url, status, errors? }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: {
      resource?: string;
      field?: string;
      code: string;
      message?: string;
      value?: unknown;
    }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      message: this.message,
      documentation_url: DOCS,
      status: String(this.status),
    };
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

/** 404 `Not Found`, GitHub's answer for anything the caller may not see. */
export const notFound = (): HttpError => new HttpError(404, 'Not Found');

/** The repository a route's path names (the server answers 404 before the handler when there is none). */
export function repoOf(ctx: RouteContext): RepoRecord {
  if (!ctx.repo) throw notFound();
  return ctx.repo;
}

/** 422 Validation Failed with one error, as GitHub answers e.g. an existing release tag. */
export const validationFailed = (
  resource: string,
  code: string,
  field: string,
  message?: string,
): HttpError =>
  new HttpError(422, 'Validation Failed', [{ resource, code, field, ...(message ? { message } : {}) }]);

/** `page` and `per_page` as GitHub reads them (defaults 1 and 30, per_page at most 100). */
export function pageParams(query: Record<string, string>): { page: number; perPage: number } {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  return { page, perPage };
}

/** The items of the requested page (to fetch only what `paginate` will render). */
export function pageItems<T>(query: Record<string, string>, items: T[]): T[] {
  const { page, perPage } = pageParams(query);
  return items.slice((page - 1) * perPage, page * perPage);
}

/**
 * Slice a list for `page`/`per_page` (defaults 1 and 30, per_page at most 100) and build the `Link`
 * header GitHub sends (`next`, `last`, `first`, `prev`), keeping the request's other query parameters.
 */
export function paginate<T>(ctx: RouteContext, items: T[], render: (item: T) => unknown): RouteResult {
  const { page, perPage } = pageParams(ctx.query);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = pageItems(ctx.query, items);
  const headers: Record<string, string> = {};
  const link = linkHeader(ctx, page, last);
  if (link) headers.link = link;
  return { status: 200, body: slice.map(render), headers };
}

/** The `Link` header for `page` of `last`, or undefined when there is one page. */
export function linkHeader(ctx: RouteContext, page: number, last: number): string | undefined {
  const origin = new URL(ctx.urls.api).origin;
  const at = (n: number): string => {
    const u = new URL(ctx.req.url ?? '/', origin);
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`<${at(page - 1)}>; rel="prev"`);
  if (page < last) parts.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) parts.push(`<${at(1)}>; rel="first"`);
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * Bytes of a request body a streaming handler (asset upload) read from `ctx.req`; the server reads it
 * for the request log, since it does not buffer such bodies itself.
 */
export const streamedBodyBytes = new WeakMap<object, number>();

/** The JSON body as an object (the spec validator has checked its shape already). */
export const bodyOf = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

/** A string field of a JSON body, or the fallback when absent or not a string. */
export const str = (body: Record<string, unknown>, key: string, fallback = ''): string => {
  const v = body[key];
  return typeof v === 'string' ? v : fallback;
};
