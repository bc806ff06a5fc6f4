/**
 * Diagnostics of binary input. A blob has no lines, so each diagnostic carries the byte offset
 * it is about, and says whether that offset counts bytes of the input file (container and DS
 * stream) or of the decompressed payload (object model).
 */
import {
  createDiagnostic,
  type Diagnostic,
  type DiagnosticDef,
  type MessageParams,
  type Severity,
} from "@mofkit/diagnostics";

export type OffsetSpace = "file" | "payload";

export interface BmfDiagnostic extends Diagnostic {
  /** Where the problem is, in bytes from the start of `offsetIn`. */
  byteOffset: number;
  offsetIn: OffsetSpace;
}

/** `418 (0x1A2)`: decimal for people, hex for hex dumps. */
export function formatOffset(offset: number): string {
  return `${offset} (0x${offset.toString(16).toUpperCase()})`;
}

export function bmfDiagnostic<K extends string>(
  def: DiagnosticDef<K>,
  params: MessageParams<K>,
  byteOffset: number,
  offsetIn: OffsetSpace,
  severity: Severity = def.severity,
): BmfDiagnostic {
  return { ...createDiagnostic(def, params, undefined, undefined, severity), byteOffset, offsetIn };
}

/**
 * Gives diagnostics a location in `file` for the CLI renderers: line 1, column = byte offset + 1
 * (payload offsets are reported as such in the message; the column is only a sort key there).
 */
export function locateBmfDiagnostics(diagnostics: BmfDiagnostic[], file: string): void {
  for (const d of diagnostics) {
    const pos = { line: 1, column: d.byteOffset + 1, offset: d.byteOffset };
    d.location = { file, start: pos, end: pos };
  }
}
