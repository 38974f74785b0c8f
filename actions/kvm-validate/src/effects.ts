/**
 * What the action writes, as plan effects in the order it writes them: download and verify each
 * tarball, check every archive, make the prefix writable, install each tarball, open /dev/kvm. A dry
 * run prints them; a failure names the ones done before it.
 */
import type { Logger } from '../../../shared/src/log.js';
import type { Effect } from '../../../shared/src/plan/plan.js';
import { checkTarballs, preparePrefix, unpack, type PrefixAction } from './install.js';
import { openKvmWithUdev, UDEV_RULE_FILE, type KvmStatus } from './kvm.js';
import { downloadVerified, type ReleaseRequest, type Tarball } from './release.js';
import type { System } from './system.js';

const since = (started: number): string => ((performance.now() - started) / 1000).toFixed(1);

export function downloadEffect(
  tarball: Tarball,
  where: Pick<ReleaseRequest, 'owner' | 'repo' | 'apiUrl' | 'token'>,
  checksums: string,
  log: Logger,
): Effect {
  return {
    kind: 'download and verify',
    target: tarball.name,
    detail: `${tarball.size ?? '?'} bytes, sha256 ${tarball.sha256.slice(0, 12)}… (${checksums}${tarball.digest ? " and GitHub's digest" : ''})`,
    apply: async () => void (await downloadVerified(tarball, where, checksums, log)),
  };
}

export function checkEffect(tarballs: readonly Tarball[], log: Logger): Effect {
  return {
    kind: 'check archives',
    target: tarballs.map((t) => t.name).join(', '),
    detail: 'no member may escape the prefix (absolute paths, .., links out, devices)',
    async apply() {
      const started = performance.now();
      const members = await checkTarballs(tarballs);
      log.info(`${members} archive members checked in ${since(started)} s`);
    },
  };
}

export function prefixEffect(system: System, prefix: string, action: Exclude<PrefixAction, 'ready'>): Effect {
  const owner = `${system.uid}:${system.gid}`;
  const detail = {
    create: 'mkdir -p',
    'create with sudo': `sudo mkdir -p, sudo chown -R ${owner}`,
    'take with sudo': `sudo chown -R ${owner}`,
  }[action];
  return {
    kind: action === 'create' ? 'prepare prefix' : 'prepare prefix (sudo)',
    target: prefix,
    detail,
    apply: () => preparePrefix(system, prefix, action),
  };
}

export function installEffect(tarball: Tarball, prefix: string, log: Logger): Effect {
  return {
    kind: 'install',
    target: tarball.name,
    detail: `into ${prefix}`,
    async apply() {
      const started = performance.now();
      const stats = await unpack(tarball.name, tarball.path, prefix);
      log.info(
        `${tarball.name}: ${stats.files} files (${stats.bytes} bytes), ${stats.directories} folders, ${stats.links} links into ${prefix} in ${since(started)} s`,
      );
    },
  };
}

/** The udev rule, after the installs: a package that brings its own kvm rule must not undo ours. */
export function kvmEffect(system: System, log: Logger, done: (status: KvmStatus) => void): Effect {
  return {
    kind: 'open /dev/kvm (sudo)',
    target: UDEV_RULE_FILE,
    detail: 'udev rule MODE="0666", reload the rules, trigger kvm, then open it read-write',
    async apply() {
      const status = await openKvmWithUdev(system);
      log.info(`KVM: ${status.detail}`);
      done(status);
    },
  };
}
