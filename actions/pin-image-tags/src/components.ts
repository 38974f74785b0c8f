/**
 * Seed 001's component references: `oci.guest-components.reference`, `oci.kata-containers.reference`,
 * `git.coco-operator.reference`/`config`, `git.kbs.tag` in versions.yaml move to the components'
 * releases before the release and back to `main` after. Each is an explicit `path: key.path = value`
 * line; what a `check` asks for is found beside the key (`url:` → git, `registry:` → an image tag).
 */
import { isMap, isScalar, type Document } from 'yaml';
import { EditError, type Occurrence } from '../../../shared/src/edit/span.js';
import { yamlScalarAt } from '../../../shared/src/edit/yaml.js';
import type { Reader } from '../../../shared/src/edit/files.js';
import {
  InvalidReferenceError,
  parseReference,
  type ImageReference,
} from '../../../shared/src/registry/reference.js';
import type { Mode } from './inputs.js';
import type { ComponentSpec } from './specs.js';

export type ComponentCheck =
  { kind: 'git'; url: string } | { kind: 'oci'; reference: ImageReference; text: string };

export interface ComponentPlace {
  file: string;
  /** The key path as written (`git.kbs.reference`). */
  location: string;
  occurrence: Occurrence;
  line: number;
  /** What is written there. */
  value: string;
  check?: ComponentCheck;
}

export interface ComponentValues {
  mode: Mode;
  tag: string;
  sha: string;
  revertReference: string;
}

/** Where each listed reference is and what it gets; problems for a missing file or key. */
export async function locateComponents(
  specs: readonly ComponentSpec[],
  reader: Reader,
  parse: (file: string, text: string) => Document.Parsed[] | EditError,
  values: ComponentValues,
  problems: string[],
): Promise<ComponentPlace[]> {
  const places: ComponentPlace[] = [];
  for (const spec of specs) {
    const read = await reader.read(spec.path, { kind: 'input', input: 'components' }, true);
    if (!read) {
      problems.push(`components: ${spec.path}: no such file`);
      continue;
    }
    const file = read.file.path;
    const docs = parse(file, read.text);
    if (docs instanceof EditError) {
      problems.push(`${file}: ${docs.message}`);
      continue;
    }
    let occurrence: Occurrence | undefined;
    let doc: Document.Parsed | undefined;
    let missing: EditError | undefined;
    for (const candidate of docs) {
      try {
        occurrence = yamlScalarAt(candidate, read.text, spec.keys);
        doc = candidate;
        break;
      } catch (error) {
        if (!(error instanceof EditError)) throw error;
        missing ??= error;
      }
    }
    if (!occurrence || !doc) {
      problems.push(
        `${file}${missing?.line ? `:${missing.line}` : ''}: ${missing?.message ?? 'holds no YAML document'} (components: ${spec.line})`,
      );
      continue;
    }
    const value =
      values.mode === 'revert' && spec.value === undefined
        ? values.revertReference
        : (spec.value ?? '').replaceAll('{tag}', values.tag).replaceAll('{sha}', values.sha);
    const place: ComponentPlace = { file, location: spec.keyText, occurrence, line: occurrence.line, value };
    if (spec.check) {
      const check = checkFor(spec, doc, value);
      if (typeof check === 'string') problems.push(`${file}:${occurrence.line}: ${spec.keyText}: ${check}`);
      else place.check = check;
    }
    places.push(place);
  }
  return places;
}

/** What checks the value: the `url` or `registry` beside the key, or the reference the line gives. */
function checkFor(spec: ComponentSpec, doc: Document.Parsed, value: string): ComponentCheck | string {
  let text: string;
  if (spec.check?.kind === 'reference') text = spec.check.template.replaceAll('{value}', value);
  else {
    let parent: unknown = doc.contents;
    for (const key of spec.keys.slice(0, -1)) parent = isMap(parent) ? parent.get(key, true) : undefined;
    const beside = (key: string): string | undefined => {
      const node = isMap(parent) ? parent.get(key, true) : undefined;
      return isScalar(node) && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
    };
    const url = beside('url');
    if (url !== undefined) return { kind: 'git', url };
    const registry = beside('registry');
    if (registry === undefined)
      return 'check needs a url (git) or registry (image) beside the key, or check <image reference with {value}>';
    text = `${registry}:${value}`;
  }
  try {
    return { kind: 'oci', reference: parseReference(text), text };
  } catch (error) {
    if (error instanceof InvalidReferenceError) return `cannot check ${text}: ${error.reason}`;
    throw error;
  }
}
