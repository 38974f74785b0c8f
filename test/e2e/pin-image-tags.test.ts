/**
 * pin-image-tags through its bundle under Node 24, on peer pods' trees of both eras (seed 001), with
 * the images in Debian's docker-registry read through a proxy that pages tag lists and counts
 * requests, and the components' git repositories as local bare remotes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../shared/src/registry/client.js';
import { buildImage } from '../registry/image.js';
import { startProxy, type CountingProxy } from '../registry/proxy.js';
import { pushImage } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import {
  CAA,
  checkout,
  componentRemotes,
  git,
  helmEra,
  helmEraPinned,
  kustomizeEra,
  kustomizeEraPinned,
  readFiles,
  versionsYaml,
  VERSIONS,
  type ComponentUrls,
} from '../fixtures/pin-image-tags-trees.js';
import {
  expectFiles,
  failedWith,
  GUEST_COMPONENTS,
  IMAGES,
  pin,
  RELEASE,
  stagePeerPods,
  untouched,
  type Staged,
} from './pin-image-tags-helpers.js';

let registry: TestRegistry;
let proxy: CountingProxy;
let host: string;
let staged: Staged;
let urls: ComponentUrls & { commits: Record<string, string> };

beforeAll(async () => {
  registry = await startRegistry();
  // Pushed straight to the registry; the action reads it through the paging, counting proxy.
  proxy = await startProxy(registry.host, { pageTags: true });
  host = proxy.host;
  staged = await stagePeerPods(registry.host);
  urls = componentRemotes();
}, 120_000);
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

/** Registry requests since the proxy was reset, as `METHOD path-without-query`. */
const requests = (): string[] => proxy.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')}`);

const CHART_VALUES = 'src/cloud-api-adaptor/install/charts/peerpods/values.yaml';
const HELM_PIN = {
  templates: ['**/providers/libvirt.yaml: {tag}-dev', 'src/cloud-providers/Makefile: {tag}-dev'].join('\n'),
  lines: 'src/cloud-providers/Makefile: /"  tag: \\\\"([^"\\\\]*)\\\\""/',
};

