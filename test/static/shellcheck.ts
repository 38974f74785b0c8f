/** shellcheck over every bash/sh `run:` script, findings mapped back to the YAML source line. */
import { spawn, spawnSync } from 'node:child_process';
import { expressionEnd } from './expressions.js';
import type { Problem } from './problems.js';
import type { RunScript } from './run-scripts.js';
import { sourceLine } from './run-scripts.js';

/**
 * Codes that only the placeholder provokes, or that need files we do not have (same as actionlint):
 * SC1091 not following a sourced file; SC2050/SC2194/SC2157 a constant expression where `${{ }}` was;
 * SC2154 a lowercase variable set by `env:`, which shellcheck cannot see.
 */
const EXCLUDED = ['SC1091', 'SC2050', 'SC2154', 'SC2157', 'SC2194'];

const PLACEHOLDER_VARIABLE = '${GHA_EXPR}';
const PLACEHOLDER_WORD = 'GHA_EXPR';

export function shellcheckAvailable(): boolean {
  return spawnSync('shellcheck', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * The shellcheck dialect for a step's shell, or undefined when it is not a POSIX shell (pwsh, python).
 * A step on a Windows runner without `shell:` arrives here as pwsh (see stepsOf), and is skipped.
 */
export function dialect(shell: string | undefined): 'bash' | 'sh' | undefined {
  const program = (shell ?? 'bash').trim().split(/\s+/)[0] ?? '';
  if (program === 'bash' || program.endsWith('/bash')) return 'bash';
  if (program === 'sh' || program.endsWith('/sh')) return 'sh';
  return undefined;
}

/**
 * Replaces each `${{ expression }}` by something shellcheck parses the way the runner's text substitution
 * behaves: a variable expansion, except inside single quotes where a plain word avoids SC2016.
 */
export function withPlaceholders(script: string): string {
  let out = '';
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < script.length; i++) {
    if (script.startsWith('${{', i)) {
      const end = expressionEnd(script, i);
      if (end !== -1) {
        out += quote === "'" ? PLACEHOLDER_WORD : PLACEHOLDER_VARIABLE;
        i = end - 1;
        continue;
      }
    }
    const c = script[i] ?? '';
    if (c === '\\' && quote !== "'") {
      out += script.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === "'" && quote !== '"') quote = quote === "'" ? undefined : "'";
    else if (c === '"' && quote !== "'") quote = quote === '"' ? undefined : '"';
    out += c;
  }
  return out;
}

interface Comment {
  line: number;
  column: number;
  level: string;
  code: number;
  message: string;
}

function runShellcheck(source: string, shell: 'bash' | 'sh'): Promise<Comment[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('shellcheck', ['-s', shell, '-f', 'json1', '-e', EXCLUDED.join(','), '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) {
        reject(new Error(`shellcheck exited ${code}: ${stderr}`));
        return;
      }
      resolve((JSON.parse(stdout) as { comments: Comment[] }).comments);
    });
    child.stdin.end(source);
  });
}

/** shellcheck findings for each script whose shell is bash or sh (others are skipped). */
export async function shellcheckScripts(scripts: readonly RunScript[]): Promise<Problem[]> {
  const checked = scripts.flatMap((script) => {
    const shell = dialect(script.shell);
    return shell ? [{ script, shell }] : [];
  });
  const results = await Promise.all(
    checked.map(async ({ script, shell }) => {
      const comments = await runShellcheck(withPlaceholders(script.script), shell);
      return comments.map((comment) => ({
        file: script.file.rel,
        line: sourceLine(script, comment.line),
        message: `shellcheck SC${comment.code} (${comment.level}) in ${script.where}: ${comment.message}`,
      }));
    }),
  );
  return results.flat();
}
