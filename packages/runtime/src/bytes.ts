/**
 * Bounds-checked little-endian access to WNODE and WMIREGINFO bytes. Every read and write checks
 * the range first and raises a WnodeError (MOF37xx) naming the structure and field, so malformed
 * input never surfaces as a typed-array RangeError.
 */
import { runtimeDiagnostics as codes } from "@mofkit/diagnostics";

export class WnodeError extends Error {
  readonly code: string;
  /** The structure being read or written: `WNODE_ALL_DATA`, `WMIREGGUID[1]`, … */
  readonly structure: string;
  /** The field at fault: `DataBlockOffset`, `OffsetInstanceDataAndLength[2]`, … */
  readonly field: string;
  constructor(code: string, message: string, structure: string, field: string) {
    super(message);
    this.name = "WnodeError";
    this.code = code;
    this.structure = structure;
    this.field = field;
  }
}

export function truncated(structure: string, field: string, start: number, end: number, length: number): WnodeError {
  const d = codes.wnodeTruncated;
  return new WnodeError(d.code, d.message.format({ structure, field, start, end, length }), structure, field);
}

export function outOfRange(
  structure: string,
  field: string,
  value: number,
  start: number,
  end: number,
  length: number,
): WnodeError {
  const d = codes.wnodeOffsetOutOfRange;
  return new WnodeError(d.code, d.message.format({ structure, field, value, start, end, length }), structure, field);
}

export function wrongKind(structure: string, flags: number, expected: string): WnodeError {
  const d = codes.wnodeWrongKind;
  return new WnodeError(d.code, d.message.format({ structure, flags: hex32(flags), expected }), structure, "Flags");
}

export function badValue(structure: string, field: string, value: unknown, reason: string): WnodeError {
  const d = codes.wnodeBadValue;
  return new WnodeError(d.code, d.message.format({ structure, field, value: String(value), reason }), structure, field);
}

export function hex32(v: number): string {
  return `0x${(v >>> 0).toString(16).toUpperCase().padStart(8, "0")}`;
}

export function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** A view of bytes with checked accessors; `structure` names what is being read for errors. */
export class Bytes {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    public structure: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length(): number {
    return this.bytes.length;
  }
  check(offset: number, size: number, field: string): void {
    if (!Number.isInteger(offset) || offset < 0 || offset + size > this.bytes.length) {
      throw truncated(this.structure, field, offset, offset + size, this.bytes.length);
    }
  }
  u16(offset: number, field: string): number {
    this.check(offset, 2, field);
    return this.view.getUint16(offset, true);
  }
  u32(offset: number, field: string): number {
    this.check(offset, 4, field);
    return this.view.getUint32(offset, true);
  }
  u64(offset: number, field: string): bigint {
    this.check(offset, 8, field);
    return this.view.getBigUint64(offset, true);
  }
  i64(offset: number, field: string): bigint {
    this.check(offset, 8, field);
    return this.view.getBigInt64(offset, true);
  }
  guid(offset: number, field: string): string {
    this.check(offset, 16, field);
    return formatGuidBytes(this.bytes, offset);
  }
  setU16(offset: number, value: number, field: string): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff)
      throw badValue(this.structure, field, value, "a USHORT is 0 to 65535");
    this.check(offset, 2, field);
    this.view.setUint16(offset, value, true);
  }
  setU32(offset: number, value: number, field: string): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
      throw badValue(this.structure, field, value, "a ULONG is 0 to 4294967295");
    this.check(offset, 4, field);
    this.view.setUint32(offset, value, true);
  }
  setU64(offset: number, value: bigint, field: string): void {
    if (value < 0n || value > 0xffffffffffffffffn)
      throw badValue(this.structure, field, value, "a 64-bit unsigned value");
    this.check(offset, 8, field);
    this.view.setBigUint64(offset, value, true);
  }
  setI64(offset: number, value: bigint, field: string): void {
    if (value < -(1n << 63n) || value >= 1n << 63n)
      throw badValue(this.structure, field, value, "a 64-bit signed value");
    this.check(offset, 8, field);
    this.view.setBigInt64(offset, value, true);
  }
  setGuid(offset: number, guid: string, field: string): void {
    const g = guidBytes(guid, this.structure, field);
    this.check(offset, 16, field);
    this.bytes.set(g, offset);
  }
  /** A counted string (§2.13): USHORT byte count, then UTF-16LE. */
  countedString(offset: number, field: string): string {
    const n = this.u16(offset, field);
    if (n % 2 !== 0) throw badValue(this.structure, field, n, "the byte count of a UTF-16 string is even");
    this.check(offset + 2, n, field);
    return utf16.decode(this.bytes.subarray(offset + 2, offset + 2 + n));
  }
  /** Writes a counted string; returns the offset after it. */
  setCountedString(offset: number, text: string, field: string): number {
    const n = text.length * 2;
    this.setU16(offset, n, field);
    this.check(offset + 2, n, field);
    for (let i = 0; i < text.length; i++) this.view.setUint16(offset + 2 + 2 * i, text.charCodeAt(i), true);
    return offset + 2 + n;
  }
}

const utf16 = new TextDecoder("utf-16le");

/** Bytes of a counted string holding `text`. */
export function countedStringSize(text: string): number {
  return 2 + text.length * 2;
}

const guidPattern = /^\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i;

/** `15D851F1-6539-11D1-A529-00A0C9062910` (upper case, no braces) for any accepted spelling. */
export function normalizeGuid(guid: string, structure = "GUID", field = "Guid"): string {
  const m = guidPattern.exec(guid.trim());
  if (!m || guid.trim().startsWith("{") !== guid.trim().endsWith("}")) {
    throw badValue(structure, field, guid, "a GUID is 32 hex digits in 8-4-4-4-12 groups, optionally in braces");
  }
  return `${m[1]}-${m[2]}-${m[3]}-${m[4]}-${m[5]}`.toUpperCase();
}

/** The 16 bytes of a GUID (§2.1: Data1-3 little-endian, Data4 in text order). */
export function guidBytes(guid: string, structure = "GUID", field = "Guid"): Uint8Array {
  const hex = normalizeGuid(guid, structure, field).replace(/-/g, "");
  const out = new Uint8Array(16);
  const v = new DataView(out.buffer);
  v.setUint32(0, parseInt(hex.slice(0, 8), 16), true);
  v.setUint16(4, parseInt(hex.slice(8, 12), 16), true);
  v.setUint16(6, parseInt(hex.slice(12, 16), 16), true);
  for (let i = 0; i < 8; i++) out[8 + i] = parseInt(hex.slice(16 + 2 * i, 18 + 2 * i), 16);
  return out;
}

function formatGuidBytes(b: Uint8Array, o: number): string {
  const v = new DataView(b.buffer, b.byteOffset + o, 16);
  const h = (n: number, w: number) => n.toString(16).toUpperCase().padStart(w, "0");
  const d4 = Array.from(b.subarray(o + 8, o + 16), (x) => h(x, 2)).join("");
  return `${h(v.getUint32(0, true), 8)}-${h(v.getUint16(4, true), 4)}-${h(v.getUint16(6, true), 4)}-${d4.slice(0, 4)}-${d4.slice(4)}`;
}

/** Reads a GUID from 16 bytes at `offset` (bounds-checked). */
export function readGuid(bytes: Uint8Array, offset = 0): string {
  return new Bytes(bytes, "GUID").guid(offset, "Guid");
}
