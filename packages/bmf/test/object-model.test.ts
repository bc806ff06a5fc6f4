/** The object-model reader on hand-built payloads: what it reads, and each coded error with its offset. */
import { describe, expect, it } from "vitest";
import { printMof } from "@mofkit/syntax";
import { compress, decodeBmf, readPayload } from "../src/index.js";
import {
  classObject,
  list,
  none,
  object,
  payload,
  property,
  qualifier,
  setU32,
  stringProperty,
  u32,
  utf16z,
} from "./support/payload-builder.js";

const boolTrue = [0xff, 0xff, 0, 0];
const cimType = (t: string) => qualifier("CIMTYPE", 8, utf16z(t));

/** A class with one qualified property, starting at payload offset 20. */
function sample(): Uint8Array {
  return payload([
    classObject(
      "Ex_Fan",
      [property("Speed", 19, undefined, list([qualifier("read", 11, boolTrue), cimType("uint32")]))],
      [qualifier("WMI", 11, boolTrue)],
    ),
  ]);
}

const decodePayload = (bytes: Uint8Array) => decodeBmf(compress(bytes));

describe("object-model reader", () => {
  it("reads a hand-built class and prints it", () => {
    const r = decodePayload(sample());
    expect(r.diagnostics).toEqual([]);
    expect(printMof(r.productions)).toBe("[WMI]\nclass Ex_Fan {\n    [read] uint32 Speed;\n};\n");
  });

  it("attaches flavors from the trailer by qualifier offset", () => {
    // object at 20; its heap at 40 starts with the qualifier list, whose first record is at 48.
    const bytes = payload([classObject("Ex_F", [], [qualifier("Description", 8, utf16z("x"))])], [[48, 0x82]]);
    const r = decodePayload(bytes);
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.objects[0].qualifiers![0]).toMatchObject({
      offset: 48,
      flavorBits: 0x82,
      flavors: ["ToSubclass", "Amended"],
    });
    expect(printMof(r.productions)).toContain('[Description("x") : ToSubclass Amended]');
  });

  it("reports a payload that does not start with FOMB", () => {
    const r = readPayload(setU32(sample(), 0, 0x12345678));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4101", byteOffset: 0, offsetIn: "payload" }]);
  });

  it("reports an object longer than the root", () => {
    const r = readPayload(setU32(sample(), 20, 100000));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4102", byteOffset: 20 }]);
    expect(r.diagnostics[0].message).toContain("object #0");
  });

  it("reports a name offset outside its record and keeps reading the list", () => {
    const at = readPayload(sample()).objects[0].properties[0].offset;
    const r = readPayload(setU32(sample(), at + 8, 5000));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4103", byteOffset: at + 8 }]);
    expect(r.diagnostics[0].message).toContain("name offset of property #0 of object #0 at payload byte");
    expect(r.objects[0].properties.map((p) => p.name)).toEqual(["__CLASS", "__NAMESPACE"]);
  });

  it("reports a string with no terminator inside its record", () => {
    const bytes = payload([classObject("Ex_S", [property("Name", 8, [0x41, 0], undefined)])]);
    const r = readPayload(bytes);
    expect(r.diagnostics).toMatchObject([{ code: "MOF4104" }]);
    expect(r.diagnostics[0].message).toContain("property 'Name' of object #0");
  });

  it("reports an unknown value type", () => {
    // Object at 20, its heap at 40, an empty qualifier list (8 bytes), the property list header
    // (8 bytes): the property record at 56, its value after the 20-byte header and "X\0".
    const r = readPayload(payload([classObject("Ex_T", [property("X", 0x77, u32(1), undefined)])]));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4105", byteOffset: 56 + 20 + 4 }]);
  });

  it("reports an array with two dimensions and one whose count cannot fit", () => {
    const twoDims = payload([classObject("Ex_A", [property("A", 0x2003, u32(20, 2, 1, 8, 5), undefined)])]);
    expect(readPayload(twoDims).diagnostics).toMatchObject([{ code: "MOF4106", byteOffset: 56 + 20 + 4 }]);
    const tooMany = payload([classObject("Ex_A", [property("A", 0x2003, u32(20, 1, 1000000, 8, 5), undefined)])]);
    expect(readPayload(tooMany).diagnostics[0].message).toContain("1000000 elements cannot fit");
  });

  it("reports an unknown object kind", () => {
    const r = readPayload(setU32(sample(), 36, 7));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4107", byteOffset: 20 }]);
  });

  it("reports a damaged flavor table at its offset R", () => {
    const bytes = payload([classObject("Ex_F")], [[48, 1]]);
    const rootLength = new DataView(bytes.buffer).getUint32(4, true);
    bytes[rootLength] = 0x58;
    expect(readPayload(bytes).diagnostics).toMatchObject([{ code: "MOF4108", byteOffset: rootLength }]);
    const cut = setU32(payload([classObject("Ex_F")], [[48, 1]]), rootLength + 16, 9);
    expect(readPayload(cut).diagnostics[0]).toMatchObject({ code: "MOF4108", byteOffset: rootLength });
  });

  it("warns about a flavor entry that names no qualifier", () => {
    const r = readPayload(payload([classObject("Ex_F")], [[44, 3]]));
    expect(r.diagnostics).toMatchObject([{ code: "MOF4109", severity: "warning" }]);
  });

  it("stops at objects nested too deeply", () => {
    let inner = object(1, [], [stringProperty("__CLASS", "Ex_N")]);
    for (let i = 0; i < 40; i++)
      inner = object(1, [], [property("Next", 13, inner, undefined), stringProperty("__CLASS", "Ex_N")]);
    const r = readPayload(payload([inner]));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["MOF4111"]);
  });

  it("stops when offsets make it reread the same bytes (three lists over one)", () => {
    // Each level's qualifier, property and method lists all point at one property list whose
    // only property holds the next level: 3^depth reads unless the work budget cuts it off.
    let inner = object(1, [], [stringProperty("__CLASS", "Ex_N")]);
    for (let i = 0; i < 25; i++) {
      const props = list([property("Next", 13, inner, undefined)]);
      inner = [...u32(20 + props.length, 0, 0, 0, 1), ...props];
    }
    const started = performance.now();
    const r = readPayload(payload([inner]));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.diagnostics.map((d) => d.code)).toContain("MOF4111");
  });

  it("treats 0xFFFFFFFF list offsets as absent lists", () => {
    const params = [...u32(20 + 8 + 8, none, 0, 8, 1), ...list([]), ...list([])];
    const r = readPayload(payload([params]));
    expect(r.diagnostics).toEqual([]);
    expect(r.objects[0]).toMatchObject({ kind: "instance", qualifiers: null, properties: [], methods: [] });
  });
});
