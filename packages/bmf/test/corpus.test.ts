/**
 * Conformance over ../shared/corpus/bmf: every blob decodes cleanly, its MOF parses, the
 * decoding agrees with the reference decodings (bmf2mof's `.mof` where it is clean, the
 * independent `.model.json` where bmf2mof is partial, the source MOF for mofcomp's vectors),
 * and the compressor rebuilds every blob byte for byte.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText, printMof, type Production } from "@mofkit/syntax";
import { compress, decodeBmf, decompress, dumpJson } from "../src/index.js";
import {
  bmfCorpus,
  hasBmfCorpus,
  readBytes,
  readText,
  realBlobs,
  vectorBlobs,
  vectorsDir,
  warnIfNoBmfCorpus,
} from "./support/corpus.js";
import { summariseAst, summariseModelJson, type Summary } from "./support/summary.js";

warnIfNoBmfCorpus("the BMF corpus tests");
const run = hasBmfCorpus ? describe : describe.skip;

function parseWmi(text: string, what: string): Production[] {
  const r = parseText(text, { dialect: "wmi" });
  const errors = r.diagnostics.filter((d) => d.diagnostic.severity === "error");
  expect(
    errors.map((e) => `${e.diagnostic.code} ${e.diagnostic.message} at ${e.start}`),
    what,
  ).toEqual([]);
  return r.productions;
}

/** Decodes a blob, prints it and parses the MOF back: the summary of what a reader of the MOF sees. */
function decodedSummary(path: string): { summary: Summary; text: string } {
  const r = decodeBmf(readBytes(path));
  expect(
    r.diagnostics.map((d) => `${d.code} ${d.message}`),
    path,
  ).toEqual([]);
  const text = printMof(r.productions);
  return { summary: summariseAst(parseWmi(text, `decoded MOF of ${path}`)), text };
}

