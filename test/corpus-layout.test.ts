/**
 * Layouts and C output for the real WMI driver MOFs of the corpus (MANIFEST category A) and the
 * bundled examples:
 *  - every WMI class gets a complete layout and every method an [in] and an [out] block, with no
 *    layout diagnostics; the all-zero instance of every block survives an encode/decode round trip;
 *  - the generated header (wmimofck -m, and -u) compiles with the layout checks
 *    (`_Static_assert` on FIELD_OFFSET, _SIZE, sizeof, _Alignof, _ID) for x64 and x86, and the
 *    generated WmiLib skeleton compiles against the mingw-w64 DDK headers.
 *
 * The iSCSI files def.mof, config.mof, mgmt.mof and common.mof need the Windows SDK's iscsidsc.h,
 * which the corpus does not have; iscsihba.mof holds the same classes in one self-contained file.
 * Its header includes <iscsidef.h>, which the SDK builds from the classes marked
 * WmiGenerateHeader(FALSE): the test generates that companion header from the same MOF.
 */
import { afterAll, describe, expect, it } from "vitest";
import { emitCHeader, emitCSkeleton, emitLayoutChecks } from "@mofkit/codegen";
import { decodeInstance, encodeInstance, layoutModel, zeroInstance, type LayoutSet } from "@mofkit/layout";
import { checkProgram, type SchemaModel } from "@mofkit/schema";
import { loadProgram, type Program } from "@mofkit/syntax";
import { createNodeHost } from "../packages/cli/src/node-host.js";
import {
  arches,
  compileAll,
  haveCompilers,
  inCi,
  scratch,
  warnIfNoCompilers,
  type CompileUnit,
} from "../packages/codegen/test/support/mingw.js";
import { corpusLabel, driverMofsWithExample, hasCorpus, warnIfNoCorpus } from "./support/corpus.js";

warnIfNoCorpus("corpus layouts and C headers");
warnIfNoCompilers("test/corpus-layout.test.ts (C headers of the driver corpus)");

const files = driverMofsWithExample();
const label = corpusLabel;

interface Loaded {
  file: string;
  program: Program;
  model: SchemaModel;
  layouts: LayoutSet;
}

const loaded: Loaded[] = [];
const tmp = scratch("mofkit-corpus-cc-");
afterAll(() => tmp.dispose());

describe.skipIf(!hasCorpus)("driver corpus: layouts", () => {
  it.each(files.map(label))("%s lays out every WMI class and method", (name) => {
    const file = files.find((f) => label(f) === name)!;
    const program = loadProgram([file], createNodeHost(), { dialect: "wmi", preprocess: file.includes("/iscsi/") });
    const { model, diagnostics } = checkProgram(program);
    expect([...program.diagnostics, ...diagnostics].filter((d) => d.severity === "error")).toEqual([]);
    const { layouts, diagnostics: layoutDiagnostics } = layoutModel(model, { program });
    expect(layoutDiagnostics).toEqual([]);
    for (const ns of model.namespaces)
      for (const c of ns.classList) {
        if (c.builtin || c.replacedBy || !c.qualifiers.isTrue("WMI")) continue;
        const keys = layouts.blocks.filter((b) => b.className === c.name && b.namespace === ns.name).map((b) => b.key);
        expect(keys).toContain(`${ns.name}:${c.name}`);
        for (const m of c.methods) {
          expect(keys).toContain(`${ns.name}:${c.name}.${m.name}:in`);
          expect(keys).toContain(`${ns.name}:${c.name}.${m.name}:out`);
        }
      }
    for (const b of layouts.blocks) {
      expect(b.incomplete, b.key).toBeNull();
      const zero = zeroInstance(b);
      expect(decodeInstance(b, encodeInstance(b, zero)).value, b.key).toEqual(zero);
    }
    loaded.push({ file, program, model, layouts });
  });

  it("counts the blocks laid out", () => {
    const blocks = loaded.flatMap((l) => l.layouts.blocks);
    const byKind = (k: string) => blocks.filter((b) => b.kind === k).length;
    expect(loaded.length).toBe(files.length);
    expect({
      files: loaded.length,
      blocks: blocks.length,
      data: byKind("data"),
      event: byKind("event"),
      embedded: byKind("embedded"),
      methodIn: byKind("method-in"),
      methodOut: byKind("method-out"),
      variable: blocks.filter((b) => b.variable).length,
    }).toEqual(expectedCounts);
  });
});

/** Pinned so that a change in what gets laid out shows up in review. */
const expectedCounts = {
  files: 18,
  blocks: 124,
  data: 48,
  event: 9,
  embedded: 25,
  methodIn: 21,
  methodOut: 21,
  variable: 29,
};

it.runIf(hasCorpus && !haveCompilers && inCi)("has the mingw-w64 compilers in CI", () => {
  expect.fail("CI is set but the mingw-w64 cross compilers are missing");
});

describe.skipIf(!hasCorpus || !haveCompilers)("driver corpus: C headers and skeletons compile for x64 and x86", () => {
  it("compiles the header (-m and -u) with layout checks, and the skeleton, for every file", async () => {
    expect(loaded.length).toBe(files.length);
    const units: CompileUnit[] = [];
    let asserts = 0;
    for (const l of loaded) {
      const companion: Record<string, string> = {};
      if (l.file.endsWith("iscsihba.mof"))
        companion["iscsidef.h"] = emitCHeader(l.model, l.layouts, {
          fileName: "iscsidef.h",
          select: "not-generated",
        }).text;
      for (const options of [{ methodStructs: true }, { unconditional: true }]) {
        const h = emitCHeader(l.model, l.layouts, { fileName: "wmidata.h", ...options });
        const checks = emitLayoutChecks(h.plan);
        asserts += checks.asserts;
        units.push({ files: { ...companion, "wmidata.h": h.text, "checks.c": checks.text }, main: "checks.c" });
        if (options.methodStructs) {
          const c = emitCSkeleton(l.model, l.layouts, h.plan, { fileName: "prov.c", headerFileName: "wmidata.h" });
          units.push({ files: { ...companion, "wmidata.h": h.text, "prov.c": c }, main: "prov.c" });
        }
      }
    }
    expect(units.length).toBe(files.length * 3);
    expect(asserts).toBe(expectedAsserts);
    for (const arch of arches) {
      const results = await compileAll(arch, units, tmp.dir);
      results.forEach((r, i) =>
        expect(r.ok, `${arch.name} ${label(loaded[Math.floor(i / 3)].file)} ${units[i].main}:\n${r.output}`).toBe(true),
      );
    }
  });
});

const expectedAsserts = 2874;
