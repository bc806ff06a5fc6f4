import { describe, expect, it } from "vitest";
import {
  WnodeError,
  decodeAllData,
  decodeEventReference,
  decodeMethodItem,
  decodeRegInfo,
  decodeSingleInstance,
  decodeSingleItem,
  decodeTooSmall,
  decodeWnode,
  decodeWnodeHeader,
  encodeAllData,
  encodeEventReference,
  encodeMethodItem,
  encodeRegInfo,
  encodeSingleInstance,
  encodeSingleItem,
  encodeTooSmall,
  encodeWnodeHeader,
  guidBytes,
  normalizeGuid,
  WMIREG_FLAG_EXPENSIVE,
  WMIREG_FLAG_INSTANCE_BASENAME,
  WMIREG_FLAG_INSTANCE_LIST,
  WMIREG_FLAG_INSTANCE_PDO,
  WNODE_FLAG_PDO_INSTANCE_NAMES,
  WNODE_FLAG_STATIC_INSTANCE_NAMES,
} from "../src/index.js";

const G1 = "{15D851F1-6539-11D1-A529-00A0C9062910}";
const G2 = "15d851f2-6539-11d1-a529-00a0c9062910";
const u32 = (b: Uint8Array, o: number) => new DataView(b.buffer, b.byteOffset).getUint32(o, true);
const u16 = (b: Uint8Array, o: number) => new DataView(b.buffer, b.byteOffset).getUint16(o, true);
const u64 = (b: Uint8Array, o: number) => new DataView(b.buffer, b.byteOffset).getBigUint64(o, true);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).toUpperCase().padStart(2, "0")).join(" ");
const filled = (n: number, v: number) => new Uint8Array(n).fill(v);

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(WnodeError);
    return (e as WnodeError).code;
  }
  return "no error";
}

describe("GUID (§2.1)", () => {
  it("serialises Data1-3 little-endian and Data4 in text order", () => {
    expect(hex(guidBytes(G1))).toBe("F1 51 D8 15 39 65 D1 11 A5 29 00 A0 C9 06 29 10");
    expect(normalizeGuid(G2)).toBe("15D851F2-6539-11D1-A529-00A0C9062910");
  });
  it("rejects malformed GUIDs with a coded error", () => {
    expect(codeOf(() => guidBytes("15D851F1-6539-11D1-A529"))).toBe("MOF3704");
    expect(codeOf(() => guidBytes("{15D851F1-6539-11D1-A529-00A0C9062910"))).toBe("MOF3704");
  });
});

describe("WNODE_HEADER (§2.2)", () => {
  it("writes every field at its offset and reads it back", () => {
    const b = encodeWnodeHeader({
      guid: G1,
      providerId: 0x1234,
      historicalContext: 0x1122334455667788n,
      timeStamp: 133000000000000000n,
      clientContext: 7,
      flags: 0x00010082,
    });
    expect(b.length).toBe(48);
    expect(u32(b, 0)).toBe(48);
    expect(u32(b, 4)).toBe(0x1234);
    expect(u32(b, 8)).toBe(0x55667788);
    expect(u32(b, 12)).toBe(0x11223344);
    expect(u64(b, 16)).toBe(133000000000000000n);
    expect(hex(b.subarray(24, 40))).toBe(hex(guidBytes(G1)));
    expect(u32(b, 40)).toBe(7);
    expect(u32(b, 44)).toBe(0x00010082);
    expect(decodeWnodeHeader(b)).toEqual({
      bufferSize: 48,
      providerId: 0x1234,
      historicalContext: 0x1122334455667788n,
      timeStamp: 133000000000000000n,
      guid: normalizeGuid(G1),
      clientContext: 7,
      flags: 0x00010082,
    });
  });
  it("a truncated header is MOF3701 naming the field", () => {
    const e = (() => {
      try {
        decodeWnodeHeader(new Uint8Array(30));
      } catch (x) {
        return x as WnodeError;
      }
    })()!;
    expect(e.code).toBe("MOF3701");
    expect(e.field).toBe("WnodeHeader.Guid");
    expect(e.message).toContain("needs bytes 24 to 40, but the buffer is 30 bytes long");
  });
});

