import type { Diagnostic, Location } from "@mofkit/diagnostics";
import type { RenderInput, Summary } from "./types.js";

/** The JSON output is a public API: keep these names and shapes stable. */
export interface JsonRange {
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

export interface JsonRelated extends JsonRange {
  message: string;
}

export interface JsonDiagnostic extends JsonRange {
  code: string;
  severity: "error" | "warning";
  message: string;
  /** Present only when the diagnostic has related locations. */
  related?: JsonRelated[];
}

export interface JsonOutput {
  diagnostics: JsonDiagnostic[];
  summary: Summary;
}

function range(loc: Location | undefined): JsonRange {
  if (!loc) return { file: null, line: null, column: null, endLine: null, endColumn: null };
  return {
    file: loc.file,
    line: loc.start.line,
    column: loc.start.column,
    endLine: loc.end.line,
    endColumn: loc.end.column,
  };
}

function toJson(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = { code: d.code, severity: d.severity, message: d.message, ...range(d.location) };
  if (d.related && d.related.length > 0) {
    out.related = d.related.map((r) => ({ message: r.message, ...range(r.location) }));
  }
  return out;
}

/**
 * One JSON object, indented by two spaces. Lines and columns are 1-based; `endColumn` is exclusive
 * (the column just after the span). Location-less diagnostics have `null` file and positions.
 */
export function renderJson(input: RenderInput): string {
  const s = input.summary;
  const output: JsonOutput = {
    diagnostics: input.diagnostics.map(toJson),
    // Copied field by field so the output has exactly the documented keys in a fixed order.
    summary: {
      files: s.files,
      classes: s.classes,
      qualifierTypes: s.qualifierTypes,
      instances: s.instances,
      errors: s.errors,
      warnings: s.warnings,
    },
  };
  return JSON.stringify(output, null, 2) + "\n";
}
