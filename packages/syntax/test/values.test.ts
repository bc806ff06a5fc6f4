/** Literal values and positions the AST must carry exactly (mof-edge-cases.md section A). */
import { describe, expect, it } from "vitest";
import { SourceFile } from "@mofkit/diagnostics";
import {
  createMemoryHost,
  decodeSource,
  loadProgram,
  parseText,
  type ClassDeclaration,
  type Value,
} from "../src/index.js";

function defaults(src: string): Record<string, Value | undefined> {
  const r = parseText(src, { dialect: "wmi" });
  expect(r.diagnostics.filter((d) => d.diagnostic.severity === "error")).toEqual([]);
  const cls = r.productions.find((p) => p.kind === "Class") as ClassDeclaration;
  return Object.fromEntries(cls.features.map((f) => [f.name.name, f.kind === "Property" ? f.defaultValue : undefined]));
}

describe("literal values", () => {
  it("reads every integer radix with its sign, exactly (bigint)", () => {
    const v = defaults(
      "class A { uint8 H = 0x1b; uint8 Z = 0b; sint32 O = +017; sint32 N = -0x10; uint64 M = 18446744073709551615; uint64 X = 0xFFFFFFFFFFFFFFFF; sint8 B = -11B; uint8 D = 0; };",
    );
    expect(v.H).toMatchObject({ kind: "Integer", value: 27n, radix: 16 });
    expect(v.Z).toMatchObject({ kind: "Integer", value: 0n, radix: 2 });
    expect(v.O).toMatchObject({ kind: "Integer", value: 15n, radix: 8 });
    expect(v.N).toMatchObject({ kind: "Integer", value: -16n, radix: 16 });
    expect(v.M).toMatchObject({ value: 18446744073709551615n });
    expect(v.X).toMatchObject({ value: 18446744073709551615n });
    expect(v.B).toMatchObject({ value: -3n, radix: 2 });
    expect(v.D).toMatchObject({ value: 0n, radix: 10 });
  });

  it("reads reals, booleans and null in any case", () => {
    const v = defaults(
      "class A { real64 R = .5; real64 E = -2.5e-3; boolean T = TRUE; boolean F = False; string S = NULL; };",
    );
    expect(v.R).toMatchObject({ kind: "Real", value: 0.5, text: ".5" });
    expect(v.E).toMatchObject({ kind: "Real", value: -0.0025 });
    expect(v.T).toMatchObject({ kind: "Boolean", value: true });
    expect(v.F).toMatchObject({ kind: "Boolean", value: false });
    expect(v.S).toMatchObject({ kind: "Null" });
  });

  it("decodes escapes: \\x is greedy up to four digits, adjacent literals concatenate across comments", () => {
    const v = defaults(
      'class A { string G = "\\x41BC"; string C = "\\x41" /* gap */ "BC"; string L = "MS\\\\0x409"; string U = "http://h/*p*/"; string E = "\\b\\t\\n\\f\\r\\"\\\'\\\\"; };',
    );
    expect(v.G).toMatchObject({ value: "\u41BC" });
    expect(v.C).toMatchObject({ value: "ABC" });
    expect(v.L).toMatchObject({ value: "MS\\0x409" });
    expect(v.U).toMatchObject({ value: "http://h/*p*/" });
    expect(v.E).toMatchObject({ value: "\b\t\n\f\r\"'\\" });
  });

  it("keeps an unknown escape literally in wmi (with a warning) and rejects it in dmtf", () => {
    const wmi = parseText('class A { string L = "MS\\0x409"; };', { dialect: "wmi" });
    expect(wmi.diagnostics.map((d) => [d.diagnostic.code, d.diagnostic.severity])).toEqual([["MOF1004", "warning"]]);
    const cls = wmi.productions[0] as ClassDeclaration;
    expect(cls.features[0]).toMatchObject({ defaultValue: { value: "MS\\0x409" } });
    const dmtf = parseText('class A { string L = "MS\\0x409"; };', { dialect: "dmtf" });
    expect(dmtf.diagnostics.map((d) => [d.diagnostic.code, d.diagnostic.severity])).toEqual([["MOF1004", "error"]]);
    // The span covers exactly the two characters of the escape.
    expect(dmtf.diagnostics[0].start).toBe('class A { string L = "MS'.length);
    expect(dmtf.diagnostics[0].end - dmtf.diagnostics[0].start).toBe(2);
  });

  it("reads char16 literals", () => {
    const v = defaults(
      "class A { char16 A = 'x'; char16 T = '\\t'; char16 S = '\\x263A'; char16 Q = '\\''; char16 B = '\\\\'; };",
    );
    expect(v.A).toMatchObject({ kind: "Char", value: "x" });
    expect(v.T).toMatchObject({ value: "\t" });
    expect(v.S).toMatchObject({ value: "\u263A" });
    expect(v.Q).toMatchObject({ value: "'" });
    expect(v.B).toMatchObject({ value: "\\" });
  });

  it("keeps keywords usable as names and stores data types in lower case", () => {
    const r = parseText(
      "CLASS Ex { UINT32 Count; string Indication; uint32 Flavor; string Property; [key] string Key; uint32 ref; };",
      { dialect: "dmtf" },
    );
    expect(r.diagnostics).toEqual([]);
    const cls = r.productions[0] as ClassDeclaration;
    expect(cls.features.map((f) => f.name.name)).toEqual(["Count", "Indication", "Flavor", "Property", "Key", "ref"]);
    expect(cls.features[0]).toMatchObject({ type: { kind: "PrimitiveType", name: "uint32" } });
  });
});

