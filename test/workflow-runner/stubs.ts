/**
 * Stand-ins shared by the rehearsal's scenarios: tools a workflow's own `run:` script calls that this
 * machine lacks (helm, docker, the wheel build), put first on PATH while the script runs as written,
 * and third-party actions every release workflow uses (docker/login-action, setup-python, setup-node,
 * create-github-app-token). Each does what the real one leaves behind for the steps after it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fixtures, StepCall } from './fixtures.js';

/**
 * helm, for `helm package <chart> [--destination <dir>]` only: the chart folder as
 * `<name>-<version>.tgz`, name and version read from its Chart.yaml as helm reads them. Like helm 3,
 * the archive is not reproducible (gzip stamps the time): the workflows must make it so.
 */
export const HELM_STUB = `#!/bin/bash
set -euo pipefail
if [ "\${1:-}" != package ]; then echo "helm stand-in: only 'helm package' is supported" >&2; exit 1; fi
shift
chart=""; dest="."
while [ $# -gt 0 ]; do
  case "$1" in
    --destination|-d) dest="$2"; shift 2 ;;
    *) chart="$1"; shift ;;
  esac
done
name=$(sed -n 's/^name: *//p' "$chart/Chart.yaml")
version=$(sed -n 's/^version: *//p' "$chart/Chart.yaml")
mkdir -p "$dest"
tar -czf "$dest/$name-$version.tgz" -C "$(dirname "$chart")" "$(basename "$chart")"
echo "Successfully packaged chart and saved it to: $dest/$name-$version.tgz"
`;

/**
 * python3, for seed 003's wheel: `python3 -m pip install …` does nothing, `python3 setup.py
 * bdist_wheel` writes dist/<name>-<version>-py3-none-any.whl, the version read from pkg_info.json.
 */
export const PYTHON_STUB = `#!/bin/bash
set -euo pipefail
if [ "\${1:-}" = -m ] && [ "\${2:-}" = pip ]; then echo "pip stand-in: $*"; exit 0; fi
if [ "\${1:-}" = setup.py ] && [ "\${2:-}" = bdist_wheel ]; then
  info=$(ls */pkg_info.json | head -n 1)
  version=$(sed -n 's/.*"version": *"\\([^"]*\\)".*/\\1/p' "$info")
  package=$(dirname "$info")
  mkdir -p dist
  printf 'wheel of %s %s (stand-in)\\n' "$package" "$version" > "dist/os_vim_driver-$version-py3-none-any.whl"
  echo "creating 'dist/os_vim_driver-$version-py3-none-any.whl'"
  exit 0
fi
echo "python3 stand-in: only 'setup.py bdist_wheel' and 'pip' are supported" >&2
exit 1
`;

/**
 * docker, for `docker build -t <ref> <context>` (an OCI image of the context folder, one layer, in the
 * job's RUNNER_TEMP) and `docker push <ref>` (that image copied to the registry with skopeo, plain
 * http for a loopback registry).
 */
export const DOCKER_STUB = `#!/bin/bash
set -euo pipefail
store="\${RUNNER_TEMP:?}/docker-stand-in"
layout() { printf '%s/%s' "$store" "$(printf '%s' "$1" | sha256sum | cut -c1-16)"; }
case "\${1:-}" in
  build)
    shift; ref=""; context=""
    while [ $# -gt 0 ]; do
      case "$1" in -t) ref="$2"; shift 2 ;; *) context="$1"; shift ;; esac
    done
    dir=$(layout "$ref"); rm -rf "$dir"; mkdir -p "$dir/blobs/sha256"
    tar --sort=name --mtime=@0 --owner=0 --group=0 -C "$context" -cf "$dir/layer.tar" .
    diff=$(sha256sum "$dir/layer.tar" | cut -d' ' -f1)
    gzip -n < "$dir/layer.tar" > "$dir/layer.gz"
    layer=$(sha256sum "$dir/layer.gz" | cut -d' ' -f1); layer_size=$(stat -c %s "$dir/layer.gz")
    mv "$dir/layer.gz" "$dir/blobs/sha256/$layer"; rm "$dir/layer.tar"
    printf '{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' "$diff" > "$dir/config"
    config=$(sha256sum "$dir/config" | cut -d' ' -f1); config_size=$(stat -c %s "$dir/config")
    mv "$dir/config" "$dir/blobs/sha256/$config"
    printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%s","size":%s}]}' "$config" "$config_size" "$layer" "$layer_size" > "$dir/manifest"
    manifest=$(sha256sum "$dir/manifest" | cut -d' ' -f1); manifest_size=$(stat -c %s "$dir/manifest")
    mv "$dir/manifest" "$dir/blobs/sha256/$manifest"
    printf '{"imageLayoutVersion":"1.0.0"}' > "$dir/oci-layout"
    printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s}]}' "$manifest" "$manifest_size" > "$dir/index.json"
    echo "Successfully built sha256:$manifest as $ref (docker stand-in)" ;;
  push)
    ref="$2"; dir=$(layout "$ref")
    [ -d "$dir" ] || { echo "An image does not exist locally with the tag: $ref" >&2; exit 1; }
    tls=(); case "$ref" in localhost:*|127.0.0.1:*) tls=(--dest-tls-verify=false) ;; esac
    skopeo copy --quiet "\${tls[@]}" "oci:$dir" "docker://$ref"
    echo "$ref pushed (docker stand-in, with skopeo)" ;;
  *) echo "docker stand-in: only build and push are supported" >&2; exit 1 ;;
esac
`;

/** docker/login-action: the Docker config file the real one writes, in the job's HOME. */
export function dockerLogin(step: StepCall): void {
  const registry = step.with.registry || 'docker.io';
  const auths: Record<string, { auth?: string }> = {};
  if (step.with.username || step.with.password)
    auths[registry] = {
      auth: Buffer.from(`${step.with.username}:${step.with.password}`).toString('base64'),
    };
  const dir = join(step.env.HOME ?? step.runnerTemp, '.docker');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }, null, 2));
  step.log(
    auths[registry] ? `Login Succeeded to ${registry}` : `No credentials for ${registry}: anonymous access`,
  );
}

/** The stand-ins for third-party actions every scenario may meet. */
export function withCommonStandIns(fixtures: Fixtures): Fixtures {
  return fixtures
    .uses(
      'docker/login-action',
      "writes the Docker config file, as the real one does, in the job's HOME",
      dockerLogin,
    )
    .uses('actions/setup-python', "the machine's python3 (a stand-in for the wheel build is on PATH)", (s) =>
      s.log(`python ${s.with['python-version'] ?? ''}: the machine's own`),
    )
    .uses('actions/setup-node', "the machine's Node (nothing to install)", (s) =>
      s.log(`node ${s.with['node-version'] ?? ''}: the machine's own`),
    )
    .uses(
      'actions/create-github-app-token',
      "the sandbox's token, as an installation token for the App's repositories",
      (s) => {
        const token = s.sandbox.token;
        s.log(`::add-mask::${token}`);
        s.setOutput('token', token);
        s.setOutput('installation-id', '1');
        s.setOutput('app-slug', 'release-bot');
      },
    );
}
