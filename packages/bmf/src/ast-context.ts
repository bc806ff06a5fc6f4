/**
 * Helpers shared by the object model → AST conversion: node spans, identifiers and warnings.
 * Spans hold payload byte offsets (start and end of the record a node came from), so a later
 * phase that reports on a decoded class can still say where in the blob it is.
 */
import { codes } from "@mofkit/diagnostics";
import type { Identifier, Span, TypeRef } from "@mofkit/syntax";
import { bmfDiagnostic, formatOffset, type BmfDiagnostic } from "./bmf-diagnostic.js";

const identifierPattern = /^[A-Za-z_\u0080-\uFFEF][A-Za-z0-9_\u0080-\uFFEF]*$/;

export function isMofIdentifier(name: string): boolean {
  return identifierPattern.test(name);
}

export function spanOf(record: { offset: number; length?: number }): Span {
  return { start: record.offset, end: record.offset + (record.length ?? 0) };
}

export function identifier(name: string, span: Span): Identifier {
  return { kind: "Identifier", name, span };
}

export class AstContext {
  readonly diagnostics: BmfDiagnostic[] = [];

  constructor(
    /** Declared types of instance properties, from the classes in the same blob. */
    readonly declaredTypeOf: (className: string, property: string) => TypeRef | undefined = () => undefined,
  ) {}

  /** Something the MOF text cannot show; it stays in the model (and in `dump`). */
  lost(what: string, offset: number, detail: string): void {
    this.diagnostics.push(
      bmfDiagnostic(codes.bmfNotRepresentable, { what, offset: formatOffset(offset), detail }, offset, "payload"),
    );
  }

  methodShape(method: string, offset: number, detail: string): void {
    this.diagnostics.push(
      bmfDiagnostic(codes.bmfMethodShape, { method, offset: formatOffset(offset), detail }, offset, "payload"),
    );
  }

  missingName(kind: string, offset: number): void {
    this.diagnostics.push(
      bmfDiagnostic(codes.bmfMissingClassName, { kind, offset: formatOffset(offset) }, offset, "payload"),
    );
  }

  /** True when `name` can be written as a MOF identifier; otherwise reports it. */
  checkName(what: string | (() => string), name: string, offset: number): boolean {
    if (isMofIdentifier(name)) return true;
    const label = typeof what === "string" ? what : what();
    this.lost(`${label} ${JSON.stringify(name)}`, offset, "the name is not a MOF identifier");
    return false;
  }
}
