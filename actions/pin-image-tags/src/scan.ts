/**
 * "Say what, not where": every reference to the images in the YAML files, found through the `yaml`
 * Document API — kustomize `images:` entries, Helm values mappings that name the image beside a
 * `tag:`, and whole references in strings. A file is parsed only when it mentions an image's
 * repository (most files of a large tree never are), at most once, and one that mentions it but is
 * not valid YAML is a problem reported with the others before anything is written.
 */
import { posix } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { EditError, keyPathText, lineAt } from '../../../shared/src/edit/span.js';
import { parseYamlDocuments, yamlScalarOccurrence } from '../../../shared/src/edit/yaml.js';
import { parseReference } from '../../../shared/src/registry/reference.js';
import type { Image } from './inputs.js';
import { lineInsertion, lineRemoval, type Place } from './places.js';
import { chartOf, isChartTemplate } from './tree.js';

type Keys = (string | number)[];

/** What the scan found, and what stops the run. */
export interface ScanResult {
  places: Place[];
  problems: string[];
  notes: string[];
  /** Files parsed as YAML (each at most once). */
  parsed: number;
}

/** A Helm values mapping that names an image, found in a chart's values.yaml. */
interface ChartImage {
  chart: string;
  file: string;
  keys: Keys;
  image: Image;
}

/** The text an image's references always contain: its repository path (Docker Hub's `library/` aside). */
export function needle(image: Image): string {
  return image.registry === 'docker.io' ? image.repository.replace(/^library\//, '') : image.repository;
}

/** The image a name (without tag or digest) is, if it is one of ours. */
function imageNamed(name: unknown, images: readonly Image[]): Image | undefined {
  if (typeof name !== 'string' || name === '') return undefined;
  try {
    const ref = parseReference(name);
    if (ref.tag !== undefined || ref.digest !== undefined) return undefined;
    return images.find((i) => i.registry === ref.registry && i.repository === ref.repository);
  } catch {
    return undefined;
  }
}

const pairKey = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => pairKey(p) === key);
}

function stringAt(map: YAMLMap, key: string): string | undefined {
  const value = pairOf(map, key)?.value;
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}

export class Scanner {
  private readonly docs = new Map<string, Document.Parsed[] | EditError>();
  private readonly chartImages: ChartImage[] = [];
  readonly result: ScanResult = { places: [], problems: [], notes: [], parsed: 0 };

  constructor(
    private readonly images: readonly Image[],
    private readonly charts: ReadonlySet<string>,
  ) {}

  /** The file's documents, parsed once; EditError when it is not valid YAML. */
  documents(file: string, text: string): Document.Parsed[] | EditError {
    let docs = this.docs.get(file);
    if (docs === undefined) {
      this.result.parsed++;
      try {
        docs = parseYamlDocuments(text);
      } catch (error) {
        if (!(error instanceof EditError)) throw error;
        docs = error;
      }
      this.docs.set(file, docs);
    }
    return docs;
  }

  /** Search the files (path → text) for references; Helm chart values files last. */
  scan(files: ReadonlyMap<string, string>): ScanResult {
    const needles = this.images.map(needle);
    for (const [file, text] of files) {
      if (isChartTemplate(file, this.charts)) continue;
      if (!needles.some((n) => text.includes(n))) continue;
      const docs = this.documents(file, text);
      if (docs instanceof EditError) {
        this.result.problems.push(
          `${file}: ${docs.message}; it mentions ${this.images.find((i) => text.includes(needle(i)))?.name}: fix it, or leave it out of files with a ! glob`,
        );
        continue;
      }
      for (const doc of docs) this.visit(file, text, doc.contents, [], false);
    }
    this.chartValues(files);
    this.result.places.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return this.result;
  }

  private visit(file: string, text: string, node: unknown, keys: Keys, kustomizeImages: boolean): void {
    if (isSeq(node)) {
      node.items.forEach((item, i) => this.visit(file, text, item, [...keys, i], kustomizeImages));
      return;
    }
    if (!isMap(node)) return;
    const taken =
      (kustomizeImages ? this.kustomizeEntry(file, text, node, keys) : undefined) ??
      this.helmMapping(file, text, node, keys);
    for (const pair of node.items) {
      const key = pairKey(pair);
      if (typeof key !== 'string' && typeof key !== 'number') continue;
      const value = pair.value;
      if (isScalar(value)) {
        if (!taken.has(value)) this.stringReference(file, text, value, [...keys, key]);
      } else {
        this.visit(file, text, value, [...keys, key], keys.length === 0 && key === 'images');
      }
    }
  }

