/**
 * The generated TypeScript (`--emit ts`): committed golden modules for wmisamp and the thermal
 * example (regenerated and compared), `tsc --strict` on them, and the generated codecs executed:
 * on seeded random instances of every block they write the same bytes as the generic layout
 * codec, decode to the same values, round-trip, and refuse truncated and trailing bytes with the
 * same MOF365x codes; encodeInto writes the same bytes at an offset of a dirty target (padding
 * zeroed, nothing outside touched) and refuses a target too small.
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
import { loadGenerated, randomInstance, tsScratch, typeCheck, type GeneratedModule } from "./support/ts-generated.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";
const tmp = tsScratch("ts-codec-");
afterAll(() => tmp.dispose());

interface Case {
  name: string;
  path: string;
  /** Compared with a committed golden module. */
  golden: boolean;
  /** MOF text held here instead of read from `path`. */
  text?: string;
}

/**
 * Padding a fixed block's writer must zero itself (encodeInto does not clear the target): between
 * the elements of a fixed array of a padded embedded class, around MaxLen slots and after odd
 * scalars; and the value types the other cases lack (real32, real64, char16).
 */
const paddingMof = `[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455A1}")]
class Pad_Odd
{
    [WmiDataId(1)] uint64 Wide;
    [WmiDataId(2)] uint8 Tail;
};
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455A2}")]
class Pad_Fixed
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read] uint8 Lead;
    [WmiDataId(2), read] Pad_Odd Items[3];
    [WmiDataId(3), read] char16 Letter;
    [WmiDataId(4), read, MaxLen(5)] string Label;
    [WmiDataId(5), read] real32 Ratio;
    [WmiDataId(6), read] real64 Mean;
    [WmiDataId(7), read] char16 Letters[3];
    [WmiDataId(8), read] sint8 Last;
};
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455A3}")]
class Pad_Variable
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read] Pad_Odd First;
    [WmiDataId(2), read] string Name;
    [WmiDataId(3), read] uint32 Count;
    [WmiDataId(4), read, WmiSizeIs("Count")] Pad_Odd Items[];
};
`;

const cases: Case[] = [
  { name: "wmisamp", path: wmisampPath, golden: true },
  // The thermal example's module is committed beside it and diff-checked by test/examples-generated.test.ts.
  { name: "thermal", path: `${repo}examples/thermal-driver/thermal.mof`, golden: false },
  { name: "worked-examples", path: `${repo}packages/layout/test/fixtures/worked-examples.mof`, golden: false },
  { name: "padding", path: "padding.mof", golden: false, text: paddingMof },
];

