/**
 * kpromo's own images.yaml code, compiled offline: the functions that grow and write images.yaml
 * (`manifest.Union`, `TagSlice.Union`, `ManifestList.ToYAML`, `sortImageDigestMapByTag`) are cut out
 * of promo-tools' source — a checkout named by PROMO_TOOLS_SRC, or a git directory (a clone or a
 * mirror) named by PROMO_TOOLS_GIT, read at PROMO_TOOLS_REF — and compiled with only Go's standard library (no module download), around a main
 * that reads cases as JSON and prints what kpromo writes for each. Nothing of promo-tools is copied
 * into this repository: the source is read where it is, at test time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The promo-tools release whose code the goldens follow. */
export const PROMO_TOOLS_REF = 'v4.5.1';
const WHERE = 'set PROMO_TOOLS_SRC to a promo-tools checkout, or PROMO_TOOLS_GIT to its git directory';

/** A promo-tools source file, from PROMO_TOOLS_SRC (a checkout) or PROMO_TOOLS_GIT at PROMO_TOOLS_REF. */
function source(path: string): string | undefined {
  const dir = process.env.PROMO_TOOLS_SRC;
  if (dir) return existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined;
  const gitDir = process.env.PROMO_TOOLS_GIT;
  if (!gitDir || !existsSync(gitDir)) return undefined;
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${PROMO_TOOLS_REF}:${path}`], {
      encoding: 'utf8',
    });
  } catch {
    return undefined;
  }
}

/**
 * True when promo-tools' source and a Go toolchain are here, decided when the test file loads, so a
 * machine without them reports the differential tests as skipped rather than passing them unrun.
 */
export function kpromoSourceAvailable(): boolean {
  return source('go.mod') !== undefined && spawnSync('go', ['version']).status === 0;
}

/** A top-level declaration, from its first line to the `}` that closes it at column 0. */
function cut(text: string, start: string): string {
  const at = text.indexOf(start);
  if (at < 0) throw new Error(`promo-tools source has no ${start}`);
  const end = text.indexOf('\n}\n', at);
  return text.slice(at, end + 3);
}

const MAIN = `
type kpromoCase struct {
	Existing []struct {
		Name string              \`json:"name"\`
		Dmap map[string][]string \`json:"dmap"\`
	} \`json:"existing"\`
	Staged map[string]map[string][]string \`json:"staged"\`
}

func grow(c kpromoCase) (out string, failure string) {
	defer func() {
		if r := recover(); r != nil {
			failure = fmt.Sprint(r)
		}
	}()
	// schema.Manifest.ToRegInvImage: one map entry per name, the last listing wins.
	a := make(RegInvImage)
	for _, img := range c.Existing {
		var dmap DigestTags
		if img.Dmap != nil {
			dmap = make(DigestTags)
			for d, tags := range img.Dmap {
				ts := TagSlice{}
				for _, t := range tags {
					ts = append(ts, Tag(t))
				}
				dmap[Digest(d)] = ts
			}
		}
		a[Name(img.Name)] = dmap
	}
	b := make(RegInvImage)
	for name, digests := range c.Staged {
		dmap := make(DigestTags)
		for d, tags := range digests {
			ts := TagSlice{}
			for _, t := range tags {
				ts = append(ts, Tag(t))
			}
			dmap[Digest(d)] = ts
		}
		b[Name(name)] = dmap
	}
	union := Union(a, b)
	// cmd/kpromo/cmd/pr: the list without mock images, written by ManifestList.ToYAML.
	type entry struct {
		Name string              \`json:"name"\`
		Dmap map[string][]string \`json:"dmap"\`
	}
	entries := []entry{}
	for name, dmap := range union {
		if strings.Contains(string(name), "mock/") {
			continue
		}
		var m map[string][]string
		if dmap != nil {
			m = map[string][]string{}
			for d, tags := range dmap {
				ts := []string{}
				for _, t := range tags {
					ts = append(ts, string(t))
				}
				m[string(d)] = ts
			}
		}
		entries = append(entries, entry{string(name), m})
	}
	raw, _ := json.Marshal(entries)
	list := ManifestList{}
	if err := json.Unmarshal(raw, &list); err != nil {
		return "", err.Error()
	}
	yaml, err := list.ToYAML()
	if err != nil {
		return "", err.Error()
	}
	return string(yaml), ""
}

func main() {
	var cases []kpromoCase
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	type result struct {
		Text    string \`json:"text"\`
		Failure string \`json:"failure"\`
	}
	results := []result{}
	for _, c := range cases {
		text, failure := grow(c)
		results = append(results, result{text, failure})
	}
	json.NewEncoder(os.Stdout).Encode(results)
}
`;

/** The Go program, or undefined when the promo-tools source is not on this machine. */
function program(): string | undefined {
  const image = source('image/image.go');
  const manifest = source('image/manifest/manifest.go');
  const types = source('promoter/image/registry/types.go');
  const set = source('promoter/image/registry/set.go');
  if (!image || !manifest || !types || !set) return undefined;
  const local = (code: string) =>
    code.replace(/\bregistry\./g, '').replace(/\bimage\.(Name|Digest|Tag)\b/g, '$1');
  return [
    'package main',
    'import (\n\t"encoding/json"\n\t"fmt"\n\t"os"\n\t"sort"\n\t"strings"\n)',
    'type Name string\ntype Digest string\ntype Tag string',
    local(cut(types, 'type RegInvImage ').split('\n')[0] ?? ''),
    local(cut(types, 'type DigestTags ').split('\n')[0] ?? ''),
    local(cut(types, 'type TagSlice ').split('\n')[0] ?? ''),
    local(cut(set, 'type TagSet ').split('\n')[0] ?? ''),
    local(cut(set, 'func (a TagSlice) Union(')),
    local(cut(manifest, 'func Union(')),
    cut(image, 'type ManifestList '),
    cut(image, 'func (imagesList *ManifestList) ToYAML('),
    cut(image, 'func sortImageDigestMapByTag('),
    MAIN,
  ].join('\n\n');
}

export interface GoCase {
  existing: { name: string; dmap: Record<string, string[]> | null }[];
  staged: Record<string, Record<string, string[]>>;
}

export interface KpromoGo {
  /** What kpromo writes for each case (`failure` when it panics or errs). */
  grow(cases: GoCase[]): { text: string; failure: string }[];
}

/** Build a Go program with the standard library only; the binary, or why it could not be built. */
function compile(code: string): { binary: string } | { skipped: string } {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.status !== 0) return { skipped: 'no `go` on PATH' };
  const dir = mkdtempSync(join(tmpdir(), 'kpromo-go-'));
  writeFileSync(join(dir, 'go.mod'), 'module kpromogolden\n\ngo 1.19\n');
  writeFileSync(join(dir, 'main.go'), code);
  // Offline: the standard library only, no proxy, no checksum database.
  const env = {
    ...process.env,
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
    GONOSUMDB: '*',
    GOCACHE: join(dir, 'cache'),
  };
  const binary = join(dir, 'kpromo-go');
  const built = spawnSync('go', ['build', '-o', binary, '.'], { cwd: dir, env, encoding: 'utf8' });
  if (built.status !== 0) return { skipped: `kpromo's code did not build offline: ${built.stderr.trim()}` };
  return { binary };
}

/** Compile kpromo's code; the reason instead when Go or the source is missing. */
export function buildKpromoGo(): KpromoGo | { skipped: string } {
  const code = program();
  if (!code) return { skipped: `no promo-tools source (${WHERE})` };
  const built = compile(code);
  if ('skipped' in built) return built;
  return {
    grow(cases) {
      const out = execFileSync(built.binary, { input: JSON.stringify(cases), maxBuffer: 256 * 1024 * 1024 });
      return JSON.parse(out.toString('utf8')) as { text: string; failure: string }[];
    },
  };
}

const BODY_MAIN = `
type bodyCase struct {
	Project     string   \`json:"project"\`
	StagingRepo string   \`json:"stagingRepo"\`
	Fork        string   \`json:"fork"\`
	Reviewers   string   \`json:"reviewers"\`
	Tags        []string \`json:"tags"\`
	Images      []string \`json:"images"\`
}

func main() {
	var cases []bodyCase
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	bodies := []string{}
	for _, c := range cases {
		bodies = append(bodies, generatePRBody(&promoteOptions{
			project: c.Project, stagingRepo: c.StagingRepo, userFork: c.Fork,
			reviewers: c.Reviewers, tags: c.Tags, images: c.Images,
		}))
	}
	json.NewEncoder(os.Stdout).Encode(bodies)
}
`;

export interface BodyCase {
  project: string;
  stagingRepo: string;
  fork: string;
  reviewers: string;
  tags: string[];
  images: string[];
}

/** kpromo's generatePRBody (cmd/kpromo/cmd/pr), compiled offline; a reason when it cannot be. */
export function buildKpromoBodyGo(): { bodies(cases: BodyCase[]): string[] } | { skipped: string } {
  const pr = source('cmd/kpromo/cmd/pr/pr.go');
  const consts = source('image/consts/consts.go');
  if (!pr || !consts) return { skipped: `no promo-tools source (${WHERE})` };
  const suffix = /StagingRepoSuffix = ("[^"]*")/.exec(consts)?.[1];
  const block = /\nconst \(\n[\s\S]*?\n\)\n/.exec(pr)?.[0];
  if (!suffix || !block) return { skipped: 'promo-tools source has changed shape' };
  const code = [
    'package main',
    'import (\n\t"encoding/json"\n\t"fmt"\n\t"os"\n\t"strings"\n)',
    block.replace('consts.StagingRepoSuffix', suffix),
    cut(pr, 'type promoteOptions struct'),
    cut(pr, 'func generatePRBody('),
    BODY_MAIN,
  ].join('\n\n');
  const built = compile(code);
  if ('skipped' in built) return built;
  return {
    bodies: (cases) =>
      JSON.parse(execFileSync(built.binary, { input: JSON.stringify(cases) }).toString('utf8')) as string[],
  };
}