run("BMF corpus", () => {
  const real = realBlobs();
  const vectors = vectorBlobs();

  it("has the blobs the MANIFEST lists", () => {
    expect(real.length).toBe(150);
    expect(vectors.length).toBe(21);
  });

  it("decodes every real blob with no diagnostics, to MOF that parses in wmi mode", () => {
    let classes = 0;
    let instances = 0;
    for (const name of real) {
      const { summary } = decodedSummary(join(bmfCorpus, `${name}.bmf`));
      classes += summary.classes.length;
      instances += summary.instances.length;
    }
    console.log(
      `BMF: ${real.length} real blobs decoded (${classes} classes, ${instances} instances), all printed MOF parses`,
    );
  });

  it("agrees with the reference decodings (bmf2mof .mof where clean, .model.json where partial)", () => {
    let viaMof = 0;
    let viaJson = 0;
    for (const name of real) {
      const { summary } = decodedSummary(join(bmfCorpus, `${name}.bmf`));
      const json = readText(join(bmfCorpus, `${name}.model.json`));
      if (json !== undefined) {
        // bmf2mof is lossy here: the complete model dump is the reference, instances included.
        const ref = summariseModelJson(JSON.parse(json));
        expect(summary.classes, `${name} classes vs .model.json`).toEqual(ref.classes);
        expect(summary.instances, `${name} instances vs .model.json`).toEqual(ref.instances);
        viaJson++;
      } else {
        const mof = readText(join(bmfCorpus, `${name}.mof`));
        expect(mof, `${name}.mof`).toBeDefined();
        const ref = summariseAst(parseWmi(mof!, `${name}.mof`));
        expect(summary.classes, `${name} vs bmf2mof`).toEqual(ref.classes);
        expect(summary.instances, `${name} instances`).toEqual([]);
        viaMof++;
      }
    }
    console.log(
      `BMF: ${viaMof} blobs match bmf2mof's .mof, ${viaJson} match .model.json (${viaMof + viaJson}/${real.length})`,
    );
    expect(viaMof + viaJson).toBe(real.length);
  });

  it("decodes the 21 mofcomp vectors to the classes of their source MOF and to their model dumps", () => {
    let matched = 0;
    for (const name of vectors) {
      const { summary } = decodedSummary(join(vectorsDir, `${name}.bmf`));
      const source = summariseAst(parseWmi(readText(join(vectorsDir, `${name}.source.mof`))!, `${name}.source.mof`));
      expect(summary.classes, `${name} vs its source`).toEqual(source.classes);
      const ref = summariseModelJson(JSON.parse(readText(join(vectorsDir, `${name}.model.json`))!));
      expect(summary, `${name} vs .model.json`).toEqual(ref);
      matched++;
    }
    console.log(`BMF: ${matched}/${vectors.length} mofcomp vectors match their source MOF classes and model dumps`);
    expect(matched).toBe(21);
  });

  it("keeps what bmf2mof drops: instances, aliases, array qualifiers, references and defaults", () => {
    const samsung = decodedSummary(join(bmfCorpus, "samsung-960qha-wqaa-2a6e688e.bmf")).text;
    expect(samsung).toContain("instance of __Win32Provider as $P {");
    expect(samsung).toContain("Provider = $P;");
    const dell = decodedSummary(join(bmfCorpus, "dell-latitude-7420-wqmo-2dc11795.bmf")).text;
    expect(dell).toContain('ValueMap{0, 1}, Values{"FALSE", "TRUE"}');
    expect(dell).toMatch(/instance of __Namespace/);
    const types = decodedSummary(join(vectorsDir, "wmi-data-types-instance.bmf")).text;
    expect(types).toContain("object ref Reference;");
    expect(types).toContain("Char16 = 'ä';");
    const arrays = decodedSummary(join(vectorsDir, "evaluation-data-types-arrays.bmf")).text;
    expect(arrays).toContain("real32 Real32[] = {0.0, 0.5};");
    const objects = decodedSummary(join(vectorsDir, "wmi-class-with-object-array.bmf")).text;
    expect(objects).toMatch(/EmbeddedObject = \{\s*instance of EmbeddedClass \{/);
  });

  it("rebuilds every .bmf byte for byte by compressing its decompressed payload", () => {
    let exact = 0;
    const all = [...real.map((n) => join(bmfCorpus, `${n}.bmf`)), ...vectors.map((n) => join(vectorsDir, `${n}.bmf`))];
    for (const path of all) {
      const blob = readBytes(path);
      const { payload, diagnostics } = decompress(blob);
      expect(diagnostics, path).toEqual([]);
      const again = compress(payload!);
      expect(Buffer.from(again).equals(Buffer.from(blob)), path).toBe(true);
      exact++;
    }
    console.log(`BMF: compressor byte-exact on ${exact}/${all.length} blobs`);
  });

  it("reads an ACPI buffer with a trailing byte, taking the length from the header", () => {
    const name = "asus-n53sm-wqxm-b0e80633";
    const buffer = readBytes(join(bmfCorpus, `${name}.acpi-buffer.bin`));
    const blob = readBytes(join(bmfCorpus, `${name}.bmf`));
    expect(buffer.length).toBe(blob.length + 1);
    const a = decodeBmf(buffer);
    const b = decodeBmf(blob);
    expect(a.diagnostics).toEqual([]);
    expect(a.model?.container.trailingBytes).toBe(1);
    expect(printMof(a.productions)).toBe(printMof(b.productions));
  });

  it("dumps the model as JSON with offsets", () => {
    const r = decodeBmf(readBytes(join(vectorsDir, "wmi-data-types-instance.bmf")));
    const dump = JSON.parse(dumpJson(r.model!));
    expect(dump.container).toMatchObject({ form: "compressed", compressedSize: 690, uncompressedSize: 2684 });
    expect(dump.objects[0].offset).toBe(20);
    const sint64 = dump.objects[1].properties.find((p: { name: string }) => p.name === "Sint64");
    expect(sint64).toMatchObject({ type: { name: "sint32" }, value: -512 });
    expect(dump.flavorTable.entries.length).toBeGreaterThan(0);
  });
});
