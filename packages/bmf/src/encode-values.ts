/**
 * MOF types, values and qualifiers → object-model records (bmf-format.md §4.4-§4.6).
 *
 * A declaration without a value stores its declared type code; a value is stored with the
 * type of its literal, as mofcomp does: every integer as sint32 (values from 2^31 to 2^32 - 1
 * keep their 32 bits), reals as real64, a char16 literal as sint16, strings (datetime and
 * references too) as string, and `$alias` as string | 0x4000. The declared type survives only
 * in the CIMTYPE qualifier, spelled as the source spells it.
 */
import type { EmbeddedInstanceValue, Qualifier, TypeRef, Value } from "@mofkit/syntax";
import { qualifierRecord, type DeclaredType, type EncodeContext } from "./encode-context.js";
import type { BmfObject, BmfQualifier, BmfScalar, BmfValue } from "./model.js";
import { arrayFlag, byRefFlag, typeCode } from "./type-codes.js";

/** CIMTYPE's flavors (ToInstance | ToSubclass) on every record mofcomp gives one. */
export const cimTypeFlavor = 0x3;

const integerTypes = new Set(["uint8", "sint8", "uint16", "sint16", "uint32", "sint32", "uint64", "sint64"]);
const int32Min = -(2n ** 31n);
const uint32Limit = 2n ** 32n;
const int64Min = -(2n ** 63n);
const int64Limit = 2n ** 63n;
const uint64Limit = 2n ** 64n;

/** A value as the model stores it: its storage type code and the value (undefined: none). */
export interface StoredValue {
  code: number;
  value: BmfValue | undefined;
}

/** The type code of a declaration without a value (arrays add 0x2000 themselves). */
export function declaredCode(t: TypeRef): number {
  switch (t.kind) {
    case "PrimitiveType":
      return typeCode[t.name];
    case "ObjectType":
    case "ClassType":
      return typeCode.object;
    case "ReferenceType":
      return typeCode.reference;
    case "VoidType":
      return typeCode.void;
  }
}

/** The code mofcomp stores a value of the declared type under (used for NULL and `{}`). */
export function storageCode(t: TypeRef | undefined): number {
  if (!t) return typeCode.string;
  switch (t.kind) {
    case "PrimitiveType":
      if (integerTypes.has(t.name)) return typeCode.sint32;
      if (t.name === "real32" || t.name === "real64") return typeCode.real64;
      if (t.name === "char16") return typeCode.sint16;
      if (t.name === "boolean") return typeCode.boolean;
      return typeCode.string;
    case "ReferenceType":
      return typeCode.string;
    case "ObjectType":
    case "ClassType":
      return typeCode.object;
    case "VoidType":
      return typeCode.string;
  }
}

/** CIMTYPE: `uint32` as spelled, `object`, `object:Class`, `ref`, `ref:Class`. */
export function cimTypeText(ctx: EncodeContext, t: TypeRef): string {
  switch (t.kind) {
    case "PrimitiveType":
      return ctx.spelling(t);
    case "ObjectType":
      return "object";
    case "ClassType":
      return `object:${t.className.name}`;
    case "ReferenceType":
      return t.className ? `ref:${t.className.name}` : "ref";
    case "VoidType":
      return "void";
  }
}

export function cimTypeQualifier(ctx: EncodeContext, t: TypeRef): BmfQualifier {
  return qualifierRecord("CIMTYPE", typeCode.string, cimTypeText(ctx, t), cimTypeFlavor);
}

export interface ValueSite {
  /** What the value belongs to, for messages (built only when one is needed). */
  what: () => string;
  /** The declared type, when known: decides the type code of NULL and of an empty array. */
  declared: DeclaredType | undefined;
  /** Builds the object record of an embedded instance. */
  embed: (e: EmbeddedInstanceValue) => BmfObject | undefined;
}

/** The stored form of a value; undefined after an error. NULL is "no value". */
export function storeValue(ctx: EncodeContext, v: Value, site: ValueSite): StoredValue | undefined {
  if (v.kind === "Null") {
    const d = site.declared;
    return { code: d ? declaredCode(d.type) | (d.array ? arrayFlag : 0) : typeCode.string, value: undefined };
  }
  if (v.kind !== "Array") return storeScalar(ctx, v, site);
  const parts: StoredValue[] = [];
  for (const e of v.elements) {
    if (e.kind === "Null" || e.kind === "Array") {
      ctx.unsupported(site.what(), `an array element cannot be ${e.kind === "Null" ? "NULL" : "an array"}`, e.span);
      return undefined;
    }
    const s = storeScalar(ctx, e, site);
    if (!s) return undefined;
    parts.push(s);
  }
  const code = elementCode(ctx, parts, site, v);
  if (code === undefined) return undefined;
  const values = parts.map((p, i) => convert(p, code, v.elements[i]));
  return { code: code | arrayFlag, value: values };
}

