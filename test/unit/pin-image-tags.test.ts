/**
 * pin-image-tags' pure parts: the line inputs, the references the scan finds in shapes the peer pods
 * trees do not have (Helm's registry + repository split, Docker Hub's short names, lists of images,
 * flow mappings, a null digest), and the edits a digest needs (a line added and removed again, CRLF
 * and a missing final newline kept).
 */
import { describe, expect, it } from '@jest/globals';
import { computeChanges, nameOf, type Settings } from '../../actions/pin-image-tags/src/edits.js';
import type { Image } from '../../actions/pin-image-tags/src/inputs.js';
import { Scanner } from '../../actions/pin-image-tags/src/scan.js';
import {
  checkTemplate,
  parseComponentLine,
  parseGlob,
  parseLinePattern,
  parseTemplateLine,
} from '../../actions/pin-image-tags/src/specs.js';
import { applyEdits } from '../../shared/src/edit/span.js';
import type { FoundTag } from '../../shared/src/registry/tags.js';

const CAA: Image = {
  name: 'quay.io/confidential-containers/cloud-api-adaptor',
  registry: 'quay.io',
  repository: 'confidential-containers/cloud-api-adaptor',
};
const NGINX: Image = { name: 'nginx', registry: 'docker.io', repository: 'library/nginx' };
const DIGEST = `sha256:${'a'.repeat(64)}`;

function scan(files: Record<string, string>, images: Image[] = [CAA], charts: string[] = []) {
  return new Scanner(images, new Set(charts)).scan(new Map(Object.entries(files)));
}

/** Pin (or revert) the files and return their new texts. */
function pinned(
  files: Record<string, string>,
  settings: Partial<Settings> = {},
  images: Image[] = [CAA],
): { texts: Record<string, string>; problems: string[]; notes: string[] } {
  const result = scan(files, images);
  const report = { problems: [...result.problems], notes: [...result.notes] };
  const all: Settings = { mode: 'pin', pinBy: 'tag', tag: 'v1', sha: 'abc1234', templates: [], ...settings };
  const digests = new Map<string, FoundTag>(
    images.map((i) => [
      `${i.registry}/${i.repository}:${all.tag}`,
      { found: true, tag: all.tag, digest: DIGEST, mediaType: '', multiArch: true },
    ]),
  );
  const { changes } = computeChanges(result.places, [], new Map(Object.entries(files)), all, digests, report);
  const texts = { ...files };
  for (const change of changes) texts[change.path] = change.after;
  return { texts, ...report };
}

describe('line inputs', () => {
  it('globs: relative, ! excludes, no ..', () => {
    expect(parseGlob('!**/overlays/alibabacloud/**')).toEqual({
      pattern: '**/overlays/alibabacloud/**',
      negated: true,
    });
    expect(parseGlob('./deploy/*.yaml')).toEqual({ pattern: 'deploy/*.yaml', negated: false });
    expect(() => parseGlob('/etc/*.yaml')).toThrow('relative to the workspace');
    expect(() => parseGlob('a/../../b')).toThrow('relative to the workspace');
  });

  it('templates: known placeholders, a valid tag, {digest} only after @', () => {
    expect(parseTemplateLine('**/overlays/libvirt/**: dev-{tag}')).toEqual({
      glob: '**/overlays/libvirt/**',
      template: 'dev-{tag}',
    });
    expect(parseTemplateLine('charts/*/values.yaml: {tag}@{digest}').template).toBe('{tag}@{digest}');
    expect(() => checkTemplate('{version}-dev')).toThrow('not {version}');
    expect(() => checkTemplate('{tag}/dev')).toThrow('valid tag');
    expect(() => checkTemplate('{digest}-x')).toThrow('{digest} only after an @');
    expect(() => parseTemplateLine('no-template-here')).toThrow('glob: template');
  });

  it('line patterns: exactly one capture group', () => {
    const line = parseLinePattern('src/cloud-providers/Makefile: /"  tag: \\\\"([^"\\\\]*)\\\\""/');
    expect(line.glob).toBe('src/cloud-providers/Makefile');
    expect(new RegExp(line.regex.source).exec('"  tag: \\"latest\\"", \\')?.[1]).toBe('latest');
    expect(() => parseLinePattern('Makefile: /TAG := \\S+/')).toThrow('0 capture groups');
    expect(() => parseLinePattern('Makefile: TAG')).toThrow('glob: /regex/');
  });

  it('component references: value, check beside the key, check of another reference', () => {
    expect(parseComponentLine('versions.yaml: git.kbs.tag = v0.17.0 check')).toMatchObject({
      path: 'versions.yaml',
      keys: ['git', 'kbs', 'tag'],
      value: 'v0.17.0',
      check: { kind: 'beside' },
    });
    expect(parseComponentLine('versions.yaml: git.coco-operator.reference')).not.toHaveProperty('value');
    expect(
      parseComponentLine(
        'versions.yaml: oci.kata-containers.reference = 3.21.0 check ghcr.io/kata-containers/cached-artefacts/agent:{value}-amd64',
      ),
    ).toMatchObject({
      check: { kind: 'reference', template: 'ghcr.io/kata-containers/cached-artefacts/agent:{value}-amd64' },
    });
    expect(() => parseComponentLine('versions.yaml: a.b = 1 check ghcr.io/x:y')).toThrow('{value}');
    expect(() => parseComponentLine('versions.yaml: a..b = 1')).toThrow('is not a key path');
  });

  it('nameOf: the reference as written, without tag and digest', () => {
    expect(nameOf('nginx:1.25')).toBe('nginx');
    expect(nameOf('127.0.0.1:5000/org/app:v1@sha256:abc')).toBe('127.0.0.1:5000/org/app');
    expect(nameOf('127.0.0.1:5000/org/app')).toBe('127.0.0.1:5000/org/app');
  });
});

