/**
 * Guards before a write: the detected files agree on the version being replaced, next-dev starts from
 * a release, and the release date a rerun would write again (the release commit's, not today's).
 */
import { UserError } from '../../../shared/src/action/errors.js';
import { Git } from '../../../shared/src/git/git.js';
import { sameVersion, type Version } from '../../../shared/src/versions/schemes.js';
import type { Located } from './locate.js';

/** True for a development or pre-release version (0.2.0.dev0, 1.0.0rc1, 4.6.0-dev.0). */
export function isPrerelease(version: Version): boolean {
  if (version.pep) return version.pep.is_prerelease || version.pep.is_devrelease;
  return (version.semver?.prerelease.length ?? 0) > 0;
}

/**
 * release: the auto-detected targets not yet at `release` must hold one version (an unrelated Chart.yaml would otherwise be
 * overwritten); UserError listing each file:line and value. Listed targets are the user's choice.
 */
export function checkDetectedAgree(located: Located, release: Version): void {
  // A file already at the release (a rerun after a partial write) agrees with any of them.
  const detected = located.locations.filter(
    (l) =>
      !l.explicit && !l.field && !l.citation && !l.image && !sameVersion(l.occurrence.value, release.text),
  );
  const first = detected[0];
  if (!first) return;
  const differ = detected.filter((l) => !sameVersion(l.occurrence.value, first.occurrence.value));
  if (differ.length === 0) return;
  const list = [first, ...differ]
    .map((l) => `${l.path}:${l.occurrence.line} ${l.key} = ${l.occurrence.value}`)
    .join(', ');
  throw new UserError(
    `The detected version files disagree on the current version (${list}): leave the odd one out with !path in targets (or list the files to change with auto-detect: false), or make them agree`,
  );
}

/** The UTC date (YYYY-MM-DD) of a commit's committer date; today when git does not know the commit. */
export async function commitDate(workspace: string, sha: string): Promise<string> {
  if (sha) {
    const shown = await new Git(workspace).run(['show', '-s', '--format=%ct', `${sha}^{commit}`, '--'], {
      allowFailure: true,
    });
    const seconds = Number(shown.stdout.trim());
    if (shown.exitCode === 0 && Number.isInteger(seconds) && seconds > 0) {
      return new Date(seconds * 1000).toISOString().slice(0, 10);
    }
  }
  return new Date().toISOString().slice(0, 10);
}
