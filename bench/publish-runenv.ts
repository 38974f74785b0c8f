/**
 * publish-runenv: one payload published to 6 references within one registry (runenv-python:latest,
 * :<sha>, :v1.0.0 and the same three in runenv-python-3.7) from the CI-built runenv-python:ci-1234,
 * against `skopeo copy` of the same six in the same run. Every pass gets a fresh registry holding
 * the same 3 × 20 MiB source image. Requests and blob bytes are counted through a proxy in one pass;
 * wall time is the median of five direct passes (the proxy would slow skopeo's 60 MiB more than our
 * manifests).
 *
 * skopeo remembers where it has seen each blob (its blob-info cache) and mounts a blob it knows
 * instead of uploading it, so it runs twice over, each pass with a cache of its own: cold (a new,
 * empty cache: a fresh runner) and warm (a new cache primed by one unmeasured copy of the source on
 * that registry: a runner that has copied this image before). The machine's own cache
 * (/var/lib/containers/cache for root) is never used: skopeo reads its cache from XDG_DATA_HOME when
 * _CONTAINERS_ROOTLESS_UID names a user (containers/image's rootless rule).
 *
 * Targets: 0 blob bytes uploaded, at most 20 requests, the publishing itself at most a quarter of
 * skopeo's cold time; the whole bundle process (Node's start included) at most 0.3 of skopeo's
 * cold time and 0.5 of its warm time (issue 15).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const PASSES = 5;

type Tool = 'publish-runenv' | 'in-process' | 'skopeo cold' | 'skopeo warm';

interface Pass {
  wallMs: number;
  requests?: number;
  bytes?: number;
}

const SOURCE = (host: string): string => `docker://${host}/kontainapp/runenv-python:ci-1234`;

/** skopeo's environment with a blob-info cache of its own under `cacheHome`. */
function skopeoEnv(cacheHome: string): NodeJS.ProcessEnv {
  return { ...process.env, _CONTAINERS_ROOTLESS_UID: '1000', XDG_DATA_HOME: cacheHome };
}

async function skopeoCopy(from: string, to: string, cacheHome: string): Promise<void> {
  await exec('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', from, to], {
    env: skopeoEnv(cacheHome),
  });
}

/** A new blob-info cache for skopeo; `warm`: primed by copying the source once on `host`. */
async function skopeoCache(host: string, warm: boolean): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'bench-skopeo-cache-'));
  if (warm) await skopeoCopy(SOURCE(host), `docker://${host}/kontainapp/skopeo-prime:ci-1234`, home);
  return home;
}

/** The six copies with skopeo, one process each, with the blob-info cache at `cacheHome`. */
async function skopeoSix(host: string, cacheHome: string): Promise<void> {
  for (const repository of ['runenv-python', 'runenv-python-3.7']) {
    for (const tag of TAGS)
      await skopeoCopy(SOURCE(host), `docker://${host}/kontainapp/${repository}:${tag}`, cacheHome);
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
  let cacheHome: string | undefined;
  try {
    const source = { registry: registry.host, repository: 'kontainapp/runenv-python' };
    await pushImage(new RegistryClient(), source, 'ci-1234', image);
    proxy = counted ? await startProxy(registry.host) : undefined;
    const host = proxy?.host ?? registry.host;
    if (tool.startsWith('skopeo')) cacheHome = await skopeoCache(host, tool === 'skopeo warm');
    // The priming copy is not counted.
    proxy?.reset();
    const started = performance.now();
    const actionMs = cacheHome
      ? (await skopeoSix(host, cacheHome), undefined)
      : tool === 'in-process'
        ? await inProcessSix(host)
        : await actionSix(host);
    const wallMs = actionMs ?? Math.round(performance.now() - started);
    return proxy ? { wallMs, requests: proxy.requests.length, bytes: proxy.blobBytesUploaded() } : { wallMs };
  } finally {
    await proxy?.stop();
    await registry.stop();
    if (cacheHome) rmSync(cacheHome, { recursive: true, force: true });
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
    const tools: Tool[] = ['publish-runenv', 'in-process', 'skopeo cold', 'skopeo warm'];
    const counted: Partial<Record<Tool, Pass>> = {};
    for (const tool of tools) if (tool !== 'in-process') counted[tool] = await pass(tool, image, true);
    const walls = Object.fromEntries(tools.map((t) => [t, [] as number[]])) as Record<Tool, number[]>;
    // Interleaved, so that a busy moment of the machine falls on every tool alike.
    for (let i = 0; i < PASSES; i++)
      for (const tool of tools) walls[tool].push((await pass(tool, image, false)).wallMs);
    const starts: number[] = [];
    for (let i = 0; i < PASSES; i++) starts.push(await startOnly());
    const stream = await streamAcrossRegistries(image);
    const m = (tool: Tool): number => median(walls[tool]);
    const inProcessRatio = m('in-process') / m('skopeo cold');
    const coldRatio = m('publish-runenv') / m('skopeo cold');
    const warmRatio = m('publish-runenv') / m('skopeo warm');
    const bytes = counted['publish-runenv']?.bytes ?? -1;
    const requests = counted['publish-runenv']?.requests ?? -1;
    const ok =
      bytes === 0 && requests <= 20 && inProcessRatio <= 0.25 && coldRatio <= 0.3 && warmRatio <= 0.5;
    const mib = (n: number | undefined): string => `${((n ?? 0) / MIB).toFixed(1)} MiB`;
    const row = (name: string, tool: Tool): string => {
      const c = counted[tool];
      return `| ${name} | ${c ? mib(c.bytes) : '(same)'} | ${c ? c.requests : '(same)'} | ${m(tool)} | ${walls[tool].join(', ')} |`;
    };
    const yes = (good: boolean): string => (good ? 'yes' : 'NO');
    return {
      ok,
      lines: [
        `publish-runenv — 1 payload → 6 references in one registry (image: 3 × ${layerMiB} MiB layers)`,
        `| tool | blob bytes uploaded | requests | wall ms (median of ${PASSES}) | passes |`,
        '| --- | ---: | ---: | ---: | --- |',
        row('publish-runenv (dist bundle under Node 24, process start to exit)', 'publish-runenv'),
        row("publish-runenv's publishing in process (same code, no Node start or bundle load)", 'in-process'),
        row('skopeo copy × 6, cold (a new blob-info cache each pass)', 'skopeo cold'),
        row(
          'skopeo copy × 6, warm (a new cache primed by one copy of the source on that registry)',
          'skopeo warm',
        ),
        '',
        `whole bundle process ÷ skopeo cold: ${coldRatio.toFixed(3)} (target ≤ 0.3): ${yes(coldRatio <= 0.3)}; ÷ skopeo warm: ${warmRatio.toFixed(3)} (target ≤ 0.5): ${yes(warmRatio <= 0.5)}`,
        `publishing in process ÷ skopeo cold: ${inProcessRatio.toFixed(3)} (target ≤ 0.25): ${yes(inProcessRatio <= 0.25)}; 0 blob bytes: ${yes(bytes === 0)}; ≤ 20 requests: ${yes(requests <= 20)}`,
        `Node 24 start + bundle load (the bundle run with no inputs, failing at input validation): median ${median(starts)} ms (${starts.join(', ')}); process time less that: ${m('publish-runenv') - median(starts)} ms`,
        '',
        `streamed copy of the image to another registry (library, in process): ${mib(stream.bytes)} uploaded once in ${stream.wallMs} ms; RSS grew by at most ${mib(stream.rssGrowth)}`,
      ],
    };
  } finally {
    rmSync(image.layout, { recursive: true, force: true });
  }
}