describe("Helm era: release-helper.sh caa-image-tag's files", () => {
  it('pins the three charts, the libvirt values file and the Makefile line, every tag found first; a rerun changes nothing; revert gives back the bytes', async () => {
    const tree = helmEra(host, urls);
    const { workspace, sha } = checkout(tree);
    proxy.reset();
    const result = await pin(
      workspace,
      {
        image: IMAGES(host),
        tag: RELEASE,
        ...HELM_PIN,
        components: [
          `${VERSIONS}: git.coco-operator.reference = v0.17.0 check`,
          `${VERSIONS}: git.coco-operator.config = release`,
          `${VERSIONS}: git.kbs.tag = v0.17.0 check`,
          `${VERSIONS}: oci.guest-components.reference = ${GUEST_COMPONENTS} check`,
        ].join('\n'),
      },
      { sha },
    );
    expect(result.log).not.toContain('Unexpected');
    expect(result.exitCode).toBe(0);
    expectFiles(workspace, tree, {
      ...helmEraPinned(host, RELEASE),
      [VERSIONS]: versionsYaml(host, urls, {
        config: 'release',
        operator: 'v0.17.0',
        kbs: 'v0.17.0',
        guest: GUEST_COMPONENTS,
      }),
    });
    expect(result.outputs.changed).toBe('true');
    expect(result.outputs.digest).toBe(staged.release);
    expect(JSON.parse(result.outputs['changed-files'] ?? '')).toEqual([
      'src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml',
      'src/cloud-api-adaptor/install/charts/peerpods/values.yaml',
      VERSIONS,
      'src/cloud-providers/Makefile',
      'src/peerpod-ctrl/chart/values.yaml',
      'src/webhook/chart/values.yaml',
    ]);
    const pins = JSON.parse(result.outputs.pins ?? '') as {
      file: string;
      location: string;
      old: string;
      new: string;
    }[];
    expect(pins.filter((p) => p.file.endsWith('libvirt.yaml'))).toEqual([
      expect.objectContaining({ location: 'image.tag', old: 'latest', new: `${RELEASE}-dev` }),
    ]);
    expect(result.summary).toContain('| src/webhook/chart/values.yaml | 12 | image.tag | latest |');

    // Each repository's tag list read once (the adaptor's in two pages), each tag's manifest once.
    const made = requests();
    const lists = (path: string) => made.filter((r) => r === `GET /v2/${path}/tags/list`).length;
    expect(lists(CAA)).toBe(2);
    expect(lists('confidential-containers/peerpod-ctrl')).toBe(1);
    expect(lists('confidential-containers/peer-pods-webhook')).toBe(1);
    expect(lists('confidential-containers/guest-components')).toBe(1);
    expect(made.filter((r) => r.startsWith('GET /v2/') && r.includes('/manifests/')).sort()).toEqual(
      [
        `GET /v2/${CAA}/manifests/${RELEASE}`,
        `GET /v2/${CAA}/manifests/${RELEASE}-dev`,
        `GET /v2/confidential-containers/guest-components/manifests/${GUEST_COMPONENTS}`,
        `GET /v2/confidential-containers/peer-pods-webhook/manifests/${RELEASE}`,
        `GET /v2/confidential-containers/peerpod-ctrl/manifests/${RELEASE}`,
      ].sort(),
    );

    git(workspace, 'commit', '-qam', 'Pin the release image');
    const again = await pin(workspace, { image: IMAGES(host), tag: RELEASE, ...HELM_PIN }, { sha });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.changed).toBe('false');
    expect(again.summary).toContain('nothing to change');
    untouched(workspace);

    // Post-release: back to latest, the operator back to main (and, here, the rest as they were).
    const revert = await pin(workspace, {
      mode: 'revert',
      image: IMAGES(host),
      lines: HELM_PIN.lines,
      components: [
        `${VERSIONS}: git.coco-operator.reference check`,
        `${VERSIONS}: git.coco-operator.config = default`,
        `${VERSIONS}: git.kbs.tag = v0.16.0`,
        `${VERSIONS}: oci.guest-components.reference`,
      ].join('\n'),
    });
    expect(revert.exitCode).toBe(0);
    expect(revert.outputs.tag).toBe('latest');
    expect(readFiles(workspace, Object.keys(tree))).toEqual(tree);
  }, 90_000);
});

const KUSTOMIZE_PIN = {
  templates: ['**/overlays/libvirt/**: dev-{tag}', '**/overlays/docker/**: dev-{tag}'].join('\n'),
  files: '!**/overlays/alibabacloud/**',
};

