import {
  codes,
  createDiagnostic,
  locate,
  type Diagnostic,
  type RelatedInformation,
  type SourceFile,
} from "@mofkit/diagnostics";

/** Collects preprocessor diagnostics; every message goes through the two registry entries. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  error(file: SourceFile, detail: string, start: number, end: number = start, related?: RelatedInformation[]): void {
    this.diagnostics.push(createDiagnostic(codes.preprocessor, { detail }, locate(file, start, end), related));
  }

  warning(file: SourceFile, detail: string, start: number, end: number = start, related?: RelatedInformation[]): void {
    this.diagnostics.push(createDiagnostic(codes.preprocessorWarning, { detail }, locate(file, start, end), related));
  }

  add(d: Diagnostic): void {
    this.diagnostics.push(d);
  }
}

/** Shows a token in a message: `'x'`, or "end of line" when there is none. */
export function describeToken(text: string | undefined): string {
  return text === undefined ? "end of line" : `'${text.length > 40 ? `${text.slice(0, 40)}...` : text}'`;
}
