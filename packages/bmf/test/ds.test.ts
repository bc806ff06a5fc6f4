/** DS compression: the worked example, round trips with the structural rules, and every coded error. */
import { describe, expect, it } from "vitest";
import { compress, decompress, dsCompress, dsDecompress, type DsToken } from "../src/index.js";
import { BitWriter } from "../src/bit-writer.js";
import { rng } from "../../../test/support/rng.js";
import { writeContainer } from "../src/container.js";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).toUpperCase().padStart(2, "0")).join(" ");

/** A DS stream built token by token, for malformed inputs. */
class StreamBuilder {
  private readonly w = new BitWriter();
  constructor(version = 1) {
    for (const b of [0x44, 0x53, version >> 8, version & 0xff]) this.w.writeByte(b);
  }
  literal(b: number): this {
    this.w.write(b < 0x80 ? 2 : 1, 2);
    this.w.write(b & 0x7f, 7);
    return this;
  }
  shortMatch(offset: number, length: number): this {
    this.w.write(0, 2);
    this.w.write(offset, 6);
    const n = 31 - Math.clz32(length - 1);
    this.w.write(1 << n, n + 1);
    this.w.write(length - 1 - (1 << n), n);
    return this;
  }
  bits(value: number, k: number): this {
    this.w.write(value, k);
    return this;
  }
  marker(): this {
    return this.bits(0x7fff, 15);
  }
  build(): Uint8Array {
    return this.w.finish();
  }
}

const blob = (stream: Uint8Array, size: number) => writeContainer(stream, size);

describe("DS compression", () => {
  it("compresses the worked example ABABABAB as the format notes show", () => {
    const input = new TextEncoder().encode("ABABABAB");
    expect(hex(dsCompress(input))).toBe("44 53 00 01 06 15 22 B0 FF 3F");
    expect(hex(compress(input))).toBe("46 4F 4D 42 01 00 00 00 0A 00 00 00 08 00 00 00 44 53 00 01 06 15 22 B0 FF 3F");
  });

  const random = rng(0x5eed);
  const inputs: [string, Uint8Array][] = [
    ["empty", new Uint8Array(0)],
    ["one byte", Uint8Array.of(0xc3)],
    ["511 equal bytes", new Uint8Array(511).fill(7)],
    ["512 equal bytes", new Uint8Array(512).fill(7)],
    ["513 equal bytes", new Uint8Array(513).fill(7)],
    ["3 blocks of zeros (U a multiple of 512)", new Uint8Array(1536)],
    ["a run of 5000 (longer than a block)", new Uint8Array(5000).fill(0xff)],
    ["random 4000", Uint8Array.from({ length: 4000 }, () => Math.floor(random() * 256))],
    ["random text-like 20000", Uint8Array.from({ length: 20000 }, () => 0x41 + Math.floor(random() * 4))],
  ];
  // Data whose only repeat is at distance 4414 (reachable) or 4415 (one too far).
  for (const distance of [4414, 4415]) {
    const d = Uint8Array.from({ length: distance + 600 }, () => Math.floor(random() * 256));
    d.copyWithin(distance, 0, 600);
    inputs.push([`a repeat at distance ${distance}`, d]);
  }

  for (const [what, input] of inputs) {
    it(`round-trips ${what}, with markers only at block ends and no match crossing one`, () => {
      const stream = dsCompress(input);
      const tokens: DsToken[] = [];
      const r = dsDecompress(stream, input.length, { trace: (t) => tokens.push(t) });
      expect(r.diagnostics).toEqual([]);
      expect(r.complete).toBe(true);
      expect(Buffer.from(r.output).equals(Buffer.from(input))).toBe(true);
      // The stream is exactly as long as its bits: no padding beyond the last byte.
      expect(stream.length).toBe(Math.ceil(r.bitsRead / 8));
      const markers = tokens.filter((t) => t.kind === "marker").map((t) => t.position);
      const expected = Array.from({ length: Math.ceil(input.length / 512) - 1 }, (_, i) => (i + 1) * 512);
      expect(markers).toEqual([...expected, input.length].filter((p, i, a) => a.indexOf(p) === i));
      for (const t of tokens.filter((x) => x.kind === "match")) {
        expect(t.offset).toBeLessThanOrEqual(4414);
        expect(Math.floor(t.position / 512)).toBe(Math.floor((t.position + t.length! - 1) / 512));
      }
      if (what.includes("4414")) expect(tokens.some((t) => t.offset === 4414)).toBe(true);
      if (what.includes("4415")) expect(tokens.some((t) => (t.offset ?? 0) > 4414)).toBe(false);
    });
  }
});

