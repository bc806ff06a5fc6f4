/**
 * The eight worked layout examples of wmi-kernel.md §8 with their byte offsets. The numbers here
 * are the document's (an oracle independent of this code); packages/codegen/test/compile.test.ts
 * checks the same fixture against a real C compiler. Value-dependent offsets (strings, WmiSizeIs
 * arrays) are checked on the bytes the codec produces.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeInstance, encodeInstance, type Instance } from "../src/index.js";
import { build, errorsOf, offsets } from "./support/build.js";

const mof = readFileSync(new URL("./fixtures/worked-examples.mof", import.meta.url), "utf8");
const t = build(mof, "worked-examples.mof");

const ec1Value = {
  Xboolean: true,
  Xuint8: 0xa1,
  Xuint16: 0xb2b3,
  Xuint32: 0xc4c5c6c7,
  Xuint64: 0xd8d9dadbdcdddedfn,
  Xint8: -2,
  Xint16: -3,
  Xint32: -4,
  Xint64: -5n,
};
const stamp = "20240131235959.123456+060";

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const utf16 = (b: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...new Uint16Array(b.slice(from, to).buffer));

describe("§8 worked layout examples", () => {
  it("the fixture checks and lays out without diagnostics", () => {
    expect(errorsOf(t.checkDiagnostics)).toEqual([]);
    expect(t.diagnostics).toEqual([]);
  });

  it("Example 1: fixed scalars (WmiSampleClass1, embedded Vendor_EC1)", () => {
    for (const name of ["WmiSampleClass1", "Vendor_EC1"]) {
      const b = t.block(name);
      expect(offsets(b)).toEqual({
        Xboolean: 0,
        Xuint8: 1,
        Xuint16: 2,
        Xuint32: 4,
        Xuint64: 8,
        Xint8: 16,
        Xint16: 18,
        Xint32: 20,
        Xint64: 24,
      });
      expect(b.items.map((i) => i.size)).toEqual([1, 1, 2, 4, 8, 1, 2, 4, 8]);
      expect([b.fixedSize, b.alignment, b.sizeofC, b.variable]).toEqual([32, 8, 32, false]);
      // InstanceName and Active are not in the block.
      expect(b.items.some((i) => /^(InstanceName|Active)$/.test(i.name))).toBe(false);
    }
    expect(t.block("WmiSampleClass2").fixedSize).toBe(32);
    expect(t.block("WmiSampleClass3").fixedSize).toBe(128);
    expect(t.block("WmiSampleClass3").items[0]).toMatchObject({ count: 4, stride: 32, size: 128, alignment: 8 });
    // The pad byte at 17 is zero in the encoding.
    const bytes = encodeInstance(t.block("WmiSampleClass1"), ec1Value);
    expect(bytes.length).toBe(32);
    expect(bytes[17]).toBe(0);
    expect(bytes[16]).toBe(0xfe);
  });

  it("Example 2: fixed arrays (Vendor_EC2, WmiSampleClass5/6)", () => {
    const b = t.block("Vendor_EC2");
    expect(b.items.map((i) => i.offset)).toEqual([0, 8, 16, 24, 32, 40, 48, 56, 64]);
    expect([b.fixedSize, b.alignment]).toEqual([72, 8]);
    expect(t.block("WmiSampleClass5").fixedSize).toBe(72);
    expect(t.block("WmiSampleClass6").fixedSize).toBe(288);
  });

  it("Example 3: datetime and a WmiSizeIs array of embedded classes", () => {
    const ec = t.block("Vendor_EC1D");
    expect(ec.items[9]).toMatchObject({ name: "Xdatetime", offset: 32, size: 50, alignment: 2 });
    expect([ec.fixedSize, ec.alignment, ec.sizeofC]).toEqual([82, 8, 88]);
    const b = t.block("Vendor_SampleClass4");
    expect(offsets(b)).toEqual({ Count: 0, EmbeddedClass1: 8 });
    expect(b.items[1]).toMatchObject({ stride: 88, size: null, count: null, variable: true });
    const value = { EmbeddedClass1: [0, 1, 2].map((k) => ({ ...ec1Value, Xuint8: k, Xdatetime: stamp })) };
    const bytes = encodeInstance(b, value);
    expect(u32(bytes, 0)).toBe(3); // the count is taken from the array when left out
    expect(bytes.length).toBe(266); // tight: the last element's tail padding is left off
    expect(encodeInstance(b, value, { padTail: true }).length).toBe(272);
    // Elements at 8, 96 and 184; the datetime of each at +32.
    for (const [k, at] of [8, 96, 184].entries()) {
      expect(bytes[at + 1]).toBe(k);
      expect(utf16(bytes, at + 32, at + 82)).toBe(stamp);
    }
    const back = decodeInstance(b, bytes).value;
    expect(back).toEqual({ Count: 3, ...value });
    expect(decodeInstance(b, encodeInstance(b, value, { padTail: true })).value).toEqual(back);
  });

  it("Example 4: WmiDataId order, a string, a counted embedded array", () => {
    const b = t.block("Vendor_SerialInfo");
    expect(b.items.map((i) => [i.name, i.id, i.offset])).toEqual([
      ["BytesSent", 1, 0],
      ["BytesReceived", 2, 8],
      ["Status", 3, 16],
      ["Owner", 4, 32],
      ["XmitDescriptorCount", 5, null],
      ["XmitBufferSize", 6, null],
    ]);
    expect(t.block("XmitDesc")).toMatchObject({ alignment: 4, fixedSize: 8, sizeofC: 8 });
    const value = (owner: string): Instance => ({
      BytesSent: 1n,
      BytesReceived: 2n,
      Status: Array.from({ length: 16 }, (_, i) => i),
      Owner: owner,
      XmitBufferSize: [
        { DestinationIndex: 7, DestinationTarget: 8 },
        { DestinationIndex: 9, DestinationTarget: 10 },
      ],
    });
    const com1 = encodeInstance(b, value("COM1"));
    expect(u16(com1, 32)).toBe(8);
    expect(utf16(com1, 34, 42)).toBe("COM1");
    expect([com1[42], com1[43]]).toEqual([0, 0]); // pad to 4
    expect(u32(com1, 44)).toBe(2);
    expect([u32(com1, 48), u32(com1, 56)]).toEqual([7, 9]);
    expect(com1.length).toBe(64);
    const com10 = encodeInstance(b, value("COM10"));
    expect(u32(com10, 44)).toBe(2);
    const com100 = encodeInstance(b, value("COM100"));
    expect(u32(com100, 48)).toBe(2);
    expect(u32(com100, 52)).toBe(7);
    for (const bytes of [com1, com10, com100]) expect(decodeInstance(b, bytes).value.XmitDescriptorCount).toBe(2);
  });

  it("Example 5: padding that depends on a string's length", () => {
    const b = t.block("Ex5_Padding");
    expect(offsets(b)).toEqual({ Flag: 0, Name: 2, Count: null, Values: null, Stamp: null });
    const ab = encodeInstance(b, { Flag: true, Name: "AB", Values: [1, 2, 3], Stamp: 9n });
    expect([u16(ab, 2), u32(ab, 8), u16(ab, 12), u16(ab, 16)]).toEqual([4, 3, 1, 3]);
    expect(ab[24]).toBe(9);
    expect(ab.length).toBe(32);
    const abc = encodeInstance(b, { Flag: true, Name: "ABC", Values: [1, 2, 3], Stamp: 9n });
    expect([u16(abc, 2), u32(abc, 12), u16(abc, 16), u16(abc, 20)]).toEqual([6, 3, 1, 3]);
    expect(abc[24]).toBe(9);
    expect(abc.length).toBe(32);
  });

  it("Example 6: a trailing string (toaster)", () => {
    const b = t.block("ToasterDeviceInformation");
    expect(b.items.map((i) => i.offset)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(b.items[5]).toMatchObject({ cMember: "VariableData", cType: "CHAR", variable: true, size: null });
    const bytes = encodeInstance(
      b,
      { ConnectorType: 1, Capacity: 2, ErrorCount: 3, Controls: 4, DebugPrintLevel: 5, ModelName: "Aishwarya" },
      { terminateStrings: true },
    );
    expect(u16(bytes, 20)).toBe(20);
    expect(utf16(bytes, 22, 42)).toBe("Aishwarya\0");
    expect(bytes.length).toBe(42);
    expect(decodeInstance(b, bytes).value.ModelName).toBe("Aishwarya");
    expect(decodeInstance(b, bytes, { keepNul: true }).value.ModelName).toBe("Aishwarya\0");
  });

  it("Example 7: method parameter blocks", () => {
    const setIn = t.block("Vendor_GetSetData.SetEC1:in");
    expect(setIn.items.map((i) => i.offset)).toEqual([0, 4, 8, 9, 10, 12, 16, 24, 26, 28, 32, 40]);
    expect(setIn.items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(setIn.fixedSize).toBe(90);
    expect(setIn.cStruct).toBe("SetEC1_IN");
    expect(t.block("Vendor_GetSetData.SetEC1:out").items).toEqual([]);
    const getIn = t.block("Vendor_GetSetData.GetEC1:in");
    expect(getIn.items.map((i) => [i.name, i.offset, i.size, i.id])).toEqual([["BlockIndex", 0, 4, 1]]);
    const getOut = t.block("Vendor_GetSetData.GetEC1:out");
    expect(getOut.items.map((i) => i.offset)).toEqual([0, 1, 2, 4, 8, 16, 18, 20, 24, 32]);
    expect(getOut.items[0].id).toBe(2);
    expect(getOut.items[8]).toMatchObject({ name: "Xint64", id: 10 });
    expect(getOut.items[9]).toMatchObject({ name: "Xdatetime", id: 11, offset: 32, size: 50 });
    expect(getOut.fixedSize).toBe(82);
    expect(getOut.methodId).toBe(2);
  });

  it("Example 8: an 82-byte event payload", () => {
    const b = t.block("Vendor_EventClass1");
    expect(b.kind).toBe("event");
    expect(b.fixedSize).toBe(82);
    expect(encodeInstance(b, { ...ec1Value, Xdatetime: stamp }).length).toBe(82);
  });
});