  private occurrence(file: string, text: string, node: Scalar, keys: Keys) {
    try {
      return yamlScalarOccurrence(node, text, keyPathText(keys));
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      this.result.problems.push(
        `${file}:${error.line ?? lineAt(text, node.range?.[0] ?? 0)}: ${error.message}`,
      );
      return undefined;
    }
  }

  /**
   * A kustomize `images:` entry: the image is its newName, else its name. Undefined when the mapping is
   * no such entry (a Helm list of images is tried next).
   */
  private kustomizeEntry(file: string, text: string, map: YAMLMap, keys: Keys): Set<unknown> | undefined {
    const taken = new Set<unknown>();
    const name = stringAt(map, 'name');
    const newName = stringAt(map, 'newName');
    if (name === undefined && newName === undefined) return undefined;
    const image = imageNamed(newName ?? name, this.images);
    if (!image) {
      const renamed = imageNamed(name, this.images);
      if (renamed && newName !== undefined)
        this.result.notes.push(
          `${file}:${lineAt(text, map.range?.[0] ?? 0)}: ${keyPathText(keys)} renames ${renamed.name} to ${newName}: left alone`,
        );
      return renamed ? taken : undefined;
    }
    for (const key of ['name', 'newName']) taken.add(pairOf(map, key)?.value);
    const at = lineAt(text, map.range?.[0] ?? 0);
    const tagPair = pairOf(map, 'newTag');
    const place: Place = {
      kind: 'kustomize',
      file,
      image,
      location: keyPathText([...keys, 'newTag']),
      line: at,
    };
    if (tagPair) {
      if (!isScalar(tagPair.value) || !tagPair.value.range) {
        this.result.problems.push(`${file}:${at}: ${keyPathText([...keys, 'newTag'])} is not a single value`);
        return taken;
      }
      taken.add(tagPair.value);
      const occurrence = this.occurrence(file, text, tagPair.value, [...keys, 'newTag']);
      if (!occurrence) return taken;
      place.occurrence = occurrence;
      place.line = occurrence.line;
    }
    const digestKeys = [...keys, 'digest'];
    const digestPair = pairOf(map, 'digest');
    const last = map.items.at(-1);
    const lastEnd =
      (last?.value as { range?: number[] } | null)?.range?.[1] ?? (last?.key as Scalar).range?.[1] ?? 0;
    const firstKey = (map.items[0]?.key as Scalar | undefined)?.range?.[0] ?? 0;
    place.digest = { location: keyPathText(digestKeys) };
    if (digestPair && isScalar(digestPair.value) && digestPair.value.range) {
      taken.add(digestPair.value);
      const occurrence = this.occurrence(file, text, digestPair.value, digestKeys);
      if (occurrence) {
        place.digest.occurrence = occurrence;
        const keyStart = (digestPair.key as Scalar).range?.[0] ?? occurrence.start;
        const removal = lineRemoval(text, keyStart, occurrence.end, occurrence.value, occurrence.line);
        if (removal) place.digest.removal = removal;
      }
    } else if (!map.flow) {
      place.digest.insertion = lineInsertion(text, lastEnd, firstKey, 'digest', lineAt(text, lastEnd));
    }
    this.result.places.push(place);
    return taken;
  }

  /**
   * A Helm values mapping: `repository:`, `name:` or `image:` naming the image (after a `registry:`
   * when the mapping has one), and `tag:` beside it. A `repository:` or `name:` without a tag is a
   * problem (the pin has no place); an `image:` without one is a whole reference, found as a string.
   */
  private helmMapping(file: string, text: string, map: YAMLMap, keys: Keys): Set<unknown> {
    const taken = new Set<unknown>();
    const registry = stringAt(map, 'registry');
    let nameKey: string | undefined;
    let image: Image | undefined;
    for (const key of ['repository', 'name', 'image']) {
      const name = stringAt(map, key);
      if (name === undefined) continue;
      image = imageNamed(registry ? `${registry.replace(/\/+$/, '')}/${name}` : name, this.images);
      if (image) {
        nameKey = key;
        break;
      }
    }
    if (!image || !nameKey) return taken;
    const tag = pairOf(map, 'tag')?.value;
    if (!isScalar(tag) || !tag.range) {
      if (nameKey === 'image') return taken;
      this.result.problems.push(
        `${file}:${lineAt(text, map.range?.[0] ?? 0)}: ${keyPathText(keys) || 'the top level'} names ${image.name} (${nameKey}) but has no tag key beside it to pin: add tag: latest, or leave the file out with a ! glob`,
      );
      return taken;
    }
    for (const key of [nameKey, 'registry', 'tag', 'digest']) taken.add(pairOf(map, key)?.value);
    const place = this.helmPlace('helm', file, text, map, keys, image);
    if (place) this.result.places.push(place);
    const chart = chartOf(file, this.charts);
    if (
      chart !== undefined &&
      posix.basename(file) === 'values.yaml' &&
      posix.dirname(file) === (chart || '.')
    )
      this.chartImages.push({ chart, file, keys, image });
    return taken;
  }