describe('kustomize era: the overlays', () => {
  it('pins every overlay that names the image (dev- for libvirt and docker, the alibabacloud mirror left alone) and the manifest string; revert gives back the bytes', async () => {
    const tree = kustomizeEra(host, urls);
    const { workspace, sha } = checkout(tree);
    const result = await pin(workspace, { image: `${host}/${CAA}`, tag: RELEASE, ...KUSTOMIZE_PIN }, { sha });
    expect(result.exitCode).toBe(0);
    expectFiles(workspace, tree, kustomizeEraPinned(host, RELEASE));

    const revert = await pin(workspace, { mode: 'revert', image: `${host}/${CAA}` });
    expect(revert.exitCode).toBe(0);
    expect(readFiles(workspace, Object.keys(tree))).toEqual(tree);
  }, 60_000);

  it('pins by digest: the index digest of a multi-arch image (never a platform’s) in digest: lines and @sha256 strings; revert removes them', async () => {
    const tree = kustomizeEra(host, urls);
    const { workspace, sha } = checkout(tree);
    const result = await pin(
      workspace,
      { image: `${host}/${CAA}`, tag: RELEASE, 'pin-by': 'digest', ...KUSTOMIZE_PIN },
      { sha },
    );
    expect(result.exitCode).toBe(0);
    expectFiles(
      workspace,
      tree,
      kustomizeEraPinned(host, RELEASE, { release: staged.release, dev: staged.devPrefixed }),
    );
    expect(result.outputs.digest).toBe(staged.release);
    expect(staged.platforms).not.toContain(staged.release);
    expect(result.log).toContain('(multi-arch index)');

    const revert = await pin(workspace, { mode: 'revert', image: `${host}/${CAA}` });
    expect(revert.exitCode).toBe(0);
    expect(readFiles(workspace, Object.keys(tree))).toEqual(tree);
  }, 60_000);

  it('leaves out what a ! glob excludes; a dry run prints the diff and writes nothing', async () => {
    const tree = kustomizeEra(host, urls);
    const { workspace, sha } = checkout(tree);
    const result = await pin(
      workspace,
      {
        image: `${host}/${CAA}`,
        tag: RELEASE,
        files: '!**/overlays/azure/**\n!**/overlays/libvirt/**\n!**/overlays/docker/**',
        'dry-run': 'true',
      },
      { sha },
    );
    expect(result.exitCode).toBe(0);
    untouched(workspace);
    expect(result.outputs.changed).toBe('true');
    expect(JSON.parse(result.outputs['changed-files'] ?? '')).toEqual([
      'src/cloud-api-adaptor/install/overlays/aws/kustomization.yaml',
      'src/cloud-api-adaptor/install/overlays/ibmcloud/kustomization.yaml',
      'src/cloud-api-adaptor/install/yamls/debug.yaml',
    ]);
    expect(result.log).toContain(
      [
        '--- a/src/cloud-api-adaptor/install/overlays/aws/kustomization.yaml',
        '+++ b/src/cloud-api-adaptor/install/overlays/aws/kustomization.yaml',
        '@@ -7,7 +7,7 @@',
        ' images:',
        ' - name: cloud-api-adaptor',
        `   newName: ${host}/${CAA} # change image if needed`,
        '-  newTag: latest',
        `+  newTag: ${RELEASE}`,
      ].join('\n'),
    );
  }, 60_000);
});

