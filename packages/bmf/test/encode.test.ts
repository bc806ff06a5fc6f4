/** MOF → binary MOF: what mofcomp generates, layout details and errors, checked by decoding back. */
import { describe, expect, it } from "vitest";
import { createMemoryHost, loadProgram, printMof } from "@mofkit/syntax";
import {
  decodeBmf,
  decompress,
  encodeBmf,
  formatCHex,
  writePayload,
  type BmfModel,
  type BmfObject,
  type BmfProperty,
  type EncodeOptions,
} from "../src/index.js";

function encode(text: string, options: EncodeOptions = {}) {
  const program = loadProgram(["x.mof"], createMemoryHost({ "x.mof": text }), { dialect: "wmi" });
  expect(program.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return encodeBmf(program, options);
}

/** Encodes and decodes again: the model, the MOF it prints and every diagnostic on the way. */
function roundTrip(text: string, options: EncodeOptions = {}) {
  const r = encode(text, options);
  expect(r.bytes, r.diagnostics.map((d) => d.message).join("; ")).toBeDefined();
  const back = decodeBmf(r.bytes!);
  expect(back.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return { model: back.model as BmfModel, mof: printMof(back.productions), encoded: r };
}

const prop = (obj: BmfObject, name: string) => obj.properties.find((p) => p.name === name) as BmfProperty;
const quals = (p: BmfProperty) =>
  (p.qualifiers ?? []).map(
    (q) => `${q.name}=${JSON.stringify(q.value)}${q.flavorBits ? `/0x${q.flavorBits.toString(16)}` : ""}`,
  );

describe("encodeBmf", () => {
  it("writes declared types, CIMTYPE as spelled, MAX for a bound and system properties", () => {
    const { model } = roundTrip(
      '#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")\n' +
        '[WMI, Description("d")] class Ex_P : Ex_Base { [key] String Name; UINT8 Bytes[4]; Ex_Other Nested; object ref R; };',
    );
    const cls = model.objects[0];
    expect(cls.kind).toBe("class");
    expect(prop(cls, "Name").type.name).toBe("string");
    expect(quals(prop(cls, "Name"))).toEqual(["key=true", 'CIMTYPE="String"/0x3']);
    expect(prop(cls, "Bytes").type.name).toBe("uint8[]");
    expect(quals(prop(cls, "Bytes"))).toEqual(["MAX=4", 'CIMTYPE="UINT8"/0x3']);
    expect(quals(prop(cls, "Nested"))).toEqual(['CIMTYPE="object:Ex_Other"/0x3']);
    expect(quals(prop(cls, "R"))).toEqual(['CIMTYPE="ref"/0x3']);
    expect(cls.properties.slice(-3).map((p) => [p.name, p.value])).toEqual([
      ["__CLASS", "Ex_P"],
      ["__NAMESPACE", "\\\\.\\root\\wmi"],
      ["__SUPERCLASS", "Ex_Base"],
    ]);
  });

  it("stores defaults and instance values by literal type, keeping the declared type in CIMTYPE", () => {
    const { model, mof } = roundTrip(
      "class Ex_D { uint64 A = 5; real32 B = 0.5; char16 C = 'x'; datetime T = \"20240101000000.000000+000\"; uint32 L[] = {1, 2}; boolean F[] = {true}; };\n" +
        "instance of Ex_D as $I { A = 4294967295; C = 'y'; L = {}; };\ninstance of Ex_D { T = $I; };",
    );
    const [cls, inst, ref] = model.objects;
    expect(prop(cls, "A").type.name).toBe("sint32");
    expect(prop(cls, "B").type.name).toBe("real64");
    expect(prop(cls, "C")).toMatchObject({ type: { name: "sint16" }, value: 120 });
    expect(prop(cls, "T").type.name).toBe("string");
    expect(prop(cls, "L")).toMatchObject({ type: { name: "sint32[]" }, value: [1, 2], valueLayout: { slack: 0 } });
    expect(prop(cls, "F")).toMatchObject({ type: { name: "boolean[]" }, valueLayout: { slack: 2 } });
    expect(prop(inst, "A").value).toBe(-1); // the 32 bits of 4294967295, read back unsigned below
    expect(prop(inst, "L").value).toEqual([]);
    expect(prop(inst, "__ALIAS").value).toBe("I");
    expect(prop(ref, "T")).toMatchObject({ type: { name: "string|byref" }, value: "I" });
    expect(mof).toContain("A = 4294967295;");
    expect(mof).toContain("C = 'y';");
    expect(mof).toContain("T = $I;");
  });

  it("builds __PARAMETERS objects with generated IN/OUT and ID, and ReturnValue", () => {
    const { model } = roundTrip(
      'class Ex_M { [Implemented] uint32 Run([in] string A, [Description("b")] uint8 B[2], [out, ID(7)] sint32 C); void Nothing(); };',
    );
    const [run, nothing] = model.objects[0].methods;
    expect(run.type.name).toBe("object[]");
    expect(nothing).toMatchObject({ type: { name: "void" }, qualifiers: [] });
    expect(nothing.value).toBeUndefined();
    const [input, output] = run.value as BmfObject[];
    expect(input.qualifiers).toBeNull();
    expect(input.properties.map((p) => p.name)).toEqual(["A", "B", "__CLASS"]);
    expect(output.properties.map((p) => p.name)).toEqual(["B", "C", "ReturnValue", "__CLASS"]);
    expect(quals(prop(input, "A"))).toEqual(["in=true", "ID=0/0x11", 'CIMTYPE="string"/0x3']);
    expect(quals(prop(input, "B"))).toEqual([
      'Description="b"',
      "MAX=2",
      "IN=true",
      "ID=1/0x11",
      'CIMTYPE="uint8"/0x3',
    ]);
    expect(quals(prop(output, "B"))).toEqual([
      'Description="b"',
      "MAX=2",
      "OUT=true",
      "ID=1/0x11",
      'CIMTYPE="uint8"/0x3',
    ]);
    expect(quals(prop(output, "C"))).toEqual(["out=true", "ID=7", 'CIMTYPE="sint32"/0x3']);
    expect(quals(prop(output, "ReturnValue"))).toEqual(['CIMTYPE="uint32"/0x3']);
  });

  it("splits an in/out parameter into two copies, each without the other direction", () => {
    const { model, mof } = roundTrip('class Ex_IO { void Swap([in, out, Description("x")] uint32 V); };');
    const [input, output] = model.objects[0].methods[0].value as BmfObject[];
    expect(quals(prop(input, "V"))).toEqual(["in=true", 'Description="x"', "ID=0/0x11", 'CIMTYPE="uint32"/0x3']);
    expect(quals(prop(output, "V"))).toEqual(["out=true", 'Description="x"', "ID=0/0x11", 'CIMTYPE="uint32"/0x3']);
    expect(mof).toContain('void Swap([in, out, Description("x")] uint32 V);');
  });

  it("writes flavors to the trailer and carries pragma flags to later classes and instances", () => {
    const { model } = roundTrip(
      '#pragma classflags("updateonly", "forceupdate")\n#pragma instanceflags("createonly")\n' +
        '[Description("d") : Amended ToSubclass DisableOverride, Abstract : Restricted] class Ex_F { };\n' +
        "#pragma classflags(32)\ninstance of Ex_F { };",
    );
    const [cls, inst] = model.objects;
    expect(cls.qualifiers?.map((q) => q.flavorBits)).toEqual([0x92, 0]);
    expect(cls.properties.map((p) => [p.name, p.value])).toContainEqual(["__CLASSFLAGS", 65]);
    expect(cls.properties.map((p) => [p.name, p.value])).toContainEqual(["__INSTANCEFLAGS", 2]);
    expect(inst.properties.slice(-2).map((p) => [p.name, p.value])).toEqual([
      ["__CLASSFLAGS", 32],
      ["__INSTANCEFLAGS", 2],
    ]);
    expect(model.flavorTable?.entries).toHaveLength(1);
  });

  it("writes embedded instances as nested objects and packs every array element but the last", () => {
    const text =
      "class Ex_E { [key] string Id; };\nclass Ex_H { object Items[]; };\n" +
      'instance of Ex_H { Items = { instance of Ex_E { Id = "a"; }, instance of Ex_E { Id = "b"; } }; };';
    const { model } = roundTrip(text);
    const items = prop(model.objects[2], "Items").value as BmfObject[];
    expect(items.map((o) => prop(o, "Id").value)).toEqual(["a", "b"]);
    // "Id\0" is 6 bytes: packed, the value follows the name; padded, it starts at 8.
    const valueAt = (o: BmfObject) => prop(o, "Id").valueLayout!.offset - prop(o, "Id").offset - 20;
    expect(items.map(valueAt)).toEqual([6, 8]);
    const canonical = roundTrip(text, { layout: "canonical" });
    expect((prop(canonical.model.objects[2], "Items").value as BmfObject[]).map(valueAt)).toEqual([8, 8]);
    expect(canonical.mof).toBe(roundTrip(text).mof);
  });

  it("warns where the format is unknown and refuses what it cannot hold", () => {
    const big = encode("class Ex_B { uint64 V = 0x100000000; };");
    expect(big.diagnostics.map((d) => d.code)).toEqual(["MOF4302"]);
    expect(big.diagnostics[0].location).toMatchObject({ file: "x.mof", start: { line: 1 } });
    expect(decodeBmf(big.bytes!).model?.objects[0].properties[0]).toMatchObject({ type: { name: "sint64" } });
    const bad = encode('[Description(NULL)] class Ex_N { };\n#pragma deleteclass("Ex_N", FAIL)\n');
    expect(bad.diagnostics.map((d) => d.code)).toEqual(["MOF4301", "MOF4301"]);
    expect(bad.bytes).toBeUndefined();
  });

  it("keeps the source spelling of type keywords only where the text is the source", () => {
    const r = encode("class Ex_S { Boolean Flag; };", { spelling: () => undefined });
    expect(quals(prop(decodeBmf(r.bytes!).model!.objects[0], "Flag"))).toEqual(['CIMTYPE="Boolean"/0x3']);
    const custom = encode("class Ex_S { boolean Flag; };", { spelling: () => "BOOLEAN" });
    expect(quals(prop(decodeBmf(custom.bytes!).model!.objects[0], "Flag"))).toEqual(['CIMTYPE="BOOLEAN"/0x3']);
  });

  it("emits the container mofcomp would for the payload, and the wmimofck -x hex dump", () => {
    const r = encode("class Ex_C { };");
    const { payload, container } = decompress(r.bytes!);
    expect(payload).toEqual(r.payload);
    expect(container).toMatchObject({ form: "compressed", compressionType: 1, trailingBytes: 0 });
    const hex = formatCHex(Uint8Array.from({ length: 18 }, (_, i) => i * 15));
    expect(hex).toBe(
      "0x00, 0x0f, 0x1e, 0x2d, 0x3c, 0x4b, 0x5a, 0x69, 0x78, 0x87, 0x96, 0xa5, 0xb4, 0xc3, 0xd2, 0xe1, \n0xf0, 0xff, \n",
    );
  });

  it("writes an empty model as a root with no objects and no trailer", () => {
    const payload = writePayload([]);
    expect(Array.from(payload)).toEqual([0x46, 0x4f, 0x4d, 0x42, 20, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });
});
