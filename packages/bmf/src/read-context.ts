/**
 * Shared state of one object-model read: the payload, collected diagnostics, the flavor table
 * and the limits that keep hostile input cheap. Offsets and lengths are followed wherever they
 * point, so two lists could name the same bytes; a work budget proportional to the payload size
 * bounds the total number of records read, and a depth limit bounds recursion.
 */
import { codes, type DiagnosticDef, type MessageParams, type Severity } from "@mofkit/diagnostics";
import { bmfDiagnostic, formatOffset, type BmfDiagnostic } from "./bmf-diagnostic.js";
import { ByteReader } from "./bytes.js";

/** Deepest nesting of objects in objects (real blobs: 3, method parameters in an embedded class). */
export const maxObjectDepth = 32;

/** Describes the record being read, for messages; built only when a message needs it. */
export type Where = () => string;

export class ReadContext {
  readonly bytes: ByteReader;
  readonly diagnostics: BmfDiagnostic[] = [];
  /** Flavor bits by qualifier record offset, from the trailer. */
  readonly flavors = new Map<number, number>();
  /** Qualifier record offsets that were read, to find flavor entries that name nothing. */
  readonly qualifierOffsets = new Set<number>();
  private budget: number;
  private stopped = false;

  constructor(payload: Uint8Array) {
    this.bytes = new ByteReader(payload);
    // Every record is at least 16 bytes, so an honest payload has fewer than length/16 records.
    this.budget = Math.floor(payload.length / 4) + 64;
  }

  /** False once decoding was abandoned (budget spent); readers then return at once. */
  get running(): boolean {
    return !this.stopped;
  }

  /** Spends one unit of work for the record at `offset`; false (after one error) when none is left. */
  spend(offset: number): boolean {
    if (this.stopped) return false;
    if (--this.budget >= 0) return true;
    this.stop(offset, "makes the decoder read the same records over and over (overlapping offsets)");
    return false;
  }

  stop(offset: number, detail: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.report(codes.bmfTooComplex, { offset: formatOffset(offset), detail }, offset);
  }

  report<K extends string>(
    def: DiagnosticDef<K>,
    params: MessageParams<K>,
    offset: number,
    severity: Severity = def.severity,
  ): void {
    this.diagnostics.push(bmfDiagnostic(def, params, offset, "payload", severity));
  }

  /** A record whose length or position does not fit its container. */
  overrun(where: Where, offset: number, detail: string): void {
    this.report(codes.bmfRecordOverrun, { record: where(), offset: formatOffset(offset), detail }, offset);
  }

  /** A heap offset pointing outside its record. */
  badOffset(where: Where, offset: number, field: string, value: number, size: number): void {
    this.report(
      codes.bmfOffsetOutOfRange,
      { field, record: where(), offset: formatOffset(offset), value: formatOffset(value), size },
      offset,
    );
  }

  layout(where: Where, offset: number, detail: string): void {
    this.report(codes.bmfLayoutMismatch, { record: where(), offset: formatOffset(offset), detail }, offset);
  }
}
