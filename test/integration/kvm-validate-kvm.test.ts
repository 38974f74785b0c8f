/**
 * The KVM probe and the udev path, against a temporary root with stand-ins for udevadm and sudo; and
 * the probe on this machine as it is.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKvmWithUdev, probeKvm, UDEV_RULE, UDEV_RULE_FILE } from '../../actions/kvm-validate/src/kvm.js';
import { hostSystem } from '../../actions/kvm-validate/src/system.js';
import { testMachine } from '../fixtures/kvm-validate-system.js';
import { kvmOpensHere, removeScratch, scratch } from '../e2e/kvm-validate-helpers.js';

afterAll(removeScratch);

describe('probeKvm', () => {
  it('on this machine, says what opening /dev/kvm read-write says', async () => {
    const status = await probeKvm(hostSystem());
    expect(status.available).toBe(await kvmOpensHere());
  });

  it('on a machine without /dev/kvm: absent, with the reason for x64 and for arm64', async () => {
    const x64 = await probeKvm(testMachine(scratch('kvm-root-'), { kvm: 'absent' }).system);
    expect(x64).toEqual({
      available: false,
      present: false,
      detail:
        "/dev/kvm does not exist on this x64 runner: GitHub's hosted x64 Linux runners have it, but a container job, a self-hosted runner without (nested) virtualization or a kernel without the kvm module does not.",
    });
    const arm = await probeKvm(testMachine(scratch('kvm-root-'), { kvm: 'absent', arch: 'arm64' }).system);
    expect(arm.detail).toMatch(
      /^\/dev\/kvm does not exist on this arm64 runner: KVM on arm64 depends on the runner image, and some of GitHub's arm64 Linux images have none at all/,
    );
  });

  it("on GitHub's runners (root:kvm 0660, runner user outside kvm): present, not usable, and why", async () => {
    const status = await probeKvm(testMachine(scratch('kvm-root-')).system);
    expect(status).toMatchObject({ available: false, present: true });
    expect(status.detail).toMatch(
      /^\/dev\/kvm exists \(mode 0660, group id \d+\) but this user \(uid 1001\) cannot open it read-write \(EACCES\)/,
    );
  });
});

describe('openKvmWithUdev', () => {
  it('writes the udev rule, reloads, triggers and settles through sudo -n, then opens the device', async () => {
    const machine = testMachine(scratch('kvm-root-'));
    const status = await openKvmWithUdev(machine.system);
    expect(status).toMatchObject({ available: true, present: true, udevRule: UDEV_RULE_FILE });
    expect(readFileSync(join(machine.root, UDEV_RULE_FILE), 'utf8')).toBe(
      'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n',
    );
    expect(machine.calls()).toEqual([
      `sudo -n tee ${join(machine.root, UDEV_RULE_FILE)}`,
      'sudo -n udevadm control --reload-rules',
      'udevadm control --reload-rules',
      'sudo -n udevadm trigger --name-match=kvm',
      'udevadm trigger --name-match=kvm',
      'sudo -n udevadm settle --timeout=10',
      'udevadm settle --timeout=10',
    ]);
    expect(statSync(join(machine.root, 'dev/kvm')).mode & 0o777).toBe(0o666);
  });

  it('keeps a rule already in place (a rerun) and runs without sudo as root', async () => {
    const machine = testMachine(scratch('kvm-root-'), { uid: 0 });
    writeFileSync(join(machine.root, UDEV_RULE_FILE), UDEV_RULE);
    await openKvmWithUdev(machine.system);
    expect(machine.calls()).toEqual([
      'udevadm control --reload-rules',
      'udevadm trigger --name-match=kvm',
      'udevadm settle --timeout=10',
    ]);
  });

  it('says why when udev cannot apply the rule', async () => {
    const machine = testMachine(scratch('kvm-root-'), { udevFails: true });
    const status = await openKvmWithUdev(machine.system);
    expect(status.available).toBe(false);
    expect(status.detail).toBe(
      'the udev rule that opens /dev/kvm could not be applied (through sudo -n: the runner user needs password-less sudo): `sudo -n udevadm control --reload-rules` exited with 1: Failed to send reload request: No such file or directory',
    );
  });
});
