import type { Position, SourceFile } from "./source-file.js";
import type { DiagnosticDef, MessageParams } from "./message.js";

export type Severity = "error" | "warning";

/** Where a diagnostic points: a file and a start/end range in it. */
export interface Location {
  file: string;
  start: Position;
  end: Position;
}

export interface RelatedInformation {
  message: string;
  location: Location;
}

export interface Diagnostic {
  /** Stable code such as `MOF1001`. */
  code: string;
  severity: Severity;
  message: string;
  /** Absent only for diagnostics about the invocation itself (no input file). */
  location?: Location;
  related?: RelatedInformation[];
}

export function locate(file: SourceFile, start: number, end: number = start): Location {
  return { file: file.path, start: file.positionAt(start), end: file.positionAt(Math.max(start, end)) };
}

/** Builds a diagnostic from a registry entry; parameter names are checked by the compiler. */
export function createDiagnostic<K extends string>(
  def: DiagnosticDef<K>,
  params: MessageParams<K>,
  location?: Location,
  related?: RelatedInformation[],
  severity: Severity = def.severity,
): Diagnostic {
  const d: Diagnostic = { code: def.code, severity, message: def.message.format(params) };
  if (location) d.location = location;
  if (related && related.length > 0) d.related = related;
  return d;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Orders diagnostics by file, then position, then code, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.location?.file ?? "";
  const fb = b.location?.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  const oa = a.location?.start.offset ?? -1;
  const ob = b.location?.start.offset ?? -1;
  if (oa !== ob) return oa - ob;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