describe("§9 buffers at the byte level", () => {
  it("9.1 QUERY_SINGLE_INSTANCE answer: BufferSize 96, SizeDataBlock 32, data 64..96", () => {
    const data = filled(32, 0xab);
    const b = encodeSingleInstance({ header: { guid: G1, flags: 0x00010082, timeStamp: 5n }, instanceIndex: 0, data });
    expect(b.length).toBe(96);
    expect(u32(b, 0)).toBe(96);
    expect(u64(b, 16)).toBe(5n);
    expect(u32(b, 44)).toBe(0x00010082);
    expect(u32(b, 52)).toBe(0);
    expect(u32(b, 56)).toBe(64);
    expect(u32(b, 60)).toBe(32);
    expect(b.subarray(64, 96)).toEqual(data);
    const d = decodeSingleInstance(b);
    expect([d.instanceIndex, d.dataBlockOffset, d.sizeDataBlock]).toEqual([0, 64, 32]);
  });

  it("9.2 WNODE_TOO_SMALL: BufferSize 56, Flags 0x20, SizeNeeded 96", () => {
    const b = encodeTooSmall({ guid: G1 }, 96);
    expect(b.length).toBe(56);
    expect(u32(b, 0)).toBe(56);
    expect(u32(b, 44)).toBe(0x20);
    expect(u32(b, 48)).toBe(96);
    expect(decodeTooSmall(b).sizeNeeded).toBe(96);
    expect(decodeWnode(b).kind).toBe("too-small");
  });

  it("9.3 QUERY_ALL_DATA with instances of 42, 20, 42 bytes (WmiLib 8-byte unit)", () => {
    const b = encodeAllData({
      header: { guid: G1, flags: WNODE_FLAG_STATIC_INSTANCE_NAMES },
      instances: [filled(42, 1), filled(20, 2), filled(42, 3)],
    });
    expect(u32(b, 52)).toBe(3);
    expect(u32(b, 48)).toBe(88);
    expect([u32(b, 60), u32(b, 64), u32(b, 68), u32(b, 72), u32(b, 76), u32(b, 80)]).toEqual([
      88, 42, 136, 20, 160, 42,
    ]);
    expect(u32(b, 0)).toBe(202);
    expect(u32(b, 44) & 0x10).toBe(0);
    const d = decodeAllData(b);
    expect(d.instances).toEqual([
      { offset: 88, length: 42 },
      { offset: 136, length: 20 },
      { offset: 160, length: 42 },
    ]);
    expect(d.fixedInstanceSize).toBeNull();
    expect(b.subarray(136, 156)).toEqual(filled(20, 2));
  });

  it("9.4 ClassPnP fixed-size variant: data at 64, FixedInstanceSize at 60", () => {
    const b = encodeAllData({ header: { guid: G1 }, instances: [filled(32, 9)], fixedInstanceSize: true });
    expect([u32(b, 0), u32(b, 44) & 0x11, u32(b, 48), u32(b, 52), u32(b, 60)]).toEqual([96, 0x11, 64, 1, 32]);
    const d = decodeAllData(b);
    expect(d.fixedInstanceSize).toBe(32);
    expect(d.instances).toEqual([{ offset: 64, length: 32 }]);
  });

  it("9.5 EXECUTE_METHOD input: MethodId @56, DataBlockOffset @60 = 72, SizeDataBlock @64 = 4", () => {
    const b = encodeMethodItem({
      header: { guid: G1, flags: WNODE_FLAG_STATIC_INSTANCE_NAMES },
      instanceIndex: 0,
      methodId: 3,
      input: Uint8Array.of(2, 0, 0, 0),
      capacity: 4096,
    });
    expect(b.length).toBe(4096);
    expect([u32(b, 0), u32(b, 44), u32(b, 56), u32(b, 60), u32(b, 64), u32(b, 72)]).toEqual([76, 0x8080, 3, 72, 4, 2]);
    const d = decodeMethodItem(b);
    expect([d.methodId, d.dataBlockOffset, d.sizeDataBlock]).toEqual([3, 72, 4]);
  });

  const regPath = "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WmiSamp";
  const reg = {
    registryPath: regPath,
    mofResourceName: "MofResourceName",
    guids: [
      { guid: G1, flags: WMIREG_FLAG_INSTANCE_PDO | WMIREG_FLAG_EXPENSIVE, instanceCount: 1, pdo: 0xffffa00012345670n },
      { guid: G2, flags: WMIREG_FLAG_INSTANCE_PDO, instanceCount: 1, pdo: 0xffffa00012345670n },
    ],
  };

  it("9.6 REGINFO x64: 240 bytes, MOF name at 88, registry path at 120", () => {
    const b = encodeRegInfo("x64", reg);
    expect(b.length).toBe(240);
    expect([u32(b, 0), u32(b, 4), u32(b, 8), u32(b, 12), u32(b, 16), u32(b, 20)]).toEqual([240, 0, 120, 88, 2, 0]);
    expect(hex(b.subarray(24, 40))).toBe(hex(guidBytes(G1)));
    expect([u32(b, 40), u32(b, 44), u64(b, 48)]).toEqual([0x21, 1, 0xffffa00012345670n]);
    expect(hex(b.subarray(56, 72))).toBe(hex(guidBytes(G2)));
    expect([u32(b, 72), u32(b, 76), u64(b, 80)]).toEqual([0x20, 1, 0xffffa00012345670n]);
    expect(u16(b, 88)).toBe(30);
    expect(Buffer.from(b.subarray(90, 120)).toString("utf16le")).toBe("MofResourceName");
    expect(u16(b, 120)).toBe(118);
    expect(Buffer.from(b.subarray(122, 240)).toString("utf16le")).toBe(regPath);
    const d = decodeRegInfo("x64", b);
    expect(d.registryPath).toBe(regPath);
    expect(d.mofResourceName).toBe("MofResourceName");
    expect(d.guids.map((g) => [g.flags, g.instanceCount, g.pdo])).toEqual([
      [0x21, 1, 0xffffa00012345670n],
      [0x20, 1, 0xffffa00012345670n],
    ]);
  });

  it("9.6 REGINFO x86: 228 bytes, MOF name at 76, registry path at 108", () => {
    const b = encodeRegInfo("x86", { ...reg, guids: reg.guids.map((g) => ({ ...g, pdo: 0x81234560n })) });
    expect(b.length).toBe(228);
    expect([u32(b, 0), u32(b, 8), u32(b, 12), u32(b, 16)]).toEqual([228, 108, 76, 2]);
    expect([u32(b, 36), u32(b, 40), u32(b, 44)]).toEqual([0x21, 1, 0x81234560]);
    expect(hex(b.subarray(48, 64))).toBe(hex(guidBytes(G2)));
    expect(u16(b, 76)).toBe(30);
    expect(u16(b, 108)).toBe(118);
    expect(decodeRegInfo("x86", b).guids[1].pdo).toBe(0x81234560n);
  });

  it("REGINFO with a base name and an instance list", () => {
    const init = {
      guids: [
        { guid: G1, flags: WMIREG_FLAG_INSTANCE_BASENAME, instanceCount: 2, baseName: "Widget" },
        { guid: G2, flags: WMIREG_FLAG_INSTANCE_LIST, instanceCount: 2, instanceNames: ["A", "BC"] },
      ],
      mofResourceName: "",
    };
    const b = encodeRegInfo("x64", init);
    expect(u64(b, 48)).toBe(88n); // base name right after the GUID array
    expect(u16(b, 88)).toBe(12);
    expect(u64(b, 80)).toBe(102n);
    const d = decodeRegInfo("x64", b);
    expect(d.guids[0].baseName).toBe("Widget");
    expect(d.guids[1].instanceNames).toEqual(["A", "BC"]);
    expect(d.mofResourceName).toBe("");
    expect(d.registryPath).toBeNull();
  });
});

