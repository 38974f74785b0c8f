import { describe, expect, it } from '@jest/globals';
import { JobSummary } from '../../shared/src/action/outputs.js';
import { MemoryLogger } from '../../shared/src/log.js';
import type { RegistryClient } from '../../shared/src/registry/client.js';
import { formatReference, parseReference } from '../../shared/src/registry/reference.js';
import {
  dockerCommands,
  normalisedName,
  publishFromDaemon,
  pushedDigest,
  type DockerCli,
} from '../../actions/publish-runenv/src/docker-daemon.js';
import { expandTags, targetReferences, templateProblem } from '../../actions/publish-runenv/src/naming.js';

const SHA = '3f1c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
const DIGEST = `sha256:${'b'.repeat(64)}`;

describe('names (seed 000 and seed 004)', () => {
  it('python: runenv-python and runenv-python-3.7, each latest, the SHA and the release tag', () => {
    const refs = targetReferences(
      { target: 'docker.io/kontainapp', template: 'runenv-{name}', names: ['python', 'python-3.7'] },
      expandTags(['latest', '{sha}', 'v0.9.1'], SHA),
    );
    expect(refs.map(formatReference)).toEqual([
      'docker.io/kontainapp/runenv-python:latest',
      `docker.io/kontainapp/runenv-python:${SHA}`,
      'docker.io/kontainapp/runenv-python:v0.9.1',
      'docker.io/kontainapp/runenv-python-3.7:latest',
      `docker.io/kontainapp/runenv-python-3.7:${SHA}`,
      'docker.io/kontainapp/runenv-python-3.7:v0.9.1',
    ]);
  });

  it('java: runenv-java, runenv-java-11 and runenv-jdk-11', () => {
    const refs = targetReferences(
      { target: 'docker.io/kontainapp', template: 'runenv-{name}', names: ['java', 'java-11', 'jdk-11'] },
      ['latest'],
    );
    expect(refs.map((r) => r.repository)).toEqual([
      'kontainapp/runenv-java',
      'kontainapp/runenv-java-11',
      'kontainapp/runenv-jdk-11',
    ]);
  });

  it('seed 004: kontain/<name>-<platform>:<version> in the target registry, CI-<BuildId> tags', () => {
    const refs = targetReferences(
      {
        target: 'kontainkubecr.azurecr.io/kontain',
        template: '{name}-{platform}',
        names: ['test-km'],
        platform: 'fedora',
      },
      expandTags(['CI-1234'], SHA),
    );
    expect(refs.map(formatReference)).toEqual(['kontainkubecr.azurecr.io/kontain/test-km-fedora:CI-1234']);
  });

  it('short SHAs, duplicates dropped, and bad tags and templates explained', () => {
    expect(expandTags(['{short-sha}', 'latest', 'latest'], SHA)).toEqual(['3f1c2b9', 'latest']);
    expect(() => expandTags(['.hidden'], SHA)).toThrow(
      '".hidden": a tag is letters, digits, _, . and - (not starting with . or -)',
    );
    expect(templateProblem('runenv-{payload}')).toBe(
      'only {name} and {platform} placeholders (not {payload})',
    );
    expect(templateProblem('runenv')).toBe('a template containing {name}, such as runenv-{name}');
    expect(templateProblem('{name}-{platform}')).toBeUndefined();
  });
});

