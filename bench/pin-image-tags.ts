/**
 * pin-image-tags on a large tree: 2,000 tracked YAML files (40 Helm charts with provider values files
 * and Go templates, 60 kustomize overlays, 1,900 multi-document manifests, 100 of which name a
 * near-miss image) holding 200 references to three images, whose tags are in Debian's
 * docker-registry behind a proxy that pages tag lists and counts requests (the adaptor has 1,100 CI
 * tags, so its list takes two pages).
 *
 * Figures: wall time of the dist bundle under Node 24 (pin by tag, pin by digest, revert); the files
 * read, counted independently by wrapping node:fs/promises' readFile in an in-process run (each path
 * at most once), and parsed (the action's own count: at most once each, only those that mention an
 * image); registry requests (tag lists per image, manifest reads per image:tag pinned). `ok` holds
 * when every run found the 200 references and every count is within its target.
 */
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { JobSummary } from '../shared/src/action/outputs.js';
import { MemoryLogger } from '../shared/src/log.js';
import { RegistryClient } from '../shared/src/registry/client.js';
import { run } from '../actions/pin-image-tags/src/run.js';
import type { Inputs } from '../actions/pin-image-tags/src/inputs.js';
import { runAction } from '../test/harness/runner.js';
import { startProxy } from '../test/registry/proxy.js';
import { startRegistry } from '../test/registry/server.js';
import {
  CAA,
  checkout,
  git,
  PEERPOD_CTRL,
  RELEASE,
  stagePeerPods,
  WEBHOOK,
  type Tree,
} from '../test/fixtures/pin-image-tags-trees.js';

const FILES = 2000;
const REFERENCES = 200;

/** The tree: every file YAML, 200 references, the rest filler that mostly never mentions the images. */
function bigTree(host: string): Tree {
  const tree: Tree = {};
  const caa = `${host}/${CAA}`;
  const images = [caa, `${host}/${PEERPOD_CTRL}`, `${host}/${WEBHOOK}`];
  for (let i = 0; i < 40; i++) {
    const dir = `charts/app-${i}`;
    const ours = i < 20;
    tree[`${dir}/Chart.yaml`] = `apiVersion: v2\nname: app-${i}\nversion: 0.1.${i}\n`;
    tree[`${dir}/values.yaml`] =
      `# app-${i}\nreplicas: 2\nimage:\n  name: ${ours ? caa : `${host}/other/app-${i}`}\n  tag: "latest"\n  pullPolicy: IfNotPresent\n` +
      `resources:\n  limits:\n    cpu: 500m\n    memory: 128Mi\n`;
    tree[`${dir}/providers/dev.yaml`] =
      `provider: dev\nimage:\n  tag: "latest"\nproviderConfigs:\n  dev: {}\n`;
    tree[`${dir}/providers/prod.yaml`] = `provider: prod\nproviderConfigs:\n  prod:\n    REGION: "eu-1"\n`;
    tree[`${dir}/templates/deploy.yaml`] =
      `{{- if .Values.enabled }}\n# default image ${caa}\nimage: "{{ .Values.image.name }}:{{ .Values.image.tag }}"\n{{- end }}\n`;
  }
  for (let i = 0; i < 60; i++) {
    const image = i < 40 ? caa : images[2]!;
    tree[`overlays/o-${i}/kustomization.yaml`] =
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../../base\nimages:\n- name: app\n  newName: ${image} # change image if needed\n  newTag: latest\n` +
      `configMapGenerator:\n- name: cm-${i}\n  literals:\n  - PROVIDER="p${i}"\n`;
  }
  const manifests = FILES - Object.keys(tree).length;
  for (let i = 0; i < manifests; i++) {
    const image =
      i < 100
        ? images[i < 60 ? 0 : i < 80 ? 1 : 2]!
        : i < 200
          ? `${caa}-helper`
          : `registry.example.com/team-${i % 17}/svc-${i}`;
    const docs = [
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-${i}\n  labels:\n    team: t${i % 17}\nspec:\n  replicas: ${1 + (i % 3)}\n  template:\n    spec:\n      containers:\n      - name: main\n        image: ${image}:latest\n        ports:\n        - containerPort: 8080\n`,
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: svc-${i}-config\ndata:\n${Array.from({ length: 30 }, (_, k) => `  key${k}: "value ${k} of svc-${i}"\n`).join('')}`,
    ];
    tree[`manifests/team-${i % 17}/svc-${i}.yaml`] = docs.join('---\n');
  }
  return tree;
}

interface Row {
  name: string;
  wallMs: number;
  searched: number;
  read: number;
  parsed: number;
  references: number;
  tagLists: Record<string, number>;
  manifestGets: number;
  ok: boolean;
}

