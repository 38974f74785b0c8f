/**
 * Image references as the distribution grammar defines them (github.com/distribution/reference):
 * `[domain[:port]/]path[:tag][@digest]`, normalised as Docker does (`docker.io` by default,
 * `library/` for its one-component names, `index.docker.io` is `docker.io`).
 */

export interface ImageReference {
  /** Registry as written and normalised: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Repository path inside the registry: `library/alpine`, `kontainapp/runenv-python`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
export const DOCKER_HUB_API = 'registry-1.docker.io';

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME = 255;

/** A reference that breaks the grammar, with the grammar's reason. */
export class InvalidReferenceError extends Error {
  override readonly name = 'InvalidReferenceError';
  constructor(
    readonly reference: string,
    readonly reason: string,
  ) {
    super(`invalid image reference ${JSON.stringify(reference)}: ${reason}`);
  }
}

/** Why `tag` is not a valid tag, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (TAG.test(tag)) return undefined;
  if (tag === '') return 'the tag is empty';
  if (tag.length > 128) return `the tag has ${tag.length} characters; at most 128 are allowed`;
  return 'a tag is letters, digits, _, . and - (not starting with . or -)';
}

/** Why `digest` is not a valid digest, or undefined when it is. */
export function digestProblem(digest: string): string | undefined {
  if (!DIGEST.test(digest)) return 'a digest is algorithm:hex, such as sha256:<64 hex digits>';
  if (digest.startsWith('sha256:') && !SHA256.test(digest))
    return 'a sha256 digest has exactly 64 lowercase hex digits';
  return undefined;
}

function domainProblem(domain: string): string | undefined {
  const at = domain.lastIndexOf(':');
  const host = at >= 0 ? domain.slice(0, at) : domain;
  const port = at >= 0 ? domain.slice(at + 1) : undefined;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return `the port of ${domain} is not a number`;
  if (!host.split('.').every((label) => DOMAIN_LABEL.test(label)))
    return `${domain} is not a valid registry host`;
  return undefined;
}

/** Why `path` is not a valid repository path, or undefined when it is. */
export function repositoryProblem(path: string): string | undefined {
  if (path === '') return 'the repository name is empty';
  if (path.length > MAX_NAME) return `the repository name is longer than ${MAX_NAME} characters`;
  for (const component of path.split('/')) {
    if (COMPONENT.test(component)) continue;
    if (/[A-Z]/.test(component)) return 'a repository name must be lowercase';
    if (component === '') return 'a repository name has no empty path components (no // or trailing /)';
    return `"${component}" is not a valid path component (lowercase letters and digits, separated by ., _, __ or -)`;
  }
  return undefined;
}

/** Split `name` into domain and path the way Docker does. */
function splitDomain(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  // Docker also takes an uppercase first component for a host; that is nearly always a mistyped
  // namespace, so it stays in the path and is reported as not lowercase.
  const isDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!isDomain) return { registry: DOCKER_HUB, path: name };
  return { registry: first, path: name.slice(slash + 1) };
}

/** Parse and normalise a reference; InvalidReferenceError with the grammar's reason when it is invalid. */
export function parseReference(text: string): ImageReference {
  if (text.trim() === '') throw new InvalidReferenceError(text, 'the reference is empty');
  if (/\s/.test(text)) throw new InvalidReferenceError(text, 'a reference has no spaces');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    const problem = digestProblem(digest);
    if (problem) throw new InvalidReferenceError(text, problem);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    const problem = tagProblem(tag);
    if (problem) throw new InvalidReferenceError(text, problem);
  }
  const split = splitDomain(rest);
  const domainIssue = split.registry === DOCKER_HUB ? undefined : domainProblem(split.registry);
  if (domainIssue) throw new InvalidReferenceError(text, domainIssue);
  const registry = split.registry === 'index.docker.io' ? DOCKER_HUB : split.registry;
  let repository = split.path;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  const problem = repositoryProblem(repository);
  if (problem) throw new InvalidReferenceError(text, problem);
  if (`${registry}/${repository}`.length > MAX_NAME)
    throw new InvalidReferenceError(text, `the name is longer than ${MAX_NAME} characters`);
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** `registry/repository[:tag][@digest]`, the normalised form. */
export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** `registry/repository`, without tag or digest. */
export function repositoryName(ref: Pick<ImageReference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The tag or digest to ask the registry for (digest wins; `latest` when neither is given). */
export function referenceTarget(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** Base URL of a registry's API: https, except plain http for loopback hosts and `insecure` ones. */
export function registryBaseUrl(registry: string, insecure: readonly string[] = []): string {
  const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
  const hostname = host.replace(/:\d+$/, '');
  const plain =
    insecure.includes(registry) || ['localhost', '127.0.0.1', '[::1]'].includes(hostname.toLowerCase());
  return `${plain ? 'http' : 'https'}://${host}`;
}
