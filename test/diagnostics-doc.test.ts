// docs/diagnostics.md is generated from the diagnostic registry and must be up to date; the
// registry itself keeps unique, documented codes in the ranges of design.md.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allDiagnosticDefs } from "@mofkit/diagnostics";
// @ts-expect-error -- plain JavaScript generator without type declarations
import * as gen from "../scripts/gen-diagnostics-doc.js";

const generator = gen as { renderDiagnosticsDoc(defs: unknown[]): string; docPath: string; refreshCommand: string };

describe("docs/diagnostics.md", () => {
  it("matches the registry", () => {
    const committed = readFileSync(new URL(`../${generator.docPath}`, import.meta.url), "utf8").replace(/\r\n/g, "\n");
    const fresh = generator.renderDiagnosticsDoc(allDiagnosticDefs());
    expect(committed === fresh, `${generator.docPath} is stale: run \`${generator.refreshCommand}\``).toBe(true);
  });

  it("has one entry per code, each with a description, an example and (for 1xxx-3xxx) a source", () => {
    const defs = allDiagnosticDefs();
    const codes = defs.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of defs) {
      expect(d.code, d.code).toMatch(/^MOF[1-5]\d{3}$/);
      expect(d.description.length, `${d.code} description`).toBeGreaterThan(20);
      expect(d.example.length, `${d.code} example`).toBeGreaterThan(0);
      if (/^MOF[123]/.test(d.code)) expect(d.source, `${d.code} source`).toBeTruthy();
    }
    const doc = generator.renderDiagnosticsDoc(defs);
    for (const c of codes) expect(doc).toContain(`### ${c}\n`);
  });
});
