/**
 * The type of a property, parameter, method result or qualifier (mof-language.md §5).
 */
import type { Identifier, PrimitiveTypeName } from "@mofkit/syntax";
import type { SchemaClass } from "./class.js";

export type DataType = PrimitiveDataType | ReferenceDataType | ObjectDataType | VoidDataType;

export interface PrimitiveDataType {
  kind: "primitive";
  name: PrimitiveTypeName;
}

/** `Class ref`, or Microsoft `object ref` (no class). */
export interface ReferenceDataType {
  kind: "reference";
  className: Identifier | undefined;
  /** Resolved after binding (references may name classes declared later). */
  target: SchemaClass | undefined;
}

/** An embedded object: Microsoft `object` (no class) or a class name used as a type. */
export interface ObjectDataType {
  kind: "object";
  className: Identifier | undefined;
  target: SchemaClass | undefined;
}

/** Microsoft (and MOF 3) `void` method result. */
export interface VoidDataType {
  kind: "void";
}

/** Scalar, variable-length `[]`, or fixed-size `[N]`. */
export type ArrayKind = { kind: "scalar" } | { kind: "variable" } | { kind: "fixed"; size: number };

export const scalar: ArrayKind = Object.freeze({ kind: "scalar" });

export interface IntegerRange {
  min: bigint;
  max: bigint;
  bits: 8 | 16 | 32 | 64;
  signed: boolean;
}

const range = (bits: 8 | 16 | 32 | 64, signed: boolean): IntegerRange => ({
  bits,
  signed,
  min: signed ? -(1n << BigInt(bits - 1)) : 0n,
  max: signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n,
});

export const integerRanges: Readonly<Partial<Record<PrimitiveTypeName, IntegerRange>>> = {
  uint8: range(8, false),
  sint8: range(8, true),
  uint16: range(16, false),
  sint16: range(16, true),
  uint32: range(32, false),
  sint32: range(32, true),
  uint64: range(64, false),
  sint64: range(64, true),
};

export function isIntegerType(t: DataType): boolean {
  return t.kind === "primitive" && integerRanges[t.name] !== undefined;
}

export function isRealType(t: DataType): boolean {
  return t.kind === "primitive" && (t.name === "real32" || t.name === "real64");
}

/** The type as MOF spells it: `uint32`, `CIM_X ref`, `object ref`, `object`, `Ex_Part`, `void`. */
export function typeName(t: DataType): string {
  switch (t.kind) {
    case "primitive":
      return t.name;
    case "reference":
      return `${t.className?.name ?? "object"} ref`;
    case "object":
      return t.className?.name ?? "object";
    case "void":
      return "void";
  }
}

export function arraySuffix(a: ArrayKind): string {
  return a.kind === "scalar" ? "" : a.kind === "variable" ? "[]" : `[${a.size}]`;
}
