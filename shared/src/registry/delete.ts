/**
 * Deletes through the distribution API: a manifest by digest (every tag on it goes too), or one tag
 * by name where the registry implements the OCI distribution spec 1.1 tag DELETE. A registry that
 * deletes nothing this way (Docker Hub's registry API; ACR, whose own untag API is not used here)
 * gets a DeleteUnsupportedError saying so.
 */
import type { RegistryClient, Repository } from './client.js';
import { DeleteUnsupportedError, type RegistryError } from './errors.js';
import { registryError } from './session.js';

const remove = (repo: Repository): string => `repository:${repo.repository}:delete`;
const said = (error: RegistryError): string => error.message.replace(/^registry answered /, '');

/** Delete a manifest by digest: every tag of the repository pointing at it goes with it. */
export async function deleteManifest(
  client: RegistryClient,
  repo: Repository,
  digest: string,
): Promise<void> {
  const session = client.session(repo.registry);
  const path = `/v2/${repo.repository}/manifests/${digest}`;
  // 404 after a retried DELETE: the first attempt went through; the caller checks the tag is gone.
  const response = await session.request('DELETE', path, { scopes: [remove(repo)] });
  if ([202, 200, 404].includes(response.status)) {
    await response.body?.cancel();
    return;
  }
  const error = await registryError(response, 'DELETE', session.url(path));
  if (error.status === 405 || error.has('UNSUPPORTED')) {
    throw new DeleteUnsupportedError(
      `${repo.registry} does not delete manifests through its registry API (it answered ${said(error)}); delete the tag with the registry's own tools (Docker Hub: hub.docker.com or its Hub API)`,
    );
  }
  throw error;
}

/**
 * Delete one tag and nothing else, where the registry supports it (OCI distribution spec 1.1
 * `DELETE /v2/<name>/manifests/<tag>`: distribution 3 and some registries; not distribution 2.x,
 * not Docker Hub's registry API, and ACR only through its own untag API, which is not used here).
 */
export async function deleteTag(client: RegistryClient, repo: Repository, tag: string): Promise<void> {
  const session = client.session(repo.registry);
  const path = `/v2/${repo.repository}/manifests/${tag}`;
  const response = await session.request('DELETE', path, { scopes: [remove(repo)], retry: false });
  if (response.status === 202 || response.status === 200) {
    await response.body?.cancel();
    return;
  }
  const error = await registryError(response, 'DELETE', session.url(path));
  // distribution 2.x reads the tag as a digest (400 DIGEST_INVALID); others say 405 or UNSUPPORTED.
  if (error.status === 405 || error.has('UNSUPPORTED') || error.has('DIGEST_INVALID')) {
    throw new DeleteUnsupportedError(
      `${repo.registry} does not delete a tag by name (it answered ${said(error)})`,
    );
  }
  throw error;
}
