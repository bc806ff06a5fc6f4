/**
 * Stored values → MOF literals. mofcomp stores every integer default as sint32, reals as real64,
 * char16 as sint16 and datetime/references as strings (bmf-format.md §4.6), so the declared
 * type (from CIMTYPE) decides the literal: a sint16 227 declared char16 prints as '\xE3'.
 */
import type { EmbeddedInstanceValue, PropertyValue, TypeRef, Value } from "@mofkit/syntax";
import type { AstContext } from "./ast-context.js";
import { identifier, spanOf } from "./ast-context.js";
import type { BmfObject, BmfScalar, BmfType, BmfValue } from "./model.js";
import { typeCode } from "./type-codes.js";
import { toAstQualifiers } from "./ast-qualifiers.js";

const unsignedTypes = new Set(["uint8", "uint16", "uint32", "uint64"]);

export interface ValueSite {
  /** What the value belongs to, for messages: `default of property 'X'` (built only when needed). */
  what: () => string;
  /** Payload offset of the record holding the value. */
  offset: number;
  storage: BmfType;
  /** The declared type, when there is one (class properties and parameters). */
  declared: TypeRef | undefined;
}

/** The value as a MOF literal; undefined (after a warning) when MOF cannot spell it. */
export function toAstValue(ctx: AstContext, value: BmfValue, site: ValueSite): Value | undefined {
  const span = { start: site.offset, end: site.offset };
  if (Array.isArray(value)) {
    const elements: Value[] = [];
    for (const e of value) {
      const v = scalarValue(ctx, e, site);
      if (!v) return undefined;
      elements.push(v);
    }
    return { kind: "Array", elements, span };
  }
  return scalarValue(ctx, value, site);
}

function scalarValue(ctx: AstContext, value: BmfScalar, site: ValueSite): Value | undefined {
  const span = { start: site.offset, end: site.offset };
  const declared = site.declared?.kind === "PrimitiveType" ? site.declared.name : undefined;
  if (value === null) return { kind: "Null", span };
  switch (typeof value) {
    case "boolean":
      return { kind: "Boolean", value, span };
    case "string":
      if (site.storage.byRef) return { kind: "AliasRef", name: value, span };
      if (site.storage.base === typeCode.char16 || declared === "char16") return { kind: "Char", value, span };
      return { kind: "String", value, span };
    case "bigint":
      return { kind: "Integer", value, radix: 10, span };
    case "number": {
      const isReal = site.storage.base === typeCode.real32 || site.storage.base === typeCode.real64;
      if (isReal || declared === "real32" || declared === "real64") {
        const text = formatReal(value);
        if (text === undefined) {
          ctx.lost(site.what(), site.offset, `the real value ${value} has no MOF literal`);
          return undefined;
        }
        return { kind: "Real", value, text, span };
      }
      if (declared === "char16") return { kind: "Char", value: String.fromCharCode(value & 0xffff), span };
      // A negative sint32 declared unsigned is the same 32 bits read unsigned (§4.6 leaves
      // values of 2^31 and up open; this is the only reading that keeps the bits).
      const n = value < 0 && declared !== undefined && unsignedTypes.has(declared) ? value + 2 ** 32 : value;
      return { kind: "Integer", value: BigInt(n), radix: 10, span };
    }
    default:
      return embeddedInstance(ctx, value, site);
  }
}

function embeddedInstance(ctx: AstContext, obj: BmfObject, site: ValueSite): EmbeddedInstanceValue | undefined {
  if (obj.kind !== "instance") {
    ctx.lost(
      site.what(),
      obj.offset,
      `an embedded ${obj.kind} object is not a value MOF can write (only 'instance of')`,
    );
    return undefined;
  }
  const sys = systemProperties(obj);
  const className = sys.get("__CLASS");
  if (typeof className !== "string" || !ctx.checkName("embedded instance class", className, obj.offset)) {
    ctx.missingName("embedded instance", obj.offset);
    return undefined;
  }
  if (obj.qualifiers && obj.qualifiers.length > 0) {
    ctx.lost(
      `qualifiers of the embedded instance of ${className}`,
      obj.offset,
      "an embedded instance has no qualifier syntax",
    );
  }
  const alias = sys.get("__ALIAS");
  return {
    kind: "EmbeddedInstance",
    qualifiers: [],
    className: identifier(className, spanOf(obj)),
    alias: typeof alias === "string" ? { kind: "Alias", name: alias, span: spanOf(obj) } : undefined,
    properties: instancePropertyValues(ctx, obj, className),
    span: spanOf(obj),
  };
}

/** `Name = value;` entries of an instance: its user properties, with null for "no value". */
export function instancePropertyValues(ctx: AstContext, obj: BmfObject, className: string): PropertyValue[] {
  const out: PropertyValue[] = [];
  for (const p of obj.properties) {
    if (p.name.startsWith("__") || !ctx.checkName("property", p.name, p.offset)) continue;
    const declared = ctx.declaredTypeOf(className, p.name);
    const site: ValueSite = {
      what: () => `value of ${className}.${p.name}`,
      offset: p.offset,
      storage: p.type,
      declared,
    };
    const value = p.value === undefined ? ({ kind: "Null", span: spanOf(p) } as const) : toAstValue(ctx, p.value, site);
    if (!value) continue;
    const qualifiers = toAstQualifiers(ctx, p.qualifiers, `${className}.${p.name}`);
    out.push({ kind: "PropertyValue", qualifiers, name: identifier(p.name, spanOf(p)), value, span: spanOf(p) });
  }
  return out;
}

/** System property values (`__CLASS`, `__NAMESPACE`, ...) by name. */
export function systemProperties(obj: BmfObject): Map<string, BmfValue | undefined> {
  const out = new Map<string, BmfValue | undefined>();
  for (const p of obj.properties) if (p.name.startsWith("__")) out.set(p.name.toUpperCase(), p.value);
  return out;
}

/** A MOF real literal (`1.5`, `2.0e+21`) for a finite number; undefined for NaN and infinities. */
export function formatReal(x: number): string | undefined {
  if (!Number.isFinite(x)) return undefined;
  const s = Object.is(x, -0) ? "-0" : String(x);
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? "" : s.slice(e);
  return (mantissa.includes(".") ? mantissa : `${mantissa}.0`) + exponent;
}
