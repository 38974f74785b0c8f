/**
 * The release rehearsal: sample projects modelled on the seeds, pushed to bare git remotes and
 * served by the GitHub sandbox, released by the bundled actions run exactly as a runner runs them
 * (Node 24, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). Seed 003's release end to end (version
 * check, changelog, release with assets, a rerun that changes nothing, the next development version
 * as a pull request), seed 001's Go module tags, and seed 000's runenv image on a local registry
 * (Debian's docker-registry) with its CI tag cleaned up; seed 001's image pinned in peer pods'
 * deployment files as a pull request, then the pin reverted after the release (every tag checked in
 * the local registry; without docker-registry, pinned unchecked); seed 002's image promotion pull
 * request into a sandbox kubernetes/k8s.io (opened, then rerun without change); seed 000's release
 * of KM tarballs, validated on this machine by running its getting-started guide, then KM's daily
 * release from its sources repository into km-releases with a prune of older dailies, and the delete
 * of one demo release. Prints each step's
 * job summary; exits 1 when
 * a step fails or the sandbox saw a request that breaks GitHub's API contract.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type RunResult } from '../test/harness/runner.js';
import { createGoMonorepo, remoteRefs } from '../test/fixtures/go-monorepo.js';
import { createSampleProject } from '../test/fixtures/sample-project.js';
import {
  buildTarballs,
  KM_RELEASE_INPUTS,
  prepareKmReleases,
} from '../test/fixtures/kvm-validate-release.js';
import { commitFiles, initBareRepo, seedReleases } from '../test/sandbox/seed.js';
import { startSandbox, type GitHubSandbox } from '../test/sandbox/index.js';
import { createK8sIo, PROJECT, STAGING_DIR, stageRelease, UPSTREAM } from '../test/fixtures/kpromo-k8s-io.js';
import { RegistryClient } from '../shared/src/registry/client.js';
import { buildImage } from '../test/registry/image.js';
import { pushImage } from '../test/registry/push.js';
import { REGISTRY_BIN, startRegistry } from '../test/registry/server.js';
import {
  checkout as peerPodsCheckout,
  componentRemotes,
  git as gitIn,
  helmEra,
  RELEASE,
  stagePeerPods,
  VERSIONS,
} from '../test/fixtures/pin-image-tags-trees.js';

interface Workspace {
  repository: string;
  workspace: string;
  sha: string;
  ref: string;
}

interface Step {
  name: string;
  action: string;
  where: Workspace;
  /** Inputs, from the outputs of the steps before (by step index). */
  inputs(previous: RunResult[]): Record<string, string>;
  /** The GitHub it talks to (default: the sandbox of the release). */
  github?: GitHubSandbox;
  /** What must hold for the step to count as done; a message when it does not. */
  expect(result: RunResult, requests: { total: number; writes: number }): string | undefined;
  /** Extra environment for the action (what a workflow's `env:` would set). */
  env?: Record<string, string>;
}

