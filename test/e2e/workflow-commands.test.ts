/**
 * No input can make the runner execute a workflow command. Every input of every action (read from
 * actions/*\/action.yml, so an action or input added later is covered) is given, one at a time, a
 * value that goes on with lines the runner would execute if printed as they are: `::` commands at the
 * start of a line, after spaces, a tab, a no-break space or U+0085, after a lone \r, and the legacy
 * `##[` form at the start of a line and in the middle of one. The other inputs are those of a run
 * that gets far (a dry run over a real project), so the value is echoed wherever the action echoes
 * it: dry-run commands, plans, messages, errors. The harness reads the output as the runner does; no
 * command it executes may come from the planted lines.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createGoMonorepo, GIT_ENV } from '../fixtures/go-monorepo.js';
import { createSampleProject } from '../fixtures/sample-project.js';
import { ROOT, runAction, type RunnerCommand, type RunOptions } from '../harness/runner.js';
import { buildImage } from '../registry/image.js';
import { pushImage } from '../registry/push.js';
import { startRegistry, type TestRegistry } from '../registry/server.js';
import { RegistryClient } from '../../shared/src/registry/client.js';
import { useSandbox } from '../sandbox/jest.js';
import { readTree, TREES, VALUES_TARGET, writeTree } from './bump-dev-version-helpers.js';
import { makeRepo, removeScratch, workspaceWith } from './create-release-helpers.js';
import { createK8sIo, PROJECT, STAGING_DIR, stageRelease } from '../fixtures/kpromo-k8s-io.js';
import { makeKmRelease } from '../fixtures/kvm-validate-release.js';
import { removeScratch as removeKmScratch, scratch } from './kvm-validate-helpers.js';
import { CAA, checkout, componentRemotes, helmEra, VERSIONS } from '../fixtures/pin-image-tags-trees.js';

/** Lines the runner would execute; each one's command data starts with PLANTED. */
const PLANTED_LINES = [
  '::warning title=planted::PLANTED at the start of a line',
  '   ::error::PLANTED after spaces',
  '\t::notice::PLANTED after a tab',
  '\u00a0::warning::PLANTED after a no-break space',
  '\u0085::warning::PLANTED after U+0085',
  '::set-output name=planted::PLANTED output',
  '::add-mask::PLANTED-mask',
  '##[warning]PLANTED legacy form',
  'see ##[error]PLANTED legacy form in the middle of a line',
  '::stop-commands::PLANTEDstop',
];
const plant = (value: string): string => `${value}\n${PLANTED_LINES.join('\n')}\r::error::PLANTED after \\r`;

/** A command that came from the planted text rather than from the action. */
function isPlanted(command: RunnerCommand): boolean {
  // Our own output never has `##[`; a `::` command of ours starts with its own words, not the input's.
  return command.form === 'legacy' || /^::[^:]*::PLANTED/.test(command.line.replace(/^[\s\u0085]*/, ''));
}

interface Scenario {
  /** Inputs of a run that gets far; a planted input replaces its value here (else its default). */
  inputs: () => Record<string, string>;
  options: () => Omit<RunOptions, 'action' | 'inputs'>;
}

const sandbox = useSandbox();
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
const SHA = '3f1c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
const github = () => ({ apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token });
let registry: TestRegistry;
const scenarios: Record<string, Scenario> = {};

