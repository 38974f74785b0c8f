/**
 * The four manifest kinds a registry serves (Docker schema 2 manifest and manifest list, OCI manifest
 * and index): their media types, the Accept header that asks for all of them, and what a manifest
 * refers to (blobs for an image, child manifests for an index).
 */
import { createHash } from 'node:crypto';

export const MediaType = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

/** Sent with every manifest request: without an explicit Accept a registry may answer 404 or schema 1. */
export const MANIFEST_ACCEPT = [
  MediaType.ociIndex,
  MediaType.dockerManifestList,
  MediaType.ociManifest,
  MediaType.dockerManifest,
].join(', ');

const INDEX_TYPES: readonly string[] = [MediaType.ociIndex, MediaType.dockerManifestList];
const IMAGE_TYPES: readonly string[] = [MediaType.ociManifest, MediaType.dockerManifest];

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { architecture?: string; os?: string; variant?: string };
}

/** A manifest exactly as the registry holds it: its bytes are what its digest is computed over. */
export interface RawManifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

export interface ParsedManifest {
  kind: 'image' | 'index';
  /** image: config then layers (the blobs the manifest needs in its repository). */
  blobs: Descriptor[];
  /** index: the child manifests. */
  manifests: Descriptor[];
}

/** `sha256:<hex>` of the bytes. */
export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** True when the media type is a manifest list or OCI index. */
export function isIndexType(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType);
}

function descriptors(value: unknown, where: string): Descriptor[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`the manifest's ${where} is not a list`);
  return value.map((item: unknown, i) => {
    const d = item as Partial<Descriptor> | null;
    if (!d || typeof d.digest !== 'string' || typeof d.mediaType !== 'string' || typeof d.size !== 'number')
      throw new Error(`the manifest's ${where}[${i}] is not a descriptor (mediaType, digest, size)`);
    return d as Descriptor;
  });
}

/** Parse a manifest's JSON into the blobs or child manifests it refers to. */
export function parseManifest(raw: RawManifest): ParsedManifest {
  let json: { mediaType?: unknown; config?: unknown; layers?: unknown; manifests?: unknown };
  try {
    json = JSON.parse(raw.bytes.toString('utf8')) as typeof json;
  } catch (error) {
    throw new Error(`manifest ${raw.digest} is not JSON`, { cause: error });
  }
  const mediaType = typeof json.mediaType === 'string' ? json.mediaType : raw.mediaType;
  if (isIndexType(mediaType) || (json.manifests !== undefined && json.layers === undefined)) {
    return { kind: 'index', blobs: [], manifests: descriptors(json.manifests, 'manifests') };
  }
  if (!IMAGE_TYPES.includes(mediaType) && json.config === undefined)
    throw new Error(`manifest ${raw.digest} has media type ${mediaType}, which this client does not copy`);
  return {
    kind: 'image',
    blobs: [
      ...descriptors(json.config === undefined ? [] : [json.config], 'config'),
      ...descriptors(json.layers, 'layers'),
    ],
    manifests: [],
  };
}

/**
 * The media type to store a manifest under: its own `mediaType` field when it has one (a proxy or
 * registry may label it loosely), else the Content-Type it was served with.
 */
export function declaredMediaType(bytes: Buffer, contentType: string | null): string {
  try {
    const json = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    if (typeof json.mediaType === 'string' && json.mediaType !== '') return json.mediaType;
  } catch {
    // Not JSON: parseManifest says so when it is read.
  }
  return (contentType ?? '').split(';')[0]?.trim() ?? '';
}
