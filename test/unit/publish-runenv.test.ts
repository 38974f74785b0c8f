import { describe, expect, it } from '@jest/globals';
import { JobSummary } from '../../shared/src/action/outputs.js';
import { MemoryLogger } from '../../shared/src/log.js';
import type { RegistryClient } from '../../shared/src/registry/client.js';
import { formatReference, parseReference } from '../../shared/src/registry/reference.js';
import {
  dockerCommands,
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
  function fakeDocker(failPush = false): { cli: DockerCli; calls: string[] } {
    const calls: string[] = [];
    const cli: DockerCli = (args) => {
      calls.push(args.join(' '));
      if (args[0] === 'push') {
        return Promise.resolve(
          failPush
            ? { exitCode: 1, stdout: '', stderr: 'denied: requested access to the resource is denied' }
            : {
                exitCode: 0,
                stdout: `The push refers to repository [${args[1]}]\nlatest: digest: ${DIGEST} size: 528\n`,
                stderr: '',
              },
        );
      }
      return Promise.resolve({ exitCode: 0, stdout: '', stderr: '' });
    };
    return { cli, calls };
  }
  const deps = () => ({
    log: new MemoryLogger(),
    summary: new JobSummary(),
    registry: {} as RegistryClient,
    docker: fakeDocker().cli,
  });
  const refs = ['docker.io/kontainapp/runenv-node:latest', 'docker.io/kontainapp/runenv-node-12:latest'].map(
    parseReference,
  );

  it('issues the seed 004 sequence for every reference, in order', async () => {
    const { cli, calls } = fakeDocker();
    const result = await publishFromDaemon('kontainapp/runenv-node:latest', refs, false, cli, deps());
    expect(calls).toEqual([
      'tag kontainapp/runenv-node:latest docker.io/kontainapp/runenv-node:latest',
      'push docker.io/kontainapp/runenv-node:latest',
      'image rm docker.io/kontainapp/runenv-node:latest',
      'tag kontainapp/runenv-node:latest docker.io/kontainapp/runenv-node-12:latest',
      'push docker.io/kontainapp/runenv-node-12:latest',
      'image rm docker.io/kontainapp/runenv-node-12:latest',
    ]);
    expect(result.digest).toBe(DIGEST);
    expect(result.published.map((p) => p.reference)).toEqual(refs.map(formatReference));
  });

  it('clears the tag even when the push fails, and stops there', async () => {
    const { cli, calls } = fakeDocker(true);
    const failure = await publishFromDaemon('kontainapp/runenv-node:latest', refs, false, cli, deps()).catch(
      (e: unknown) => e,
    );
    expect(String(failure)).toContain('docker push docker.io/kontainapp/runenv-node:latest failed');
    expect(calls).toEqual([
      'tag kontainapp/runenv-node:latest docker.io/kontainapp/runenv-node:latest',
      'push docker.io/kontainapp/runenv-node:latest',
      'image rm docker.io/kontainapp/runenv-node:latest',
    ]);
  });

  it('issues nothing in a dry run', async () => {
    const { cli, calls } = fakeDocker();
    const d = deps();
    await publishFromDaemon('kontainapp/runenv-node:latest', refs, true, cli, d);
    expect(calls).toEqual([]);
    expect(d.log.lines.join('\n')).toContain(
      'docker tag kontainapp/runenv-node:latest docker.io/kontainapp/runenv-node:latest',
    );
  });

  it('reads the digest docker push prints', () => {
    expect(pushedDigest(`latest: digest: ${DIGEST} size: 528`)).toBe(DIGEST);
    expect(pushedDigest('no digest here')).toBeUndefined();
    expect(dockerCommands('a', 'b')).toEqual([
      ['tag', 'a', 'b'],
      ['push', 'b'],
      ['image', 'rm', 'b'],
    ]);
  });
});