describe('the references found', () => {
  it("Helm's registry + repository split, with a digest key: tag and digest written, a tag pin clears the digest", () => {
    const values = `image:\n  registry: quay.io\n  repository: confidential-containers/cloud-api-adaptor\n  tag: "latest"\n  digest: ""\n`;
    expect(pinned({ 'values.yaml': values }, { pinBy: 'digest' }).texts['values.yaml']).toBe(
      `image:\n  registry: quay.io\n  repository: confidential-containers/cloud-api-adaptor\n  tag: "v1"\n  digest: "${DIGEST}"\n`,
    );
    const digested = values.replace('digest: ""', `digest: "${DIGEST}"`);
    expect(pinned({ 'values.yaml': digested }).texts['values.yaml']).toBe(values.replace('"latest"', '"v1"'));
  });

  it('a null digest key gets the value after a space; a chart without one keeps the tag pin, with a note', () => {
    const result = pinned(
      {
        'a.yaml': `image:\n  name: ${CAA.name}\n  tag: latest\n  digest:\n`,
        'b.yaml': `image:\n  name: ${CAA.name}\n  tag: latest\n`,
      },
      { pinBy: 'digest' },
    );
    expect(result.texts['a.yaml']).toBe(`image:\n  name: ${CAA.name}\n  tag: v1\n  digest: ${DIGEST}\n`);
    expect(result.texts['b.yaml']).toBe(`image:\n  name: ${CAA.name}\n  tag: v1\n`);
    expect(result.notes).toEqual([
      expect.stringContaining('b.yaml:3 image.tag: the chart has no digest key beside the tag'),
    ]);
  });

  it("Docker Hub's short names, in strings and a bare image:, never another repository", () => {
    const manifest = `containers:\n- image: nginx:1.25\n- image: nginx\n- image: bitnami/nginx:1.25\n- image: docker.io/library/nginx@${DIGEST}\n`;
    expect(pinned({ 'pod.yaml': manifest }, {}, [NGINX]).texts['pod.yaml']).toBe(
      `containers:\n- image: nginx:v1\n- image: nginx:v1\n- image: bitnami/nginx:1.25\n- image: docker.io/library/nginx:v1\n`,
    );
  });

  it('every document of a stream, and a repository whose name is a prefix of another', () => {
    const helper: Image = { ...CAA, name: `${CAA.name}-helper`, repository: `${CAA.repository}-helper` };
    const stream = `kind: Pod\nspec:\n  containers:\n  - image: ${helper.name}:latest\n---\nkind: Job\nspec:\n  containers:\n  - image: "${CAA.name}:latest" # the adaptor\n`;
    expect(pinned({ 'all.yaml': stream }).texts['all.yaml']).toBe(
      stream.replace(`"${CAA.name}:latest"`, `"${CAA.name}:v1"`),
    );
  });

  it('a top-level list of Helm images is not a kustomization; an entry renamed to a mirror is left alone, noted', () => {
    const values = `images:\n- repository: ${CAA.name}\n  tag: latest\n`;
    expect(pinned({ 'values.yaml': values }).texts['values.yaml']).toBe(values.replace('latest', 'v1'));
    const kustomization = `images:\n- name: ${CAA.name}\n  newName: mirror.example.com/caa\n  newTag: v0.12.0-alibaba\n`;
    const result = scan({ 'kustomization.yaml': kustomization });
    expect(result.places).toEqual([]);
    expect(result.notes).toEqual([
      `kustomization.yaml:2: images[0] renames ${CAA.name} to mirror.example.com/caa: left alone`,
    ]);
  });

  it('a repository: without a tag is a problem; a bare image: in a container is a whole reference', () => {
    expect(scan({ 'values.yaml': `caa:\n  repository: ${CAA.name}\n` }).problems).toEqual([
      `values.yaml:2: caa names ${CAA.name} (repository) but has no tag key beside it to pin: add tag: latest, or leave the file out with a ! glob`,
    ]);
    const pod = `containers:\n- name: caa\n  image: ${CAA.name}\n`;
    expect(pinned({ 'pod.yaml': pod }).texts['pod.yaml']).toBe(pod.replace(CAA.name, `${CAA.name}:v1`));
  });

  it('parses only files that mention the image; a broken one that does is a problem; chart templates are never read as YAML', () => {
    const result = scan(
      {
        'broken-elsewhere.yaml': 'a: [1\n',
        'broken.yaml': `image: ${CAA.name}:latest\n  x: [\n`,
        'chart/Chart.yaml': 'name: c\n',
        'chart/templates/ds.yaml': `{{- if .Values.on }}\n# ${CAA.name}\n{{- end }}\n`,
      },
      [CAA],
      ['chart'],
    );
    expect(result.parsed).toBe(1);
    expect(result.problems).toEqual([expect.stringMatching(/^broken\.yaml: is not valid YAML \(line 1\)/)]);
  });
});

