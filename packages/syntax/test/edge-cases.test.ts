/**
 * Every syntactic case of ../shared/docs/mof-edge-cases.md as a fixture folder. Each input.mof
 * states the expected diagnostic codes per dialect in its header (taken from the catalogue, the
 * independent oracle); diagnostics.txt beside it is the full baseline (positions and messages).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { allDiagnosticDefs } from "@mofkit/diagnostics";
import { createMemoryHost, decodeSource, loadProgram, type Dialect } from "../src/index.js";

/** A code written without "(severity)" expects the registry's default severity. */
const defaultSeverity = new Map(allDiagnosticDefs().map((d) => [d.code, d.severity]));

const root = new URL("./fixtures/edge-cases/", import.meta.url).pathname;

interface Expectation {
  codes: string[];
  open: boolean;
}

function parseExpectation(spec: string): Expectation {
  const parts = spec.trim().split(/\s+/);
  const open = parts.includes("...");
  const codes = parts
    .filter((p) => p !== "..." && p !== "none")
    .map((p) => (p.includes("(") ? p : `${p}(${defaultSeverity.get(p) ?? "unknown code"})`));
  // An open list ("...") keeps the written order: its first code must be the first diagnostic.
  return { codes: open ? codes : codes.sort(), open };
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

describe("mof-edge-cases.md syntactic cases", () => {
  it("covers the catalogue's syntactic cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  for (const name of cases) {
    const files = filesOf(join(root, name));
    const entry = `${name}/input.mof`;
    const header = decodeSource(files[entry]).text;
    const preprocess = /^\/\/ options:.*--preprocess/m.test(header);

    it(name, async () => {
      const baseline: string[] = [];
      for (const dialect of ["dmtf", "wmi"] as Dialect[]) {
        const spec = new RegExp(`^// expect ${dialect}: (.*)$`, "m").exec(header);
        expect(spec, `${entry} lacks an expectation for ${dialect}`).not.toBeNull();
        const expected = parseExpectation(spec![1]);
        const program = loadProgram([entry], createMemoryHost(files), { dialect, preprocess });
        const actual = program.diagnostics.map((d) => `${d.code}(${d.severity})`);
        if (expected.open) {
          // Cascading errors may follow, but the first diagnostic and every expected code must be there.
          expect(actual[0], `${dialect}: first diagnostic`).toBe(expected.codes[0]);
          for (const c of expected.codes) expect(actual, dialect).toContain(c);
        } else {
          expect(actual.slice().sort(), dialect).toEqual(expected.codes);
        }
        for (const d of program.diagnostics) {
          expect(d.location, `${d.code} has a location`).toBeDefined();
        }
        baseline.push(`# ${dialect}`);
        for (const d of program.diagnostics) {
          const l = d.location!;
          baseline.push(
            `${l.file}:${l.start.line}:${l.start.column}-${l.end.line}:${l.end.column} ${d.severity} ${d.code}: ${d.message}`,
          );
        }
      }
      await expect(baseline.join("\n") + "\n").toMatchFileSnapshot(join(root, name, "diagnostics.txt"));
    });
  }
});
