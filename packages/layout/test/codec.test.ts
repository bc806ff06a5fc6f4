/**
 * The layout-driven codec: round trips of every item type and shape, the exact bytes of small
 * cases, and coded errors (never a RangeError from a typed array) for every malformed input:
 * truncated buffers at every length, bad counts, trailing bytes, wrong value types and ranges.
 */
import { describe, expect, it } from "vitest";
import { layoutDiagnostics as codes } from "@mofkit/diagnostics";
import { rng } from "../../../test/support/rng.js";
import {
  decodeInstance,
  encodeInstance,
  LayoutCodecError,
  minimalSize,
  zeroInstance,
  type Instance,
} from "../src/index.js";
import { build } from "./support/build.js";

const t = build(`
#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{0E1F2A3B-0000-4000-8000-000000000001}")]
class Ex_Inner { [WmiDataId(1)] uint16 A; [WmiDataId(2)] string S; };

[WMI, guid("{0E1F2A3B-0000-4000-8000-000000000002}")]
class Ex_Fixed { [WmiDataId(1)] uint8 B; [WmiDataId(2)] uint32 C; };

[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-000000000003}")]
class Ex_All
{
  [key, read] string InstanceName;
  [read] boolean Active;
  [WmiDataId(1)] boolean Flag;
  [WmiDataId(2)] sint8 I8;
  [WmiDataId(3)] uint8 U8;
  [WmiDataId(4)] sint16 I16;
  [WmiDataId(5)] uint16 U16;
  [WmiDataId(6)] char16 C16;
  [WmiDataId(7)] sint32 I32;
  [WmiDataId(8)] uint32 U32;
  [WmiDataId(9)] sint64 I64;
  [WmiDataId(10)] uint64 U64;
  [WmiDataId(11)] real32 R32;
  [WmiDataId(12)] real64 R64;
  [WmiDataId(13)] datetime When;
  [WmiDataId(14), MaxLen(5)] string Short;
  [WmiDataId(15)] uint16 Fixed[3];
  [WmiDataId(16)] Ex_Fixed Part;
  [WmiDataId(17)] Ex_Fixed Parts[2];
  [WmiDataId(18)] uint32 N;
  [WmiDataId(19), WmiSizeIs("N")] Ex_Inner Inner[];
  [WmiDataId(20)] string Name;
  [WmiDataId(21)] uint8 M;
  [WmiDataId(22), WmiSizeIs("M")] string Names[];
  [WmiDataId(23), WmiSizeIs("M"), MaxLen(3)] string Codes[];
  [WmiDataId(24)] uint64 Tail;
};

[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-000000000004}")]
class Ex_Small
{
  [key, read] string InstanceName;
  [read] boolean Active;
  [WmiDataId(1)] uint8 A;
  [WmiDataId(2)] uint32 B;
};

[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-000000000005}")]
class Ex_Counted
{
  [key, read] string InstanceName;
  [read] boolean Active;
  [WmiDataId(1)] uint32 Count;
  [WmiDataId(2), WmiSizeIs("Count")] uint32 Values[];
};
`);

const all = t.block("Ex_All");
const small = t.block("Ex_Small");
const counted = t.block("Ex_Counted");

function sample(r: () => number): Instance {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const big = (signed: boolean) => {
    let v = 0n;
    for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(int(0, 255));
    return signed ? BigInt.asIntN(64, v) : v;
  };
  const str = (n: number) => String.fromCharCode(...Array.from({ length: n }, () => int(1, 0xfffe)));
  const m = int(0, 3);
  return {
    Flag: r() < 0.5,
    I8: int(-128, 127),
    U8: int(0, 255),
    I16: int(-32768, 32767),
    U16: int(0, 65535),
    C16: String.fromCharCode(int(0, 0xffff)),
    I32: int(-0x80000000, 0x7fffffff),
    U32: int(0, 0xffffffff),
    I64: big(true),
    U64: big(false),
    R32: Math.fround(r() * 1000 - 500),
    R64: r() * 1e10,
    When: "20240229120000.000000-300",
    Short: str(int(0, 5)),
    Fixed: [int(0, 65535), int(0, 65535), int(0, 65535)],
    Part: { B: int(0, 255), C: int(0, 0xffffffff) },
    Parts: [
      { B: 1, C: 2 },
      { B: 3, C: 4 },
    ],
    N: 2,
    Inner: [
      { A: int(0, 65535), S: str(int(0, 4)) },
      { A: 7, S: "x" },
    ],
    Name: str(int(0, 12)),
    M: m,
    Names: Array.from({ length: m }, () => str(int(0, 6))),
    Codes: Array.from({ length: m }, () => str(int(0, 3))),
    Tail: big(false),
  };
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof LayoutCodecError) return e.code;
    throw e;
  }
  return "no error";
}

