import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { FileHost } from "@mofkit/syntax";

/** The file system as the front end sees it; the only module that reads files. */
export function createNodeHost(): FileHost {
  return {
    readFile(path) {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    readDirectory(path) {
      try {
        return readdirSync(path);
      } catch {
        return undefined;
      }
    },
  };
}

/** Expands folders named on the command line into their .mof/.mfl/.bmf files (sorted, recursive). */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // Missing inputs are reported by the loader with a coded diagnostic.
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (/\.(mof|mfl|bmf)$/i.test(entry.name)) found.push(p);
      }
    };
    walk(input);
    out.push(...found);
  }
  return out;
}
