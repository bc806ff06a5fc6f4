/**
 * The real-compiler oracle: the mingw-w64 cross compilers (Debian packages gcc-mingw-w64-x86-64,
 * gcc-mingw-w64-i686, mingw-w64-x86-64-dev, whose include/ddk has wdm.h and wmilib.h). Generated
 * headers, layout checks and skeletons are compiled with `-c -Wall -Werror` for x64 and x86.
 *
 * Without the compilers the compiler tests are skipped with a loud warning; with CI set they fail.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const arches = [
  { name: "x64", cc: "x86_64-w64-mingw32-gcc", triple: "x86_64-w64-mingw32" },
  { name: "x86", cc: "i686-w64-mingw32-gcc", triple: "i686-w64-mingw32" },
] as const;

export type Arch = (typeof arches)[number];

function which(cmd: string): boolean {
  return spawnSync(cmd, ["--version"], { stdio: "ignore" }).status === 0;
}

/** The DDK include folder (wdm.h, wmilib.h) for a target, if installed. */
function ddkDir(a: Arch): string | undefined {
  for (const d of [`/usr/${a.triple}/include/ddk`, "/usr/share/mingw-w64/include/ddk"])
    if (existsSync(join(d, "wdm.h")) && existsSync(join(d, "wmilib.h"))) return d;
  return undefined;
}

export const haveCompilers = arches.every((a) => which(a.cc) && ddkDir(a) !== undefined);
export const inCi = Boolean(process.env.CI);

export function warnIfNoCompilers(what: string): void {
  if (haveCompilers || inCi) return;
  console.warn(
    [
      "",
      `!!! ${what} is SKIPPED: the mingw-w64 cross compilers or their DDK headers are missing.`,
      "!!! Generated C headers and skeletons are not being checked by a real compiler on this machine.",
      "!!! Install them (Debian/Ubuntu: apt-get install -y gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 mingw-w64-x86-64-dev); CI runs them.",
      "",
    ].join("\n"),
  );
}

export interface CompileUnit {
  /** Files to write (relative path → text); `main` is compiled. */
  files: Record<string, string>;
  main: string;
  defines?: string[];
}

export interface CompileResult {
  ok: boolean;
  output: string;
}

/** A scratch folder removed by `dispose`. */
export function scratch(prefix = "mofkit-cc-"): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function run(cmd: string, args: string[]): Promise<CompileResult> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    p.on("close", (code) => resolve({ ok: code === 0, output: out }));
    p.on("error", (err) => resolve({ ok: false, output: String(err) }));
  });
}

/**
 * Compiles every unit for one architecture with `-c -Wall -Werror`, a few compiler processes at a
 * time. Each unit lives in its own folder, so its `#include "x.h"` finds its own header.
 */
export async function compileAll(arch: Arch, units: CompileUnit[], root: string): Promise<CompileResult[]> {
  const ddk = ddkDir(arch)!;
  const results: CompileResult[] = new Array(units.length);
  const queue = units.map((_, i) => i);
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const u = units[i];
      const dir = join(root, `${arch.name}-${i}`);
      for (const [name, text] of Object.entries(u.files)) {
        const p = join(dir, name);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, text);
      }
      const defs = (u.defines ?? []).map((d) => `-D${d}`);
      // -I the unit folder too: headers may include companions with <name.h>.
      results[i] = await run(arch.cc, [
        "-c",
        "-Wall",
        "-Werror",
        "-I",
        dir,
        "-I",
        ddk,
        ...defs,
        "-o",
        "/dev/null",
        join(dir, u.main),
      ]);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}
