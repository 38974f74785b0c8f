/**
 * A failing guide through the bundle: the report, the outputs set even on failure, and every step's
 * log uploaded through @actions/artifact to a local stand-in of the results service and blob storage;
 * on GitHub Enterprise Server the upload is skipped with a warning that says why.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../harness/runner.js';
import { buildTarballs } from '../fixtures/kvm-validate-release.js';
import { startResultsService, type ResultsService } from '../fixtures/kvm-validate-results-service.js';
import { leftoverMarker, removeScratch, scratch } from './kvm-validate-helpers.js';

let results: ResultsService;
beforeAll(async () => {
  results = await startResultsService();
});
afterAll(async () => {
  await results.stop();
  removeScratch();
});

const fence = '```';
const FAILING_GUIDE = `# Try it

${fence}sh {"name":"hello"}
"$INSTALL_PREFIX/bin/km" "$INSTALL_PREFIX/tests/hello_test.km" Hi
echo "runtime token: \${ACTIONS_RUNTIME_TOKEN:-withheld}"
${fence}

${fence}sh {"name":"broken"}
echo "loading the payload"
echo "km: cannot open /dev/kkm: No such file or directory" >&2
exit 7
${fence}

${fence}sh {"name":"after"}
echo never
${fence}
`;

/** A workspace with the two tarballs, their SHA256SUMS and a guide. */
function workspace(guide: string): string {
  const dir = scratch('kvm-logs-ws-');
  buildTarballs(join(dir, 'build'), 'v0.10-beta');
  execFileSync('sh', ['-c', 'sha256sum kontain.tar.gz km-python.tar.gz > SHA256SUMS'], {
    cwd: join(dir, 'build'),
  });
  writeFileSync(join(dir, 'guide.md'), guide);
  return dir;
}

const inputs = (ws: string): Record<string, string> => {
  mkdirSync(join(ws, 'prefix'), { recursive: true });
  return {
    files: 'build/kontain.tar.gz\nbuild/km-python.tar.gz',
    guides: 'guide.md',
    prefix: join(ws, 'prefix/kontain'),
    'require-kvm': 'false',
    'kvm-setup': 'false',
  };
};

function unzip(bytes: Buffer, member?: string): string {
  const dir = scratch('kvm-zip-');
  writeFileSync(join(dir, 'a.zip'), bytes);
  return execFileSync('unzip', member ? ['-p', 'a.zip', member] : ['-Z1', 'a.zip'], {
    cwd: dir,
    encoding: 'utf8',
  });
}

describe('kvm-validate logs', () => {
  it('fails with the failed step named, sets the outputs, and uploads every step log as one artifact', async () => {
    const ws = workspace(FAILING_GUIDE);
    const marker = leftoverMarker();
    const result = await runAction({
      action: 'kvm-validate',
      workspace: ws,
      env: {
        ...marker.env,
        ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
        ACTIONS_RESULTS_URL: `${results.url}/`,
        GITHUB_SERVER_URL: 'https://github.com',
      },
      inputs: { ...inputs(ws), 'artifact-name': 'km-validation-logs' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      '1 of 3 step(s) failed: guide.md step 2 (broken) failed: exit code 7',
    ]);
    expect(result.outputs).toMatchObject({ passed: '1', failed: '1', skipped: '1' });
    const report = JSON.parse(result.outputs.report!) as { logs: { artifact: string; id: number } };
    expect(report.logs).toMatchObject({ artifact: 'km-validation-logs', id: 4001 });

    expect(results.refusals).toEqual([]);
    const [artifact] = results.artifacts;
    expect(artifact?.name).toBe('km-validation-logs');
    expect(artifact?.finalizedHash).toBe(
      `sha256:${createHash('sha256').update(artifact!.bytes).digest('hex')}`,
    );
    expect(unzip(artifact!.bytes).trim().split('\n').sort()).toEqual(['01-01-hello.log', '01-02-broken.log']);
    expect(unzip(artifact!.bytes, '01-02-broken.log')).toBe(
      'loading the payload\nkm: cannot open /dev/kkm: No such file or directory\n',
    );
    // The guide's commands never see the runtime token; the blob upload carries only the SAS.
    expect(unzip(artifact!.bytes, '01-01-hello.log')).toContain('runtime token: withheld');
    const blobCalls = results.requests.filter((r) => r.path.startsWith('/devstoreaccount1/'));
    expect(blobCalls.length).toBeGreaterThanOrEqual(2);
    expect(blobCalls.every((r) => r.authorization === undefined)).toBe(true);

    expect(result.summary).toContain('1 passed, 1 failed, 1 skipped');
    expect(result.summary).toMatch(
      /\| 2 \| broken \| echo "loading the payload" \| [\d.]+ \| failed \| exit code 7<br>loading the payload<br>km: cannot open \/dev\/kkm: No such file or directory \|/,
    );
    expect(result.summary).toContain(
      '| 3 | after | echo never |  | skipped | not run: step 2 (broken) failed |',
    );
    expect(result.summary).toContain('**logs**: artifact km-validation-logs');
    expect(marker.left()).toEqual([]);
  });

  it('on GitHub Enterprise Server skips the upload with a warning that says why', async () => {
    const ws = workspace(FAILING_GUIDE);
    const before = results.requests.length;
    const result = await runAction({
      action: 'kvm-validate',
      workspace: ws,
      env: {
        ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
        ACTIONS_RESULTS_URL: `${results.url}/`,
        GITHUB_SERVER_URL: 'https://ghe.example.com',
      },
      inputs: inputs(ws),
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      "Step logs not uploaded: artifact uploads through @actions/artifact v2+ are not supported on GitHub Enterprise Server (GHESNotSupportedError); every step's log is printed in the job log above",
    ]);
    expect(results.requests.length).toBe(before);
    // The log is in the job log instead, with workflow commands stopped around it.
    expect(result.log).toContain('km: cannot open /dev/kkm: No such file or directory');
  });
});
