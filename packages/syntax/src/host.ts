/** The only way the front end touches files, so tests and browsers can pass files in memory. */
export interface FileHost {
  /** The file's bytes, or undefined when it does not exist or cannot be read. */
  readFile(path: string): Uint8Array | undefined;
  /** Entry names of a directory, or undefined when it is not one (used for case-insensitive lookup). */
  readDirectory(path: string): string[] | undefined;
}

/** An in-memory host: keys are paths with `/` separators. */
export function createMemoryHost(files: Record<string, string | Uint8Array>): FileHost {
  const enc = new TextEncoder();
  const map = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(files)) map.set(k, typeof v === "string" ? enc.encode(v) : v);
  return {
    readFile: (p) => map.get(p),
    readDirectory(dir) {
      const prefix = dir === "." ? "" : `${dir}/`;
      const names = new Set<string>();
      for (const k of map.keys()) {
        if (!k.startsWith(prefix)) continue;
        const rest = k.slice(prefix.length);
        if (rest.length === 0) continue;
        names.add(rest.split("/")[0]);
      }
      return names.size > 0 ? [...names] : undefined;
    },
  };
}
