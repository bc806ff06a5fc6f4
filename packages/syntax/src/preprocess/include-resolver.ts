import type { FileHost } from "../host.js";
import { dirname, isAbsolute, joinPath, toSlashes } from "../paths.js";

export interface ResolvedInclude {
  path: string;
  bytes: Uint8Array;
}

/**
 * Finds an `#include` target: absolute names as given, others in the including file's folder
 * and then each include folder. Names are matched case-insensitively (via readDirectory) when
 * the exact spelling is missing, because these files come from Windows sources.
 */
export function resolveInclude(
  host: FileHost,
  name: string,
  includingPath: string,
  includeDirs: readonly string[],
): { found: ResolvedInclude } | { searched: string[] } {
  const folders = isAbsolute(name) ? [dirname(toSlashes(name))] : [dirname(includingPath), ...includeDirs];
  const searched: string[] = [];
  for (const folder of folders) {
    if (searched.includes(folder)) continue;
    searched.push(folder);
    // joinPath keeps an absolute name as it is (normalised).
    const found = readExactOrFolded(host, joinPath(folder, name));
    if (found) return { found };
  }
  return { searched };
}

function readExactOrFolded(host: FileHost, path: string): ResolvedInclude | undefined {
  const bytes = safeRead(host, path);
  if (bytes) return { path, bytes };
  const real = findFolded(host, path, 0);
  if (real === undefined || real === path) return undefined;
  const folded = safeRead(host, real);
  return folded ? { path: real, bytes: folded } : undefined;
}

/** The path with each segment replaced by the directory entry that matches it ignoring case. */
function findFolded(host: FileHost, path: string, depth: number): string | undefined {
  if (depth > 64) return undefined;
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1);
  if (base === "" || base === "." || base === ".." || /^[A-Za-z]:$/.test(base)) return path;
  const dir = slash < 0 ? "." : slash === 0 ? "/" : path.slice(0, slash);
  let realDir = dir;
  let entries = safeList(host, dir);
  if (entries === undefined) {
    if (dir === "." || dir === "/" || slash < 0) return undefined;
    const d = findFolded(host, dir, depth + 1);
    if (d === undefined || d === dir) return undefined;
    realDir = d;
    entries = safeList(host, d);
    if (entries === undefined) return undefined;
  }
  const lower = base.toLowerCase();
  const match = entries.includes(base) ? base : entries.find((e) => e.toLowerCase() === lower);
  if (match === undefined) return undefined;
  return slash < 0 ? match : realDir === "/" ? `/${match}` : `${realDir}/${match}`;
}

// Hosts are user code; a throwing host must not make the preprocessor throw.
function safeRead(host: FileHost, path: string): Uint8Array | undefined {
  try {
    return host.readFile(path);
  } catch {
    return undefined;
  }
}

function safeList(host: FileHost, path: string): string[] | undefined {
  try {
    return host.readDirectory(path);
  } catch {
    return undefined;
  }
}
