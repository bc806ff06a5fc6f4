/**
 * The generated TypeScript (`--emit ts`): committed golden modules for wmisamp and the thermal
 * example (regenerated and compared), `tsc --strict` on them, and the generated codecs executed:
 * on seeded random instances of every block they write the same bytes as the generic layout
 * codec, decode to the same values, round-trip, and refuse truncated and trailing bytes with the
 * same MOF365x codes.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { decodeInstance, encodeInstance, findBlock, LayoutCodecError, type LayoutSet } from "@mofkit/layout";
import { rng } from "../../../test/support/rng.js";
import { build } from "../../layout/test/support/build.js";
import { defaultTsFileName, emitTypeScript, tsBanner } from "../src/index.js";
import { wmisampPath } from "./support/corpus.js";
import { scratch } from "./support/mingw.js";
import { loadGenerated, randomInstance, typeCheck, type GeneratedModule } from "./support/ts-generated.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";
const tmp = scratch("mofkit-ts-");
afterAll(() => tmp.dispose());

interface Case {
  name: string;
  path: string;
  /** Compared with a committed golden module. */
  golden: boolean;
}

const cases: Case[] = [
  { name: "wmisamp", path: wmisampPath, golden: true },
  { name: "thermal", path: `${repo}examples/thermal-driver/thermal.mof`, golden: true },
  { name: "worked-examples", path: `${repo}packages/layout/test/fixtures/worked-examples.mof`, golden: false },
];

function layoutsOf(path: string): LayoutSet {
  const b = build(readFileSync(path, "utf8"), basename(path));
  expect(b.checkDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return b.layouts;
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof LayoutCodecError) return e.code;
    if (e instanceof Error && "code" in e) return String(e.code);
    throw e;
  }
  return "no error";
}

for (const c of cases) {
  describe.skipIf(!existsSync(c.path))(`generated TypeScript for ${c.name}`, () => {
    let layouts: LayoutSet;
    let text: string;
    let mod: GeneratedModule;
    const golden = new URL(`./golden-ts/${defaultTsFileName(c.path)}`, import.meta.url);

    it("generates a deterministic module", async () => {
      layouts = layoutsOf(c.path);
      text = await emitTypeScript(layouts, { sources: [basename(c.path)] });
      expect(text.startsWith(tsBanner)).toBe(true);
      expect(await emitTypeScript(layoutsOf(c.path), { sources: [basename(c.path)] })).toBe(text);
      if (!c.golden) return;
      if (update || !existsSync(golden)) writeFileSync(golden, text);
      expect(text, "regenerate with UPDATE_GOLDEN=1 after a deliberate change").toBe(readFileSync(golden, "utf8"));
    });

    it("type-checks under --strict", () => {
      const file = c.golden ? fileURLToPath(golden) : `${tmp.dir}/${c.name}.ts`;
      if (!c.golden) writeFileSync(file, text);
      expect(typeCheck(file)).toEqual([]);
    });

    it("encodes and decodes like the generic codec (seeded random instances of every block)", async () => {
      mod = await loadGenerated(text, tmp.dir, c.name);
      const entries = Object.entries(mod.codecs);
      expect(entries.length).toBeGreaterThan(0);
      const r = rng(0x7e57);
      for (const [name, codec] of entries) {
        const block = findBlock(layouts, codec.key)!;
        expect(block, name).toBeDefined();
        for (let k = 0; k < 50; k++) {
          const value = randomInstance(block, r);
          const generic = encodeInstance(block, value as never);
          const bytes = codec.encode(value);
          expect(bytes, `${name} #${k}`).toEqual(generic);
          const back = codec.decode(bytes);
          expect(back, `${name} #${k}`).toEqual(decodeInstance(block, bytes).value);
          expect(back, `${name} #${k}`).toEqual(value);
          expect(codec.encode(back)).toEqual(bytes);
        }
      }
    });

    it("refuses truncated and trailing bytes with the generic codec's codes", () => {
      const r = rng(0xb17e);
      for (const codec of Object.values(mod.codecs)) {
        const block = findBlock(layouts, codec.key)!;
        const bytes = codec.encode(randomInstance(block, r));
        for (let n = 0; n < bytes.length; n++) {
          const cut = bytes.subarray(0, n);
          expect(
            codeOf(() => codec.decode(cut)),
            `${codec.key} at ${n}`,
          ).toBe(codeOf(() => decodeInstance(block, cut)));
        }
        const long = new Uint8Array(bytes.length + 9);
        long.set(bytes);
        expect(codeOf(() => codec.decode(long))).toBe(codeOf(() => decodeInstance(block, long)));
        expect(codec.decode(long, { allowTrailing: true })).toEqual(decodeInstance(block, bytes).value);
        // At an aligned offset as the generic codec; at any offset relative to the start.
        const shifted = new Uint8Array(bytes.length + 8);
        shifted.set(bytes, 8);
        expect(codec.decode(shifted, { offset: 8 })).toEqual(decodeInstance(block, shifted, { offset: 8 }).value);
        expect(codec.decode(shifted.subarray(5), { offset: 3 })).toEqual(decodeInstance(block, bytes).value);
      }
    });

    it("checks values on encode with the generic codec's codes and paths", () => {
      for (const codec of Object.values(mod.codecs)) {
        const block = findBlock(layouts, codec.key)!;
        const value = randomInstance(block, rng(3));
        for (const item of block.items) {
          const wrong = { ...value, [item.name]: item.array.kind === "scalar" ? [] : 1 };
          const err = (() => {
            try {
              codec.encode(wrong);
            } catch (e) {
              return e as { code: string; path: string };
            }
          })();
          expect(err?.code, `${codec.key}.${item.name}`).toMatch(/^MOF365[0-9]$/);
          expect(err?.path.startsWith(`${block.name}.${item.name}`), `${err?.path}`).toBe(true);
        }
      }
    });
  });
}

describe("wmiDatetime", () => {
  it("accepts the DMTF forms and refuses anything else", async () => {
    const mod = await loadGenerated(
      await emitTypeScript(layoutsOf(`${repo}examples/thermal-driver/thermal.mof`), { raw: true }),
      tmp.dir,
      "datetime",
    );
    expect(mod.wmiDatetime("20240131235959.123456+060")).toBe("20240131235959.123456+060");
    expect(mod.wmiDatetime("00000001020304.000000:000")).toBe("00000001020304.000000:000");
    expect(mod.wmiDatetime("2024**********.******+***")).toBe("2024**********.******+***");
    for (const bad of ["2024-01-31", "20240131235959.123456+06", "20240131235959x123456+060"])
      expect(() => mod.wmiDatetime(bad)).toThrow(/MOF3658|datetime/);
  });
});
