/**
 * Every semantic case of ../shared/docs/mof-edge-cases.md as a fixture folder, checked in both
 * dialects (the approach of packages/syntax/test/edge-cases.test.ts). Each input.mof states the
 * expected codes per dialect in its header — front-end and checker codes together; `CODE*3`
 * repeats a code, `CODE(warning)` gives a severity other than the registry's. The `dmtf` runs
 * load the DMTF qualifier declarations first (the catalogue's assumption) unless the header says
 * `// options: no-prelude`. diagnostics.txt beside each input is the full baseline.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { allDiagnosticDefs } from "@mofkit/diagnostics";
import { decodeSource, type Dialect } from "@mofkit/syntax";
import { compile } from "./support/check-mof.js";

const defaultSeverity = new Map(allDiagnosticDefs().map((d) => [d.code, d.severity]));
const root = new URL("./fixtures/edge-cases/", import.meta.url).pathname;

function parseExpectation(spec: string): string[] {
  const out: string[] = [];
  for (const part of spec.trim().split(/\s+/)) {
    if (part === "none" || part === "") continue;
    const m = /^(MOF\d{4})(?:\((error|warning)\))?(?:\*(\d+))?$/.exec(part);
    if (!m) throw new Error(`bad expectation '${part}'`);
    const code = `${m[1]}(${m[2] ?? defaultSeverity.get(m[1]) ?? "unknown code"})`;
    for (let i = 0; i < Number(m[3] ?? 1); i++) out.push(code);
  }
  return out.sort();
}

function filesOf(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".mof")) out[relative(root, p)] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

const cases = readdirSync(root)
  .filter((n) => statSync(join(root, n)).isDirectory())
  .sort();

describe("mof-edge-cases.md semantic cases", () => {
  it("covers the catalogue's semantic cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  for (const name of cases) {
    const files = filesOf(join(root, name));
    const entry = `${name}/input.mof`;
    const header = decodeSource(files[entry]).text;
    const options = /^\/\/ options: (.*)$/m.exec(header)?.[1] ?? "";

    it(name, async () => {
      const baseline: string[] = [];
      for (const dialect of ["dmtf", "wmi"] as Dialect[]) {
        const spec = new RegExp(`^// expect ${dialect}: (.*)$`, "m").exec(header);
        expect(spec, `${entry} lacks an expectation for ${dialect}`).not.toBeNull();
        const result = compile(files, entry, dialect, {
          prelude: !options.includes("no-prelude"),
          preprocess: options.includes("--preprocess"),
        });
        const actual = result.all.map((d) => `${d.code}(${d.severity})`).sort();
        expect(actual, dialect).toEqual(parseExpectation(spec![1]));
        baseline.push(`# ${dialect}`);
        for (const d of result.all) {
          expect(d.location, `${d.code} has a location`).toBeDefined();
          const l = d.location!;
          baseline.push(
            `${l.file}:${l.start.line}:${l.start.column}-${l.end.line}:${l.end.column} ${d.severity} ${d.code}: ${d.message}`,
          );
          for (const r of d.related ?? [])
            baseline.push(
              `    related ${r.location.file}:${r.location.start.line}:${r.location.start.column}: ${r.message}`,
            );
        }
      }
      await expect(baseline.join("\n") + "\n").toMatchFileSnapshot(join(root, name, "diagnostics.txt"));
    });
  }
});
