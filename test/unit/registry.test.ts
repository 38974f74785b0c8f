import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseChallenges } from '../../shared/src/registry/challenge.js';
import { nextLink } from '../../shared/src/registry/client.js';
import { copyStrategy } from '../../shared/src/registry/copy.js';
import { dockerConfigPath, readDockerConfig } from '../../shared/src/registry/credentials.js';
import {
  declaredMediaType,
  MediaType,
  parseManifest,
  sha256Digest,
} from '../../shared/src/registry/manifest.js';
import {
  formatReference,
  InvalidReferenceError,
  parseReference,
  registryBaseUrl,
} from '../../shared/src/registry/reference.js';
import { isConnectionError } from '../../shared/src/registry/session.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('references', () => {
  it.each([
    ['alpine', 'docker.io/library/alpine'],
    ['kontainapp/runenv-python:latest', 'docker.io/kontainapp/runenv-python:latest'],
    ['docker.io/kontainapp/runenv-python:v1.0.0', 'docker.io/kontainapp/runenv-python:v1.0.0'],
    ['index.docker.io/library/alpine:3', 'docker.io/library/alpine:3'],
    ['localhost/runenv-node', 'localhost/runenv-node'],
    ['127.0.0.1:5000/runenv-node:CI-1234', '127.0.0.1:5000/runenv-node:CI-1234'],
    ['kontainkubecr.azurecr.io/test-km-fedora:latest', 'kontainkubecr.azurecr.io/test-km-fedora:latest'],
    [`ghcr.io/o/r@${DIGEST}`, `ghcr.io/o/r@${DIGEST}`],
    [`ghcr.io/o/r:v1@${DIGEST}`, `ghcr.io/o/r:v1@${DIGEST}`],
    ['Registry.Example.com:443/a__b/c-d.e', 'Registry.Example.com:443/a__b/c-d.e'],
  ])('%s is %s', (text, normal) => {
    expect(formatReference(parseReference(text))).toBe(normal);
  });

  it.each([
    ['', 'the reference is empty'],
    ['Kontainapp/runenv', 'a repository name must be lowercase'],
    ['docker.io/Kontainapp/runenv', 'a repository name must be lowercase'],
    ['kontainapp/runenv:-bad', 'a tag is letters, digits, _, . and - (not starting with . or -)'],
    [`kontainapp/runenv:${'x'.repeat(129)}`, 'the tag has 129 characters; at most 128 are allowed'],
    ['kontainapp/runenv@sha256:abc', 'a sha256 digest has exactly 64 lowercase hex digits'],
    ['kontainapp/runenv@latest', 'a digest is algorithm:hex, such as sha256:<64 hex digits>'],
    ['kontainapp//runenv', 'a repository name has no empty path components (no // or trailing /)'],
    [
      'kontainapp/run_-env',
      '"run_-env" is not a valid path component (lowercase letters and digits, separated by ., _, __ or -)',
    ],
    ['host:port/x', 'the port of host:port is not a number'],
    ['kontain app/x', 'a reference has no spaces'],
    [`ghcr.io/${'a'.repeat(256)}`, 'the repository name is longer than 255 characters'],
  ])('%j is rejected: %s', (text, reason) => {
    let error: unknown;
    try {
      parseReference(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidReferenceError);
    expect((error as InvalidReferenceError).reason).toBe(reason);
    expect((error as Error).message).toBe(`invalid image reference ${JSON.stringify(text)}: ${reason}`);
  });

  it('reaches Docker Hub at registry-1.docker.io and loopback registries over plain http', () => {
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('registry.lan:5000', ['registry.lan:5000'])).toBe('http://registry.lan:5000');
  });
});

describe('challenges', () => {
  it('parses a Bearer challenge with quoted parameters and commas inside them', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:a/b:pull,push',
        },
      },
    ]);
  });

  it('parses Basic, and several challenges in one header', () => {
    expect(parseChallenges('Basic realm="basic-realm"')).toEqual([
      { scheme: 'basic', params: { realm: 'basic-realm' } },
    ]);
    expect(
      parseChallenges('Basic realm="x", Bearer realm="https://t/token",error="insufficient_scope"'),
    ).toEqual([
      { scheme: 'basic', params: { realm: 'x' } },
      { scheme: 'bearer', params: { realm: 'https://t/token', error: 'insufficient_scope' } },
    ]);
    expect(parseChallenges('')).toEqual([]);
  });
});

