/**
 * Fixture folders with their expected diagnostics beside them (one folder per case, `input.mof`
 * with `// expect <dialect>: CODES` header lines, a `diagnostics.txt` baseline). Shared by the
 * front-end and checker edge-case suites.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { allDiagnosticDefs, type Diagnostic } from "@mofkit/diagnostics";

const defaultSeverity = new Map(allDiagnosticDefs().map((d) => [d.code, d.severity]));

export interface Expectation {
  /** `CODE(severity)` entries; sorted unless the list is open. */
  codes: string[];
  /** The list ended with `...`: cascading diagnostics may follow the first, written one. */
  open: boolean;
}

/**
 * Reads `MOF1100 MOF2202(warning) MOF2103*2 ...` or `none`. A code without `(severity)` expects
 * the registry's default severity; `*N` repeats it.
 */
export function parseExpectation(spec: string): Expectation {
  const codes: string[] = [];
  let open = false;
  for (const part of spec.trim().split(/\s+/)) {
    if (part === "none" || part === "") continue;
    if (part === "...") {
      open = true;
      continue;
    }
    const m = /^(MOF\d{4})(?:\((error|warning)\))?(?:\*(\d+))?$/.exec(part);
    if (!m) throw new Error(`bad expectation '${part}'`);
    const code = `${m[1]}(${m[2] ?? defaultSeverity.get(m[1]) ?? "unknown code"})`;
    for (let i = 0; i < Number(m[3] ?? 1); i++) codes.push(code);
  }
  return { codes: open ? codes : codes.sort(), open };
}

/** The case folders under `root`, sorted. */
export function fixtureCases(root: string): string[] {
  return readdirSync(root)
    .filter((n) => statSync(join(root, n)).isDirectory())
    .sort();
}

/** Every .mof file of a case folder, keyed by its path relative to `root`. */
export function fixtureFiles(root: string, dir: string): Record<string, Uint8Array> {
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

/** The header's expectation for one dialect, or undefined when the header has none. */
export function expectationFor(header: string, dialect: string): Expectation | undefined {
  const spec = new RegExp(`^// expect ${dialect}: (.*)$`, "m").exec(header);
  return spec ? parseExpectation(spec[1]) : undefined;
}

/** Baseline lines: one per diagnostic (range, severity, code, message), related spans indented. */
export function baselineLines(diagnostics: readonly Diagnostic[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const l = d.location;
    const where = l ? `${l.file}:${l.start.line}:${l.start.column}-${l.end.line}:${l.end.column}` : "(no location)";
    out.push(`${where} ${d.severity} ${d.code}: ${d.message}`);
    for (const r of d.related ?? []) {
      out.push(`    related ${r.location.file}:${r.location.start.line}:${r.location.start.column}: ${r.message}`);
    }
  }
  return out;
}