describe('digest lines', () => {
  const entry = (eol: string, final: boolean): string =>
    [`images:`, `- name: caa`, `  newName: ${CAA.name} # mirror`, `  newTag: latest`].join(eol) +
    (final ? eol : '');

  it.each([
    ['LF', '\n', true],
    ['CRLF', '\r\n', true],
    ['no final newline', '\n', false],
    ['CRLF, no final newline', '\r\n', false],
  ])('added under the entry and removed again, byte for byte (%s)', (_name, eol, final) => {
    const before = entry(eol, final);
    const added = pinned({ 'k.yaml': before }, { pinBy: 'digest' }).texts['k.yaml']!;
    expect(added).toBe(
      [
        `images:`,
        `- name: caa`,
        `  newName: ${CAA.name} # mirror`,
        `  newTag: v1`,
        `  digest: ${DIGEST}`,
      ].join(eol) + (final ? eol : ''),
    );
    expect(pinned({ 'k.yaml': added }, { mode: 'revert', tag: 'latest' }).texts['k.yaml']).toBe(before);
  });

  it('a digest sharing its line with the entry cannot be removed, and a flow mapping cannot take one', () => {
    const shared = `images:\n- digest: ${DIGEST}\n  newName: ${CAA.name}\n  newTag: latest\n`;
    expect(pinned({ 'k.yaml': shared }).problems).toEqual([
      expect.stringContaining('cannot remove this digest'),
    ]);
    const flow = `images:\n- {name: caa, newName: ${CAA.name}, newTag: latest}\n`;
    expect(pinned({ 'k.yaml': flow }, { pinBy: 'digest' }).problems).toEqual([
      expect.stringContaining('flow mapping'),
    ]);
    expect(pinned({ 'k.yaml': flow }).texts['k.yaml']).toBe(flow.replace('latest', 'v1'));
  });

  it('applyEdits keeps a zero-width insertion before a replacement at the same offset', () => {
    const text = 'ab';
    const insert = { start: 1, end: 1, line: 1, value: '', render: (v: string) => v };
    const replace = { start: 1, end: 2, line: 1, value: 'b', render: (v: string) => v };
    expect(
      applyEdits(text, [
        { occurrence: insert, value: 'X' },
        { occurrence: replace, value: 'Y' },
      ]),
    ).toBe('aXY');
  });
});