describe('Link pagination', () => {
  it('finds the next page and nothing on the last', () => {
    expect(nextLink('</v2/a/tags/list?n=2&last=t2>; rel="next"')).toBe('/v2/a/tags/list?n=2&last=t2');
    expect(nextLink('<https://r/v2/a/tags/list?last=b>; rel="prev", </v2/x?last=c>; rel=next')).toBe(
      '/v2/x?last=c',
    );
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('the Docker config file', () => {
  function config(json: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'docker-config-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify(json));
    return join(dir, 'config.json');
  }

  it('reads base64 auth, identity tokens and Docker Hub under its legacy key', () => {
    const { lookup, helpers } = readDockerConfig(
      config({
        auths: {
          'https://index.docker.io/v1/': { auth: Buffer.from('kontain:hub:pass').toString('base64') },
          'ghcr.io': { identitytoken: 'refresh' },
          'https://quay.io': { auth: '' },
        },
        credHelpers: { 'gcr.io': 'gcloud' },
      }),
    );
    expect(lookup('docker.io')).toEqual({ kind: 'basic', username: 'kontain', password: 'hub:pass' });
    expect(lookup('ghcr.io')).toEqual({ kind: 'identity-token', token: 'refresh' });
    expect(lookup('quay.io')).toBeUndefined();
    expect(helpers).toEqual(['gcr.io']);
  });

  it('masks every secret of the file as it reads it', () => {
    const masked: string[] = [];
    const auth = Buffer.from('kontain:hub-pass').toString('base64');
    readDockerConfig(
      config({
        auths: {
          'docker.io': { auth },
          'ghcr.io': { identitytoken: 'refresh-token' },
          'quay.io': { username: 'q', password: 'quay-pass' },
        },
      }),
      { mask: (s) => masked.push(s) },
    );
    expect(masked).toEqual(expect.arrayContaining([auth, 'hub-pass', 'refresh-token', 'quay-pass']));
  });

  it('is optional, and found through DOCKER_CONFIG or HOME', () => {
    expect(readDockerConfig('/nonexistent/config.json').lookup('docker.io')).toBeUndefined();
    expect(dockerConfigPath({ DOCKER_CONFIG: '/d', HOME: '/h' })).toBe('/d/config.json');
    expect(dockerConfigPath({ HOME: '/h' })).toBe('/h/.docker/config.json');
  });
});

describe('manifests and strategies', () => {
  it('lists an image manifest’s config and layers, and an index’s children', () => {
    const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: DIGEST, size: 3 };
    const image = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: layer, layers: [layer] }),
    );
    expect(
      parseManifest({ mediaType: MediaType.ociManifest, digest: sha256Digest(image), bytes: image }).blobs,
    ).toHaveLength(2);
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, manifests: [{ ...layer, mediaType: MediaType.ociManifest }] }),
    );
    expect(
      parseManifest({ mediaType: MediaType.ociIndex, digest: sha256Digest(index), bytes: index }),
    ).toMatchObject({
      kind: 'index',
      manifests: [{ digest: DIGEST }],
    });
  });

  it('retags within a repository, mounts within a registry, streams across registries', () => {
    const a = { registry: 'ghcr.io', repository: 'k/runenv-python' };
    expect(copyStrategy(a, a)).toBe('retag');
    expect(copyStrategy(a, { ...a, repository: 'k/runenv-python-3.7' })).toBe('mount');
    expect(copyStrategy(a, { ...a, registry: 'docker.io' })).toBe('stream');
  });

  it('stores a manifest under its own mediaType, else the Content-Type it came with', () => {
    const own = Buffer.from(JSON.stringify({ mediaType: MediaType.dockerManifestList, manifests: [] }));
    expect(declaredMediaType(own, 'application/json')).toBe(MediaType.dockerManifestList);
    const bare = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [] }));
    expect(declaredMediaType(bare, `${MediaType.ociIndex}; charset=utf-8`)).toBe(MediaType.ociIndex);
  });

  it('retries connection failures, whatever realm their error comes from', () => {
    expect(isConnectionError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(
      isConnectionError({ name: 'TypeError', message: 'fetch failed', cause: { code: 'UND_ERR_SOCKET' } }),
    ).toBe(true);
    expect(isConnectionError(new Error('manifest invalid'))).toBe(false);
    expect(isConnectionError(new DOMException('timed out', 'TimeoutError'))).toBe(true);
  });
});
