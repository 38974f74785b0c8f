/**
 * What each place gets, and the files that result. A place's tag comes from the first template whose
 * glob matches its file (else the tag); a digest is that tag's digest in the registry. Only the value's
 * characters change — except the `digest:` line a kustomize pin by digest adds, and a tag pin or a
 * revert removes, so that kustomize (which prefers the digest) really uses the tag. Two places that
 * would write different text into the same characters are a problem, never a guess.
 */
import { applyEdits, type Edit, type Occurrence } from '../../../shared/src/edit/span.js';
import type { FileChange } from '../../../shared/src/edit/working-tree.js';
import type { FoundTag } from '../../../shared/src/registry/tags.js';
import { tagKey } from './checks.js';
import type { ComponentPlace } from './components.js';
import type { Image, Inputs } from './inputs.js';
import type { Place } from './places.js';
import { globMatches, type Template } from './specs.js';

export interface Row {
  file: string;
  line: number;
  location: string;
  old: string;
  new: string;
}

export interface PinChange extends FileChange {
  rows: Row[];
}

export type Settings = Pick<Inputs, 'mode' | 'pinBy' | 'tag' | 'sha' | 'templates'>;

/** The template a place follows (`{tag}` when none matches). */
function templateFor(place: Place, templates: readonly Template[]): Template | undefined {
  return templates.find((t) => globMatches(place.file, t.glob));
}

/** The tag a place pins (checked in the registry): the template's part before an `@`, filled in. */
export function pinnedTag(place: Place, settings: Settings): string {
  if (settings.mode === 'revert') return settings.tag;
  const template = templateFor(place, settings.templates)?.template ?? '{tag}';
  const at = template.indexOf('@');
  const part = (at < 0 ? template : template.slice(0, at))
    .replaceAll('{tag}', settings.tag)
    .replaceAll('{sha}', settings.sha);
  return part === '' ? settings.tag : part;
}

/** The templates no place's file matches: a typo there would pin a dev overlay with the release tag. */
export function unusedTemplates(places: readonly Place[], templates: readonly Template[]): Template[] {
  const used = new Set(places.map((p) => templateFor(p, templates)).filter(Boolean));
  return templates.filter((t) => !used.has(t));
}

/** The image:tag pairs the places pin, each once, in order. */
export function pinnedPairs(places: readonly Place[], settings: Settings): { image: Image; tag: string }[] {
  const pairs = new Map<string, { image: Image; tag: string }>();
  for (const place of places) {
    const tag = pinnedTag(place, settings);
    pairs.set(tagKey(place.image, tag), { image: place.image, tag });
  }
  return [...pairs.values()];
}

interface RowEdit extends Edit {
  row: Row;
}

/**
 * Every edit the places and component references need, grouped into file changes (only files whose
 * text changes); problems for a place that cannot take its value, notes for what the user should know.
 */
