/**
 * Test helpers: compile MOF text in memory and return every diagnostic (front end and checker).
 * In the `dmtf` dialect the DMTF qualifier declarations are loaded first, as mof-edge-cases.md
 * assumes ("STRICT cases assume the DMTF qualifiers.mof is already loaded").
 */
import type { Diagnostic } from "@mofkit/diagnostics";
import { createMemoryHost, loadProgram, type Dialect } from "@mofkit/syntax";
import { checkProgram, dmtfQualifierDeclarationsMof, type CheckResult, type Rule } from "../../src/index.js";

export const preludePath = "qualifiers.mof";

export interface CompileResult extends CheckResult {
  /** Front-end and checker diagnostics, sorted. */
  all: Diagnostic[];
}

export function compile(
  files: Record<string, string | Uint8Array>,
  entry: string | string[],
  dialect: Dialect,
  options: { prelude?: boolean; preprocess?: boolean; rules?: readonly Rule[] } = {},
): CompileResult {
  const bytes: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) bytes[k] = typeof v === "string" ? new TextEncoder().encode(v) : v;
  const inputs = Array.isArray(entry) ? entry.slice() : [entry];
  if (dialect === "dmtf" && options.prelude !== false) {
    bytes[preludePath] = new TextEncoder().encode(dmtfQualifierDeclarationsMof());
    inputs.unshift(preludePath);
  }
  const program = loadProgram(inputs, createMemoryHost(bytes), { dialect, preprocess: options.preprocess });
  const result = checkProgram(program, { rules: options.rules });
  const all = [...program.diagnostics, ...result.diagnostics].sort((a, b) =>
    (a.location?.file ?? "") === (b.location?.file ?? "")
      ? (a.location?.start.offset ?? 0) - (b.location?.start.offset ?? 0) || (a.code < b.code ? -1 : 1)
      : (a.location?.file ?? "") < (b.location?.file ?? "")
        ? -1
        : 1,
  );
  return { ...result, all };
}

/** Compiles one MOF text (`test.mof`) and returns `CODE(severity)` strings in source order. */
export function codesOf(
  text: string,
  dialect: Dialect,
  options: { prelude?: boolean; rules?: readonly Rule[] } = {},
): string[] {
  return compile({ "test.mof": text }, "test.mof", dialect, options).all.map((d) => `${d.code}(${d.severity})`);
}

/** The diagnostics of one rule only, for focused unit tests. */
export function ruleDiagnostics(
  rule: Rule,
  text: string,
  dialect: Dialect,
  options: { prelude?: boolean } = {},
): Diagnostic[] {
  return compile({ "test.mof": text }, "test.mof", dialect, { ...options, rules: [rule] }).diagnostics;
}

/** The source text a diagnostic points at (its exact span in `test.mof`). */
export function spanText(d: Diagnostic, text: string): string {
  return text.slice(d.location!.start.offset, d.location!.end.offset);
}

/** `CODE severity 'span text'` lines, for compact assertions. */
export function summarize(diagnostics: readonly Diagnostic[], text: string): string[] {
  return diagnostics.map((d) => `${d.code} ${d.severity} '${spanText(d, text)}'`);
}

/** The source text of each related span of a diagnostic, quoted. */
export function relatedText(d: Diagnostic, text: string): string[] {
  return (d.related ?? []).map((r) => `'${text.slice(r.location.start.offset, r.location.end.offset)}'`);
}