/** A port nothing listens on right now (the KM guide's example service takes it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const json = (text: string | undefined): unknown => JSON.parse(text ?? 'null');

const sandbox = await startSandbox();
// The image steps need Debian's docker-registry (.ci/run installs it); without it they are left out.
const registry = existsSync(REGISTRY_BIN) ? await startRegistry() : undefined;
// Seed 002 opens its promotion pull request in kubernetes/k8s.io with a maintainer's personal access
// token (the fork is theirs), so it gets a sandbox of its own where the token is a PAT.
const promotion = registry ? await startSandbox({ tokenKind: 'pat', viewer: 'octocat' }) : undefined;
const temps: string[] = [];
let failed = false;
try {
  const project = await createSampleProject(sandbox);
  const go = createGoMonorepo();
  const release: Workspace = {
    repository: project.repository,
    workspace: project.workspace,
    sha: project.sha,
    ref: `refs/tags/${project.tag}`,
  };
  const goModules: Workspace = {
    repository: 'confidential-containers/cloud-api-adaptor',
    workspace: go.workspace,
    sha: go.sha,
    ref: 'refs/heads/main',
  };
  const version = project.tag.replace(/^v/, '');
  const docsArchive = `os-vim-driver-${version}-docs.tgz`;
  // Seed 003 §3: the docs archive the release carries.
  execFileSync(
    'tar',
    ['-czf', docsArchive, 'docs/', '--transform', `s/^docs/os-vim-driver-${version}-docs/`],
    { cwd: project.workspace },
  );
  console.log(
    `Rehearsing the release of ${project.repository} ${project.tag} (previous ${project.previousTag})`,
  );
  console.log(`  git remote: ${project.remote}`);
  console.log(
    `  GitHub:     ${sandbox.apiUrl} (sandbox, every request validated against GitHub's OpenAPI description)`,
  );
  console.log(`  Go modules: ${go.remote} (seed 001's layout)`);

  const moduleOrder = ['cloud-providers', 'webhook', 'peerpod-ctrl', 'cloud-api-adaptor', 'csi-wrapper'];
  // Seed 003 §6–7: the docs archive attached, the extracted section (step 3) as the description.
  const releaseInputs = (previous: RunResult[]): Record<string, string> => ({
    files: docsArchive,
    'body-file': previous[2]?.outputs['body-file'] ?? '',
    name: 'os-vim-driver {version}',
  });
  const steps: Step[] = [
    {
      name: 'Check every version reference holds the release version',
      action: 'bump-dev-version',
      where: release,
      inputs: () => ({ mode: 'verify', targets: 'helm/os-vim-driver/values.yaml: docker.version' }),
      expect: (r) => (r.outputs.mismatches === '[]' ? undefined : `mismatches: ${r.outputs.mismatches}`),
    },
    {
      name: 'Generate the changelog section from what merged since the previous release',
      action: 'changelog-section',
      where: release,
      inputs: () => ({ mode: 'generate', version: project.tag, write: 'true' }),
      expect: (r) =>
        r.outputs['previous-tag'] === project.previousTag
          ? undefined
          : `previous-tag is '${r.outputs['previous-tag']}'`,
    },
    {
      name: 'Extract the section for the release description',
      action: 'changelog-section',
      where: release,
      inputs: () => ({ mode: 'extract', version: project.tag }),
      expect: (r) =>
        r.outputs.found === 'true' && r.outputs.body?.includes('Fix keystone v3 domain handling')
          ? undefined
          : 'the section lacks the merged fix',
    },
    {
      name: 'Create the GitHub release with the docs archive and the section as its description',
      action: 'create-release',
      where: release,
      inputs: releaseInputs,
      expect: (r) => {
        const names = (json(r.outputs.assets) as { name: string }[]).map((a) => a.name).sort();
        if (!r.outputs.url?.endsWith(`/releases/tag/${project.tag}`)) return `url is '${r.outputs.url}'`;
        return names.join() === [docsArchive, 'SHA256SUMS'].sort().join()
          ? undefined
          : `assets: ${names.join(', ')}`;
      },
    },
    {
      name: 'Run the release again: it is already done, nothing is written',
      action: 'create-release',
      where: release,
      inputs: releaseInputs,
      expect: (r, requests) => {
        if (
          r.outputs.id !== undefined &&
          r.outputs.id === stepResults[3]?.outputs.id &&
          requests.writes === 0
        )
          return undefined;
        return `id ${r.outputs.id} (first run: ${stepResults[3]?.outputs.id}), ${requests.writes} write(s)`;
      },
    },
    {
      name: 'Open the pull request that starts the next development version',
      action: 'bump-dev-version',
      where: release,
      inputs: () => ({
        mode: 'next-dev',
        targets: 'helm/os-vim-driver/values.yaml: docker.version',
        push: 'pull-request',
      }),
      expect: (r) =>
        r.outputs['next-dev-version'] === '0.3.0.dev0' && /\/pull\/\d+$/.test(r.outputs['pull-request'] ?? '')
          ? undefined
          : `next-dev-version ${r.outputs['next-dev-version']}, pull request ${r.outputs['pull-request']}`,
    },
    {
      name: 'Print the Go module tags a person would push (dry run)',
      action: 'go-module-tags',
      where: goModules,
      inputs: () => ({ version: 'v0.8.0', 'dry-run': 'true' }),
      expect: () => (remoteRefs(go.remote).includes('refs/tags/') ? 'the dry run pushed tags' : undefined),
    },
    {
      name: 'Tag every Go module in dependency order, in one atomic push',
      action: 'go-module-tags',
      where: goModules,
      inputs: () => ({ version: 'v0.8.0' }),
      expect: (r) => {
        const tags = json(r.outputs.tags) as string[];
        const expected = moduleOrder.map((dir) => `src/${dir}/v0.8.0`);
        return tags.join() === expected.join() ? undefined : `tags: ${tags.join(', ')}`;
      },
    },
    {
      name: 'Tag them again: every tag is already there at the commit, nothing is pushed',
      action: 'go-module-tags',
      where: goModules,
      inputs: () => ({ version: 'v0.8.0' }),
      expect: (r) =>
        r.outputs.created === '[]' && (json(r.outputs.existing) as string[]).length === moduleOrder.length
          ? undefined
          : `created ${r.outputs.created}, existing ${r.outputs.existing}`,
    },
  ];
  // Seed 001, "Cutting releases": pin the adaptor image in peer pods' deployment files (Helm era) to the
  // release image's commit, in a pull request; "Post-release": revert it once that pull request merged.
  const peerPodsHost = registry?.host ?? 'quay.io';
  const peerPods = peerPodsCheckout(helmEra(peerPodsHost, componentRemotes()), 'cloud-api-adaptor-deploy');
  await sandbox.createRepo('confidential-containers/cloud-api-adaptor', { gitDir: peerPods.remote });
  const releaseImage = registry ? (await stagePeerPods(registry.host, { ciTags: 0 })).release : undefined;
  const pinWhere: Workspace = {
    repository: 'confidential-containers/cloud-api-adaptor',
    workspace: peerPods.workspace,
    sha: peerPods.sha,
    ref: 'refs/heads/main',
  };
  const pinInputs = {
    image: ['cloud-api-adaptor', 'peerpod-ctrl', 'peer-pods-webhook']
      .map((name) => `${peerPodsHost}/confidential-containers/${name}`)
      .join('\n'),
    templates: '**/providers/libvirt.yaml: {tag}-dev\nsrc/cloud-providers/Makefile: {tag}-dev',
    lines: 'src/cloud-providers/Makefile: /"  tag: \\\\"([^"\\\\]*)\\\\""/',
    'check-registry': String(registry !== undefined),
    push: 'pull-request',
  };
  console.log(
    registry
      ? `  Seed 001:   peer pods' deployment files (${peerPods.remote}), images in ${registry.host}\n`
      : `  Seed 001:   peer pods' deployment files (${peerPods.remote}); registry checks skipped — ${REGISTRY_BIN} is not installed\n`,
  );
  const pinStep = steps.length;
  steps.push(
    {
      name: "Pin seed 001's image in the deployment files, in a pull request (release-helper.sh caa-image-tag)",
      action: 'pin-image-tags',
      where: pinWhere,
      inputs: () => ({
        ...pinInputs,
        tag: RELEASE,
        components: `${VERSIONS}: git.coco-operator.reference = v0.17.0 check\n${VERSIONS}: git.coco-operator.config = release`,
      }),
      expect: (r) => {
        const files = (json(r.outputs['changed-files']) as string[]).length;
        if (!/\/pull\/\d+$/.test(r.outputs['pull-request-url'] ?? ''))
          return `pull request '${r.outputs['pull-request-url']}'`;
        if (r.outputs.digest !== (releaseImage ?? '')) return `digest '${r.outputs.digest}'`;
        return files === 6 ? undefined : `${files} files changed`;
      },
    },
    {
      name: 'After the release, revert the pin in a pull request: the files are byte for byte what they were',
      action: 'pin-image-tags',
      where: pinWhere,
      inputs: (previous) => {
        // The pin's pull request merged: main is its branch, and the revert is built on it (the checkout's HEAD).
        const branch = previous[pinStep]?.outputs.branch ?? '';
        gitIn(peerPods.remote, 'update-ref', 'refs/heads/main', branch);
        gitIn(peerPods.workspace, 'fetch', '-q', 'origin');
        gitIn(peerPods.workspace, 'reset', '-q', '--hard', 'origin/main');
        return {
          ...pinInputs,
          mode: 'revert',
          components: `${VERSIONS}: git.coco-operator.reference check\n${VERSIONS}: git.coco-operator.config = default`,
        };
      },
      expect: (r) => {
        const branch = r.outputs.branch ?? '';
        const tree = (rev: string): string => gitIn(peerPods.remote, 'rev-parse', `${rev}^{tree}`);
        if (!/\/pull\/\d+$/.test(r.outputs['pull-request-url'] ?? ''))
          return `pull request '${r.outputs['pull-request-url']}'`;
        return branch === `release-actions/unpin-${RELEASE}` && tree(branch) === tree(peerPods.sha)
          ? undefined
          : `branch ${branch} does not hold the files as they were before the pin`;
      },
    },
  );
  if (registry) {
    // Seed 000: CI built the python payload's runenv image and pushed it under its CI tag.
    const ciTag = 'CI-4711';
    const payloadImage = buildImage({ layers: [{ files: { 'opt/kontain/bin/python3.7': 'payload\n' } }] });
    const source = { registry: registry.host, repository: 'kontainapp/runenv-python' };
    const sourceDigest = await pushImage(new RegistryClient(), source, ciTag, payloadImage);
    console.log(
      `  Registry:   ${registry.url} (Debian's docker-registry; ${source.repository}:${ciTag} is the CI build)\n`,
    );
    steps.push(
      {
        name: "Publish the python payload's runenv image under latest, the commit and the release tag",
        action: 'publish-runenv',
        where: release,
        inputs: () => ({
          source: `${registry.host}/${source.repository}:${ciTag}`,
          target: `${registry.host}/kontainapp`,
          payload: 'python',
          aliases: 'python-3.7',
          tags: `latest, {sha}, ${project.tag}`,
        }),
        expect: (r) => {
          const refs = json(r.outputs.references) as { reference: string; digest: string }[];
          const wrong = refs.filter((ref) => ref.digest !== sourceDigest);
          return refs.length === 6 && wrong.length === 0
            ? undefined
            : `${refs.length} references, ${wrong.length} not at the CI build's digest`;
        },
      },
      {
        name: 'Clean up the CI tag, keeping the digest the release tags share',
        action: 'publish-runenv',
        where: release,
        inputs: () => ({
          target: `${registry.host}/kontainapp`,
          payload: 'python',
          aliases: 'python-3.7',
          'cleanup-tag': ciTag,
        }),
        expect: (r) => {
          const results = (json(r.outputs.cleanup) as { result: string }[]).map((c) => c.result).join();
          return results === 'kept,absent' ? undefined : `cleanup results: ${results}`;
        },
      },
    );
    if (promotion) {
      // Seed 002: kpromo and kpromo-auditor v3.4.4-1 staged; k8s.io with artifact-promoter's manifest;
      // the maintainer's fork of it, made beforehand as the release doc asks.
      const staged = await stageRelease(registry.host, 'v3.4.4-1');
      await createK8sIo(promotion, { stagingHost: registry.host });
      const forked = await fetch(`${promotion.apiUrl}/repos/${UPSTREAM}/forks`, {
        method: 'POST',
        headers: { Authorization: `token ${promotion.token}`, 'Content-Type': 'application/json' },
        body: '{"default_branch_only":true}',
      });
      if (forked.status !== 202)
        throw new Error(`could not fork ${UPSTREAM} in the sandbox: ${forked.status}`);
      const promoTools: Workspace = {
        ...release,
        repository: 'kubernetes-sigs/promo-tools',
        ref: 'refs/tags/v3.4.4',
      };
      const promote = () => ({
        project: PROJECT,
        'staging-repo': `${registry.host}/${STAGING_DIR}`,
        tag: 'v3.4.4-1',
        fork: 'octocat',
      });
      const promotionStep = steps.length;
      console.log(
        `  Seed 002:   ${registry.host}/${STAGING_DIR} staged; ${UPSTREAM} and octocat's fork in ${promotion.apiUrl}\n`,
      );
      steps.push(
        {
          name: "Open seed 002's image promotion pull request (kpromo pr --fork octocat --project artifact-promoter --tag v3.4.4-1)",
          action: 'kpromo-pr',
          where: promoTools,
          github: promotion,
          inputs: promote,
          expect: (r) => {
            const digests = json(r.outputs.digests) as Record<string, string>;
            if (!/\/pull\/\d+$/.test(r.outputs['pull-request-url'] ?? ''))
              return `pull request '${r.outputs['pull-request-url']}'`;
            return digests.kpromo === staged.digests.kpromo && r.outputs.changed === 'true'
              ? undefined
              : `digests ${r.outputs.digests}, changed ${r.outputs.changed}`;
          },
        },
        {
          name: 'Run the promotion again: the branch and pull request are already there, nothing is written',
          action: 'kpromo-pr',
          where: promoTools,
          github: promotion,
          inputs: promote,
          expect: (r, requests) =>
            r.outputs.changed === 'false' &&
            requests.writes === 0 &&
            r.outputs['pull-request-url'] === stepResults[promotionStep]?.outputs['pull-request-url']
              ? undefined
              : `changed ${r.outputs.changed}, ${requests.writes} write(s), ${r.outputs['pull-request-url']}`,
        },
      );
    }
  } else {
    console.log(
      `  Registry:   none — ${REGISTRY_BIN} is not installed (apt-get install docker-registry), so the image steps (seed 000's runenv image, seed 002's promotion) are left out\n`,
    );
  }

  // Seed 000: KM's tarballs released into a km-releases-like repository, then validated here the way
  // the pipeline's second phase would on a KVM VM: download, verify, install, run GettingStarted.md.
  const scratch = (prefix: string): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };
  const km = await prepareKmReleases(sandbox, { scratch });
  const kmRelease: Workspace = {
    repository: km.repository,
    workspace: km.workspace,
    sha: km.sha,
    ref: `refs/tags/${km.tag}`,
  };
  const kmPrefix = join(scratch('rehearsal-kontain-'), 'opt/kontain');
  console.log(`  KM release: ${km.repository} ${km.tag}, validated into ${kmPrefix}\n`);
  steps.push(
    {
      name: `Publish KM's release ${km.tag}: kontain.tar.gz, the python payload and SHA256SUMS`,
      action: 'create-release',
      where: kmRelease,
      inputs: () => KM_RELEASE_INPUTS,
      expect: (r) => {
        const names = (json(r.outputs.assets) as { name: string }[]).map((a) => a.name).sort();
        return names.join() === 'SHA256SUMS,km-python.tar.gz,kontain.tar.gz'
          ? undefined
          : `assets: ${names.join(', ')}`;
      },
    },
    {
      name: 'Validate it: download and verify the tarballs, install them, run GettingStarted.md (require-kvm: false)',
      action: 'kvm-validate',
      where: kmRelease,
      env: { KM_PORT: String(await freePort()) },
      inputs: () => ({
        tag: km.tag,
        assets: 'kontain.tar.gz, *.tar.gz',
        guides: 'GettingStarted.md',
        'guide-repository': km.repository,
        prefix: kmPrefix,
        'require-kvm': 'false',
        'kvm-setup': 'false',
      }),
      expect: (r) => {
        const report = json(r.outputs.report) as { tarballs: { name: string }[] };
        const installed = report.tarballs.map((t) => t.name).join(', ');
        return r.outputs.failed === '0' &&
          r.outputs.passed === '5' &&
          installed === 'kontain.tar.gz, km-python.tar.gz'
          ? undefined
          : `passed ${r.outputs.passed}, failed ${r.outputs.failed}, installed ${installed}`;
      },
    },
  );

  // Seed 000 as KM runs it: the pipeline runs in the private km sources and releases into
  // km-releases, where years of daily and demo releases wait (seeded); a daily release there prunes
  // the dailies of older minors, and a workflow_dispatch deletes one demo release.
  const kmSourceGit = await initBareRepo(join(scratch('rehearsal-km-'), 'km.git'), 'master');
  const kmSourceSha = await commitFiles(kmSourceGit, 'master', { 'README.md': '# km\n' }, 'km sources');
  const kmSource = await sandbox.createRepo('kontainapp/km', { gitDir: kmSourceGit, private: true });
  const kmReleases = sandbox.repo(km.repository);
  const releasesHead = (await sandbox.git.resolveCommit(kmReleases.gitDir, 'HEAD')) ?? km.sha;
  const day = (n: number): string =>
    new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  await seedReleases(kmReleases, sandbox.state, [
    ...[4, 5, 6, 7, 8, 9].map((n) => ({
      tag: `v0.${n}-daily`,
      sha: releasesHead,
      published_at: day(200 - n * 10),
      prerelease: true,
    })),
    { tag: 'v0.9-beta-demo-nokia', sha: releasesHead, published_at: day(120), prerelease: true },
  ]);
  const kmDaily: Workspace = {
    repository: kmSource.fullName,
    workspace: scratch('rehearsal-km-ws-'),
    sha: kmSourceSha,
    ref: 'refs/heads/master',
  };
  buildTarballs(join(kmDaily.workspace, 'build'), 'v0.10-daily');
  steps.push(
    {
      name: `Publish KM's daily v0.10-daily from ${kmSource.fullName} into ${km.repository}, then prune older dailies (keep 2)`,
      action: 'create-release',
      where: kmDaily,
      inputs: () => ({
        ...KM_RELEASE_INPUTS,
        repository: km.repository,
        tag: 'v0.10-daily',
        prune: '*-daily',
        'prune-keep': '2',
      }),
      expect: (r) => {
        const pruned = (json(r.outputs.pruned) as { tag: string }[]).map((p) => p.tag).join(', ');
        if (r.outputs.repository !== km.repository) return `repository ${r.outputs.repository}`;
        const release = [...kmReleases.releases.values()].find((x) => x.tag_name === 'v0.10-daily');
        if (!release?.body?.includes(`Built from [${kmSource.fullName}@${kmSourceSha}]`))
          return `the release body does not trace the build: ${release?.body}`;
        return pruned === 'v0.8-daily, v0.7-daily, v0.6-daily, v0.5-daily, v0.4-daily'
          ? undefined
          : `pruned: ${pruned}`;
      },
    },
    {
      name: `Delete the demo release v0.9-beta-demo-nokia of ${km.repository} by workflow_dispatch (release: false)`,
      action: 'create-release',
      where: { ...kmDaily, ref: 'refs/heads/master' },
      inputs: () => ({ repository: km.repository, release: 'false', delete: 'v0.9-beta-demo-nokia' }),
      expect: (r) =>
        r.outputs.deleted === 'v0.9-beta-demo-nokia' &&
        ![...kmReleases.releases.values()].some((x) => x.tag_name === 'v0.9-beta-demo-nokia')
          ? undefined
          : `deleted '${r.outputs.deleted}'`,
    },
  );

  const stepResults: RunResult[] = [];
  // One job's steps share RUNNER_TEMP, as on a runner: changelog-section leaves its body-file there
  // for create-release, whose path inputs may lead only into the workspace or RUNNER_TEMP.
  const jobTemp = mkdtempSync(join(tmpdir(), 'rehearsal-runner-temp-'));
  temps.push(jobTemp);
  for (const [index, step] of steps.entries()) {
    const github = step.github ?? sandbox;
    const before = github.requests.length;
    const result = await runAction({
      action: step.action,
      inputs: step.inputs(stepResults),
      github: { apiUrl: github.apiUrl, serverUrl: github.serverUrl, token: github.token },
      repository: step.where.repository,
      sha: step.where.sha,
      ref: step.where.ref,
      workspace: step.where.workspace,
      env: { RUNNER_TEMP: jobTemp, ...step.env },
    });
    stepResults.push(result);
    temps.push(result.runnerTemp);
    const made = github.requests.slice(before);
    const requests = { total: made.length, writes: made.filter((r) => r.method !== 'GET').length };
    const problem = result.exitCode !== 0 ? `exit code ${result.exitCode}` : step.expect(result, requests);
    console.log(`── Step ${index + 1}: ${step.name} (${step.action})`);
    console.log(
      `   ${problem ? `FAILED: ${problem}` : 'ok'} · ${result.durationMs} ms · ${requests.total} API request(s)\n`,
    );
    console.log(result.summary.trim().replace(/^/gm, '   '));
    console.log();
    if (problem) {
      failed = true;
      console.log(result.log.replace(/^/gm, '   | '));
      break;
    }
  }
  const violations = [...sandbox.violations, ...(promotion?.violations ?? [])];
  if (violations.length) {
    failed = true;
    console.log(`The sandbox recorded ${violations.length} contract violation(s):`);
    for (const v of violations) console.log(`  ${v.kind} ${v.method} ${v.path}: ${v.details}`);
  }
  console.log(
    failed
      ? 'Rehearsal FAILED'
      : `Rehearsal passed: ${steps.length} steps, ${sandbox.requests.length + (promotion?.requests.length ?? 0)} API requests, no contract violations.`,
  );
} finally {
  await Promise.all([sandbox.stop(), promotion?.stop(), registry?.stop()]);
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