export function computeChanges(
  places: readonly Place[],
  components: readonly ComponentPlace[],
  texts: ReadonlyMap<string, string>,
  settings: Settings,
  digests: ReadonlyMap<string, FoundTag> | undefined,
  report: { problems: string[]; notes: string[] },
): { changes: PinChange[]; rows: Row[] } {
  const edits: RowEdit[] = [];
  const edit = (file: string, occurrence: Occurrence, location: string, value: string): void => {
    edits.push({
      occurrence,
      value,
      row: { file, line: occurrence.line, location, old: occurrence.value, new: value },
    });
  };
  for (const place of places) {
    const tag = pinnedTag(place, settings);
    const digest = digests?.get(tagKey(place.image, tag))?.digest ?? '';
    const template =
      settings.mode === 'pin' ? (templateFor(place, settings.templates)?.template ?? '{tag}') : '{tag}';
    const written = template
      .replaceAll('{tag}', settings.tag)
      .replaceAll('{sha}', settings.sha)
      .replaceAll('{digest}', digest);
    const byDigest = settings.mode === 'pin' && settings.pinBy === 'digest';
    const where = `${place.file}:${place.line} ${place.location}`;
    switch (place.kind) {
      case 'string': {
        const old = place.occurrence!;
        const name = nameOf(old.value);
        edit(place.file, old, place.location, byDigest ? `${name}@${digest}` : `${name}:${written}`);
        break;
      }
      case 'line':
        edit(place.file, place.occurrence!, place.location, written);
        break;
      case 'kustomize': {
        const slot = place.digest!;
        if (place.occurrence) edit(place.file, place.occurrence, place.location, written);
        else if (!byDigest) {
          report.problems.push(
            `${where}: the images entry for ${place.image.name} has no newTag to pin: add newTag: latest`,
          );
          break;
        }
        if (byDigest) {
          const at = slot.occurrence ?? slot.insertion;
          if (at) edit(place.file, at, slot.location, digest);
          else
            report.problems.push(
              `${where}: cannot add a digest line to a flow mapping ({…}): write the entry in block style`,
            );
        } else if (slot.occurrence) {
          // kustomize prefers a digest to newTag: the tag pin (or the revert) would not take effect.
          if (slot.removal) edit(place.file, slot.removal, slot.location, '');
          else
            report.problems.push(
              `${place.file}:${slot.occurrence.line} ${slot.location}: cannot remove this digest, which kustomize would use instead of newTag: put it on a line of its own`,
            );
        }
        break;
      }
      case 'helm':
      case 'helm-values': {
        edit(place.file, place.occurrence!, place.location, written);
        const slot = place.digest;
        if (byDigest) {
          if (slot?.occurrence) edit(place.file, slot.occurrence, slot.location, digest);
          else
            report.notes.push(
              `${where}: the chart has no digest key beside the tag, so the pin there is by tag (a template such as {tag}@{digest} writes both where the chart joins name:tag)`,
            );
        } else if (slot?.occurrence && slot.occurrence.value !== '') {
          edit(place.file, slot.occurrence, slot.location, '');
        }
        break;
      }
    }
  }
  for (const component of components)
    edit(component.file, component.occurrence, component.location, component.value);
  return group(edits, texts, report.problems);
}

/** The reference without its tag and digest, as written (`nginx:1.2@sha256:…` → `nginx`). */
export function nameOf(reference: string): string {
  const at = reference.indexOf('@');
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

function group(
  edits: readonly RowEdit[],
  texts: ReadonlyMap<string, string>,
  problems: string[],
): { changes: PinChange[]; rows: Row[] } {
  const byFile = new Map<string, RowEdit[]>();
  for (const edit of edits) {
    const list = byFile.get(edit.row.file) ?? [];
    list.push(edit);
    byFile.set(edit.row.file, list);
  }
  const changes: PinChange[] = [];
  const rows: Row[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const before = texts.get(file) ?? '';
    const kept = withoutDuplicates(list, file, problems);
    rows.push(...kept.map((e) => e.row).sort((a, b) => a.line - b.line));
    const after = applyEdits(before, kept);
    if (after !== before)
      changes.push({
        path: file,
        before,
        after,
        rows: kept.map((e) => e.row).filter((r) => r.old !== r.new),
      });
  }
  return { changes, rows };
}

/** One edit per span: the same text written twice is one edit; different text, or spans that cross, a problem. */
function withoutDuplicates(edits: readonly RowEdit[], file: string, problems: string[]): RowEdit[] {
  const sorted = [...edits].sort(
    (a, b) => a.occurrence.start - b.occurrence.start || a.occurrence.end - b.occurrence.end,
  );
  const kept: RowEdit[] = [];
  for (const edit of sorted) {
    const last = kept.at(-1);
    const sameSpan =
      last?.occurrence.start === edit.occurrence.start && last.occurrence.end === edit.occurrence.end;
    if (last && sameSpan && last.occurrence.render(last.value) === edit.occurrence.render(edit.value))
      continue;
    if (last && (sameSpan || edit.occurrence.start < last.occurrence.end)) {
      problems.push(
        `${file}:${edit.row.line}: ${last.row.location} and ${edit.row.location} would write different values into the same text (${last.row.new || '(removed)'} and ${edit.row.new || '(removed)'})`,
      );
      continue;
    }
    kept.push(edit);
  }
  return kept;
}
