/**
 * KVM, probed at run time and never assumed. GitHub's hosted x64 Linux runners have /dev/kvm as
 * `root:kvm 0660` with the runner user outside the `kvm` group; a udev rule opens it to everyone
 * (`KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"`, then
 * `udevadm control --reload-rules` and `udevadm trigger --name-match=kvm`). Whether KVM can be used
 * is decided by opening the device read-write, as KM does, never by reading its mode bits. arm64
 * runners differ by image: some have no KVM at all.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { asRoot, type System } from './system.js';

export const KVM_DEVICE = '/dev/kvm';
export const UDEV_RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n';
/** Where the rule goes; `99-` so it is applied after the distribution's own kvm rule. */
export const UDEV_RULE_FILE = '/etc/udev/rules.d/99-kvm-validate.rules';

export interface KvmStatus {
  available: boolean;
  /** The device exists (it may still not open). */
  present: boolean;
  /** How it became usable, or why it is not (one sentence). */
  detail: string;
  /** Set when this run wrote or kept the udev rule. */
  udevRule?: string;
}

const onRoot = (system: System, path: string): string => join(system.root, path);

function absentReason(arch: string): string {
  if (arch === 'arm64') {
    return `${KVM_DEVICE} does not exist on this arm64 runner: KVM on arm64 depends on the runner image, and some of GitHub's arm64 Linux images have none at all. Use an x64 Linux runner (GitHub's hosted ones have KVM) or an arm64 image that has it.`;
  }
  return `${KVM_DEVICE} does not exist on this ${arch} runner: GitHub's hosted x64 Linux runners have it, but a container job, a self-hosted runner without (nested) virtualization or a kernel without the kvm module does not.`;
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Whether this user can use KVM now: the device exists and opens read-write. Changes nothing. */
export async function probeKvm(system: System): Promise<KvmStatus> {
  const device = onRoot(system, KVM_DEVICE);
  let info: Stats;
  try {
    info = await stat(device);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { available: false, present: false, detail: absentReason(system.arch) };
    }
    return {
      available: false,
      present: false,
      detail: `${KVM_DEVICE} cannot be looked at: ${errnoOf(error)}`,
    };
  }
  try {
    await system.openReadWrite(device);
    return { available: true, present: true, detail: `${KVM_DEVICE} opens read-write for this user` };
  } catch (error) {
    const mode = (info.mode & 0o777).toString(8).padStart(4, '0');
    return {
      available: false,
      present: true,
      detail: `${KVM_DEVICE} exists (mode ${mode}, group id ${info.gid}) but this user (uid ${system.uid}) cannot open it read-write (${errnoOf(error)}); on GitHub's runners it is root:kvm 0660 and the runner user is not in the kvm group`,
    };
  }
}

/**
 * Open /dev/kvm to every user with the udev rule, reload the rules, retrigger the device and wait for
 * udev to finish, then open it again. The rule file is written only when it differs (a rerun keeps
 * it). Run after any package installs: a package that ships its own kvm rule may change the device.
 */
export async function openKvmWithUdev(system: System): Promise<KvmStatus> {
  const file = onRoot(system, UDEV_RULE_FILE);
  const present = await readFile(file, 'utf8').catch(() => undefined);
  try {
    if (present !== UDEV_RULE) await system.exec(asRoot(system, ['tee', file]), UDEV_RULE);
    await system.exec(asRoot(system, ['udevadm', 'control', '--reload-rules']));
    await system.exec(asRoot(system, ['udevadm', 'trigger', '--name-match=kvm']));
    await system.exec(asRoot(system, ['udevadm', 'settle', '--timeout=10']));
  } catch (error) {
    const sudo = system.uid === 0 ? '' : ' (through sudo -n: the runner user needs password-less sudo)';
    return {
      available: false,
      present: true,
      detail: `the udev rule that opens ${KVM_DEVICE} could not be applied${sudo}: ${(error as Error).message}`,
    };
  }
  const after = await probeKvm(system);
  return after.available
    ? {
        ...after,
        detail: `${KVM_DEVICE} opens read-write after the udev rule ${UDEV_RULE_FILE}`,
        udevRule: UDEV_RULE_FILE,
      }
    : {
        ...after,
        detail: `${after.detail}, even after the udev rule ${UDEV_RULE_FILE}`,
        udevRule: UDEV_RULE_FILE,
      };
}
