/** The container header: each malformed header gives its code and the offset of the bad field. */
import { describe, expect, it } from "vitest";
import { compress, decodeBmf, decompress } from "../src/index.js";

const payload = new TextEncoder().encode("not an object model, just bytes to compress");

function header(fields: [number, number, number, number]): Uint8Array {
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  fields.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe("BMF container", () => {
  it("rejects a bad signature at byte 0", () => {
    const r = decompress(concat(Uint8Array.of(0x4d, 0x5a, 0x90, 0), new Uint8Array(60)));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4002", byteOffset: 0, offsetIn: "file" }]);
    expect(r.diagnostics[0].message).toContain("4D 5A 90 00");
  });

  it("rejects an input shorter than the header", () => {
    const r = decompress(Uint8Array.of(0x46, 0x4f, 0x4d, 0x42, 1, 0, 0));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4001", byteOffset: 0 }]);
    expect(decompress(new Uint8Array(0)).diagnostics).toMatchObject([{ code: "MOF4001" }]);
  });

  it("rejects a compression type other than 1 at byte 4", () => {
    const r = decompress(header([0x424d4f46, 2, 0, 0]));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4003", byteOffset: 4 }]);
  });

  it("rejects a compressed size beyond the buffer at byte 8", () => {
    const good = compress(payload);
    const r = decompress(good.subarray(0, good.length - 1));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4004", byteOffset: 8 }]);
    expect(r.diagnostics[0].message).toContain(`has ${good.length - 1} bytes`);
  });

  it("rejects an uncompressed size over the output limit at byte 12, before allocating", () => {
    const r = decompress(concat(header([0x424d4f46, 1, 4, 0xfffffff0]), Uint8Array.of(0x44, 0x53, 0, 1)));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4005", byteOffset: 12 }]);
    const small = decompress(compress(payload), { maxOutput: 10 });
    expect(small.diagnostics).toMatchObject([{ code: "MOF4005", byteOffset: 12 }]);
  });

  it("ignores bytes after the blob, as in ACPI buffers", () => {
    const r = decompress(concat(compress(payload), Uint8Array.of(0x7f, 0, 0)));
    expect(r.diagnostics).toEqual([]);
    expect(r.container?.trailingBytes).toBe(3);
    expect(new TextDecoder().decode(r.payload)).toBe(new TextDecoder().decode(payload));
  });

  it("accepts a bare decompressed payload (bmfdec output) as is", () => {
    const bare = concat(header([0x424d4f46, 20, 1, 1]), Uint8Array.of(0, 0, 0, 0));
    const r = decodeBmf(bare);
    expect(r.diagnostics).toEqual([]);
    expect(r.model).toMatchObject({ container: { form: "payload" }, rootLength: 20, objects: [] });
  });

  it("gives diagnostics a file location when asked", () => {
    const r = decodeBmf(header([0x424d4f46, 7, 0, 0]), { file: "fw.bmf" });
    expect(r.diagnostics[0].location).toMatchObject({ file: "fw.bmf", start: { line: 1, column: 5, offset: 4 } });
  });
});
