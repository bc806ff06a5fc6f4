/**
 * The type table of wmi-kernel.md §7.1: size, alignment and the C type wmimofck writes for each
 * MOF type of a driver data item. Alignment is the natural one (MSVC /Zp8): a scalar aligns to
 * its size, strings and datetime to 2.
 */
import type { ScalarType } from "./types.js";

export interface ScalarInfo {
  size: 1 | 2 | 4 | 8;
  cType: string;
}

export const scalarTable: Readonly<Record<ScalarType, ScalarInfo>> = {
  boolean: { size: 1, cType: "BOOLEAN" },
  uint8: { size: 1, cType: "UCHAR" },
  sint8: { size: 1, cType: "CHAR" },
  uint16: { size: 2, cType: "USHORT" },
  sint16: { size: 2, cType: "SHORT" },
  // wmimofck writes SHORT for char16 (verified against real output), not WCHAR.
  char16: { size: 2, cType: "SHORT" },
  uint32: { size: 4, cType: "ULONG" },
  sint32: { size: 4, cType: "LONG" },
  uint64: { size: 8, cType: "ULONGLONG" },
  sint64: { size: 8, cType: "LONGLONG" },
  // Not in wmimofck's table (the schema checker warns, MOF3014); laid out naturally.
  real32: { size: 4, cType: "float" },
  real64: { size: 8, cType: "double" },
};

export function isScalarType(name: string): name is ScalarType {
  return Object.prototype.hasOwnProperty.call(scalarTable, name);
}

/** 25 UTF-16 characters, no count. */
export const datetimeChars = 25;
export const datetimeSize = datetimeChars * 2;

/** Largest MaxLen whose slot still has a USHORT byte count (2n <= 65535). */
export const maxLenLimit = 32767;

export function roundUp(n: number, alignment: number): number {
  const r = n % alignment;
  return r === 0 ? n : n + alignment - r;
}
