/** `LoadOptions.decoders`: binary inputs read through a decoder instead of the MOF parser. */
import { describe, expect, it } from "vitest";
import { codes, createDiagnostic } from "@mofkit/diagnostics";
import { createMemoryHost, loadProgram, walkProductions, type InputDecoder, type Production } from "../src/index.js";

/** A decoder of "blobs" whose bytes are a class name; spans are byte offsets, as a real one's. */
function fakeDecoder(calls: string[]): InputDecoder {
  return (bytes, path) => {
    calls.push(path);
    const name = new TextDecoder().decode(bytes);
    const span = { start: 4, end: 4 + bytes.length };
    const production: Production = {
      kind: "Class",
      qualifiers: [],
      name: { kind: "Identifier", name, span },
      alias: undefined,
      superClass: undefined,
      features: [],
      span,
    };
    const located = createDiagnostic(
      codes.bmfLayoutMismatch,
      { record: "x", offset: "7", detail: "y" },
      {
        file: path,
        start: { line: 1, column: 8, offset: 7 },
        end: { line: 1, column: 8, offset: 7 },
      },
    );
    const unlocated = createDiagnostic(codes.bmfLayoutMismatch, { record: "z", offset: "0", detail: "w" });
    return { productions: [production], diagnostics: [located, unlocated], text: `class ${name} { };\n` };
  };
}

describe("loadProgram with decoders", () => {
  it("reads files with a decoder's extension (any case) through it and others as MOF", () => {
    const calls: string[] = [];
    const host = createMemoryHost({ "a.FAKE": "Ex_A", "b.mof": "class Ex_B { };" });
    const program = loadProgram(["a.FAKE", "b.mof"], host, {
      dialect: "wmi",
      decoders: { ".fake": fakeDecoder(calls) },
    });
    expect(calls).toEqual(["a.FAKE"]);
    const names: string[] = [];
    walkProductions(program, (p) => {
      if (p.kind === "Class") names.push(p.name.name);
    });
    expect(names).toEqual(["Ex_A", "Ex_B"]);
    const doc = program.roots[0];
    expect(doc.text).toBe("class Ex_A { };\n");
    // No source text to frame: a decoded file is not among the sources.
    expect(program.sources.has("a.FAKE")).toBe(false);
    expect(program.sources.has("b.mof")).toBe(true);
  });

  it("locates spans of decoded productions as line 1, column = byte offset + 1", () => {
    const host = createMemoryHost({ "a.fake": "Ex_A" });
    const program = loadProgram(["a.fake"], host, { dialect: "wmi", decoders: { ".fake": fakeDecoder([]) } });
    expect(program.roots[0].locate(4, 8)).toEqual({
      file: "a.fake",
      start: { line: 1, column: 5, offset: 4 },
      end: { line: 1, column: 9, offset: 8 },
    });
  });

  it("keeps the decoder's own diagnostic locations and gives the others the file's start", () => {
    const host = createMemoryHost({ "a.fake": "Ex_A" });
    const program = loadProgram(["a.fake"], host, { dialect: "wmi", decoders: { ".fake": fakeDecoder([]) } });
    const where = program.diagnostics.map((d) => [d.location?.file, d.location?.start.column]);
    expect(where).toEqual([
      ["a.fake", 1],
      ["a.fake", 8],
    ]);
  });

  it("decodes an included file with a decoder's extension", () => {
    const calls: string[] = [];
    const host = createMemoryHost({
      "main.mof": '#pragma include("inc/b.fake")\nclass Ex_M { };\n',
      "inc/b.fake": "Ex_B",
    });
    const program = loadProgram(["main.mof"], host, { dialect: "wmi", decoders: { ".fake": fakeDecoder(calls) } });
    expect(calls).toEqual(["inc/b.fake"]);
    expect(program.documents.map((d) => d.path)).toEqual(["main.mof", "inc/b.fake"]);
    expect(program.diagnostics.every((d) => d.code === codes.bmfLayoutMismatch.code)).toBe(true);
  });

  it("runs the dialect checks on decoded productions", () => {
    const decoder: InputDecoder = () => ({
      productions: [
        {
          kind: "Class",
          qualifiers: [],
          name: { kind: "Identifier", name: "Ex_V", span: { start: 20, end: 30 } },
          alias: undefined,
          superClass: undefined,
          features: [
            {
              kind: "Method",
              qualifiers: [],
              returnType: { kind: "VoidType", span: { start: 40, end: 44 } },
              name: { kind: "Identifier", name: "Run", span: { start: 40, end: 44 } },
              parameters: [],
              span: { start: 40, end: 60 },
            },
          ],
          span: { start: 20, end: 60 },
        },
      ],
      diagnostics: [],
      text: "",
    });
    const host = createMemoryHost({ "v.fake": "" });
    const wmi = loadProgram(["v.fake"], host, { dialect: "wmi", decoders: { ".fake": decoder } });
    expect(wmi.diagnostics).toEqual([]);
    const dmtf = loadProgram(["v.fake"], host, { dialect: "dmtf", decoders: { ".fake": decoder } });
    expect(dmtf.diagnostics.length).toBeGreaterThan(0);
    expect(dmtf.diagnostics[0].location).toMatchObject({ file: "v.fake", start: { line: 1, column: 41 } });
  });
});
