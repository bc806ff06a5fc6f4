/**
 * The encoder over ../shared/corpus/bmf: mofcomp's vectors encode from their source MOF to
 * mofcomp's bytes, the payload writer rebuilds every payload from its decoded model, and every
 * real blob survives decode → encode → decode (and comes back byte for byte).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryHost, loadProgram, parseText, printMof, type Program } from "@mofkit/syntax";
import { createBmfInputDecoder, decodeBmf, decompress, encodeBmf, writePayload, type BmfLayout } from "../src/index.js";
import {
  bmfCorpus,
  hasBmfCorpus,
  readBytes,
  realBlobs,
  vectorBlobs,
  vectorsDir,
  warnIfNoBmfCorpus,
} from "./support/corpus.js";
import { summariseAst, type Summary } from "./support/summary.js";

warnIfNoBmfCorpus("the BMF encoder corpus tests");
const run = hasBmfCorpus ? describe : describe.skip;

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** The summary of a blob's decoding, as the MOF it prints parses back (what a reader sees). */
function summaryOf(blob: Uint8Array, what: string): Summary {
  const r = decodeBmf(blob);
  expect(
    r.diagnostics.map((d) => `${d.code} ${d.message}`),
    what,
  ).toEqual([]);
  return summariseAst(parseText(printMof(r.productions), { dialect: "wmi" }).productions);
}

function loadSource(name: string): Program {
  const text = readFileSync(join(vectorsDir, `${name}.source.mof`));
  const program = loadProgram(["source.mof"], createMemoryHost({ "source.mof": new Uint8Array(text) }), {
    dialect: "wmi",
  });
  expect(program.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return program;
}

/** A blob loaded as an input (decoded to MOF productions), as `mofkit bmf encode x.bmf` does. */
function loadBlob(name: string, blob: Uint8Array) {
  const decoder = createBmfInputDecoder();
  const program = loadProgram([name], createMemoryHost({ [name]: blob }), {
    dialect: "wmi",
    decoders: { ".bmf": decoder.decode },
  });
  return { program, decoder };
}

run("BMF encoder over the corpus", () => {
  const real = realBlobs();
  const vectors = vectorBlobs();

  it("encodes each mofcomp vector's source MOF to mofcomp's payload and .bmf, byte for byte", () => {
    const exact: string[] = [];
    for (const name of vectors) {
      const blob = readBytes(join(vectorsDir, `${name}.bmf`));
      const r = encodeBmf(loadSource(name));
      expect(r.diagnostics, name).toEqual([]);
      // Includes the cases bmf-format.md §4.9 and §8 leave open (packed input parameter objects
      // and embedded-object arrays): the packing rule in encode-payload.ts reproduces them.
      expect(same(r.payload, decompress(blob).payload), `${name} payload`).toBe(true);
      expect(same(r.bytes, blob), `${name} .bmf`).toBe(true);
      exact.push(name);
    }
    console.log(`BMF encode: ${exact.length}/${vectors.length} mofcomp vectors byte-identical from their source MOF`);
    expect(exact.length).toBe(21);
  });

  it("decodes each encoded vector back to the model of its source, in both layouts", () => {
    for (const layout of ["mofcomp", "canonical"] as BmfLayout[]) {
      for (const name of vectors) {
        const program = loadSource(name);
        const r = encodeBmf(program, { layout });
        const source = summariseAst(program.roots[0].productions);
        expect(summaryOf(r.bytes!, `${name} (${layout})`), `${name} (${layout})`).toEqual(source);
      }
    }
  });

  it("rebuilds every decompressed payload from its decoded object model", () => {
    const all = [...real.map((n) => join(bmfCorpus, `${n}.bmf`)), ...vectors.map((n) => join(vectorsDir, `${n}.bmf`))];
    let exact = 0;
    for (const path of all) {
      const { payload } = decompress(readBytes(path));
      const model = decodeBmf(readBytes(path)).model!;
      if (same(writePayload(model.objects, { rootConstants: model.rootConstants }), payload)) exact++;
      else expect.fail(`${path}: the payload writer does not reproduce the payload`);
    }
    console.log(`BMF encode: payload writer byte-exact on ${exact}/${all.length} decoded models`);
  });

  it("decode → encode → decode gives the same model for every real blob, and the same bytes", () => {
    let bytesExact = 0;
    for (const name of real) {
      const blob = readBytes(join(bmfCorpus, `${name}.bmf`));
      const { program, decoder } = loadBlob(`${name}.bmf`, blob);
      expect(program.diagnostics, name).toEqual([]);
      const r = encodeBmf(program, { spelling: decoder.spelling });
      expect(r.diagnostics, name).toEqual([]);
      expect(summaryOf(r.bytes!, `${name} re-encoded`), name).toEqual(summaryOf(blob, name));
      if (same(r.bytes, blob)) bytesExact++;
    }
    console.log(`BMF encode: ${real.length} real blobs re-encode to the same model; ${bytesExact} byte for byte`);
    expect(bytesExact).toBe(real.length);
  });

  it("without the decoder's CIMTYPE spellings, re-encoding still gives the same model", () => {
    let bytesExact = 0;
    for (const name of real) {
      const blob = readBytes(join(bmfCorpus, `${name}.bmf`));
      const r = encodeBmf(decodeBmf(blob).productions);
      expect(summaryOf(r.bytes!, name), name).toEqual(summaryOf(blob, name));
      if (same(r.bytes, blob)) bytesExact++;
    }
    // Only the CIMTYPE spelling (`UINT32`, `Boolean`) differs in the others: MOF cannot carry it.
    console.log(`BMF encode: ${bytesExact}/${real.length} real blobs byte-exact from their decoded MOF alone`);
    expect(bytesExact).toBeGreaterThanOrEqual(100);
  });
});