describe("DS decompression errors carry their code and file offset", () => {
  const decode = (stream: Uint8Array, size: number) => decompress(blob(stream, size));
  const only = (r: ReturnType<typeof decode>) => {
    expect(r.payload).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    return r.diagnostics[0];
  };

  it("rejects a stream that does not start with DS", () => {
    const d = only(decode(Uint8Array.of(0x58, 0x58, 0, 1, 0xff, 0x7f), 0));
    expect(d).toMatchObject({ code: "MOF4006", byteOffset: 16, offsetIn: "file", severity: "error" });
  });

  it("rejects an unknown DS version and warns about versions 2 and 3", () => {
    const d = only(decode(new StreamBuilder(9).literal(65).marker().build(), 1));
    expect(d).toMatchObject({ code: "MOF4006", byteOffset: 18 });
    const r = decode(new StreamBuilder(2).literal(65).marker().build(), 1);
    expect(r.diagnostics).toMatchObject([{ code: "MOF4006", severity: "warning", byteOffset: 18 }]);
    expect(Array.from(r.payload!)).toEqual([65]);
  });

  it("rejects a short match with offset 0", () => {
    const d = only(decode(new StreamBuilder().literal(65).bits(0, 2).bits(0, 6).bits(1, 1).build(), 4));
    // The literal takes bits 32-40; the bad token starts at bit 41, byte 5 of the stream.
    expect(d).toMatchObject({ code: "MOF4007", byteOffset: 16 + 5 });
    expect(d.message).toContain("bit 41");
  });

  it("rejects a length code with nine zero bits", () => {
    const d = only(decode(new StreamBuilder().literal(65).bits(0, 2).bits(1, 6).bits(0, 9).bits(0xff, 8).build(), 8));
    expect(d).toMatchObject({ code: "MOF4007", byteOffset: 21 });
  });

  it("rejects a marker where no 512-byte block ends", () => {
    const d = only(decode(new StreamBuilder().literal(65).marker().literal(66).marker().build(), 2));
    expect(d).toMatchObject({ code: "MOF4007", byteOffset: 21 });
    expect(d.message).toContain("output position 1");
  });

  it("rejects a match reaching back before the start of the output", () => {
    const d = only(decode(new StreamBuilder().literal(65).shortMatch(5, 2).marker().build(), 3));
    expect(d).toMatchObject({ code: "MOF4008", byteOffset: 21 });
  });

  it("rejects a match copying past the declared size", () => {
    const d = only(decode(new StreamBuilder().literal(65).shortMatch(1, 9).marker().build(), 4));
    expect(d).toMatchObject({ code: "MOF4009", byteOffset: 21 });
  });

  it("rejects a stream that ends before the declared size", () => {
    const stream = new StreamBuilder().literal(65).literal(66).build();
    const d = only(decode(stream, 10));
    expect(d).toMatchObject({ code: "MOF4010", byteOffset: 16 + stream.length });
  });

  it("rejects a stream with no end marker", () => {
    const d = only(decode(new StreamBuilder().literal(65).literal(66).bits(0, 15).build(), 2));
    expect(d).toMatchObject({ code: "MOF4011", byteOffset: 16 + 6 });
  });
});