export async function benchPinImageTags(): Promise<{ lines: string[]; ok: boolean }> {
  const registry = await startRegistry();
  const proxy = await startProxy(registry.host, { pageTags: true });
  try {
    await stagePeerPods(registry.host);
    const host = proxy.host;
    const tree = bigTree(host);
    const image = [CAA, PEERPOD_CTRL, WEBHOOK].map((p) => `${host}/${p}`).join('\n');
    const templates = 'charts/*/providers/*.yaml: {tag}-dev';
    const lines = [
      `### pin-image-tags: ${Object.keys(tree).length} YAML files, ${REFERENCES} references to 3 images`,
      '',
      '| run | wall ms | files searched | read | parsed as YAML | references | tag list requests (per image) | manifest reads | within target |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | :---: |',
    ];
    const rows: Row[] = [];
    const counted = (name: string, started: number, log: string, readCount?: number): Row => {
      const match =
        /Searched (\d+) file\(s\): (\d+) read, (\d+) parsed as YAML[^;]*; (\d+) reference\(s\) found/.exec(
          log,
        );
      const refs = Number(match?.[4] ?? -1);
      const made = proxy.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')}`);
      const tagLists: Record<string, number> = {};
      for (const path of [CAA, PEERPOD_CTRL, WEBHOOK])
        tagLists[path.split('/')[1]!] = made.filter((r) => r === `GET /v2/${path}/tags/list`).length;
      const manifestGets = made.filter((r) => r.startsWith('GET') && r.includes('/manifests/')).length;
      const searched = Number(match?.[1] ?? -1);
      const read = readCount ?? Number(match?.[2] ?? -1);
      const parsed = Number(match?.[3] ?? -1);
      // Two pages for the adaptor's 1,100-tag list, one for the others; one manifest per image:tag pinned.
      const pairs = name.startsWith('revert') ? 3 : 4;
      const ok =
        refs === REFERENCES &&
        searched === FILES &&
        read <= FILES &&
        parsed <= FILES &&
        tagLists['cloud-api-adaptor'] === 2 &&
        tagLists['peerpod-ctrl'] === 1 &&
        tagLists['peer-pods-webhook'] === 1 &&
        manifestGets === pairs;
      return {
        name,
        wallMs: Date.now() - started,
        searched,
        read,
        parsed,
        references: refs,
        tagLists,
        manifestGets,
        ok,
      };
    };

    // The bundle, as the runner runs it.
    const { workspace, sha } = checkout(tree, 'big');
    for (const [name, inputs] of [
      ['pin by tag (bundle)', { tag: RELEASE }],
      ['pin by digest (bundle, dry run)', { tag: RELEASE, 'pin-by': 'digest', 'dry-run': 'true' }],
      [
        'pin, push: branch (bundle, dry run; files read from HEAD)',
        { tag: RELEASE, push: 'branch', 'dry-run': 'true' },
      ],
      ['revert (bundle)', { mode: 'revert' }],
    ] as const) {
      proxy.reset();
      const started = Date.now();
      const result = await runAction({
        action: 'pin-image-tags',
        workspace,
        sha,
        repository: 'o/big',
        timeoutMs: 120_000,
        inputs: { image, templates: name.startsWith('revert') ? '' : templates, ...inputs },
      });
      rows.push(counted(name, started, result.log));
      if (result.exitCode !== 0) lines.push(`${name} failed: ${result.log.split('\n').slice(-3).join(' ')}`);
    }
    git(workspace, 'checkout', '-q', '--', '.');

    // In process, every readFile counted by path (node:fs/promises wrapped, not the action's word).
    const reads = new Map<string, number>();
    const original = fsp.readFile;
    fsp.readFile = ((path: Parameters<typeof original>[0], ...rest: unknown[]) => {
      const key =
        typeof path === 'string' ? path : path instanceof URL ? path.pathname : `handle ${typeof path}`;
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return (original as (...a: unknown[]) => ReturnType<typeof original>)(path, ...rest);
    }) as typeof original;
    syncBuiltinESMExports();
    try {
      proxy.reset();
      const log = new MemoryLogger();
      const started = Date.now();
      await run(inProcessInputs(image, templates), {
        log,
        summary: new JobSummary(),
        context: {
          owner: 'o',
          repo: 'big',
          repository: 'o/big',
          sha,
          ref: 'refs/heads/main',
          eventName: 'workflow_dispatch',
          event: {},
          workspace,
          runnerTemp: workspace,
          apiUrl: 'https://api.github.com',
          serverUrl: 'https://github.com',
          runId: '1',
        },
        registry: new RegistryClient(),
      });
      const most = Math.max(...reads.values());
      const row = counted(
        'pin by tag (in process, reads counted)',
        started,
        log.lines.join('\n'),
        reads.size,
      );
      row.ok &&= most === 1;
      rows.push(row);
      if (most !== 1) lines.push(`a file was read ${most} times`);
    } finally {
      fsp.readFile = original;
      syncBuiltinESMExports();
    }
    for (const r of rows) {
      const lists = Object.entries(r.tagLists)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      lines.push(
        `| ${r.name} | ${r.wallMs} | ${r.searched} | ${r.read} | ${r.parsed} | ${r.references} | ${lists} | ${r.manifestGets} | ${r.ok ? 'yes' : 'NO'} |`,
      );
    }
    lines.push(
      '',
      'Targets: every file read at most once (in process: readFile calls per path, counted by wrapping node:fs/promises) and',
      'parsed at most once (only those that mention an image, plus chart values files that may override a tag); one tag list',
      "per image (the adaptor's in two pages of its 1,100 tags); one manifest read per image:tag pinned (4 for a pin: the",
      'three release tags and the -dev one; 3 for a revert: latest of each image).',
    );
    return { lines, ok: rows.every((r) => r.ok) };
  } finally {
    await proxy.stop();
    await registry.stop();
  }
}

function inProcessInputs(image: string, templates: string): Inputs {
  return {
    mode: 'pin',
    images: image.split('\n').map((name) => {
      const slash = name.indexOf('/');
      return { name, registry: name.slice(0, slash), repository: name.slice(slash + 1) };
    }),
    tag: RELEASE,
    pinBy: 'tag',
    files: [],
    templates: [{ glob: templates.split(':')[0]!, template: '{tag}-dev' }],
    lines: [],
    components: [],
    revertReference: 'main',
    checkRegistry: true,
    insecureRegistries: [],
    push: 'none',
    dryRun: true,
    allowOutsideWorkspace: [],
    sha: RELEASE,
  };
}
