/** Locating the shared corpus (../shared/corpus beside the repository) for conformance tests. */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const corpusRoot = join(repoRoot, "../shared/corpus");
export const mofCorpus = join(corpusRoot, "mof");
export const hasCorpus = existsSync(join(mofCorpus, "MANIFEST.md"));

/** Call at the top of a corpus test file: says loudly why the tests are skipped on a user's clone. */
export function warnIfNoCorpus(what: string): void {
  if (!hasCorpus) {
    console.warn(
      `\n*** SKIPPED ${what}: the shared corpus was not found at ${mofCorpus}. CI always has it; clone it beside the repository as ../shared to run these tests. ***\n`,
    );
  }
}

/** Every .mof/.mfl file (any case) under the MOF corpus, as paths relative to it, sorted. */
export function corpusMofFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(mof|mfl)$/i.test(e.name)) out.push(relative(mofCorpus, p));
    }
  };
  walk(mofCorpus);
  return out.sort();
}

/** Folders of the corpus holding WMI driver MOFs (MANIFEST category A). */
const driverFolders = [
  "microsoft__Windows-driver-samples",
  "lucasz93__WinOFED",
  "virtio-win__kvm-guest-drivers-windows",
  "reactos__reactos",
];

/** The iSCSI MOFs that include Windows SDK headers the corpus does not have. */
export const needsAbsentSdkHeaders = /storage\/iscsi\/src\/(def|config|mgmt|common)\.mof$/;

/**
 * Absolute paths of the corpus driver MOFs that stand alone (the iSCSI files needing absent SDK
 * headers left out), sorted, followed by the bundled examples.
 */
export function driverMofsWithExample(): string[] {
  const out: string[] = [];
  if (hasCorpus) {
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.mof$/i.test(e.name) && !needsAbsentSdkHeaders.test(p)) out.push(p);
      }
    };
    for (const f of driverFolders) if (existsSync(join(mofCorpus, f))) walk(join(mofCorpus, f));
    out.sort();
  }
  return [
    ...out,
    join(repoRoot, "examples/thermal-driver/thermal.mof"),
    join(repoRoot, "examples/wmisamp/wmisamp.mof"),
  ];
}

/** A path as tests print it: relative to the corpus, or to the repository. */
export const corpusLabel = (p: string) => (p.startsWith(mofCorpus) ? relative(mofCorpus, p) : relative(repoRoot, p));
