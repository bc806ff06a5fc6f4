/**
 * Property records (bmf-format.md §4.5): declarations of classes and parameters, which carry
 * their own qualifiers, a `MAX(n)` for an array bound, what the caller generates (a parameter's
 * direction and ID) and CIMTYPE last; and the property values of instances, whose qualifier
 * list is present but holds only what the source wrote.
 */
import type { ArraySpec, PropertyValue, Qualifier, TypeRef, Value } from "@mofkit/syntax";
import { propertyRecord, qualifierRecord, type EncodeContext } from "./encode-context.js";
import { cimTypeQualifier, declaredCode, encodeQualifiers, storeValue, type ValueSite } from "./encode-values.js";
import type { BmfProperty, BmfQualifier, BmfValue } from "./model.js";
import { arrayFlag, typeCode } from "./type-codes.js";

export interface Declaration {
  name: string;
  type: TypeRef;
  array: ArraySpec | undefined;
  defaultValue: Value | undefined;
  qualifiers: readonly Qualifier[];
  /** Qualifiers mofcomp adds between MAX and CIMTYPE (a parameter's IN/OUT and ID). */
  generated?: BmfQualifier[];
  what: () => string;
  embed: ValueSite["embed"];
}

/** A declared property, parameter or return value. */
export function encodeDeclaration(ctx: EncodeContext, d: Declaration): BmfProperty {
  const qualifiers = encodeQualifiers(ctx, d.qualifiers, d.what);
  if (d.array?.size !== undefined) qualifiers.push(qualifierRecord("MAX", typeCode.sint32, d.array.size));
  if (d.generated) qualifiers.push(...d.generated);
  qualifiers.push(cimTypeQualifier(ctx, d.type));
  let code = declaredCode(d.type) | (d.array ? arrayFlag : 0);
  let value: BmfValue | undefined;
  if (d.defaultValue) {
    const stored = storeValue(ctx, d.defaultValue, {
      what: () => `the default value of ${d.what()}`,
      declared: { type: d.type, array: d.array !== undefined },
      embed: d.embed,
    });
    if (stored?.value !== undefined) {
      code = stored.code;
      value = stored.value;
    }
  }
  return propertyRecord(d.name, code, value, qualifiers);
}

/** `Name = value;` of an instance (top-level or embedded): stored type, value, own qualifiers. */
export function encodePropertyValue(
  ctx: EncodeContext,
  p: PropertyValue,
  className: string,
  embed: ValueSite["embed"],
): BmfProperty | undefined {
  const what = () => `${className}.${p.name.name}`;
  const declared = ctx.declaredType(className, p.name.name);
  const qualifiers = encodeQualifiers(ctx, p.qualifiers, what);
  const value: Value = p.value ?? { kind: "Null", span: p.span };
  const stored = storeValue(ctx, value, { what: () => `the value of ${what()}`, declared, embed });
  if (!stored) return undefined;
  return propertyRecord(p.name.name, stored.code, stored.value, qualifiers);
}