describe('refusals: one clear error, nothing written', () => {
  const helm = () => {
    const tree = helmEra(host, urls);
    return { tree, ...checkout(tree) };
  };

  it('a tag the registry does not have: names image, tag and registry, and the closest tags there', async () => {
    const { workspace, sha } = helm();
    const result = await pin(
      workspace,
      { image: `${host}/${CAA}`, tag: '6d7d2a3fe8243809b3c3a710792c8498292e2fc5' },
      { sha },
    );
    failedWith(
      result,
      `${host}/${CAA} has no tag 6d7d2a3fe8243809b3c3a710792c8498292e2fc5; closest tags there: 6d7d2a3fe8243809b3c3a710792c8498292e2fc3, 6d7d2a3fe8243809b3c3a710792c8498292e2fc4`,
    );
    expect(result.log).toContain(`(registry ${host})`);
    untouched(workspace);
  });

  it('an image named nowhere: lists the files searched', async () => {
    const { workspace, sha } = helm();
    const result = await pin(
      workspace,
      { image: `${host}/confidential-containers/csi-wrapper`, tag: RELEASE },
      { sha },
    );
    failedWith(
      result,
      `No reference to ${host}/confidential-containers/csi-wrapper in the 10 file(s) searched (`,
    );
    expect(result.log).toContain('src/webhook/chart/values.yaml');
    untouched(workspace);
  });

  it('malformed YAML that mentions the image', async () => {
    const { workspace, sha } = checkout({
      ...helmEra(host, urls),
      'deploy/broken.yaml': `image: ${host}/${CAA}:latest\n  tag: [unclosed\n`,
    });
    const result = await pin(workspace, { image: `${host}/${CAA}`, tag: RELEASE }, { sha });
    failedWith(result, 'deploy/broken.yaml: is not valid YAML (line 1)');
    untouched(workspace);
  });

  it('a glob that matches no tracked file, and one that is no glob', async () => {
    const { workspace, sha } = helm();
    const none = await pin(
      workspace,
      { image: `${host}/${CAA}`, tag: RELEASE, files: 'deploy/**/*.yaml' },
      { sha },
    );
    failedWith(
      none,
      `Input 'files' got "deploy/**/*.yaml": expected a glob that matches a file git tracks in the workspace (it matches none of the 12)`,
    );
    const bad = await pin(
      workspace,
      { image: `${host}/${CAA}`, tag: RELEASE, files: '../**/*.yaml' },
      { sha },
    );
    failedWith(bad, `Input 'files' got "../**/*.yaml": expected a glob relative to the workspace`);
    untouched(workspace);
  });

  it('a key that is missing: a component reference, and a Helm image without a tag', async () => {
    const { workspace, sha } = helm();
    const component = await pin(
      workspace,
      { image: `${host}/${CAA}`, tag: RELEASE, components: `${VERSIONS}: git.kbs.reference = v0.17.0` },
      { sha },
    );
    failedWith(component, `${VERSIONS}: has no key git.kbs.reference`);
    const noTag = checkout({
      ...helmEra(host, urls),
      'deploy/values.yaml': `image:\n  repository: ${host}/${CAA}\n  pullPolicy: Always\n`,
    });
    const helmResult = await pin(
      noTag.workspace,
      { image: `${host}/${CAA}`, tag: RELEASE },
      { sha: noTag.sha },
    );
    failedWith(
      helmResult,
      `deploy/values.yaml:2: image names ${host}/${CAA} (repository) but has no tag key beside it to pin`,
    );
    untouched(workspace);
    untouched(noTag.workspace);
  });

  it('a component release that is not there: git ls-remote names the closest refs', async () => {
    const { workspace, sha } = helm();
    const result = await pin(
      workspace,
      { image: `${host}/${CAA}`, tag: RELEASE, components: `${VERSIONS}: git.kbs.tag = v0.17.1 check` },
      { sha },
    );
    failedWith(result, `has no branch or tag v0.17.1; closest there: v0.17.0, v0.16.0`);
    untouched(workspace);
  });

  it('a template no file with a reference matches, and a line pattern that matches nothing', async () => {
    const { workspace, sha } = helm();
    const result = await pin(
      workspace,
      {
        image: `${host}/${CAA}`,
        tag: RELEASE,
        templates: '**/provider/libvirt.yaml: {tag}-dev',
        lines: 'src/cloud-providers/Makefile: /IMAGE_TAG \\?= (\\S+)/',
      },
      { sha },
    );
    failedWith(result, '2 problems, nothing was written');
    expect(result.log).toContain(
      'lines: /IMAGE_TAG \\?= (\\S+)/ matches nothing in src/cloud-providers/Makefile',
    );
    expect(result.log).toContain('templates: **/provider/libvirt.yaml matches no file with a reference');
    untouched(workspace);
  });

  it('a tracked link leading out of the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'pin-outside-'));
    writeFileSync(join(outside, 'values.yaml'), `image:\n  name: ${host}/${CAA}\n  tag: latest\n`);
    const tree = helmEra(host, urls);
    const { workspace } = checkout(tree);
    symlinkSync(join(outside, 'values.yaml'), join(workspace, 'linked-values.yaml'));
    git(workspace, 'add', 'linked-values.yaml');
    git(workspace, 'commit', '-qm', 'A link');
    const result = await pin(
      workspace,
      { image: `${host}/${CAA}`, tag: RELEASE },
      { sha: git(workspace, 'rev-parse', 'HEAD') },
    );
    failedWith(
      result,
      `linked-values.yaml (matched by files) leads to ${join(outside, 'values.yaml')}, outside the workspace`,
    );
    untouched(workspace);
  });
});

