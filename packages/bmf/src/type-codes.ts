/** CIM type codes as BMF stores them (bmf-format.md §4.6), and the flavor bits of §4.8. */
import type { BmfType } from "./model.js";

export const arrayFlag = 0x2000;
export const byRefFlag = 0x4000;

export const typeCode = {
  void: 0,
  sint16: 2,
  sint32: 3,
  real32: 4,
  real64: 5,
  string: 8,
  boolean: 11,
  object: 13,
  sint8: 16,
  uint8: 17,
  uint16: 18,
  uint32: 19,
  sint64: 20,
  uint64: 21,
  datetime: 101,
  reference: 102,
  char16: 103,
} as const;

const names = new Map<number, string>(Object.entries(typeCode).map(([name, code]) => [code, name]));

/** Bytes of a scalar value of each fixed-size type; strings and objects are variable. */
const fixedSizes = new Map<number, number>([
  [typeCode.sint16, 2],
  [typeCode.sint32, 4],
  [typeCode.real32, 4],
  [typeCode.real64, 8],
  [typeCode.boolean, 2],
  [typeCode.sint8, 1],
  [typeCode.uint8, 1],
  [typeCode.uint16, 2],
  [typeCode.uint32, 4],
  [typeCode.sint64, 8],
  [typeCode.uint64, 8],
  [typeCode.char16, 2],
]);

/** String-valued types: datetime and references are stored as their text. */
export function isStringType(base: number): boolean {
  return base === typeCode.string || base === typeCode.datetime || base === typeCode.reference;
}

export function fixedSize(base: number): number | undefined {
  return fixedSizes.get(base);
}

export function typeName(base: number): string | undefined {
  return names.get(base);
}

export function decodeType(code: number): BmfType {
  const array = (code & arrayFlag) !== 0;
  const byRef = (code & byRefFlag) !== 0;
  const base = (code & ~(arrayFlag | byRefFlag)) >>> 0;
  let name = names.get(base) ?? `type(0x${base.toString(16)})`;
  if (array) name += "[]";
  if (byRef) name += "|byref";
  return { code, base, array, byRef, name };
}

/** Whether a value of this base type can be read (void and unknown codes cannot). */
export function isKnownValueType(base: number): boolean {
  return fixedSizes.has(base) || isStringType(base) || base === typeCode.object;
}

const flavorBitNames: [number, string][] = [
  [0x01, "ToInstance"],
  [0x02, "ToSubclass"],
  [0x10, "DisableOverride"],
  [0x80, "Amended"],
];

/** Names of the flavor bits set in `bits`; unknown bits come last as one hex value. */
export function flavorNames(bits: number): string[] {
  const out: string[] = [];
  let rest = bits >>> 0;
  for (const [bit, name] of flavorBitNames) {
    if (rest & bit) {
      out.push(name);
      rest &= ~bit;
    }
  }
  if (rest !== 0) out.push(`0x${rest.toString(16)}`);
  return out;
}
