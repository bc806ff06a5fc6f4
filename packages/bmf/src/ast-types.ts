/**
 * Declared MOF types. A class property or parameter keeps its declared type in the CIMTYPE
 * qualifier, spelled as the author wrote it (`uint32`, `UINT32`, `object:Pkg`, `ref`); the type
 * code is the declared type only when there is no value (bmf-format.md §4.6). Instances have no
 * CIMTYPE, so there the type code (the value's storage type) is all there is.
 */
import type { BmfProperty, BmfQualifier } from "./model.js";
import { primitiveTypeNames, type PrimitiveTypeName, type Span, type TypeRef } from "@mofkit/syntax";
import { identifier, isMofIdentifier } from "./ast-context.js";
import { typeCode, typeName } from "./type-codes.js";

const primitives = new Set<string>(primitiveTypeNames);

export function cimTypeQualifier(qualifiers: BmfQualifier[] | null): BmfQualifier | undefined {
  return qualifiers?.find((q) => q.name.toLowerCase() === "cimtype" && typeof q.value === "string");
}

/** A CIMTYPE spelling as a MOF type; undefined when it is not one. */
export function typeFromCimType(text: string, span: Span): TypeRef | undefined {
  const lower = text.toLowerCase();
  if (primitives.has(lower)) return { kind: "PrimitiveType", name: lower as PrimitiveTypeName, span };
  if (lower === "object") return { kind: "ObjectType", span };
  if (lower === "ref") return { kind: "ReferenceType", className: undefined, span };
  const colon = text.indexOf(":");
  if (colon > 0) {
    const head = lower.slice(0, colon);
    const cls = text.slice(colon + 1);
    if (!isMofIdentifier(cls)) return undefined;
    if (head === "object") return { kind: "ClassType", className: identifier(cls, span), span };
    if (head === "ref") return { kind: "ReferenceType", className: identifier(cls, span), span };
  }
  return undefined;
}

/** The MOF type of a type code's base; undefined for codes MOF has no type for. */
export function typeFromCode(base: number, span: Span): TypeRef | undefined {
  if (base === typeCode.void) return { kind: "VoidType", span };
  if (base === typeCode.object) return { kind: "ObjectType", span };
  if (base === typeCode.reference) return { kind: "ReferenceType", className: undefined, span };
  const name = typeName(base);
  if (name && primitives.has(name)) return { kind: "PrimitiveType", name: name as PrimitiveTypeName, span };
  return undefined;
}

/** The declared type of a property, parameter or return value: CIMTYPE first, then the type code. */
export function declaredType(p: BmfProperty, span: Span): TypeRef | undefined {
  const cim = cimTypeQualifier(p.qualifiers);
  const fromCim = cim && typeFromCimType(cim.value as string, span);
  return fromCim ?? typeFromCode(p.type.base, span);
}
