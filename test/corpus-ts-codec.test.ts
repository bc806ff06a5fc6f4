/**
 * The generated TypeScript (`--emit ts`) of every driver MOF of the corpus (and the thermal
 * example): it type-checks under --strict, and for every block, seeded random instances encode to
 * the same bytes as the generic layout codec and round-trip through the generated codec.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitTypeScript } from "@mofkit/codegen";
import { decodeInstance, encodeInstance, findBlock, layoutModel, type LayoutSet } from "@mofkit/layout";
import { checkProgram } from "@mofkit/schema";
import { loadProgram } from "@mofkit/syntax";
import { createNodeHost } from "../packages/cli/src/node-host.js";
import { scratch } from "../packages/codegen/test/support/mingw.js";
import { loadGenerated, randomInstance, typeCheckAll } from "../packages/codegen/test/support/ts-generated.js";
import { corpusLabel, driverMofsWithExample, hasCorpus, warnIfNoCorpus } from "./support/corpus.js";
import { rng } from "./support/rng.js";

warnIfNoCorpus("generated TypeScript codecs of the driver corpus");

const files = driverMofsWithExample();
const label = corpusLabel;
const tmp = scratch("mofkit-corpus-ts-");
afterAll(() => tmp.dispose());

const generated: { name: string; file: string; text: string; layouts: LayoutSet }[] = [];

describe.skipIf(!hasCorpus)("driver corpus: generated TypeScript", () => {
  it("generates a module for every driver MOF", async () => {
    for (const [i, file] of files.entries()) {
      const program = loadProgram([file], createNodeHost(), { dialect: "wmi", preprocess: file.includes("/iscsi/") });
      const { layouts } = layoutModel(checkProgram(program).model, { program });
      const text = await emitTypeScript(layouts, { raw: true });
      const out = join(tmp.dir, `m${i}.ts`);
      writeFileSync(out, text);
      generated.push({ name: label(file), file: out, text, layouts });
    }
    expect(generated.length).toBe(files.length);
  });

  it("type-checks every module under --strict", () => {
    expect(typeCheckAll(generated.map((g) => g.file))).toEqual([]);
  });

  it("encodes every block like the generic codec and round-trips (seeded random instances)", async () => {
    let blocks = 0;
    for (const [i, g] of generated.entries()) {
      const mod = await loadGenerated(g.text, tmp.dir, `m${i}`);
      const r = rng(0xc0de + i);
      for (const [name, codec] of Object.entries(mod.codecs)) {
        const block = findBlock(g.layouts, codec.key)!;
        blocks++;
        for (let k = 0; k < 20; k++) {
          const value = randomInstance(block, r);
          const bytes = codec.encode(value);
          expect(bytes, `${g.name} ${name} #${k}`).toEqual(encodeInstance(block, value as never));
          const back = codec.decode(bytes);
          expect(back, `${g.name} ${name} #${k}`).toEqual(value);
          expect(back).toEqual(decodeInstance(block, bytes).value);
        }
      }
    }
    expect(blocks).toBeGreaterThan(100);
  });
});
