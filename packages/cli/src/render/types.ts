import type { Diagnostic, SourceFile } from "@mofkit/diagnostics";

/** Counts reported at the end of `mofkit check`; the field names are part of the JSON output. */
export interface Summary {
  files: number;
  classes: number;
  qualifierTypes: number;
  instances: number;
  errors: number;
  warnings: number;
}

export interface RenderInput {
  /** Already sorted (see `compareDiagnostics`); renderers keep the order. */
  diagnostics: Diagnostic[];
  summary: Summary;
  /** Source text by file path, for code frames (may miss a file: then no frame). */
  sources: ReadonlyMap<string, SourceFile>;
  /** Only the `pretty` format uses colour; every other format ignores this. */
  color: boolean;
  toolVersion: string;
}

export type Format = "pretty" | "msbuild" | "json" | "sarif" | "github";

export const formats: readonly Format[] = ["pretty", "msbuild", "json", "sarif", "github"];

/** Joins output lines into stdout text: a trailing newline unless there is nothing to print. */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

/** Collapses line breaks so a message stays on one line in line-oriented formats. */
export function singleLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ");
}
