/**
 * Promoter manifests (`registry.k8s.io/manifests/<dir>/promoter-manifest.yaml`) and where kpromo
 * finds the images.yaml it edits: the manifest whose source registry (`src: true`) is the staging
 * repository names the folder, and the images live in `registry.k8s.io/images/<dir>/images.yaml`.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** The root of the promoter's thin manifests in kubernetes/k8s.io. */
export const PROD_REGISTRY_DIR = 'registry.k8s.io';
export const MANIFEST_FILE = 'promoter-manifest.yaml';

/** kpromo's default staging repository for a project. */
export const stagingRepoFor = (project: string): string => `gcr.io/k8s-staging-${project}`;

export const manifestPath = (dir: string): string => `${PROD_REGISTRY_DIR}/manifests/${dir}/${MANIFEST_FILE}`;
export const imagesPath = (dir: string): string => `${PROD_REGISTRY_DIR}/images/${dir}/images.yaml`;

/**
 * The folder a staging repository's manifest is conventionally in: `k8s-staging-<last path component>`
 * (gcr.io/k8s-staging-kro → k8s-staging-kro; us-central1-docker.pkg.dev/k8s-staging-images/kro →
 * k8s-staging-kro, as k8s.io lays them out).
 */
export function conventionalDir(stagingRepo: string): string {
  const last = stagingRepo.split('/').at(-1) ?? stagingRepo;
  return last.startsWith('k8s-staging-') ? last : `k8s-staging-${last}`;
}

/** yaml.v2 reads these as true (YAML 1.1 booleans). */
const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);

/**
 * The source registry of a thin manifest (registry.GetSrcRegistry: the first entry with `src: true`),
 * or undefined when the text is not a manifest or names none.
 */
export function sourceRegistry(text: string): string | undefined {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const registries = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'registries')?.value;
  if (!isSeq(registries)) return undefined;
  for (const entry of registries.items) {
    if (!isMap(entry)) continue;
    const field = (key: string): string | undefined => {
      const value = entry.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
      return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
    };
    if (TRUE.has(field('src') ?? '')) return field('name') ?? '';
  }
  return undefined;
}
