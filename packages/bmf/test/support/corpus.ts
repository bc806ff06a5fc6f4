/** The BMF corpus beside the repository (../shared/corpus/bmf), and reading it. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const bmfCorpus = join(repoRoot, "../shared/corpus/bmf");
export const vectorsDir = join(bmfCorpus, "mofcomp-vectors");
export const hasBmfCorpus = existsSync(join(bmfCorpus, "MANIFEST.md"));

/** Call at the top of a corpus test file: says loudly why its tests are skipped. */
export function warnIfNoBmfCorpus(what: string): void {
  if (!hasBmfCorpus) {
    console.warn(
      `\n*** SKIPPED ${what}: the BMF corpus was not found at ${bmfCorpus}. CI always has it; clone the shared corpus beside the repository as ../shared to run these tests. ***\n`,
    );
  }
}

/** Blob names (without `.bmf`) in a folder, sorted. */
export function blobNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".bmf"))
    .map((f) => f.slice(0, -4))
    .sort();
}

export const realBlobs = (): string[] => blobNames(bmfCorpus);
export const vectorBlobs = (): string[] => blobNames(vectorsDir);

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export function readText(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}
