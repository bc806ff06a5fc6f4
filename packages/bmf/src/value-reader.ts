/**
 * Values of qualifiers and properties (bmf-format.md §4.6): fixed-size scalars, NUL-terminated
 * UTF-16 strings, embedded object records, and arrays of any of these. Every size is checked
 * against the record that holds the value before anything is read.
 */
import { codes } from "@mofkit/diagnostics";
import { formatOffset } from "./bmf-diagnostic.js";
import { hex } from "./bytes.js";
import type { BmfScalar, BmfType, BmfValue, BmfValueLayout } from "./model.js";
import { readObject } from "./object-reader.js";
import type { ReadContext, Where } from "./read-context.js";
import { fixedSize, isStringType, typeCode } from "./type-codes.js";

/** The smallest object record (its fixed header), used to bound element counts. */
const minObjectSize = 20;
/** Array header: total, dimensions, count, row length. */
const arrayHeaderSize = 16;

export interface ReadValue {
  value: BmfValue;
  layout: BmfValueLayout;
}

/** Reads a value of `type` at `at`; `end` is the end of the record holding it. */
export function readValue(
  ctx: ReadContext,
  type: BmfType,
  at: number,
  end: number,
  where: Where,
  depth: number,
): ReadValue | undefined {
  if (type.array) return readArray(ctx, type, at, end, where, depth);
  const scalar = readScalar(ctx, type, at, end, where, depth);
  return scalar && { value: scalar.value, layout: { offset: at } };
}

interface ReadScalar {
  value: BmfScalar;
  next: number;
}

function readScalar(
  ctx: ReadContext,
  type: BmfType,
  at: number,
  end: number,
  where: Where,
  depth: number,
): ReadScalar | undefined {
  const b = ctx.bytes;
  const base = type.base;
  const size = fixedSize(base);
  if (size !== undefined) {
    if (!b.fits(at, size, end)) {
      ctx.overrun(
        where,
        at,
        `a ${type.name} value needs ${size} bytes but the record ends ${Math.max(0, end - at)} bytes later`,
      );
      return undefined;
    }
    return { value: fixedValue(b.view, base, at), next: at + size };
  }
  if (isStringType(base)) {
    const s = b.utf16z(at, end);
    if (!s) {
      ctx.report(codes.bmfUnterminatedString, { what: where(), offset: formatOffset(at) }, at);
      return undefined;
    }
    return { value: s.text, next: s.next };
  }
  if (base === typeCode.object) {
    const obj = readObject(ctx, at, end, () => `embedded object in ${where()}`, depth + 1);
    return obj && { value: obj, next: at + obj.length };
  }
  ctx.report(codes.bmfUnknownType, { code: hex(type.code), what: where(), offset: formatOffset(at) }, at);
  return undefined;
}

function fixedValue(view: DataView, base: number, at: number): BmfScalar {
  switch (base) {
    case typeCode.sint8:
      return view.getInt8(at);
    case typeCode.uint8:
      return view.getUint8(at);
    case typeCode.sint16:
      return view.getInt16(at, true);
    case typeCode.uint16:
      return view.getUint16(at, true);
    case typeCode.sint32:
      return view.getInt32(at, true);
    case typeCode.uint32:
      return view.getUint32(at, true);
    case typeCode.sint64:
      return view.getBigInt64(at, true);
    case typeCode.uint64:
      return view.getBigUint64(at, true);
    case typeCode.real32:
      return view.getFloat32(at, true);
    case typeCode.real64:
      return view.getFloat64(at, true);
    case typeCode.boolean:
      // mofcomp writes 0xFFFF for true; read any non-zero value as true.
      return view.getUint16(at, true) !== 0;
    case typeCode.char16:
      return String.fromCharCode(view.getUint16(at, true));
    default:
      return null;
  }
}

/**
 * `u32 total, u32 1, u32 count, u32 rowLength, elements..., slack`: the row runs from the
 * rowLength field to rowLength bytes later. Elements are packed with no padding between them.
 */
function readArray(
  ctx: ReadContext,
  type: BmfType,
  at: number,
  end: number,
  where: Where,
  depth: number,
): ReadValue | undefined {
  const b = ctx.bytes;
  const bad = (detail: string) => {
    ctx.report(codes.bmfMalformedArray, { what: where(), offset: formatOffset(at), detail }, at);
    return undefined;
  };
  if (!b.fits(at, arrayHeaderSize, end)) return bad(`its 16-byte header runs past the end of the record`);
  const total = b.u32(at);
  const dimensions = b.u32(at + 4);
  const count = b.u32(at + 8);
  const rowLength = b.u32(at + 12);
  if (dimensions !== 1) return bad(`it has ${dimensions} dimensions; only 1 is known`);
  const rowEnd = at + 12 + rowLength;
  if (rowLength < 4 || rowEnd > end) {
    return bad(`its row of ${rowLength} bytes runs past the end of the record (${end - at - 12} bytes left)`);
  }
  if (total !== 12 + rowLength) {
    ctx.layout(where, at, `the array's total size ${total} is not 12 + its row length ${rowLength}`);
  }
  let p = at + arrayHeaderSize;
  const room = rowEnd - p;
  const size = fixedSize(type.base);
  const least = size ?? (isStringType(type.base) ? 2 : type.base === typeCode.object ? minObjectSize : 1);
  if (count > Math.floor(room / least)) {
    return bad(`${count} elements cannot fit in its ${room} bytes of element data`);
  }
  const elements: BmfScalar[] = [];
  for (let i = 0; i < count; i++) {
    const element = readScalar(ctx, type, p, rowEnd, () => `element ${i} of ${where()}`, depth);
    if (!element) return undefined;
    elements.push(element.value);
    p = element.next;
  }
  return { value: elements, layout: { offset: at, count, rowLength, slack: rowEnd - p } };
}