describe('component references', () => {
  it('a branch, a tag, and a commit no ref points at (fetched alone) are found; an unknown commit and a missing image tag are not', async () => {
    const tree = helmEra(host, urls);
    const { workspace, sha } = checkout(tree);
    const untipped = urls.commits['trustee@untipped']!;
    const found = await pin(
      workspace,
      {
        image: `${host}/${CAA}`,
        tag: RELEASE,
        files: `${CHART_VALUES}`,
        components: [
          `${VERSIONS}: git.coco-operator.reference = main check`,
          `${VERSIONS}: git.kbs.tag = ${untipped} check`,
          `${VERSIONS}: oci.guest-components.reference = ${GUEST_COMPONENTS} check ${host}/confidential-containers/guest-components:{value}`,
        ].join('\n'),
        'dry-run': 'true',
      },
      { sha },
    );
    expect(found.exitCode).toBe(0);
    const missing = await pin(
      workspace,
      {
        image: `${host}/${CAA}`,
        tag: RELEASE,
        files: `${CHART_VALUES}`,
        components: [
          `${VERSIONS}: git.kbs.tag = ${'0'.repeat(40)} check`,
          `${VERSIONS}: oci.guest-components.reference = ${GUEST_COMPONENTS} check ${host}/confidential-containers/guest-components:{value}-x86_64`,
        ].join('\n'),
      },
      { sha },
    );
    failedWith(missing, '2 problems, nothing was written');
    expect(missing.log).toContain(`trustee.git has no commit ${'0'.repeat(40)}`);
    expect(missing.log).toContain(
      `${host}/confidential-containers/guest-components has no tag ${GUEST_COMPONENTS}-x86_64; closest tags there: ${GUEST_COMPONENTS}`,
    );
    untouched(workspace);
  });
});

describe('registry credentials', () => {
  it('username and password, else the Docker config file; without either the refusal says what to do', async () => {
    const secured = await startRegistry({ auth: 'htpasswd', users: { ci: 'pin-secret-1' } });
    try {
      const client = new RegistryClient({
        credentials: () => ({ kind: 'basic', username: 'ci', password: 'pin-secret-1' }),
      });
      const caa = { registry: secured.host, repository: CAA };
      await pushImage(client, caa, RELEASE, buildImage({ layers: [{ files: { caa: RELEASE } }] }));
      const tree = kustomizeEra(secured.host, urls);
      const { workspace, sha } = checkout(tree);
      const inputs = {
        image: `${secured.host}/${CAA}`,
        tag: RELEASE,
        files: '**/overlays/aws/**',
        'dry-run': 'true',
      };
      const anonymous = await pin(workspace, inputs, { sha });
      failedWith(anonymous, `${secured.host}/${CAA}:${RELEASE}: the registry refused to show it (401`);
      expect(anonymous.log).toContain('give username and password');

      const given = await pin(workspace, { ...inputs, username: 'ci', password: 'pin-secret-1' }, { sha });
      expect(given.exitCode).toBe(0);
      expect(
        given.rawStdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain('pin-secret-1');

      const config = mkdtempSync(join(tmpdir(), 'docker-config-'));
      const auth = Buffer.from('ci:pin-secret-1').toString('base64');
      writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: { [secured.host]: { auth } } }));
      const login = await pin(workspace, inputs, { sha, env: { DOCKER_CONFIG: config } });
      expect(login.exitCode).toBe(0);
      expect(login.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      untouched(workspace);
    } finally {
      await secured.stop();
    }
  });
});

describe('without a registry', () => {
  it('check-registry false pins without asking any registry', async () => {
    const tree = kustomizeEra('quay.io', urls);
    const { workspace, sha } = checkout(tree);
    const result = await pin(
      workspace,
      { image: `quay.io/${CAA}`, tag: RELEASE, 'check-registry': 'false', ...KUSTOMIZE_PIN },
      { sha },
    );
    expect(result.exitCode).toBe(0);
    expectFiles(workspace, tree, kustomizeEraPinned('quay.io', RELEASE));
    expect(result.outputs.digest).toBe('');
  });
});
