/**
 * Every syntactic case of ../shared/docs/mof-edge-cases.md as a fixture folder. Each input.mof
 * states the expected diagnostic codes per dialect in its header (taken from the catalogue, the
 * independent oracle); diagnostics.txt beside it is the full baseline (positions and messages).
 * A list ending in `...` allows cascading errors after the first, written code.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryHost, decodeSource, loadProgram, type Dialect } from "../src/index.js";
import { baselineLines, expectationFor, fixtureCases, fixtureFiles } from "../../../test/support/fixtures.js";

const root = new URL("./fixtures/edge-cases/", import.meta.url).pathname;
const cases = fixtureCases(root);

describe("mof-edge-cases.md syntactic cases", () => {
  it("covers the catalogue's syntactic cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  for (const name of cases) {
    const files = fixtureFiles(root, join(root, name));
    const entry = `${name}/input.mof`;
    const header = decodeSource(files[entry]).text;
    const preprocess = /^\/\/ options:.*--preprocess/m.test(header);

    it(name, async () => {
      const baseline: string[] = [];
      for (const dialect of ["dmtf", "wmi"] as Dialect[]) {
        const expected = expectationFor(header, dialect);
        expect(expected, `${entry} lacks an expectation for ${dialect}`).toBeDefined();
        const program = loadProgram([entry], createMemoryHost(files), { dialect, preprocess });
        const actual = program.diagnostics.map((d) => `${d.code}(${d.severity})`);
        if (expected!.open) {
          expect(actual[0], `${dialect}: first diagnostic`).toBe(expected!.codes[0]);
          for (const c of expected!.codes) expect(actual, dialect).toContain(c);
        } else {
          expect(actual.slice().sort(), dialect).toEqual(expected!.codes);
        }
        for (const d of program.diagnostics) expect(d.location, `${d.code} has a location`).toBeDefined();
        baseline.push(`# ${dialect}`, ...baselineLines(program.diagnostics));
      }
      await expect(baseline.join("\n") + "\n").toMatchFileSnapshot(join(root, name, "diagnostics.txt"));
    });
  }
});