describe("other structures", () => {
  it("WNODE_SINGLE_ITEM: ItemId @56, DataBlockOffset @60, SizeDataItem @64", () => {
    const b = encodeSingleItem({
      header: { guid: G1, flags: 0x80 },
      instanceIndex: 2,
      itemId: 4,
      data: Uint8Array.of(1, 2, 3, 4),
    });
    expect([u32(b, 0), u32(b, 44), u32(b, 52), u32(b, 56), u32(b, 60), u32(b, 64)]).toEqual([76, 0x84, 2, 4, 72, 4]);
    expect(decodeSingleItem(b).itemId).toBe(4);
    expect(decodeWnode(b).kind).toBe("single-item");
  });
  it("WNODE_EVENT_REFERENCE by index (72 bytes) and by name", () => {
    const a = encodeEventReference({ header: { guid: G1 }, targetDataBlockSize: 96, target: { index: 3 } });
    expect([a.length, u32(a, 44), u32(a, 64), u32(a, 68)]).toEqual([72, 0x2080, 96, 3]);
    expect(hex(a.subarray(48, 64))).toBe(hex(guidBytes(G1)));
    expect(decodeEventReference(a).targetInstanceIndex).toBe(3);
    const n = encodeEventReference({ header: { guid: G1 }, target: { name: "ACPI\\PNP0C14\\0_0" } });
    expect(decodeEventReference(n).targetInstanceName).toBe("ACPI\\PNP0C14\\0_0");
    expect(decodeWnode(n).kind).toBe("event-reference");
  });
});

