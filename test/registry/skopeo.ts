/** `skopeo inspect` against the plain-http test registries: an independent view of what was pushed. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SkopeoInspect {
  Digest: string;
  RepoTags: string[];
  Layers: string[];
}

/** `skopeo inspect docker://<ref>` (add `raw` for the manifest bytes as the registry serves them). */
export async function skopeoInspect(
  reference: string,
  options: { raw?: boolean; creds?: string } = {},
): Promise<string> {
  const args = ['inspect', '--tls-verify=false', ...(options.raw ? ['--raw'] : [])];
  if (options.creds) args.push('--creds', options.creds);
  const { stdout } = await run('skopeo', [...args, `docker://${reference}`], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** The parsed `skopeo inspect` of a reference. */
export async function skopeoInspectJson(reference: string, creds?: string): Promise<SkopeoInspect> {
  return JSON.parse(await skopeoInspect(reference, creds ? { creds } : {})) as SkopeoInspect;
}