describe("codec round trips", () => {
  it("encodes and decodes every type and shape (200 seeded random instances)", () => {
    const r = rng(0x5eed);
    for (let k = 0; k < 200; k++) {
      const v = sample(r);
      const bytes = encodeInstance(all, v);
      const back = decodeInstance(all, bytes).value;
      expect(back).toEqual(v);
      // Decoding and encoding again gives the same bytes.
      expect(encodeInstance(all, back)).toEqual(bytes);
    }
  });

  it("writes the exact bytes of a small fixed block, padding zero", () => {
    expect([...encodeInstance(small, { A: 0xab, B: 0x01020304 })]).toEqual([0xab, 0, 0, 0, 4, 3, 2, 1]);
  });

  it("keeps a MaxLen string in its full slot and counts the padding", () => {
    const item = all.items.find((i) => i.name === "Short")!;
    // After the datetime at 56..106.
    expect(item).toMatchObject({ size: 12, offset: 106, variable: false, cType: "WCHAR" });
    const bytes = encodeInstance(all, { ...sample(rng(1)), Short: "ab" });
    expect(bytes[106] | (bytes[107] << 8)).toBe(10);
    expect([...bytes.slice(108, 118)]).toEqual([0x61, 0, 0x62, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("accepts numbers for 64-bit items and bigints for small ones", () => {
    const bytes = encodeInstance(small, { A: 5n, B: 7n });
    expect(decodeInstance(small, bytes).value).toEqual({ A: 5, B: 7 });
  });

  it("ignores InstanceName and Active and matches names case-insensitively", () => {
    const bytes = encodeInstance(small, { InstanceName: "x", Active: true, a: 1, B: 2 });
    expect(decodeInstance(small, bytes).value).toEqual({ A: 1, B: 2 });
  });

  it("has a zero instance: the smallest instance, and what a zeroed buffer of that size decodes to", () => {
    const z = zeroInstance(all);
    const size = minimalSize(all)!;
    expect(encodeInstance(all, z).length).toBe(size);
    // A MaxLen string encodes its slot size as the count; zero bytes (count 0) read back as "" too.
    expect(decodeInstance(all, new Uint8Array(size)).value).toEqual(z);
    expect(minimalSize(small)).toBe(8);
  });

  it("decodes one instance from inside a larger buffer with offset and allowTrailing", () => {
    const one = encodeInstance(small, { A: 1, B: 2 });
    const buf = new Uint8Array(64);
    buf.set(one, 16);
    expect(decodeInstance(small, buf, { offset: 16, allowTrailing: true })).toEqual({ value: { A: 1, B: 2 }, end: 24 });
  });
});

describe("codec errors", () => {
  it("reports a truncated buffer at every length, never a RangeError", () => {
    const bytes = encodeInstance(all, sample(rng(7)));
    for (let n = 0; n < bytes.length; n++) {
      const code = codeOf(() => decodeInstance(all, bytes.subarray(0, n)));
      expect(code, `length ${n}`).toBe(codes.codecTruncated.code);
    }
  });

  it("rejects bytes beyond the tail padding, accepts the padding itself", () => {
    const bytes = encodeInstance(small, { A: 1, B: 2 });
    const padded = new Uint8Array(8);
    padded.set(bytes);
    expect(decodeInstance(small, padded).value).toEqual({ A: 1, B: 2 });
    const long = new Uint8Array(9);
    long.set(bytes);
    expect(codeOf(() => decodeInstance(small, long))).toBe(codes.codecTrailingBytes.code);
  });

  it("refuses a count the buffer cannot hold before allocating", () => {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, 0xffffffff, true);
    const err = (() => {
      try {
        decodeInstance(counted, bytes);
      } catch (e) {
        return e as LayoutCodecError;
      }
    })();
    expect(err?.code).toBe(codes.codecTruncated.code);
    expect(err?.path).toBe("Ex_Counted.Values");
  });

  it("reports an odd or oversized string count", () => {
    const inner = t.block("Ex_Inner"); // A: uint16 at 0, S: string at 2
    const odd = encodeInstance(inner, { A: 1, S: "abc" });
    odd[2] = 5;
    expect(codeOf(() => decodeInstance(inner, odd))).toBe(codes.codecStringInvalid.code);
    const slot = encodeInstance(all, sample(rng(9)));
    slot[106] = 12; // Short: MaxLen(5) holds at most 10 bytes
    expect(codeOf(() => decodeInstance(all, slot))).toBe(codes.codecStringInvalid.code);
  });

  it("checks values on encode", () => {
    const ok = sample(rng(3));
    const cases: [Instance, string][] = [
      [{ A: 256, B: 0 }, codes.codecOutOfRange.code],
      [{ A: -1, B: 0 }, codes.codecOutOfRange.code],
      [{ A: 1.5, B: 0 }, codes.codecTypeMismatch.code],
      [{ A: "1", B: 0 }, codes.codecTypeMismatch.code],
      [{ A: 1 }, codes.codecMissingValue.code],
      [{ A: 1, B: 2, Bee: 3 }, codes.codecUnknownProperty.code],
    ];
    for (const [v, code] of cases)
      expect(
        codeOf(() => encodeInstance(small, v)),
        JSON.stringify(v),
      ).toBe(code);
    expect(codeOf(() => encodeInstance(all, { ...ok, Fixed: [1, 2] }))).toBe(codes.codecCountMismatch.code);
    expect(codeOf(() => encodeInstance(all, { ...ok, N: 3 }))).toBe(codes.codecCountMismatch.code);
    expect(codeOf(() => encodeInstance(all, { ...ok, Short: "toolong" }))).toBe(codes.codecStringInvalid.code);
    expect(codeOf(() => encodeInstance(all, { ...ok, When: "2024" }))).toBe(codes.codecDatetimeInvalid.code);
    expect(codeOf(() => encodeInstance(all, { ...ok, U64: -1n }))).toBe(codes.codecOutOfRange.code);
    expect(codeOf(() => encodeInstance(all, { ...ok, U64: 2 ** 60 }))).toBe(codes.codecTypeMismatch.code);
    expect(codeOf(() => encodeInstance(all, { ...ok, Part: [1] }))).toBe(codes.codecTypeMismatch.code);
    expect(codeOf(() => encodeInstance(all, { ...ok, Name: "x".repeat(40000) }))).toBe(codes.codecStringInvalid.code);
  });

  it("names the offending value in the message and path", () => {
    try {
      encodeInstance(all, {
        ...sample(rng(4)),
        Inner: [
          { A: 1, S: "" },
          { A: 70000, S: "" },
        ],
      });
      expect.fail("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(LayoutCodecError);
      expect((e as LayoutCodecError).path).toBe("Ex_All.Inner[1].A");
      expect((e as Error).message).toBe("Ex_All.Inner[1].A: 70000 does not fit uint16");
    }
  });

  it("refuses a block whose layout is incomplete", () => {
    const bad = build(
      `[WMI, guid("{0E1F2A3B-0000-4000-8000-000000000009}")] class Ex_Bad { [WmiDataId(1)] Ex_Nowhere X; };`,
    );
    const b = bad.block("Ex_Bad");
    expect(b.incomplete).toBeTruthy();
    expect(codeOf(() => encodeInstance(b, {}))).toBe(codes.codecLayoutIncomplete.code);
    expect(codeOf(() => decodeInstance(b, new Uint8Array(4)))).toBe(codes.codecLayoutIncomplete.code);
  });
});
