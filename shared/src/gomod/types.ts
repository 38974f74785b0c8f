/** What a go.mod file says, directive by directive (golang.org/x/mod/modfile's File, trimmed). */

export interface ModuleVersion {
  path: string;
  /** Absent for the version-less side of a replace (`old => ../dir`). */
  version?: string;
}

export interface Require {
  path: string;
  version: string;
  /** Marked `// indirect`. */
  indirect: boolean;
  line: number;
}

export interface Replace {
  old: ModuleVersion;
  /** A module path and version, or a directory (`./x`, `../x`, `/abs`) with no version. */
  new: ModuleVersion;
  /** True when `new.path` is a directory in the file system. */
  local: boolean;
  line: number;
}

export interface Retract {
  low: string;
  high: string;
  rationale?: string;
  line: number;
}

export interface GoModFile {
  /** Where the text came from, for messages. */
  file: string;
  module?: { path: string; line: number; deprecated?: string };
  go?: string;
  toolchain?: string;
  require: Require[];
  exclude: Array<ModuleVersion & { version: string; line: number }>;
  replace: Replace[];
  retract: Retract[];
  godebug: Array<{ key: string; value: string; line: number }>;
  tool: Array<{ path: string; line: number }>;
  ignore: Array<{ path: string; line: number }>;
  /** Directives this parser does not know (a newer Go's); kept, not fatal, as `go mod` in lax mode. */
  unknown: Array<{ verb: string; line: number }>;
}
