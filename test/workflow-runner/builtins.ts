/**
 * Built-in stand-ins for the third-party actions every release workflow uses. actions/checkout: the
 * sandbox repository's bare git fetched into the job's workspace the way checkout@v5 fetches (the
 * event's commit under its ref, depth 1 unless `fetch-depth: 0`, a named `ref:` as branch or tag);
 * origin is the bare repository's file:// URL, since the sandbox serves no git over HTTP, and no
 * credential is ever configured. actions/upload-artifact and download-artifact (v4/v5): the run's
 * artifact store on disk, with their inputs, outputs and refusals.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { selectFiles } from './artifacts.js';
import { Fixtures, StepFailure, type StepCall } from './fixtures.js';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    const last = (stderr ?? '').trim().split('\n').pop() ?? '';
    throw new StepFailure(`git ${args.join(' ')} failed: ${last}`);
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * What checkout@v5 fetches: with full history every branch and tag (the ref is among them);
 * otherwise the event's commit under its ref, or a named ref as branch or tag.
 */
function refspecsFor(o: {
  depth: number;
  sha: string;
  ref: string;
  branch?: string;
  tag?: string;
}): string[] {
  if (o.depth === 0) {
    const all = ['+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'];
    return o.sha && !o.tag && !o.branch ? [...all, o.sha] : all;
  }
  if (o.sha) {
    if (o.tag) return [`+${o.sha}:${o.tag}`];
    if (o.branch) return [`+${o.sha}:refs/remotes/origin/${o.branch}`];
    return [o.sha];
  }
  if (o.tag) return [`+${o.tag}:${o.tag}`];
  if (o.branch) return [`+${o.ref}:refs/remotes/origin/${o.branch}`];
  return [`+refs/heads/${o.ref}*:refs/remotes/origin/${o.ref}*`, `+refs/tags/${o.ref}*:refs/tags/${o.ref}*`];
}

/** actions/checkout@v5 against the sandbox's bare repository. */
export function checkout(step: StepCall): void {
  const own = String(step.github.repository);
  const repository = step.with.repository || own;
  const record = step.sandbox.repo(repository);
  const target = resolve(step.workspace, step.with.path || '.');
  if (!inside(step.workspace, target))
    throw new StepFailure(`Repository path '${target}' is not under '${step.workspace}'`);
  const depth = Number(step.with['fetch-depth'] || '1');
  const fetchTags = step.with['fetch-tags'] === 'true';
  let ref = step.with.ref || '';
  let sha = '';
  if (!ref) {
    if (repository.toLowerCase() === own.toLowerCase()) {
      ref = String(step.github.ref);
      sha = String(step.github.sha);
    } else ref = `refs/heads/${record.defaultBranch}`;
  } else if (/^[0-9a-f]{40}$/i.test(ref)) {
    sha = ref;
    ref = '';
  }
  mkdirSync(target, { recursive: true });
  if (existsSync(join(target, '.git'))) git(target, ['clean', '-ffdx']);
  else {
    git(target, ['init', '-q']);
    git(target, ['remote', 'add', 'origin', `file://${record.gitDir}`]);
  }
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const tag = ref.startsWith('refs/tags/') ? ref : undefined;
  const refspecs = refspecsFor({ depth, sha, ref, branch, tag });
  if (fetchTags && depth !== 0) refspecs.push('+refs/tags/*:refs/tags/*');
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
  git(target, [
    'fetch',
    '-q',
    ...(fetchTags || depth === 0 ? [] : ['--no-tags']),
    '--prune',
    '--no-recurse-submodules',
    ...depthArgs,
    'origin',
    ...refspecs,
  ]);
  if (branch) git(target, ['checkout', '-q', '--force', '-B', branch, `refs/remotes/origin/${branch}`]);
  else if (tag) git(target, ['checkout', '-q', '--force', tag]);
  else if (sha) git(target, ['checkout', '-q', '--force', sha]);
  else {
    const remote = git(target, [
      'for-each-ref',
      '--format=%(refname)',
      `refs/remotes/origin/${ref}`,
      `refs/tags/${ref}`,
    ]);
    if (!remote) throw new StepFailure(`A branch or tag with the name '${ref}' could not be found`);
    if (remote.split('\n')[0]!.startsWith('refs/remotes/'))
      git(target, ['checkout', '-q', '--force', '-B', ref, `refs/remotes/origin/${ref}`]);
    else git(target, ['checkout', '-q', '--force', `refs/tags/${ref}`]);
  }
  if (step.with.submodules && step.with.submodules !== 'false')
    step.log(
      `::warning::The checkout stand-in does not fetch submodules (submodules: ${step.with.submodules})`,
    );
  const commit = git(target, ['rev-parse', 'HEAD']);
  step.log(`Checked out ${repository} ${ref || sha} at ${commit} (depth ${depth || 'full'}) into ${target}`);
  step.setOutput('ref', ref || sha);
  step.setOutput('commit', commit);
}

/** actions/upload-artifact@v4 into the run's store. */
export function uploadArtifact(step: StepCall): void {
  const name = step.with.name || 'artifact';
  const path = step.with.path ?? '';
  if (!path.trim()) throw new StepFailure('Input required and not supplied: path');
  const files = selectFiles(step.workspace, path, step.with['include-hidden-files'] === 'true');
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${path.trim()}. No artifacts will be uploaded.`;
    const mode = step.with['if-no-files-found'] || 'warn';
    if (mode === 'error') throw new StepFailure(message);
    step.log(mode === 'warn' ? `::warning::${message}` : message);
    return;
  }
  const stored = step.artifacts.upload(name, files, step.with.overwrite === 'true');
  step.log(`Uploaded artifact ${name}: ${stored.files.join(', ')}`);
  step.setOutput('artifact-id', String(stored.id));
  step.setOutput(
    'artifact-url',
    `${String(step.github.server_url)}/${String(step.github.repository)}/actions/runs/${String(step.github.run_id)}/artifacts/${stored.id}`,
  );
  step.setOutput('artifact-digest', stored.digest);
}

/** actions/download-artifact@v4/v5 from the run's store. */
export function downloadArtifact(step: StepCall): void {
  const home = step.env.HOME ?? '';
  const given = (step.with.path || '').replace(/^~(?=\/|$)/, home);
  const dest = resolve(step.workspace, given || '.');
  const name = step.with.name || '';
  if (name) {
    const files = step.artifacts.download(name, dest);
    step.log(`Downloaded artifact ${name} into ${dest}: ${files.join(', ')}`);
  } else {
    const pattern = step.with.pattern
      ? new RegExp(
          `^${step.with.pattern
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
        )
      : undefined;
    const merge = step.with['merge-multiple'] === 'true';
    for (const artifact of step.artifacts.list().filter((a) => !pattern || pattern.test(a.name)))
      step.artifacts.download(artifact.name, merge ? dest : join(dest, artifact.name));
    step.log(`Downloaded ${readdirSync(dest).length} entries into ${dest}`);
  }
  step.setOutput('download-path', dest);
}

/** Fixtures with the built-in stand-ins registered. */
export function builtInFixtures(): Fixtures {
  return new Fixtures()
    .add(
      'actions/checkout',
      "built-in: the sandbox repository's bare git fetched at the event's commit",
      checkout,
      true,
    )
    .add('actions/upload-artifact', "built-in: the run's artifact store on disk", uploadArtifact, true)
    .add('actions/download-artifact', "built-in: the run's artifact store on disk", downloadArtifact, true);
}
