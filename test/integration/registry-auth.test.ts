/**
 * Authentication against the real registry: htpasswd (basic) and token auth (the bearer challenge
 * flow with a token service the registry trusts), credentials from inputs or a Docker config file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../shared/src/registry/client.js';
import { ImageCopier } from '../../shared/src/registry/copy.js';
import { readDockerConfig, type Credentials } from '../../shared/src/registry/credentials.js';
import { RegistryError } from '../../shared/src/registry/errors.js';
import { buildImage, type BuiltImage } from '../registry/image.js';
import { pushImage } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import { skopeoInspectJson } from '../registry/skopeo.js';

let basic: TestRegistry;
let token: TestRegistry;
let image: BuiltImage;
const ci: Credentials = { kind: 'basic', username: 'ci', password: 'ci-password' };
const fast = { backoffMs: [10, 10, 10] };

beforeAll(async () => {
  [basic, token] = await Promise.all([
    startRegistry({ auth: 'htpasswd', users: { ci: 'ci-password' } }),
    startRegistry({
      auth: 'token',
      users: { ci: 'ci-password', reader: 'reader-password' },
      policy: (account, repository, actions) =>
        account === 'ci'
          ? actions
          : actions.filter((a) => a === 'pull' && !repository.startsWith('private/')),
    }),
  ]);
  image = buildImage({ layers: [{ files: { 'etc/os-release': 'ID=auth\n' } }] });
});
afterAll(async () => {
  await Promise.all([basic?.stop(), token?.stop()]);
});

describe('htpasswd (basic auth)', () => {
  it('pushes with the right password, and skopeo reads it back with the same', async () => {
    const client = new RegistryClient({ ...fast, credentials: () => ci });
    await pushImage(
      client,
      { registry: basic.host, repository: 'kontainapp/runenv-python' },
      'latest',
      image,
    );
    const inspected = await skopeoInspectJson(
      `${basic.host}/kontainapp/runenv-python:latest`,
      'ci:ci-password',
    );
    expect(inspected.Digest).toBe(image.manifest.digest);
  });

  it('a wrong password or none is a 401 naming the request', async () => {
    for (const credentials of [{ ...ci, password: 'wrong' }, undefined]) {
      const client = new RegistryClient({ ...fast, credentials: () => credentials });
      const failure = await client
        .getManifest({ registry: basic.host, repository: 'kontainapp/runenv-python' }, 'latest')
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(RegistryError);
      expect((failure as RegistryError).status).toBe(401);
      expect((failure as RegistryError).message).toContain('GET http://');
    }
  });

  it('reads the credentials from a Docker config file (base64 auth)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docker-config-'));
    const auth = Buffer.from('ci:ci-password').toString('base64');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [basic.host]: { auth } } }));
    const client = new RegistryClient({
      ...fast,
      credentials: readDockerConfig(join(dir, 'config.json')).lookup,
    });
    const got = await client.getManifest(
      { registry: basic.host, repository: 'kontainapp/runenv-python' },
      'latest',
    );
    expect(got.digest).toBe(image.manifest.digest);
  });
});

describe('token auth (bearer challenge)', () => {
  it('pushes, reusing one token per scope set, and masks every token it obtains', async () => {
    const masked: string[] = [];
    const client = new RegistryClient({ ...fast, credentials: () => ci, mask: (s) => masked.push(s) });
    const before = token.token!.requests.length;
    const issuedBefore = token.token!.issued.length;
    const repo = { registry: token.host, repository: 'kontainapp/runenv-node' };
    await pushImage(client, repo, 'latest', image);
    await pushImage(client, repo, 'abc1234', image);
    const asked = token.token!.requests.slice(before);
    // One token for pull (the first HEAD), one for pull,push; every later request reuses them.
    expect(asked.map((r) => r.scopes.join(' '))).toEqual([
      'repository:kontainapp/runenv-node:pull',
      'repository:kontainapp/runenv-node:pull,push',
    ]);
    expect(asked.every((r) => r.account === 'ci')).toBe(true);
    const issued = token.token!.issued.slice(issuedBefore);
    expect(issued).toHaveLength(2);
    for (const t of issued) expect(masked).toContain(t);
    expect(
      (await skopeoInspectJson(`${token.host}/kontainapp/runenv-node:abc1234`, 'ci:ci-password')).Digest,
    ).toBe(image.manifest.digest);
  });

  it('mounts across repositories with one token covering both (a cross-repository scope)', async () => {
    const client = new RegistryClient({ ...fast, credentials: () => ci });
    const source = { registry: token.host, repository: 'kontainapp/runenv-node' };
    const before = token.token!.requests.length;
    const copier = new ImageCopier(client, source, await client.getManifest(source, 'latest'));
    await copier.copyTo({ registry: token.host, repository: 'kontainapp/runenv-node-12' }, 'latest');
    expect(copier.stats).toMatchObject({ blobsMounted: 2, blobsUploaded: 0 });
    const scopes = token.token!.requests.slice(before).map((r) => [...r.scopes].sort().join(' '));
    expect(scopes).toContain(
      'repository:kontainapp/runenv-node-12:pull,push repository:kontainapp/runenv-node:pull',
    );
  });

  it('pulls anonymously where the policy lets anyone pull, and is refused a push', async () => {
    const client = new RegistryClient(fast);
    const got = await client.getManifest(
      { registry: token.host, repository: 'kontainapp/runenv-node' },
      'latest',
    );
    expect(got.digest).toBe(image.manifest.digest);
    const failure = await pushImage(
      client,
      { registry: token.host, repository: 'kontainapp/anonymous' },
      'x',
      image,
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).status).toBe(401);
  });

  it('uses an identity token from the Docker config file (OAuth2 refresh-token grant)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docker-config-'));
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [token.host]: { identitytoken: 'refresh-ci' } } }),
    );
    const client = new RegistryClient({
      ...fast,
      credentials: readDockerConfig(join(dir, 'config.json')).lookup,
    });
    const before = token.token!.requests.length;
    await pushImage(client, { registry: token.host, repository: 'private/runenv-java' }, 'latest', image);
    const asked = token.token!.requests.slice(before);
    expect(asked.every((r) => r.method === 'POST' && r.account === 'ci')).toBe(true);
  });

  it('a bad password fails at the token service with its status', async () => {
    const client = new RegistryClient({ ...fast, credentials: () => ({ ...ci, password: 'nope' }) });
    const failure = await client
      .getManifest({ registry: token.host, repository: 'kontainapp/runenv-node' }, 'latest')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).status).toBe(401);
    expect((failure as RegistryError).url).toBe(token.token!.realm);
  });
});
