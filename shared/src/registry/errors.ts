/** What a registry said when it refused a request: status, its error codes and messages. */

export interface RegistryErrorDetail {
  code: string;
  message: string;
}

export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly errors: RegistryErrorDetail[],
    options?: { cause?: unknown },
  ) {
    const said = errors.length ? errors.map((e) => `${e.code}: ${e.message}`).join('; ') : 'no error body';
    super(`registry answered ${status} to ${method} ${url} (${said})`, options);
  }

  /** True when the registry names this error code (MANIFEST_UNKNOWN, BLOB_UNKNOWN, DENIED…). */
  has(code: string): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

/** The `errors` list of a registry's JSON error body; [] when the body is something else. */
export function parseErrorBody(text: string): RegistryErrorDetail[] {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const str = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));
    return (body.errors ?? []).map((e) => ({ code: str(e.code), message: str(e.message) }));
  } catch {
    return text.trim() ? [{ code: 'UNKNOWN', message: text.trim().slice(0, 200) }] : [];
  }
}

/** The registry does not delete what was asked (a tag by name, or any manifest: Docker Hub's registry API). */
export class DeleteUnsupportedError extends Error {
  override readonly name = 'DeleteUnsupportedError';
}