function layoutsOf(path: string, text?: string): LayoutSet {
  const b = build(text ?? readFileSync(path, "utf8"), basename(path));
  expect(b.checkDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return b.layouts;
}

type IntoCodec = GeneratedModule["codecs"][string] & {
  encodeInto(value: unknown, target: Uint8Array, offset?: number): number;
};

function errorOf(f: () => unknown): { code: string; path: string } | undefined {
  try {
    f();
  } catch (e) {
    return e as { code: string; path: string };
  }
  return undefined;
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
  describe.skipIf(!c.text && !existsSync(c.path))(`generated TypeScript for ${c.name}`, () => {
    let layouts: LayoutSet;
    let text: string;
    let mod: GeneratedModule;
    const golden = new URL(`./golden-ts/${defaultTsFileName(c.path)}`, import.meta.url);

    it("generates a deterministic module", async () => {
      layouts = layoutsOf(c.path, c.text);
      text = await emitTypeScript(layouts, { sources: [basename(c.path)] });
      expect(text.startsWith(tsBanner)).toBe(true);
      expect(await emitTypeScript(layoutsOf(c.path, c.text), { sources: [basename(c.path)] })).toBe(text);
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

    it("encodes into a target: the bytes of encode at the offset, nothing else touched, too small refused", () => {
      const r = rng(0x1e70);
      for (const [name, codec] of Object.entries(mod.codecs) as [string, IntoCodec][]) {
        const block = findBlock(layouts, codec.key)!;
        for (let k = 0; k < 20; k++) {
          const value = randomInstance(block, r);
          const bytes = codec.encode(value);
          const n = bytes.length;
          const offset = [0, 1, 3, 8, 13][k % 5];
          // Garbage around and under the instance: padding must come out zero, the rest untouched.
          const target = new Uint8Array(offset + n + 5).fill(0xa5);
          expect(codec.encodeInto(value, target, offset), `${name} #${k}`).toBe(n);
          expect(target.subarray(offset, offset + n), `${name} #${k}`).toEqual(bytes);
          expect([...target.subarray(0, offset), ...target.subarray(offset + n)].every((b) => b === 0xa5)).toBe(true);
          const exact = new Uint8Array(offset + n).fill(0xff);
          expect(codec.encodeInto(value, exact, offset)).toBe(n);
          expect(exact.subarray(offset)).toEqual(bytes);
          if (n === 0) continue;
          const small = new Uint8Array(offset + n - 1);
          const err = errorOf(() => codec.encodeInto(value, small, offset));
          expect(err?.code, `${name} #${k}`).toBe("MOF3650");
          expect(err?.path.startsWith(block.name), err?.path).toBe(true);
          // The failed call leaves nothing behind for the next one.
          expect(codec.encode(value)).toEqual(bytes);
        }
      }
    });

    it("encodeInto defaults the offset to 0, accepts a Buffer and refuses a bad target or offset", () => {
      const codec = Object.values(mod.codecs)[0] as IntoCodec;
      const block = findBlock(layouts, codec.key)!;
      const value = randomInstance(block, rng(5));
      const bytes = codec.encode(value);
      const buffer = Buffer.alloc(bytes.length + 4, 0xee);
      expect(codec.encodeInto(value, buffer)).toBe(bytes.length);
      expect(new Uint8Array(buffer.subarray(0, bytes.length))).toEqual(bytes);
      const target = new Uint8Array(bytes.length + 8);
      expect(errorOf(() => codec.encodeInto(value, target, -1))?.code).toBe("MOF3650");
      expect(errorOf(() => codec.encodeInto(value, target, 9 + bytes.length))?.code).toBe("MOF3650");
      expect(errorOf(() => codec.encodeInto(value, target, 1.5))?.code).toBe("MOF3652");
      expect(errorOf(() => codec.encodeInto(value, [] as never))?.code).toBe("MOF3652");
      // A value error half-way through a target leaves the next encodeInto correct.
      const bad = { ...value, [block.items[block.items.length - 1].name]: Symbol("bad") };
      expect(errorOf(() => codec.encodeInto(bad, target, 0))?.code).toMatch(/^MOF365[0-9]$/);
      target.fill(0x5a);
      codec.encodeInto(value, target, 0);
      expect(target.subarray(0, bytes.length)).toEqual(bytes);
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

describe("special real values", () => {
  it("encode and decode NaN, -0, infinities and float32 rounding like the generic codec", async () => {
    const layouts = layoutsOf("padding.mof", paddingMof);
    const mod = await loadGenerated(await emitTypeScript(layouts, { raw: true }), tmp.dir, "reals");
    const codec = mod.codecs.Pad_Fixed;
    const block = findBlock(layouts, codec.key)!;
    const base = randomInstance(block, rng(9));
    for (const [Ratio, Mean] of [
      [NaN, NaN],
      [-0, -0],
      [Infinity, -Infinity],
      [1e40, 5e-324],
      [0.1, Number.MAX_VALUE],
    ]) {
      const value = { ...base, Ratio, Mean };
      const bytes = codec.encode(value);
      expect(bytes).toEqual(encodeInstance(block, value as never));
      expect(codec.decode(bytes)).toEqual(decodeInstance(block, bytes).value);
    }
  });
});

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
