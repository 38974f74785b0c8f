/**
 * Our go.mod parser against the Go toolchain's own (`go mod edit -json`, golang.org/x/mod/modfile): the
 * same texts must give the same module, requires, excludes, replaces and retracts, or both must refuse.
 * Needs `go` on PATH; skipped with a message when it is absent.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findGo } from '../../actions/go-module-tags/src/bump.js';
import { parseGoMod } from '../../shared/src/gomod/parse.js';
import type { GoModFile } from '../../shared/src/gomod/types.js';

const CORPUS: Record<string, string> = {
  'peer-pods style': `// Copyright
// Deprecated: use example.com/m/v2 instead.
module example.com/m

go 1.19

require (
	example.com/a v1.2.3
	example.com/b v0.0.0-20240618060105-3daad20f5a8b // indirect
	"example.com/c" v1.0.0 // indirect; kept by a test
	example.com/d v2.0.0+incompatible
	example.com/e v1.0.0 //indirect
	example.com/f v1.0.0 // indirect;
	example.com/g v1.0.0 // indirectly
	example.com/h v1.0.0 // indirect;x
	example.com/i v1.0.0 // indirect; indirect// indirect
)

require example.com/single v1.0.0-rc.1

exclude (
	example.com/bad v1.0.0
)

replace (
	example.com/a => ../a
	example.com/old v1.0.0 => example.com/new v1.0.1
	example.com/win => C:/src/win
)

replace example.com/x v1.0.0 => ./x // why

// Published by mistake.
retract v0.7.1

retract [v0.1.0, v0.2.5] // never worked

retract (
	// in the block, above
	v0.3.0
	v0.3.1 // suffix only
	v0.3.2
)
`,
  'comments, CRLF and spacing':
    'module   example.com/m   // Deprecated: gone\r\n\r\n\r\nrequire(\r\n)\r\nrequire ()\r\n',
  'a blank line detaches a comment':
    '// Deprecated: detached\n\nmodule example.com/m\n\n// r1\n\nretract v1.0.0\n',
  'escapes in quoted paths': 'module "example.com/\\x41b"\nrequire "example.com/\\u00e9" v1.0.0\n',
  'version shorthands and build metadata':
    'module m\nrequire (\n\texample.com/a v1.2\n\texample.com/b v1\n\texample.com/c v1.2.3+build.7\n\texample.com/d v2.0.1+incompatible\n)\n',
  'prerelease after a shorthand': 'module m\nrequire example.com/a v1.2-pre\n',
  'leading zero in a prerelease number': 'module m\nrequire example.com/a v1.2.3-01\n',
  'raw string path': 'module m\nrequire `example.com/a` v1.0.0\n',
  'quote inside a word': "module m\nrequire example.com/a'b v1.0.0\n",
  'Windows replacement directory': 'module m\nreplace example.com/a => C:\\src\\a\n',
  'replacement with @version': 'module m\nreplace example.com/a => example.com/b@v1.0.0\n',
  'a retract block lends its comment to lines without one':
    'module m\n\n// block rationale\nretract (\n\tv0.4.0\n\tv0.4.1 // own\n)\n',
  'block comment': 'module example.com/m /* no */\n',
  'bad version': 'module m\nrequire example.com/a 1.2.3\n',
  'short version': 'module m\nrequire example.com/a v1.2\n',
  'replace without version to a module': 'module m\nreplace example.com/a => example.com/b\n',
  'replace directory with version': 'module m\nreplace example.com/a => ../b v1.0.0\n',
  'replace arity': 'module m\nreplace a b c => d\n',
  'unclosed block': 'module m\nrequire (\n\texample.com/a v1.0.0\n',
  'repeated module': 'module a\nmodule b\n',
  'retract missing comma': 'module m\nretract [v1.0.0 v1.1.0]\n',
  'newline in string': 'module "m\n"\n',
  'require arity': 'module m\nrequire example.com/a\n',
};

interface GoJson {
  Module?: { Path: string; Deprecated?: string };
  Require?: Array<{ Path: string; Version: string; Indirect?: boolean }> | null;
  Exclude?: Array<{ Path: string; Version: string }> | null;
  Replace?: Array<{
    Old: { Path: string; Version?: string };
    New: { Path: string; Version?: string };
  }> | null;
  Retract?: Array<{ Low: string; High: string; Rationale?: string }> | null;
}

/** Our parse in the shape of `go mod edit -json`. */
function asGoJson(mod: GoModFile): GoJson {
  const version = (v: string | undefined) => (v === undefined ? {} : { Version: v });
  return {
    Module: {
      Path: mod.module?.path ?? '',
      ...(mod.module?.deprecated ? { Deprecated: mod.module.deprecated } : {}),
    },
    Require: mod.require.map((r) => ({
      Path: r.path,
      Version: r.version,
      ...(r.indirect ? { Indirect: true } : {}),
    })),
    Exclude: mod.exclude.map((e) => ({ Path: e.path, Version: e.version })),
    Replace: mod.replace.map((r) => ({
      Old: { Path: r.old.path, ...version(r.old.version) },
      New: { Path: r.new.path, ...version(r.new.version) },
    })),
    Retract: mod.retract.map((r) => ({
      Low: r.low,
      High: r.high,
      ...(r.rationale ? { Rationale: r.rationale } : {}),
    })),
  };
}

function normalise(json: GoJson): GoJson {
  return {
    Module: json.Module ?? { Path: '' },
    Require: json.Require ?? [],
    Exclude: json.Exclude ?? [],
    Replace: json.Replace ?? [],
    Retract: json.Retract ?? [],
  };
}

let go: string | undefined;
beforeAll(async () => {
  go = await findGo();
  if (!go) console.warn('gomod differential test SKIPPED: no `go` on PATH (apt-get install golang-go)');
});

describe('parseGoMod agrees with the go command', () => {
  it.each(Object.entries(CORPUS))('%s', (_name, text) => {
    if (!go) return;
    const dir = mkdtempSync(join(tmpdir(), 'gomod-diff-'));
    writeFileSync(join(dir, 'go.mod'), text);
    const result = spawnSync(go, ['mod', 'edit', '-json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local', GOWORK: 'off' },
    });
    let ours: GoJson | Error;
    try {
      ours = normalise(asGoJson(parseGoMod(text)));
    } catch (error) {
      ours = error as Error;
    }
    if (result.status !== 0) {
      expect({ go: result.stderr.trim(), ours: ours instanceof Error ? 'refused' : ours }).toEqual({
        go: result.stderr.trim(),
        ours: 'refused',
      });
    } else {
      expect(ours).toEqual(normalise(JSON.parse(result.stdout) as GoJson));
    }
  });
});
