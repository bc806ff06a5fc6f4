/**
 * The generated C, proven by a real compiler: headers, `_Static_assert` checks built from the
 * layout objects (FIELD_OFFSET, member and struct _SIZE, sizeof, _Alignof, _ID) and skeletons
 * compile with `-c -Wall -Werror` for x64 and x86 (mingw-w64 and its DDK headers). The fixtures:
 * the §8 worked examples, the §10.5 example, and the committed golden wmisamp header and skeleton.
 * The driver corpus is compiled by test/corpus-layout.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../layout/test/support/build.js";
import { emitCHeader, emitCSkeleton, emitLayoutChecks, type HeaderOptions } from "../src/index.js";
import { wmisampPath } from "./support/corpus.js";
import {
  arches,
  compileAll,
  haveCompilers,
  inCi,
  scratch,
  warnIfNoCompilers,
  type CompileUnit,
} from "./support/mingw.js";

warnIfNoCompilers("packages/codegen/test/compile.test.ts");

const worked = readFileSync(new URL("../../layout/test/fixtures/worked-examples.mof", import.meta.url), "utf8");
const goldenHeader = new URL("./golden/wmisamp-wmidata.h", import.meta.url);
const goldenSkeleton = new URL("./golden/wmisamp-wmisampwmi.c", import.meta.url);

const tmp = scratch();
afterAll(() => tmp.dispose());

/** Header + checks (+ skeleton) units for one MOF and header options. */
function units(mof: string, options: HeaderOptions, withSkeleton: boolean): { units: CompileUnit[]; asserts: number } {
  const b = build(mof);
  expect(b.diagnostics).toEqual([]);
  const h = emitCHeader(b.model, b.layouts, { fileName: "wmidata.h", ...options });
  const checks = emitLayoutChecks(h.plan);
  const out: CompileUnit[] = [{ files: { "wmidata.h": h.text, "checks.c": checks.text }, main: "checks.c" }];
  if (withSkeleton) {
    const c = emitCSkeleton(b.model, b.layouts, h.plan, {
      fileName: "prov.c",
      headerFileName: "wmidata.h",
      hexFileName: "prov.x",
    });
    out.push({ files: { "wmidata.h": h.text, "prov.c": c }, main: "prov.c" });
    // With the binary MOF compiled in (a stand-in for the -x dump of the BMF encoder).
    out.push({
      files: { "wmidata.h": h.text, "prov.c": c, "prov.x": "0x46, 0x4f, 0x4d, 0x42,\n" },
      main: "prov.c",
      defines: ["USE_BINARY_MOF_QUERY"],
    });
  }
  return { units: out, asserts: checks.asserts };
}

async function compileBoth(list: CompileUnit[]): Promise<void> {
  for (const arch of arches) {
    const results = await compileAll(arch, list, tmp.dir);
    results.forEach((r, i) => expect(r.ok, `${arch.name} ${list[i].main}:\n${r.output}`).toBe(true));
  }
}

it.runIf(!haveCompilers && inCi)("has the mingw-w64 compilers in CI", () => {
  expect.fail(
    "CI is set but the mingw-w64 cross compilers are missing (apt-get install -y gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 mingw-w64-x86-64-dev)",
  );
});

describe.skipIf(!haveCompilers)("generated C compiled by mingw-w64 (x64 and x86)", () => {
  it("the §8 worked examples: every fixed offset, size and alignment agrees with the compiler", async () => {
    const m = units(worked, { methodStructs: true }, true);
    const u = units(worked, { unconditional: true }, false);
    // Every fixed-offset item of every fully declared struct is asserted.
    expect(m.asserts).toBeGreaterThan(200);
    await compileBoth([...m.units, ...u.units]);
  });

  it("the §10.5 example header", async () => {
    const mof = `[WMI, Dynamic, Provider("WMIProv"), guid("{11111111-2222-3333-4444-555555555555}"), HeaderName("ACME_WIDGET"), GuidName1("ACME_WIDGET_GUID")]
class Acme_Widget { [key, read] string InstanceName; [read] boolean Active;
  [WmiDataId(1), read, Values{"off", "on"}, ValueMap{"0", "1"}, DefineValues{"ACME_MODE_OFF", "ACME_MODE_ON"}] uint32 Mode;
  [WmiDataId(2), read] string Owner;
  [Implemented, WmiMethodId(1)] void Probe([out] uint32 Status, [in] uint32 Which, [out] uint32 Len, [out, WmiSizeIs("Len")] uint8 Buf[]);
};`;
    await compileBoth(units(mof, { methodStructs: true }, true).units);
  });

  it.skipIf(!existsSync(wmisampPath))("the committed golden wmisamp header and skeleton", async () => {
    const b = build(readFileSync(wmisampPath, "utf8"), "wmisamp.mof");
    const h = emitCHeader(b.model, b.layouts, { fileName: "wmidata.h", methodStructs: true });
    const checks = emitLayoutChecks(h.plan);
    expect(checks.asserts).toBe(144);
    const header = readFileSync(goldenHeader, "utf8");
    await compileBoth([
      { files: { "wmidata.h": header, "checks.c": checks.text }, main: "checks.c" },
      { files: { "wmidata.h": header, "wmisampwmi.c": readFileSync(goldenSkeleton, "utf8") }, main: "wmisampwmi.c" },
    ]);
  });

  it("fails to compile when a check is wrong (the oracle really checks)", async () => {
    const b = build(worked);
    const h = emitCHeader(b.model, b.layouts, { fileName: "wmidata.h" });
    const wrong = emitLayoutChecks(h.plan).text.replace(
      "FIELD_OFFSET(EC1, Xint8) == 16",
      "FIELD_OFFSET(EC1, Xint8) == 17",
    );
    expect(wrong).toContain("== 17");
    for (const arch of arches) {
      const [r] = await compileAll(
        arch,
        [{ files: { "wmidata.h": h.text, "checks.c": wrong }, main: "checks.c" }],
        tmp.dir,
      );
      expect(r.ok).toBe(false);
      expect(r.output).toContain("EC1.Xint8 at 16");
    }
  });
});
