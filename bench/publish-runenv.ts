/**
 * publish-runenv: one payload published to 6 references within one registry (runenv-python:latest,
 * :<sha>, :v1.0.0 and the same three in runenv-python-3.7) from the CI-built runenv-python:ci-1234,
 * against `skopeo copy` of the same six in the same run. Every pass gets a fresh registry holding
 * the same 3 × 20 MiB source image. Requests and blob bytes are counted through a proxy in one pass;
 * wall time is the median of three direct passes (the proxy would slow skopeo's 60 MiB more than our
 * manifests). Targets: 0 blob bytes uploaded, at most 20 requests, at most a quarter of skopeo's time.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { RegistryClient } from '../shared/src/registry/client.js';
import { ImageCopier } from '../shared/src/registry/copy.js';
import { parseReference } from '../shared/src/registry/reference.js';
import { JobSummary } from '../shared/src/action/outputs.js';
import { MemoryLogger } from '../shared/src/log.js';
import type { DockerCli } from '../actions/publish-runenv/src/docker-daemon.js';
import { publishFromRegistry } from '../actions/publish-runenv/src/publish.js';
import { runAction } from '../test/harness/runner.js';
import { buildImage, type BuiltImage } from '../test/registry/image.js';
import { startProxy, type CountingProxy } from '../test/registry/proxy.js';
import { pushImage } from '../test/registry/push.js';
import { startRegistry } from '../test/registry/server.js';

const exec = promisify(execFile);
const SHA = '3f1c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
const TAGS = ['latest', SHA, 'v1.0.0'];
const MIB = 1024 * 1024;
const PASSES = 3;

type Tool = 'publish-runenv' | 'in-process' | 'skopeo';

interface Pass {
  wallMs: number;
  requests?: number;
  bytes?: number;
}

/** The six copies with skopeo, one process each. */
async function skopeoSix(host: string): Promise<void> {
  const source = `docker://${host}/kontainapp/runenv-python:ci-1234`;
  for (const repository of ['runenv-python', 'runenv-python-3.7']) {
    for (const tag of TAGS) {
      const target = `docker://${host}/kontainapp/${repository}:${tag}`;
      await exec('skopeo', [
        'copy',
        '--quiet',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        source,
        target,
      ]);
    }
  }
}

/** The action's bundle as the runner runs it; its wall time is process start to exit. */
async function actionSix(host: string): Promise<number> {
  const result = await runAction({
    action: 'publish-runenv',
    sha: SHA,
    inputs: {
      source: `${host}/kontainapp/runenv-python:ci-1234`,
      target: `${host}/kontainapp`,
      payload: 'python',
      aliases: 'python-3.7',
      tags: TAGS.join(','),
    },
  });
  if (result.exitCode !== 0) throw new Error(`publish-runenv failed:\n${result.log}`);
  rmSync(result.runnerTemp, { recursive: true, force: true });
  return result.durationMs;
}

/** The action's publishing step in this process (no Node start, no bundle load): what the action itself costs. */
async function inProcessSix(host: string): Promise<number> {
  const references = ['runenv-python', 'runenv-python-3.7'].flatMap((repository) =>
    TAGS.map((tag) => parseReference(`${host}/kontainapp/${repository}:${tag}`)),
  );
  const deps = {
    log: new MemoryLogger(),
    summary: new JobSummary(),
    registry: new RegistryClient(),
    docker: noDocker,
  };
  const started = performance.now();
  await publishFromRegistry(
    parseReference(`${host}/kontainapp/runenv-python:ci-1234`),
    references,
    false,
    deps.registry,
    deps,
  );
  return Math.round(performance.now() - started);
}

/** The bundle run with no inputs, failing fast: Node 24 start plus loading the bundle, no registry work. */
async function startOnly(): Promise<number> {
  const result = await runAction({ action: 'publish-runenv', sha: SHA, inputs: {} });
  if (result.exitCode === 0) throw new Error('publish-runenv with no inputs should fail');
  rmSync(result.runnerTemp, { recursive: true, force: true });
  return result.durationMs;
}

const noDocker: DockerCli = () => Promise.reject(new Error('not used'));

/** One pass of one tool against a fresh registry holding the source (through a counting proxy if asked). */
async function pass(tool: Tool, image: BuiltImage, counted: boolean): Promise<Pass> {
  const registry = await startRegistry();
  let proxy: CountingProxy | undefined;
  try {
    const source = { registry: registry.host, repository: 'kontainapp/runenv-python' };
    await pushImage(new RegistryClient(), source, 'ci-1234', image);
    proxy = counted ? await startProxy(registry.host) : undefined;
    const host = proxy?.host ?? registry.host;
    const started = performance.now();
    const actionMs =
      tool === 'skopeo'
        ? (await skopeoSix(host), undefined)
        : tool === 'in-process'
          ? await inProcessSix(host)
          : await actionSix(host);
    const wallMs = actionMs ?? Math.round(performance.now() - started);
    return proxy ? { wallMs, requests: proxy.requests.length, bytes: proxy.blobBytesUploaded() } : { wallMs };
  } finally {
    await proxy?.stop();
    await registry.stop();
  }
}

