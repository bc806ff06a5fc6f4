/**
 * The generated TypeScript (`--emit ts`) of every driver MOF of the corpus (and the thermal
 * example): the module and the provider implementation created beside it type-check under
 * --strict in a folder of the checkout; for every block, seeded random instances encode to the
 * same bytes as the generic layout codec and round-trip through the generated codec; and the
 * implementation, run in the service simulator, answers a query of every data block and every
 * method.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitTypeScript, emitTypeScriptProvider } from "@mofkit/codegen";
import { decodeInstance, encodeInstance, findBlock, layoutModel, type LayoutSet } from "@mofkit/layout";
import { WmiDevice, WmiService, blocksFromLayouts, type ProviderBlock, type WmiLibContext } from "@mofkit/runtime";
import { checkProgram } from "@mofkit/schema";
import { loadProgram } from "@mofkit/syntax";
import { createNodeHost } from "../packages/cli/src/node-host.js";
import {
  loadGenerated,
  randomInstance,
  tsScratch,
  typeCheckAll,
} from "../packages/codegen/test/support/ts-generated.js";
import { corpusLabel, driverMofsWithExample, hasCorpus, warnIfNoCorpus } from "./support/corpus.js";
import { rng } from "./support/rng.js";

warnIfNoCorpus("generated TypeScript codecs of the driver corpus");

const files = driverMofsWithExample();
const label = corpusLabel;
const tmp = tsScratch("corpus-");
afterAll(() => tmp.dispose());

const generated: { name: string; file: string; text: string; layouts: LayoutSet; provider: string | null }[] = [];

describe.skipIf(!hasCorpus)("driver corpus: generated TypeScript", () => {
  it("generates a module for every driver MOF", async () => {
    for (const [i, file] of files.entries()) {
      const program = loadProgram([file], createNodeHost(), { dialect: "wmi", preprocess: file.includes("/iscsi/") });
      const { layouts } = layoutModel(checkProgram(program).model, { program });
      const text = await emitTypeScript(layouts, { raw: true, sources: [`m${i}.mof`] });
      const out = join(tmp.dir, `m${i}.generated.ts`);
      writeFileSync(out, text);
      const impl = await emitTypeScriptProvider(layouts, `m${i}.generated.ts`, { raw: true, sources: [`m${i}.mof`] });
      const provider = impl === null ? null : join(tmp.dir, `m${i}.provider.ts`);
      if (provider) writeFileSync(provider, impl!);
      generated.push({ name: label(file), file: out, text, layouts, provider });
    }
    expect(generated.length).toBe(files.length);
  });

  it("type-checks every module and provider implementation under --strict", () => {
    const providers = generated.flatMap((g) => (g.provider ? [g.provider] : []));
    expect(providers.length).toBeGreaterThan(10);
    expect(typeCheckAll([...generated.map((g) => g.file), ...providers])).toEqual([]);
  });

  it("runs every provider implementation in the simulator: each data block and method answers", async () => {
    let queried = 0;
    let invoked = 0;
    for (const g of generated) {
      if (!g.provider) continue;
      const mod = (await import(g.provider)) as { default: new () => WmiLibContext & { blocks: ProviderBlock[] } };
      const provider = new mod.default();
      const service = new WmiService();
      service.register(new WmiDevice({ providerId: 1 }), provider);
      for (const b of provider.blocks) {
        if (b.kind !== "data") continue;
        const all = await service.query(b.className);
        expect(all.length, `${g.name} ${b.className}`).toBe(1);
        expect(all[0].value, `${g.name} ${b.className}`).not.toBeNull();
        queried++;
        for (const m of b.methods) {
          const out = await service.invoke(b.className, 0, m.name, (m.emptyInput?.() ?? {}) as never);
          expect(out.value, `${g.name} ${b.className}.${m.name}`).not.toBeNull();
          invoked++;
        }
      }
    }
    console.log(
      `generated providers: ${generated.length} MOFs, ${queried} data blocks queried, ${invoked} methods invoked`,
    );
    expect(queried).toBeGreaterThan(30);
    expect(invoked).toBeGreaterThan(10);
  });

  it("describes every item's type in the generated block table as blocksFromLayouts does", async () => {
    // Plain data only: the codecs and factories differ by design.
    const described = (blocks: readonly ProviderBlock[]) =>
      blocks.map((b) => ({
        className: b.className,
        items: b.items,
        methods: b.methods.map((m) => ({ name: m.name, inputItems: m.inputItems, outputItems: m.outputItems })),
      }));
    let compared = 0;
    for (const g of generated) {
      if (!g.provider) continue;
      const mod = (await import(g.file)) as { providerBlocks: readonly ProviderBlock[] };
      const generic = blocksFromLayouts(g.layouts).filter((b) => b.codec !== null);
      expect(described(mod.providerBlocks), g.name).toEqual(described(generic));
      compared += mod.providerBlocks.length;
    }
    expect(compared).toBeGreaterThan(40);
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
    console.log(`generated codecs: ${blocks} blocks x 20 seeded instances, identical bytes to the generic codec`);
    expect(blocks).toBeGreaterThan(100);
  });
});
