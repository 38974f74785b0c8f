/**
 * Seed 003 names values.yaml's `docker.version` twice: a chart's values often carry the project's own
 * image tag. Next to each detected Chart.yaml, a `version`, `tag`, `appVersion` or `imageTag` value of
 * values.yaml is a version reference too when it holds the project's current version, or when it is
 * the tag of the chart's own image (a sibling `image`/`repository` named like the chart:
 * `docker.image: accanto/os-vim-driver`), so verify also catches one a release forgot. Each is said
 * in the summary, and left out by `!path: key.path` in targets (a listed one replaces it).
 */
import { posix } from 'node:path';
import { keyPathText } from '../../../shared/src/edit/span.js';
import { findYamlScalar, parseYaml, yamlScalarsUnder } from '../../../shared/src/edit/yaml.js';
import { parseAnyVersion, sameVersion } from '../../../shared/src/versions/schemes.js';
import { isPlaceholder, record, schemeOf, within, type Located, type LocateOptions } from './locate.js';
import { excludes, type TargetSpec } from './targets.js';

const KEYS = new Set(['version', 'tag', 'appVersion', 'imageTag']);

/**
 * Add the values.yaml entries of detected charts that hold `current` (or `next`, what a rerun after a
 * partial write finds there) as locations.
 */
export async function locateChartValues(
  targets: readonly TargetSpec[],
  versions: { current: string; next?: string },
  options: LocateOptions,
  located: Located,
): Promise<void> {
  const charts = targets.filter(
    (t) => !t.explicit && t.kind === 'key' && t.scheme === 'chart' && posix.basename(t.path) === 'Chart.yaml',
  );
  const listed = targets.filter((t) => t.explicit && t.kind === 'key');
  for (const chart of charts) {
    const given = posix.join(posix.dirname(chart.path), 'values.yaml');
    if (options.excludes.some((e) => excludes(e, given))) continue;
    const read = await options.reader.read(given, { kind: 'detected' }, true);
    if (!read) continue;
    const { file, text } = read;
    const doc = within(file.path, () => parseYaml(text));
    const entries = within(file.path, () => yamlScalarsUnder(doc, text, (key) => KEYS.has(key)));
    const name = await chartName(chart.path, options);
    /** The image this tag belongs to, when it is the chart's own: `accanto/os-vim-driver`. */
    const ownImage = (keys: (string | number)[]): string | undefined => {
      for (const sibling of ['image', 'repository']) {
        const image: unknown = doc.getIn([...keys.slice(0, -1), sibling]);
        if (typeof image !== 'string' || !name) continue;
        const last = image
          .replace(/[@:][^/]*$/, '')
          .split('/')
          .pop();
        if (last === name) return image;
      }
      return undefined;
    };
    for (const { keys, occurrence } of entries) {
      const value = occurrence.value;
      const key = keyPathText(keys);
      const left = options.excludes.some((e) => excludes(e, given, keys));
      if (listed.some((t) => t.path === given && 'keys' in t && keyPathText(t.keys) === key)) continue;
      // A tag the build fills in (IBM's `${image_version}`) is said to be templated, not checked.
      if (isPlaceholder(value)) {
        if (left) continue;
        located.templated.push({ path: file.path, line: occurrence.line, key, value });
        continue;
      }
      const holds =
        sameVersion(value, versions.current) || Boolean(versions.next && sameVersion(value, versions.next));
      // By its image only when it is a version at all: `tag: ""` (Helm's "use appVersion") or
      // `latest` is no reference to keep in step.
      const image = holds || !parseAnyVersion(value) ? undefined : ownImage(keys);
      if (!holds && !image) continue;
      if (left) {
        options.log.info(`${given}: ${key} holds the current version; left out by targets`);
        continue;
      }
      const [scheme, schemeWhy] = schemeOf('project', file.path, options);
      record(located, { path: file.path, key, occurrence, scheme, schemeWhy });
      const why = holds
        ? `it holds the current version ${versions.current}`
        : `the tag of the chart's own image ${image}`;
      located.notes.push(
        `Found in chart values: \`${file.path}\` ${key} (${why}; \`!${given}: ${key}\` in targets leaves it out)`,
      );
    }
  }
}

/** The chart's `name` (Chart.yaml), to know its own image; undefined when it has none. */
async function chartName(path: string, options: LocateOptions): Promise<string | undefined> {
  const read = await options.reader.read(path, { kind: 'detected' }, true);
  if (!read) return undefined;
  try {
    return findYamlScalar(read.text, ['name']).value;
  } catch {
    return undefined;
  }
}