function storeScalar(ctx: EncodeContext, v: Value, site: ValueSite): StoredValue | undefined {
  switch (v.kind) {
    case "Integer":
      return storeInteger(ctx, v.value, site, v.span);
    case "Real":
      return { code: typeCode.real64, value: v.value };
    case "String":
      return { code: typeCode.string, value: v.value };
    case "Char":
      return { code: typeCode.sint16, value: v.value.charCodeAt(0) };
    case "Boolean":
      return { code: typeCode.boolean, value: v.value };
    case "AliasRef":
      return { code: typeCode.string | byRefFlag, value: v.name };
    case "EmbeddedInstance": {
      const obj = site.embed(v);
      return obj && { code: typeCode.object, value: obj };
    }
    default:
      ctx.unsupported(site.what(), `its value could not be read`, v.span);
      return undefined;
  }
}

function storeInteger(ctx: EncodeContext, n: bigint, site: ValueSite, span: Value["span"]): StoredValue | undefined {
  if (n >= int32Min && n < uint32Limit) return { code: typeCode.sint32, value: Number(BigInt.asIntN(32, n)) };
  if (n >= int64Min && n < int64Limit) {
    ctx.guess(`the integer ${n} in ${site.what()}`, "sint64", span);
    return { code: typeCode.sint64, value: n };
  }
  if (n >= 0n && n < uint64Limit) {
    ctx.guess(`the integer ${n} in ${site.what()}`, "uint64", span);
    return { code: typeCode.uint64, value: n };
  }
  ctx.unsupported(site.what(), `the integer ${n} does not fit in 64 bits`, span);
  return undefined;
}

/** One storage type for all elements: integers widen to real64 or 64 bits when they must. */
function elementCode(ctx: EncodeContext, parts: StoredValue[], site: ValueSite, v: Value): number | undefined {
  if (parts.length === 0) return storageCode(site.declared?.type);
  const set = new Set(parts.map((p) => p.code));
  if (set.size === 1) return parts[0].code;
  const has = (c: number) => set.has(c);
  const only = (...cs: number[]) => [...set].every((c) => cs.includes(c));
  if (only(typeCode.sint32, typeCode.real64)) return typeCode.real64;
  if (only(typeCode.sint32, typeCode.sint64, typeCode.uint64)) {
    const negative = v.kind === "Array" && v.elements.some((e) => e.kind === "Integer" && e.value < 0n);
    return has(typeCode.uint64) && !negative ? typeCode.uint64 : typeCode.sint64;
  }
  if (only(typeCode.string, typeCode.string | byRefFlag)) {
    ctx.guess(`${site.what()}, an array mixing alias references and strings,`, "string|byref[]", v.span);
    return typeCode.string | byRefFlag;
  }
  ctx.unsupported(site.what(), "its array elements have different types", v.span);
  return undefined;
}

/** An element's value in the array's storage type (integers widened from their literal). */
function convert(p: StoredValue, code: number, literal: Value): BmfScalar {
  if (literal.kind === "Integer") {
    if (code === typeCode.real64) return Number(literal.value);
    if (code === typeCode.sint64 || code === typeCode.uint64) return literal.value;
  }
  return p.value as BmfScalar;
}

/** Flavor keywords → trailer bits (§4.8); later keywords override earlier ones. */
export function flavorBits(flavors: readonly { name: string }[]): number {
  let bits = 0;
  for (const f of flavors) {
    switch (f.name.toLowerCase()) {
      case "toinstance":
        bits |= 0x01;
        break;
      case "nottoinstance":
        bits &= ~0x01;
        break;
      case "tosubclass":
        bits |= 0x02;
        break;
      case "nottosubclass":
      case "restricted":
        bits &= ~0x02;
        break;
      case "disableoverride":
        bits |= 0x10;
        break;
      case "enableoverride":
        bits &= ~0x10;
        break;
      case "amended":
        bits |= 0x80;
        break;
    }
  }
  return bits;
}

/** A qualifier as written: a bare name is boolean TRUE, values are stored by literal type. */
export function encodeQualifier(ctx: EncodeContext, q: Qualifier, owner: () => string): BmfQualifier | undefined {
  const bits = flavorBits(q.flavors);
  if (q.value === undefined) return qualifierRecord(q.name.name, typeCode.boolean, true, bits);
  const what = () => `qualifier ${q.name.name} of ${owner()}`;
  if (q.value.kind === "Null") {
    ctx.unsupported(what(), "a qualifier value cannot be NULL", q.span);
    return undefined;
  }
  const site: ValueSite = {
    what,
    declared: undefined,
    embed: (e) => {
      ctx.unsupported(what(), "a qualifier value cannot be an embedded instance", e.span);
      return undefined;
    },
  };
  const stored = storeValue(ctx, q.value, site);
  if (!stored || stored.value === undefined) return undefined;
  return qualifierRecord(q.name.name, stored.code, stored.value, bits);
}

export function encodeQualifiers(ctx: EncodeContext, qs: readonly Qualifier[], owner: () => string): BmfQualifier[] {
  const out: BmfQualifier[] = [];
  for (const q of qs) {
    const r = encodeQualifier(ctx, q, owner);
    if (r) out.push(r);
  }
  return out;
}
