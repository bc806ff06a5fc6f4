/**
 * Every semantic case of ../shared/docs/mof-edge-cases.md as a fixture folder, checked in both
 * dialects (the approach of packages/syntax/test/edge-cases.test.ts). Each input.mof states the
 * expected codes per dialect in its header — front-end and checker codes together; `CODE*3`
 * repeats a code, `CODE(warning)` gives a severity other than the registry's. The `dmtf` runs
 * load the DMTF qualifier declarations first (the catalogue's assumption) unless the header says
 * `// options: no-prelude`. diagnostics.txt beside each input is the full baseline.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSource, type Dialect } from "@mofkit/syntax";
import { compile } from "./support/check-mof.js";
import { baselineLines, expectationFor, fixtureCases, fixtureFiles } from "../../../test/support/fixtures.js";

const root = new URL("./fixtures/edge-cases/", import.meta.url).pathname;
const cases = fixtureCases(root);

describe("mof-edge-cases.md semantic cases", () => {
  it("covers the catalogue's semantic cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  for (const name of cases) {
    const files = fixtureFiles(root, join(root, name));
    const entry = `${name}/input.mof`;
    const header = decodeSource(files[entry]).text;
    const options = /^\/\/ options: (.*)$/m.exec(header)?.[1] ?? "";

    it(name, async () => {
      const baseline: string[] = [];
      for (const dialect of ["dmtf", "wmi"] as Dialect[]) {
        const expected = expectationFor(header, dialect);
        expect(expected, `${entry} lacks an expectation for ${dialect}`).toBeDefined();
        const result = compile(files, entry, dialect, {
          prelude: !options.includes("no-prelude"),
          preprocess: options.includes("--preprocess"),
        });
        const actual = result.all.map((d) => `${d.code}(${d.severity})`).sort();
        expect(actual, dialect).toEqual(expected!.codes);
        for (const d of result.all) expect(d.location, `${d.code} has a location`).toBeDefined();
        baseline.push(`# ${dialect}`, ...baselineLines(result.all));
      }
      await expect(baseline.join("\n") + "\n").toMatchFileSnapshot(join(root, name, "diagnostics.txt"));
    });
  }
});
