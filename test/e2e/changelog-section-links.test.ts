/**
 * changelog-section (dist bundle, Node 24): a section's relative links point nowhere in a release
 * description; the body (and body-file) carries them made absolute at the release's tag, and the
 * changelog file stays as written. Modelled on labstack/echo's CHANGELOG.md (v5.0.0 links
 * API_CHANGES_V5.md relatively).
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runAction, type RunOptions } from '../harness/runner.js';
import { useSandbox } from '../sandbox/jest.js';

const sandbox = useSandbox();

const base = (): Pick<RunOptions, 'github' | 'action' | 'repository'> => ({
  action: 'changelog-section',
  repository: 'labstack/echo',
  github: { apiUrl: sandbox().apiUrl, serverUrl: sandbox().serverUrl, token: sandbox().token },
});

const ECHO = readFileSync(new URL('../fixtures/changelog/echo.md.txt', import.meta.url), 'utf8');

/** A checkout: the files, in a git repository, as actions/checkout leaves it. */
function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'echo-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

describe('relative links in the extracted section', () => {
  it('are made absolute at the tag the workflow runs on; images raw; anchors and URLs kept; the file unchanged', async () => {
    const workspace = checkout({ 'CHANGELOG.md': ECHO });
    const result = await runAction({ ...base(), workspace, ref: 'refs/tags/v5.0.0' });
    expect(exitOf(result)).toBe(0);
    const web = `${sandbox().serverUrl}/labstack/echo`;
    const body = result.outputs.body ?? '';
    expect(body).toContain(
      `See [API_CHANGES_V5.md](${web}/blob/v5.0.0/API_CHANGES_V5.md) for the public API`,
    );
    expect(body).toContain(`[upgrade]: ${web}/blob/v5.0.0/docs/upgrade-v5.md`);
    expect(body).toContain(`the [security policy](${web}/blob/v5.0.0/SECURITY.md)`);
    expect(body).toContain('[the routing section](#routing)');
    // Out of the repository from its root: left as written, with a warning.
    expect(body).toContain('![echo](../assets/echo-logo.svg "Echo")');
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('../assets/echo-logo.svg') as unknown,
      }),
    );
    expect(readFileSync(result.outputs['body-file'] ?? '', 'utf8')).toBe(body);
    expect(readFileSync(join(workspace, 'CHANGELOG.md'), 'utf8')).toBe(ECHO);
    expect(result.summary).toContain(`3 made absolute at ${web}/blob/v5.0.0/`);
  });

  it('a changelog in docs/: paths from its folder, images through the raw view, at the tag', async () => {
    const workspace = checkout({ 'docs/CHANGELOG.md': ECHO });
    const result = await runAction({
      ...base(),
      workspace,
      ref: 'refs/tags/v5.2.0',
      inputs: { changelog: 'docs/CHANGELOG.md', version: '5.2.0' },
    });
    expect(exitOf(result)).toBe(0);
    const web = `${sandbox().serverUrl}/labstack/echo`;
    const body = result.outputs.body ?? '';
    expect(body).toContain(`![Router benchmark](${web}/raw/v5.2.0/docs/docs/images/router-bench.png)`);
    expect(body).toContain(`[API_CHANGES_V5.md](${web}/blob/v5.2.0/docs/API_CHANGES_V5.md#routing)`);
  });
});
