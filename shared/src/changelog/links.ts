/**
 * Relative links of a section made absolute for a release description, which has no folder to be
 * relative to. GitHub resolves a relative link in a repository's markdown file against the file's
 * folder (a leading `/` against the repository root) at the ref being viewed; a release shows its
 * description at no ref. So each relative destination becomes the file at the release's tag:
 * `<server>/<owner>/<repo>/blob/<tag>/<path>` for a link, and for an image the `raw` form GitHub uses
 * itself when it renders a repository's images (`…/raw/<tag>/<path>`, served as the file). Absolute
 * URLs, `//host` ones, anchors (`#x`) and empty destinations are left as written.
 */
import { posix } from 'node:path';
import type { SectionLink } from './types.js';

export interface LinkBase {
  /** `<server>/<owner>/<repo>`, no trailing slash. */
  repositoryUrl: string;
  /** The ref the links point at: the release's tag. */
  ref: string;
  /** The changelog file's folder in the repository, `/`-separated; `''` for the root. */
  folder: string;
}

export interface RewrittenLinks {
  body: string;
  /** How many destinations were rewritten. */
  rewritten: number;
  /** Destinations left as written because they lead out of the repository (`../` past its root). */
  outside: string[];
}

const ABSOLUTE = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/\/|#|$)/;

/** The absolute URL for a relative destination, or undefined when it leaves the repository. */
export function absoluteUrl(
  destination: string,
  kind: SectionLink['kind'],
  base: LinkBase,
): string | undefined {
  const cut = destination.search(/[?#]/);
  const path = cut < 0 ? destination : destination.slice(0, cut);
  const suffix = cut < 0 ? '' : destination.slice(cut);
  const trailing = path.endsWith('/') && path !== '/';
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(base.folder || '.', path);
  const normal = posix.normalize(joined === '' ? '.' : joined).replace(/\/+$/, '') || '.';
  if (normal === '..' || normal.startsWith('../')) return undefined;
  const file = normal === '.' ? '' : normal;
  const ref = base.ref.split('/').map(encodeURIComponent).join('/');
  // A folder (or the root) is a tree; an image is served by the raw view.
  const view = kind === 'image' ? 'raw' : file === '' || trailing ? 'tree' : 'blob';
  const tail = file === '' ? '' : `/${file}${trailing ? '/' : ''}`;
  return `${base.repositoryUrl}/${view}/${ref}${tail}${suffix}`;
}

/** `body` with every relative destination of `links` (offsets in `body`) made absolute. */
export function absoluteLinks(body: string, links: readonly SectionLink[], base: LinkBase): RewrittenLinks {
  let out = '';
  let at = 0;
  let rewritten = 0;
  const outside: string[] = [];
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.start < at || ABSOLUTE.test(link.destination.trim())) continue;
    const url = absoluteUrl(link.destination.trim(), link.kind, base);
    if (url === undefined) {
      outside.push(link.destination);
      continue;
    }
    // A destination written `<…>` keeps its brackets (it may hold spaces); a bare one has none.
    out += body.slice(at, link.start) + (link.literal ? `<${url}>` : url);
    at = link.end;
    rewritten++;
  }
  return { body: out + body.slice(at), rewritten, outside };
}