describe("bounds checks (coded errors, never a RangeError)", () => {
  const single = () =>
    encodeSingleInstance({ header: { guid: G1, flags: 0x80 }, instanceIndex: 0, data: filled(32, 1) });
  it("BufferSize larger than the bytes", () => {
    expect(codeOf(() => decodeSingleInstance(single().subarray(0, 80)))).toBe("MOF3702");
  });
  it("data block past the node", () => {
    const b = single();
    new DataView(b.buffer).setUint32(60, 4000, true);
    expect(codeOf(() => decodeSingleInstance(b))).toBe("MOF3702");
    new DataView(b.buffer).setUint32(60, 32, true);
    new DataView(b.buffer).setUint32(56, 8, true); // overlaps the header
    expect(codeOf(() => decodeSingleInstance(b))).toBe("MOF3702");
  });
  it("wrong node kind", () => {
    expect(codeOf(() => decodeAllData(single()))).toBe("MOF3703");
  });
  it("ALL_DATA pair array or instance past the node", () => {
    const b = encodeAllData({ header: { guid: G1 }, instances: [filled(8, 1), filled(8, 2)] });
    const v = new DataView(b.buffer);
    v.setUint32(52, 1000, true);
    expect(codeOf(() => decodeAllData(b))).toBe("MOF3701");
    v.setUint32(52, 2, true);
    v.setUint32(68, 0xfffffff0, true);
    expect(codeOf(() => decodeAllData(b))).toBe("MOF3702");
  });
  it("REGINFO string offsets past the buffer", () => {
    const b = encodeRegInfo("x64", { mofResourceName: "M", guids: [] });
    new DataView(b.buffer).setUint32(12, 500, true);
    expect(codeOf(() => decodeRegInfo("x64", b))).toBe("MOF3701");
    new DataView(b.buffer).setUint32(16, 1000, true);
    expect(codeOf(() => decodeRegInfo("x64", b))).toBe("MOF3701");
  });
  it("values that do not fit a field", () => {
    expect(codeOf(() => encodeSingleInstance({ header: { guid: G1 }, instanceIndex: -1 }))).toBe("MOF3704");
    expect(codeOf(() => encodeSingleInstance({ header: { guid: G1 }, instanceIndex: 0, dataBlockOffset: 60 }))).toBe(
      "MOF3704",
    );
  });
  it("random bytes: decoders either succeed or raise WnodeError", () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(rnd() * 200);
      const b = new Uint8Array(n);
      for (let k = 0; k < n; k++) b[k] = rnd() < 0.5 ? 0 : Math.floor(rnd() * 256);
      if (n >= 4) new DataView(b.buffer).setUint32(0, Math.floor(rnd() * (n + 8)), true);
      for (const f of [
        decodeWnode,
        (x: Uint8Array) => decodeRegInfo("x64", x),
        (x: Uint8Array) => decodeRegInfo("x86", x),
      ]) {
        try {
          f(b);
        } catch (e) {
          expect(e).toBeInstanceOf(WnodeError);
        }
      }
    }
  });
  it("PDO flag constant is 0x10000 in requests", () => {
    expect(WNODE_FLAG_PDO_INSTANCE_NAMES).toBe(0x10000);
  });
});
