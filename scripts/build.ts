/**
 * Bundle every node action with ncc into dist/<name>/ (`--check`: bundle into a temporary folder and
 * fail on any difference from the committed dist/, so a stale bundle cannot land). Both compile the
 * TypeScript into build/js first (ignored by git). `npm run build -- <name>` bundles
 * one action only.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { actionNames, ROOT } from './lib.js';

const run = promisify(execFile);

/**
 * TypeScript is compiled once for all actions (tsc, no type check needed twice: `npm run typecheck`
 * does that), and ncc bundles the JavaScript: four times faster than letting ncc compile each action.
 */
async function compile(jsDir: string): Promise<void> {
  await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', jsDir], {
    cwd: ROOT,
  });
}

/** The CLI (`release-actions <action> …`) is bundled beside the actions, into dist/cli/. */
const CLI = 'cli';

/**
 * One bundle: dist/<name>/index.js, which is what loads at start, and a numbered chunk for each
 * `await import()` (a mode's code, the proxy's HTTP stack), loaded only when a run reaches it.
 *
 * Not minified, and no source maps: measured on the lean bundles (issue 15), ncc's terser saved
 * nothing at start (create-release 59 vs 61 ms of CPU, publish-runenv 45 vs 48, go-module-tags 45
 * vs 45, medians of 21) once the second undici and @actions/core's OIDC client were gone, while a
 * minified dist/ cannot be reviewed in a diff and its stack traces name no function. Start time came
 * from loading less, not from loading it smaller.
 */
async function bundle(name: string, jsDir: string, outDir: string): Promise<void> {
  const source = name === CLI ? join('shared', 'src', 'cli') : join('actions', name, 'src');
  const entry = join(relative(ROOT, jsDir), source, 'index.js');
  // ncc adds files to its output folder and removes none: a chunk a lazy import no longer makes
  // (`252.index.js`) would stay behind and be committed.
  rmSync(join(outDir, name), { recursive: true, force: true });
  await run(
    join(ROOT, 'node_modules/.bin/ncc'),
    ['build', entry, '-o', join(outDir, name), '--target', 'es2023', '--license', 'licenses.txt', '--quiet'],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Run tasks two at a time (the machines have two cores). */
async function inPairs<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    [0, 1].map(async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const all = [...actionNames(), CLI];
  // `npm run build -- <name>…` bundles only those actions (and removes no stale folder).
  const only = args.filter((a) => !a.startsWith('--'));
  const unknown = only.filter((name) => !all.includes(name));
  if (unknown.length) throw new Error(`no such action: ${unknown.join(', ')} (actions: ${all.join(', ')})`);
  const names = only.length ? only : all;
  const outDir = check ? mkdtempSync(join(tmpdir(), 'check-dist-')) : join(ROOT, 'dist');
  if (!check && !only.length) {
    mkdirSync(outDir, { recursive: true });
    const stale = readdirSync(outDir, { withFileTypes: true }).filter(
      (d) => d.isDirectory() && !names.includes(d.name),
    );
    for (const dir of stale) rmSync(join(outDir, dir.name), { recursive: true });
  }
  // ncc names modules by path, so the compiled JavaScript always lives in build/js; the npm scripts
  // hold build/.lock (flock) so two builds at once cannot remove each other's files.
  const jsDir = join(ROOT, 'build', 'js');
  rmSync(jsDir, { recursive: true, force: true });
  await compile(jsDir);
  await inPairs(names, (name) => bundle(name, jsDir, outDir));
  if (!check) {
    console.log(`built ${names.map((n) => `dist/${n}`).join(', ')}`);
    return;
  }
  const committed = join(ROOT, 'dist');
  const problems: string[] = [];
  // `check-dist -- <name>` compares only the bundles it built.
  const built = (file: string): boolean => names.includes(file.split('/')[0] ?? '');
  const fresh = new Set(listFiles(outDir).filter(built));
  const old = new Set(listFiles(committed).filter(built));
  for (const file of fresh) {
    if (!old.has(file)) problems.push(`dist/${file} is missing`);
    else if (!readFileSync(join(outDir, file)).equals(readFileSync(join(committed, file))))
      problems.push(`dist/${file} differs from a fresh build`);
  }
  for (const file of old)
    if (!fresh.has(file)) problems.push(`dist/${file} is not produced by the build any more`);
  rmSync(outDir, { recursive: true, force: true });
  if (problems.length) {
    console.error(
      `check-dist: dist/ is stale — run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(
    `check-dist: dist/ matches a fresh build of ${names.length} bundle(s) (${relative(ROOT, committed)}/)`,
  );
}

await main();