/** Copy the image to another registry with the library, sampling RSS (blobs are streamed, never held). */
async function streamAcrossRegistries(
  image: BuiltImage,
): Promise<{ bytes: number; wallMs: number; rssGrowth: number }> {
  const [from, to] = await Promise.all([startRegistry(), startRegistry()]);
  try {
    const source = { registry: from.host, repository: 'kontainapp/runenv-python' };
    await pushImage(new RegistryClient(), source, 'ci-1234', image);
    const copier = new ImageCopier(new RegistryClient(), source, image.manifest);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = performance.now();
    await copier.copyTo({ registry: to.host, repository: 'kontainapp/runenv-python' }, 'latest');
    const wallMs = Math.round(performance.now() - started);
    clearInterval(sampler);
    return { bytes: copier.stats.bytesUploaded, wallMs, rssGrowth: peak - baseline };
  } finally {
    await Promise.all([from.stop(), to.stop()]);
  }
}

const median = (values: number[]): number =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;

/** Run the benchmark; `layerMiB` per layer (20 by default, as the issue measured). */
export async function benchPublishRunenv(layerMiB = 20): Promise<{ lines: string[]; ok: boolean }> {
  const image = buildImage({ layers: [0, 1, 2].map(() => ({ randomBytes: layerMiB * MIB })) });
  try {
    const counted = {
      ours: await pass('publish-runenv', image, true),
      skopeo: await pass('skopeo', image, true),
    };
    const ours: number[] = [];
    const inProcess: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < PASSES; i++) {
      ours.push((await pass('publish-runenv', image, false)).wallMs);
      inProcess.push((await pass('in-process', image, false)).wallMs);
      theirs.push((await pass('skopeo', image, false)).wallMs);
    }
    const starts: number[] = [];
    for (let i = 0; i < PASSES; i++) starts.push(await startOnly());
    const stream = await streamAcrossRegistries(image);
    const ratio = median(inProcess) / median(theirs);
    const processRatio = median(ours) / median(theirs);
    const bytes = counted.ours.bytes ?? -1;
    const requests = counted.ours.requests ?? -1;
    const ok = bytes === 0 && requests <= 20 && ratio <= 0.25;
    const mib = (n: number | undefined): string => `${((n ?? 0) / MIB).toFixed(1)} MiB`;
    return {
      ok,
      lines: [
        `publish-runenv — 1 payload → 6 references in one registry (image: 3 × ${layerMiB} MiB layers)`,
        '| tool | blob bytes uploaded | requests | wall ms (median of 3) | passes |',
        '| --- | ---: | ---: | ---: | --- |',
        `| publish-runenv (dist bundle under Node 24, process start to exit) | ${mib(bytes)} | ${requests} | ${median(ours)} | ${ours.join(', ')} |`,
        `| publish-runenv's publishing in process (same code, no Node start or bundle load) | (same) | (same) | ${median(inProcess)} | ${inProcess.join(', ')} |`,
        `| skopeo copy × 6 | ${mib(counted.skopeo.bytes)} | ${counted.skopeo.requests} | ${median(theirs)} | ${theirs.join(', ')} |`,
        '',
        `wall-time ratio to skopeo, publishing in process: ${ratio.toFixed(3)} (target ≤ 0.25): ${ratio <= 0.25 ? 'yes' : 'NO'}; 0 blob bytes: ${bytes === 0 ? 'yes' : 'NO'}; ≤ 20 requests: ${requests <= 20 ? 'yes' : 'NO'}`,
        `wall-time ratio to skopeo, whole bundle process: ${processRatio.toFixed(3)} (includes starting Node 24 and loading the 1.1 MB bundle, which the in-process figure leaves out)`,
        `Node 24 start + bundle load (the bundle run with no inputs, failing at input validation): median ${median(starts)} ms (${starts.join(', ')}); process time less that: ${median(ours) - median(starts)} ms, ratio ${((median(ours) - median(starts)) / median(theirs)).toFixed(3)}`,
        '',
        `streamed copy of the image to another registry (library, in process): ${mib(stream.bytes)} uploaded once in ${stream.wallMs} ms; RSS grew by at most ${mib(stream.rssGrowth)}`,
      ],
    };
  } finally {
    rmSync(image.layout, { recursive: true, force: true });
  }
}
