/**
 * Test images built in node, no Docker engine: layers as tar.gz, an OCI (or Docker schema 2) image
 * config and manifest, multi-arch indexes, written as an OCI image layout directory.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  MediaType,
  sha256Digest,
  type Descriptor,
  type RawManifest,
} from '../../shared/src/registry/manifest.js';

export interface BlobFile extends Descriptor {
  path: string;
}

export interface BuiltImage {
  layout: string;
  manifest: RawManifest;
  config: BlobFile;
  layers: BlobFile[];
  platform: { architecture: string; os: string };
}

export interface BuiltIndex {
  layout: string;
  manifest: RawManifest;
  images: BuiltImage[];
}

export type LayerSpec = { files: Record<string, string | Buffer> } | { randomBytes: number };

function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

/** An uncompressed tar of the files (regular files only). */
export function tar(files: Record<string, string | Buffer>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    parts.push(tarHeader(name, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

function writeBlob(layout: string, bytes: Buffer, mediaType: string): BlobFile {
  const hex = createHash('sha256').update(bytes).digest('hex');
  const path = join(layout, 'blobs', 'sha256', hex);
  mkdirSync(join(layout, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(path, bytes);
  return { mediaType, digest: `sha256:${hex}`, size: bytes.length, path };
}

function newLayout(): string {
  const layout = mkdtempSync(join(tmpdir(), 'oci-layout-'));
  writeFileSync(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  return layout;
}

function writeIndexJson(layout: string, manifest: RawManifest, tag: string): void {
  const descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length,
    annotations: { 'org.opencontainers.image.ref.name': tag },
  };
  writeFileSync(join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [descriptor] }));
}

export interface ImageOptions {
  layers: LayerSpec[];
  format?: 'oci' | 'docker';
  architecture?: string;
  /** A label that makes otherwise equal images differ. */
  label?: string;
  layout?: string;
}

/** Build an image into an OCI layout (a new one unless `layout` is given). */
export function buildImage(options: ImageOptions): BuiltImage {
  const layout = options.layout ?? newLayout();
  const docker = options.format === 'docker';
  const layerType = docker
    ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
    : 'application/vnd.oci.image.layer.v1.tar+gzip';
  const diffIds: string[] = [];
  const layers = options.layers.map((spec, i) => {
    const content = 'files' in spec ? spec.files : { [`data-${i}.bin`]: randomBytes(spec.randomBytes) };
    const raw = tar(content);
    diffIds.push(sha256Digest(raw));
    return writeBlob(layout, gzipSync(raw, { level: 1 }), layerType);
  });
  const platform = { architecture: options.architecture ?? 'amd64', os: 'linux' };
  const configJson = {
    ...platform,
    config: { Labels: { 'test.label': options.label ?? 'test' } },
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  const config = writeBlob(
    layout,
    Buffer.from(JSON.stringify(configJson)),
    docker ? 'application/vnd.docker.container.image.v1+json' : 'application/vnd.oci.image.config.v1+json',
  );
  const mediaType = docker ? MediaType.dockerManifest : MediaType.ociManifest;
  const strip = ({ mediaType: m, digest, size }: BlobFile): Descriptor => ({ mediaType: m, digest, size });
  const bytes = Buffer.from(
    JSON.stringify(
      { schemaVersion: 2, mediaType, config: strip(config), layers: layers.map(strip) },
      null,
      2,
    ),
  );
  const manifestBlob = writeBlob(layout, bytes, mediaType);
  const manifest: RawManifest = { mediaType, digest: manifestBlob.digest, bytes };
  writeIndexJson(layout, manifest, 'latest');
  return { layout, manifest, config, layers, platform };
}

/** Build a multi-arch index of one image per architecture (sharing the first layer). */
export function buildIndex(architectures: string[], format: 'oci' | 'docker' = 'oci'): BuiltIndex {
  const layout = newLayout();
  const shared: LayerSpec = { files: { 'etc/os-release': 'ID=test\n' } };
  const images = architectures.map((architecture) =>
    buildImage({ layout, format, architecture, layers: [shared, { files: { 'bin/arch': architecture } }] }),
  );
  const mediaType = format === 'docker' ? MediaType.dockerManifestList : MediaType.ociIndex;
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      manifests: images.map((image) => ({
        mediaType: image.manifest.mediaType,
        digest: image.manifest.digest,
        size: image.manifest.bytes.length,
        platform: image.platform,
      })),
    }),
  );
  const manifest: RawManifest = { mediaType, digest: sha256Digest(bytes), bytes };
  writeBlob(layout, bytes, mediaType);
  writeIndexJson(layout, manifest, 'latest');
  return { layout, manifest, images };
}