beforeAll(async () => {
  registry = await startRegistry();
  const image = buildImage({ layers: [{ files: { 'opt/kontain/bin/python': 'python.km' } }] });
  await pushImage(
    new RegistryClient(),
    { registry: registry.host, repository: 'ci/runenv-python' },
    'ci-1',
    image,
  );
  scenarios['publish-runenv'] = {
    inputs: () => ({
      source: `${registry.host}/ci/runenv-python:ci-1`,
      target: `${registry.host}/kontainapp`,
      payload: 'python',
      aliases: 'python-3.7',
      tags: 'latest, v0.9.1',
      'dry-run': 'true',
    }),
    options: () => ({ sha: SHA, ref: 'refs/tags/v0.9.1' }),
  };

  const monorepo = createGoMonorepo();
  scenarios['go-module-tags'] = {
    inputs: () => ({ version: 'v0.8.0', 'dry-run': 'true' }),
    options: () => ({
      workspace: monorepo.workspace,
      sha: monorepo.sha,
      env: { GIT_COMMITTER_DATE: GIT_ENV.GIT_COMMITTER_DATE },
    }),
  };

  const release = await makeRepo(sandbox(), { tags: ['v1.0.0'] });
  const releaseWorkspace = workspaceWith({ 'km.tar.gz': 1000, 'NOTES.md': 'Release notes\n' });
  scenarios['create-release'] = {
    inputs: () => ({ files: 'km.tar.gz', body: 'Release notes', 'dry-run': 'true' }),
    options: () => ({
      github: github(),
      repository: release.fullName,
      sha: release.commits[1],
      ref: 'refs/tags/v1.0.0',
      workspace: releaseWorkspace,
    }),
  };

  const project = await createSampleProject(sandbox(), 'accanto-systems/os-vim-driver-commands');
  scenarios['changelog-section'] = {
    inputs: () => ({ mode: 'generate', write: 'true', 'dry-run': 'true' }),
    options: () => ({
      github: github(),
      repository: project.repository,
      sha: project.sha,
      ref: `refs/tags/${project.tag}`,
      workspace: project.workspace,
    }),
  };

  // Seed 002: artifact-promoter's release staged, a k8s.io to promote it into; a dry run opens nothing.
  await stageRelease(registry.host, 'v3.4.4-1');
  await createK8sIo(sandbox(), { stagingHost: registry.host });
  scenarios['kpromo-pr'] = {
    inputs: () => ({
      project: PROJECT,
      'staging-repo': `${registry.host}/${STAGING_DIR}`,
      tag: 'v3.4.4-1',
      fork: 'octocat',
      'dry-run': 'true',
    }),
    options: () => ({ github: github(), repository: 'kubernetes-sigs/promo-tools' }),
  };

  // Seed 000: KM's release made by create-release, validated by a dry run (it lists steps, runs none).
  const km = await makeKmRelease(sandbox(), { scratch });
  scenarios['kvm-validate'] = {
    inputs: () => ({
      tag: km.tag,
      assets: 'kontain.tar.gz, *.tar.gz',
      guides: 'GettingStarted.md',
      'guide-repository': km.repository,
      prefix: join(scratch('commands-kontain-'), 'opt/kontain'),
      'require-kvm': 'false',
      'kvm-setup': 'false',
      'dry-run': 'true',
    }),
    options: () => ({
      github: github(),
      repository: km.repository,
      sha: km.sha,
      ref: `refs/tags/${km.tag}`,
      workspace: km.workspace,
    }),
  };

  const root = mkdtempSync(join(tmpdir(), 'commands-bump-'));
  const remote = join(root, 'os-vim-driver.git');
  const work = join(root, 'work');
  git(root, 'init', '-q', '--bare', '-b', 'main', remote);
  git(root, 'init', '-q', '-b', 'main', work);
  writeTree(work, readTree(join(TREES, 'os-vim-driver', 'expected-release-0.2.0'), true));
  writeFileSync(join(work, 'RELEASE.md'), 'Bump the version with bump-dev-version.\n');
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'Release 0.2.0');
  git(work, 'remote', 'add', 'origin', `file://${remote}`);
  git(work, 'push', '-q', 'origin', 'main');
  await sandbox().createRepo('accanto/os-vim-driver', { gitDir: remote });
  const head = git(work, 'rev-parse', 'HEAD');
  scenarios['bump-dev-version'] = {
    inputs: () => ({
      mode: 'next-dev',
      version: '0.2.0',
      targets: VALUES_TARGET,
      docs: 'RELEASE.md',
      push: 'pull-request',
      'commit-message': 'Start {version} development',
      'dry-run': 'true',
    }),
    options: () => ({
      github: github(),
      workspace: work,
      repository: 'accanto/os-vim-driver',
      ref: 'refs/heads/main',
      sha: head,
      env: { HOME: mkdtempSync(join(tmpdir(), 'home-')), GIT_CONFIG_NOSYSTEM: '1' },
    }),
  };

  // Seed 001's pin, as far as a dry run goes: every tag checked, component refs listed, the diff printed.
  const caa = { registry: registry.host, repository: CAA };
  await pushImage(new RegistryClient(), caa, '6d7d2a3f', image);
  await pushImage(new RegistryClient(), caa, '6d7d2a3f-dev', image);
  const peerPods = checkout(helmEra(registry.host, componentRemotes()));
  await sandbox().createRepo('confidential-containers/cloud-api-adaptor', { gitDir: peerPods.remote });
  scenarios['pin-image-tags'] = {
    inputs: () => ({
      image: `${registry.host}/${CAA}`,
      tag: '6d7d2a3f',
      'pin-by': 'digest',
      files: '**/*.yaml\n!docs/**',
      templates: '**/providers/libvirt.yaml: {tag}-dev',
      lines: 'src/cloud-providers/Makefile: /"  tag: \\\\"([^"\\\\]*)\\\\""/',
      components: `${VERSIONS}: git.kbs.tag = v0.17.0 check`,
      push: 'pull-request',
      branch: 'release-actions/pin-6d7d2a3f',
      'commit-message': 'Pin the release image',
      'dry-run': 'true',
    }),
    options: () => ({
      github: github(),
      workspace: peerPods.workspace,
      repository: 'confidential-containers/cloud-api-adaptor',
      ref: 'refs/heads/main',
      sha: peerPods.sha,
    }),
  };
}, 120_000);
afterAll(async () => {
  await registry?.stop();
  removeScratch();
  removeKmScratch();
});