describe("source decoding and positions", () => {
  const body = "class A {\n  uint8 V = 08;\n};\n";

  it.each([
    ["UTF-8", new TextEncoder().encode(body)],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)])],
    ["UTF-16LE with BOM", new Uint8Array([0xff, 0xfe, ...[...body].flatMap((c) => [c.charCodeAt(0), 0])])],
    ["UTF-16BE with BOM", new Uint8Array([0xfe, 0xff, ...[...body].flatMap((c) => [0, c.charCodeAt(0)])])],
    ["UTF-16LE without BOM", new Uint8Array([...body].flatMap((c) => [c.charCodeAt(0), 0]))],
  ])("%s: the error is at line 2, column 13", (_name, bytes) => {
    const program = loadProgram(["a.mof"], createMemoryHost({ "a.mof": bytes }), { dialect: "wmi" });
    const err = program.diagnostics.find((d) => d.code === "MOF1006")!;
    expect(err.location).toMatchObject({ file: "a.mof", start: { line: 2, column: 13 }, end: { line: 2, column: 15 } });
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("%s line ends count as one line each", (_n, nl) => {
    const text = ["class A {", "  uint8 V = 08;", "};", ""].join(nl);
    const f = new SourceFile("x", text);
    const off = text.indexOf("08");
    expect(f.positionAt(off)).toEqual({ line: 2, column: 13, offset: off });
    expect(f.lineText(2)).toBe("  uint8 V = 08;");
  });

  it("reads invalid UTF-8 as Windows-1252 and says so", () => {
    const d = decodeSource(new Uint8Array([0x63, 0xe9, 0x28]));
    expect(d.encoding).toBe("windows-1252");
    expect(d.text).toBe("cé(");
    expect(d.notes[0]).toContain("Windows-1252");
  });

  it("an empty (BOM-only) UTF-16 file is a valid, empty document", () => {
    const program = loadProgram(["e.mfl"], createMemoryHost({ "e.mfl": new Uint8Array([0xff, 0xfe]) }), {
      dialect: "wmi",
    });
    expect(program.diagnostics).toEqual([]);
    expect(program.roots[0].productions).toEqual([]);
  });
});