describe('a local Docker daemon source: docker tag, push, remove the tag', () => {
  const ID = `sha256:${'1'.repeat(64)}`;
  const OTHER = `sha256:${'2'.repeat(64)}`;
  const digestOf = (id: string): string => `sha256:${id.slice(-1).repeat(64)}`;

  /**
   * A docker CLI over a model daemon: names normalised as Docker does (`kontainapp/x` is
   * `docker.io/kontainapp/x:latest`), images by ID, `image rm` of an image's last name deletes it.
   */
  function fakeDocker(
    names: Record<string, string>,
    failPush = false,
  ): { cli: DockerCli; calls: string[]; names: Map<string, string> } {
    const state = new Map(Object.entries(names).map(([n, id]) => [normalisedName(n), id]));
    const calls: string[] = [];
    const ok = (stdout = '') => Promise.resolve({ exitCode: 0, stdout, stderr: '' });
    const fail = (stderr: string) => Promise.resolve({ exitCode: 1, stdout: '', stderr });
    // A retagged name leaves its old image dangling (still there by ID); rm of its last name deletes it.
    const images = new Set(state.values());
    const resolve = (x: string): string | undefined => (images.has(x) ? x : state.get(normalisedName(x)));
    const cli: DockerCli = (args) => {
      calls.push(args.join(' '));
      const [a = '', b = '', c = ''] = args;
      if (a === 'image' && b === 'inspect') {
        const id = resolve(args[4] ?? '');
        return id ? ok(`${id}\n`) : fail(`Error: No such image: ${args[4]}`);
      }
      if (a === 'tag') {
        const id = resolve(b);
        if (!id) return fail(`Error response from daemon: No such image: ${b}`);
        state.set(normalisedName(c), id);
        return ok();
      }
      if (a === 'push') {
        const id = resolve(b);
        if (!id) return fail(`An image does not exist locally with the tag: ${b}`);
        if (failPush) return fail('denied: requested access to the resource is denied');
        return ok(`The push refers to repository [${b}]\nlatest: digest: ${digestOf(id)} size: 528\n`);
      }
      if (a === 'image' && b === 'rm') {
        const id = state.get(normalisedName(c));
        if (!id) return fail(`Error: No such image: ${c}`);
        state.delete(normalisedName(c));
        if (![...state.values()].includes(id)) images.delete(id);
        return ok(`Untagged: ${c}\n`);
      }
      return fail(`unexpected docker ${args.join(' ')}`);
    };
    return { cli, calls, names: state };
  }
  const deps = () => ({
    log: new MemoryLogger(),
    summary: new JobSummary(),
    registry: {} as RegistryClient,
    docker: fakeDocker({}).cli,
  });
  const refs = ['docker.io/kontainapp/runenv-node:latest', 'docker.io/kontainapp/runenv-node-12:latest'].map(
    parseReference,
  );
  const inspect = (name: string) => `image inspect --format {{.Id}} ${name}`;

  it('never removes the source: a reference equal to it after normalisation is only pushed', async () => {
    const docker = fakeDocker({ 'kontainapp/runenv-node:latest': ID });
    const result = await publishFromDaemon('kontainapp/runenv-node:latest', refs, false, docker.cli, deps());
    expect(docker.calls).toEqual([
      inspect('kontainapp/runenv-node:latest'),
      inspect('docker.io/kontainapp/runenv-node-12:latest'),
      'push docker.io/kontainapp/runenv-node:latest',
      `tag ${ID} docker.io/kontainapp/runenv-node-12:latest`,
      'push docker.io/kontainapp/runenv-node-12:latest',
      'image rm docker.io/kontainapp/runenv-node-12:latest',
    ]);
    expect([...docker.names]).toEqual([['docker.io/kontainapp/runenv-node:latest', ID]]);
    expect(result.digest).toBe(digestOf(ID));
    expect(result.published.map((p) => p.reference)).toEqual(refs.map(formatReference));
  });

  it('puts back a local tag that named another image before the run', async () => {
    const docker = fakeDocker({ 'runenv:ci': ID, 'kontainapp/runenv-node-12': OTHER });
    await publishFromDaemon('runenv:ci', refs, false, docker.cli, deps());
    expect(docker.calls.slice(-6)).toEqual([
      `tag ${ID} docker.io/kontainapp/runenv-node:latest`,
      'push docker.io/kontainapp/runenv-node:latest',
      'image rm docker.io/kontainapp/runenv-node:latest',
      `tag ${ID} docker.io/kontainapp/runenv-node-12:latest`,
      'push docker.io/kontainapp/runenv-node-12:latest',
      `tag ${OTHER} docker.io/kontainapp/runenv-node-12:latest`,
    ]);
    expect(Object.fromEntries(docker.names)).toEqual({
      'docker.io/library/runenv:ci': ID,
      'docker.io/kontainapp/runenv-node-12:latest': OTHER,
    });
  });

  it('clears the tag even when the push fails, and stops there', async () => {
    const docker = fakeDocker({ 'runenv:ci': ID }, true);
    const failure = await publishFromDaemon('runenv:ci', refs, false, docker.cli, deps()).catch(
      (e: unknown) => e,
    );
    expect(String(failure)).toContain('docker push docker.io/kontainapp/runenv-node:latest failed');
    expect(docker.calls.slice(3)).toEqual([
      `tag ${ID} docker.io/kontainapp/runenv-node:latest`,
      'push docker.io/kontainapp/runenv-node:latest',
      'image rm docker.io/kontainapp/runenv-node:latest',
    ]);
    expect([...docker.names]).toEqual([['docker.io/library/runenv:ci', ID]]);
  });

  it('fails before any write when the daemon has no such image', async () => {
    const docker = fakeDocker({});
    const failure = await publishFromDaemon('runenv:ci', refs, false, docker.cli, deps()).catch(
      (e: unknown) => e,
    );
    expect(String(failure)).toContain('The local Docker daemon has no image runenv:ci');
    expect(docker.calls).toEqual([inspect('runenv:ci')]);
  });

  it('only inspects in a dry run', async () => {
    const docker = fakeDocker({ 'runenv:ci': ID });
    const d = deps();
    await publishFromDaemon('runenv:ci', refs, true, docker.cli, d);
    expect(docker.calls.every((c) => c.startsWith('image inspect'))).toBe(true);
    expect(d.log.lines.join('\n')).toContain(`docker tag ${ID} docker.io/kontainapp/runenv-node:latest`);
  });

  it('reads the digest docker push prints, and the commands for each local state', () => {
    expect(pushedDigest(`latest: digest: ${DIGEST} size: 528`)).toBe(DIGEST);
    expect(pushedDigest('no digest here')).toBeUndefined();
    expect(dockerCommands('id', 'b', { kind: 'absent' })).toEqual([
      ['tag', 'id', 'b'],
      ['push', 'b'],
      ['image', 'rm', 'b'],
    ]);
    expect(dockerCommands('id', 'b', { kind: 'source' })).toEqual([['push', 'b']]);
    expect(normalisedName('node')).toBe('docker.io/library/node:latest');
  });
});
