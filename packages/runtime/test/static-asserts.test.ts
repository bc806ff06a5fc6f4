// The runtime's constants and offsets against mingw-w64's headers, checked by the compilers:
// cStaticAsserts(arch) must compile for x64 and x86, and a wrong value must not.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cStaticAsserts } from "../src/index.js";

const compilers = { x64: "x86_64-w64-mingw32-gcc", x86: "i686-w64-mingw32-gcc" } as const;
const have = Object.values(compilers).every((cc) => spawnSync(cc, ["--version"], { stdio: "ignore" }).status === 0);
const dir = mkdtempSync(join(tmpdir(), "mofkit-runtime-cc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(arch: keyof typeof compilers, text: string): { ok: boolean; output: string } {
  const file = join(dir, `${arch}-${Math.random().toString(36).slice(2)}.c`);
  writeFileSync(file, text);
  const r = spawnSync(compilers[arch], ["-std=c11", "-c", "-Wall", "-Werror", file, "-o", `${file}.o`], {
    encoding: "utf8",
  });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

it.runIf(!have && Boolean(process.env.CI))("has the mingw-w64 compilers in CI", () => {
  expect.fail("CI is set but x86_64-w64-mingw32-gcc / i686-w64-mingw32-gcc are missing");
});

describe("generated _Static_assert lines", () => {
  it("cover constants, WNODE offsets and WMIREGINFO per architecture", () => {
    const x64 = cStaticAsserts("x64");
    expect(x64).toContain(
      '_Static_assert(offsetof(WNODE_ALL_DATA, OffsetInstanceDataAndLength) == 60, "WNODE_ALL_DATA.OffsetInstanceDataAndLength at 60");',
    );
    expect(x64).toContain("offsetof(WMIREGINFOW, WmiRegGuid) == 24");
    expect(cStaticAsserts("x86")).toContain("sizeof(WMIREGGUIDW) == 28");
    expect(x64).toContain("(unsigned long)(STATUS_WMI_READ_ONLY) == 3221226182UL");
    expect(x64).toContain("(unsigned long)(IRP_MN_REGINFO_EX) == 11UL");
  });

  describe.skipIf(!have)("compiled by mingw-w64", () => {
    for (const arch of ["x64", "x86"] as const) {
      it(`${arch}: every assertion holds`, () => {
        const r = compile(arch, cStaticAsserts(arch));
        expect(r.output).toBe("");
        expect(r.ok).toBe(true);
      });
      it(`${arch}: a wrong offset or value is caught`, () => {
        const text = cStaticAsserts(arch);
        const bad1 = compile(
          arch,
          text.replace("offsetof(WNODE_METHOD_ITEM, MethodId) == 56", "offsetof(WNODE_METHOD_ITEM, MethodId) == 60"),
        );
        expect(bad1.ok).toBe(false);
        expect(bad1.output).toContain("WNODE_METHOD_ITEM.MethodId at 56");
        const other = arch === "x64" ? "x86" : "x64";
        const bad2 = compile(arch, cStaticAsserts(other));
        expect(bad2.ok).toBe(false);
        expect(bad2.output).toContain("WMIREGGUIDW");
      });
    }
  });
});