const actions = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const cases = actions.flatMap((action) => {
  const yml = parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  return Object.entries(yml.inputs ?? {}).map(([input, spec]) => ({
    action,
    input,
    fallback: ['string', 'number', 'boolean'].includes(typeof spec.default)
      ? String(spec.default as string | number | boolean)
      : 'x',
  }));
});

it('every action has a scenario here (add one for a new action)', () => {
  expect(Object.keys(scenarios).sort()).toEqual([...actions].sort());
});

it.each(actions)(
  'the scenario of %s runs to its end unplanted, so a planted value is echoed where it would be',
  async (action) => {
    const scenario = scenarios[action];
    if (!scenario) throw new Error(`no scenario for ${action}`);
    const result = await runAction({ action, ...scenario.options(), inputs: scenario.inputs() });
    expect({ exitCode: result.exitCode, log: result.exitCode === 0 ? '' : result.log }).toEqual({
      exitCode: 0,
      log: '',
    });
  },
  60_000,
);

describe.each(cases)('$action, input $input', ({ action, input, fallback }) => {
  it('echoes no planted workflow command to the runner', async () => {
    const scenario = scenarios[action];
    if (!scenario) throw new Error(`no scenario for ${action}`);
    const inputs = scenario.inputs();
    const given = inputs[input] ?? (fallback === '${{ github.token }}' ? sandbox().token : fallback);
    const result = await runAction({
      action,
      ...scenario.options(),
      inputs: { ...inputs, [input]: plant(given) },
    });
    expect(result.signal).toBeNull();
    const planted = result.commands.filter(isPlanted);
    expect(planted.map((c) => `${c.stream}: ${JSON.stringify(c.line)}`)).toEqual([]);
    // A secret input is masked whole (our own add-mask); a planted one would mask its own word.
    expect(result.masks.filter((m) => m === 'PLANTED-mask' || m === 'PLANTEDstop')).toEqual([]);
    expect(result.outputs.planted).toBeUndefined();
  }, 60_000);
});
