/**
 * Shared state of one MOF → object model conversion: the pragma state mofcomp carries from one
 * declaration to the next (namespace, class and instance flags), the declared property types of
 * the classes seen so far, diagnostics, and builders for the model's records. The records get
 * offset and length 0: the payload writer computes the real ones.
 */
import { codes, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import type { MofDocument, PrimitiveType, Span, TypeRef } from "@mofkit/syntax";
import type { BmfObject, BmfProperty, BmfQualifier, BmfValue } from "./model.js";
import { decodeType, flavorNames } from "./type-codes.js";

/** mofcomp's namespace before any `#pragma namespace`. */
export const defaultNamespace = "root\\default";

export interface EncodeModelOptions {
  /**
   * How the source spells a primitive type keyword (`UINT32`, `String`): mofcomp keeps the
   * spelling in the CIMTYPE qualifier. Undefined, or no answer: the lower-case keyword.
   */
  spelling?: (type: PrimitiveType, doc: MofDocument | undefined) => string | undefined;
}

/** A property's declared type and whether it is an array. */
export interface DeclaredType {
  type: TypeRef;
  array: boolean;
}

interface ClassTypes {
  superClass: string | undefined;
  properties: Map<string, DeclaredType>;
}

export class EncodeContext {
  readonly diagnostics: Diagnostic[] = [];
  namespace = defaultNamespace;
  classFlags = 0;
  instanceFlags = 0;
  /** The document the production being converted comes from (for locations and spellings). */
  doc: MofDocument | undefined;
  private readonly classes = new Map<string, ClassTypes>();

  constructor(readonly options: EncodeModelOptions) {}

  private locate(span: Span | undefined) {
    return span && this.doc ? this.doc.locate(span.start, span.end) : undefined;
  }

  unsupported(what: string, detail: string, span: Span | undefined): void {
    this.diagnostics.push(createDiagnostic(codes.bmfEncodeUnsupported, { what, detail }, this.locate(span)));
  }

  guess(what: string, how: string, span: Span | undefined): void {
    this.diagnostics.push(createDiagnostic(codes.bmfEncodeGuess, { what, how }, this.locate(span)));
  }

  spelling(type: PrimitiveType): string {
    return this.options.spelling?.(type, this.doc) ?? type.name;
  }

  defineClass(name: string, superClass: string | undefined, properties: Map<string, DeclaredType>): void {
    this.classes.set(name.toLowerCase(), { superClass, properties });
  }

  /** The declared type of `className.property` among the classes converted so far. */
  declaredType(className: string, property: string): DeclaredType | undefined {
    const key = property.toLowerCase();
    const seen = new Set<string>();
    let c: string | undefined = className.toLowerCase();
    while (c !== undefined && !seen.has(c)) {
      seen.add(c);
      const entry = this.classes.get(c);
      const t = entry?.properties.get(key);
      if (t) return t;
      c = entry?.superClass?.toLowerCase();
    }
    return undefined;
  }
}

export function qualifierRecord(name: string, code: number, value: BmfValue, flavorBits = 0): BmfQualifier {
  return {
    offset: 0,
    length: 0,
    name,
    type: decodeType(code),
    value,
    flavorBits,
    flavors: flavorNames(flavorBits),
  };
}

export function propertyRecord(
  name: string,
  code: number,
  value: BmfValue | undefined,
  qualifiers: BmfQualifier[] | null,
): BmfProperty {
  const p: BmfProperty = { offset: 0, length: 0, name, type: decodeType(code), qualifiers };
  if (value !== undefined) p.value = value;
  return p;
}

export function objectRecord(
  kind: "class" | "instance",
  qualifiers: BmfQualifier[] | null,
  properties: BmfProperty[],
  methods: BmfProperty[] = [],
): BmfObject {
  return {
    offset: 0,
    length: 0,
    kind,
    kindCode: kind === "class" ? 0 : 1,
    qualifiers,
    properties,
    methods,
  };
}