  private helmPlace(
    kind: 'helm' | 'helm-values',
    file: string,
    text: string,
    map: YAMLMap,
    keys: Keys,
    image: Image,
  ): Place | undefined {
    const tag = pairOf(map, 'tag')?.value as Scalar;
    const occurrence = this.occurrence(file, text, tag, [...keys, 'tag']);
    if (!occurrence) return undefined;
    const place: Place = {
      kind,
      file,
      image,
      location: keyPathText([...keys, 'tag']),
      occurrence,
      line: occurrence.line,
    };
    const digestKeys = [...keys, 'digest'];
    const digest = pairOf(map, 'digest')?.value;
    if (isScalar(digest) && digest.range) {
      if (digest.value === null && digest.range[0] === digest.range[1]) {
        // `digest:` with nothing after it: the value goes after the colon, with the space YAML needs.
        const start = digest.range[0];
        place.digest = {
          location: keyPathText(digestKeys),
          occurrence: { start, end: start, line: lineAt(text, start), value: '', render: (v) => ` ${v}` },
        };
      } else {
        const found = this.occurrence(file, text, digest, digestKeys);
        if (found) place.digest = { location: keyPathText(digestKeys), occurrence: found };
      }
    }
    return place;
  }

  /** A whole reference to an image in a string (`image: quay.io/org/name:tag`, `…@sha256:…`). */
  private stringReference(file: string, text: string, node: Scalar, keys: Keys): void {
    const value = node.value;
    if (typeof value !== 'string' || !node.range) return;
    if (!this.images.some((i) => value.includes(needle(i)))) return;
    let ref;
    try {
      ref = parseReference(value);
    } catch {
      return;
    }
    const image = this.images.find((i) => i.registry === ref.registry && i.repository === ref.repository);
    if (!image) return;
    // A bare name is a reference only as an `image:` (a repository: beside no tag names no version).
    if (ref.tag === undefined && ref.digest === undefined && keys.at(-1) !== 'image') return;
    const occurrence = this.occurrence(file, text, node, keys);
    if (!occurrence) return;
    this.result.places.push({
      kind: 'string',
      file,
      image,
      location: keyPathText(keys),
      occurrence,
      line: occurrence.line,
    });
  }

  /**
   * Helm's other values files: a file in the chart's folder (not its templates/ or subcharts) that sets
   * `tag` at the key path where values.yaml names the image overrides that image's tag (peer pods'
   * `providers/libvirt.yaml`: `image.tag: "latest"`, pinned to `<tag>-dev`).
   */
  private chartValues(files: ReadonlyMap<string, string>): void {
    if (this.chartImages.length === 0) return;
    const found = new Set(this.result.places.map((p) => `${p.file}\0${p.occurrence?.start}`));
    // The values files of each chart that names an image: not its templates, Chart.yaml or subcharts.
    const byChart = new Map<string, string[]>();
    for (const file of files.keys()) {
      const chart = chartOf(file, this.charts);
      if (chart === undefined || isChartTemplate(file, this.charts) || posix.basename(file) === 'Chart.yaml')
        continue;
      const list = byChart.get(chart) ?? [];
      list.push(file);
      byChart.set(chart, list);
    }
    for (const chartImage of this.chartImages) {
      for (const file of byChart.get(chartImage.chart) ?? []) {
        const text = files.get(file)!;
        if (file === chartImage.file || !text.includes('tag')) continue;
        const docs = this.documents(file, text);
        if (docs instanceof EditError) {
          this.result.notes.push(
            `${file}: not valid YAML, so not searched for ${keyPathText([...chartImage.keys, 'tag'])}`,
          );
          continue;
        }
        for (const doc of docs) {
          const map = nodeAt(doc.contents, chartImage.keys);
          if (!isMap(map) || !isScalar(pairOf(map, 'tag')?.value)) continue;
          const named = ['repository', 'name', 'image'].find((k) => stringAt(map, k) !== undefined);
          if (named) continue; // it names an image itself: found (or not ours) above
          const place = this.helmPlace('helm-values', file, text, map, chartImage.keys, chartImage.image);
          if (place && !found.has(`${file}\0${place.occurrence?.start}`)) this.result.places.push(place);
        }
      }
    }
  }
}

function nodeAt(node: unknown, keys: Keys): unknown {
  let at = node;
  for (const key of keys) {
    if (isMap(at)) at = at.get(key, true);
    else if (isSeq(at) && typeof key === 'number') at = at.get(key, true);
    else return undefined;
  }
  return at;
}
