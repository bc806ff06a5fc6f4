/**
 * The MOF abstract syntax tree. Nodes are plain data; `span` holds offsets into the text the
 * document was parsed from (see MofDocument.locate for turning them into file positions).
 * Names keep the spelling of the source; keywords used as types are stored in lower case.
 */
import type { Location } from "@mofkit/diagnostics";

export interface Span {
  start: number;
  end: number;
}

export interface Identifier {
  kind: "Identifier";
  name: string;
  span: Span;
}

export type Production =
  | PragmaDirective
  | IncludeDirective
  | QualifierDeclaration
  | QualifierFlavorDefault
  | ClassDeclaration
  | InstanceDeclaration;

export interface MofDocument {
  kind: "Document";
  /** Path of the file as it was named or resolved. */
  path: string;
  /** The parsed text (after preprocessing, when that ran). */
  text: string;
  productions: Production[];
  /** Maps a span of `text` to the original file location (preprocessing may have moved text). */
  locate(start: number, end: number): Location;
}

/** `#pragma name` or `#pragma name(arg, ...)`; `args` is undefined when there are no parentheses. */
export interface PragmaDirective {
  kind: "Pragma";
  name: Identifier;
  args: PragmaArgument[] | undefined;
  span: Span;
}

export type PragmaArgument = StringValue | IntegerValue | Identifier;

/** Microsoft `#include ("file")` or `#include "file"`. */
export interface IncludeDirective {
  kind: "Include";
  path: StringValue;
  parenthesised: boolean;
  span: Span;
}

export interface QualifierDeclaration {
  kind: "QualifierDeclaration";
  name: Identifier;
  type: PrimitiveType;
  array: ArraySpec | undefined;
  defaultValue: Value | undefined;
  scopes: Identifier[];
  /** Undefined when no `Flavor(...)` clause was written. */
  flavors: Identifier[] | undefined;
  span: Span;
}

/** Microsoft `Qualifier Name : Flavor Flavor;` (default flavors for later uses). */
export interface QualifierFlavorDefault {
  kind: "QualifierFlavorDefault";
  name: Identifier;
  flavors: Identifier[];
  span: Span;
}

export interface Qualifier {
  kind: "Qualifier";
  name: Identifier;
  /** `paren`: Q(v); `array`: Q{...}; `list`: Q(v1, v2) (Microsoft, read as an array). */
  valueForm: "none" | "paren" | "array" | "list";
  value: Value | undefined;
  flavors: Identifier[];
  span: Span;
}

export interface ClassDeclaration {
  kind: "Class";
  qualifiers: Qualifier[];
  name: Identifier;
  alias: Alias | undefined;
  superClass: Identifier | undefined;
  features: Feature[];
  span: Span;
}

export type Feature = PropertyDeclaration | MethodDeclaration;

/** A property or a reference (a reference has a ReferenceType). */
export interface PropertyDeclaration {
  kind: "Property";
  qualifiers: Qualifier[];
  type: TypeRef;
  name: Identifier;
  array: ArraySpec | undefined;
  defaultValue: Value | undefined;
  span: Span;
}

export interface MethodDeclaration {
  kind: "Method";
  qualifiers: Qualifier[];
  returnType: TypeRef;
  name: Identifier;
  parameters: ParameterDeclaration[];
  span: Span;
}

export interface ParameterDeclaration {
  kind: "Parameter";
  qualifiers: Qualifier[];
  type: TypeRef;
  name: Identifier;
  array: ArraySpec | undefined;
  defaultValue: Value | undefined;
  span: Span;
}

export const primitiveTypeNames = [
  "uint8",
  "sint8",
  "uint16",
  "sint16",
  "uint32",
  "sint32",
  "uint64",
  "sint64",
  "real32",
  "real64",
  "char16",
  "string",
  "boolean",
  "datetime",
] as const;
export type PrimitiveTypeName = (typeof primitiveTypeNames)[number];

export type TypeRef = PrimitiveType | ObjectType | VoidType | ClassType | ReferenceType;

export interface PrimitiveType {
  kind: "PrimitiveType";
  name: PrimitiveTypeName;
  span: Span;
}
/** Microsoft `object`: an embedded object of any class. */
export interface ObjectType {
  kind: "ObjectType";
  span: Span;
}
/** Microsoft (and MOF v3) `void` method return type. */
export interface VoidType {
  kind: "VoidType";
  span: Span;
}
/** Microsoft strongly typed embedded object: a class name used as a type. */
export interface ClassType {
  kind: "ClassType";
  className: Identifier;
  span: Span;
}
/** `ClassName ref`, or Microsoft `object ref` (className undefined). */
export interface ReferenceType {
  kind: "ReferenceType";
  className: Identifier | undefined;
  span: Span;
}

export interface ArraySpec {
  kind: "ArraySpec";
  /** Fixed size; undefined for a variable-length `[]` array (or an invalid size, already reported). */
  size: number | undefined;
  span: Span;
}

export interface Alias {
  kind: "Alias";
  /** The name without `$`. */
  name: string;
  span: Span;
}

export interface InstanceDeclaration {
  kind: "Instance";
  qualifiers: Qualifier[];
  className: Identifier;
  alias: Alias | undefined;
  properties: PropertyValue[];
  span: Span;
}

export interface PropertyValue {
  kind: "PropertyValue";
  qualifiers: Qualifier[];
  name: Identifier;
  /** Undefined for Microsoft/OMI `[qualifiers] Name;` entries that name a property without a value. */
  value: Value | undefined;
  span: Span;
}

export type Value =
  | IntegerValue
  | RealValue
  | StringValue
  | CharValue
  | BooleanValue
  | NullValue
  | AliasRef
  | ArrayValue
  | EmbeddedInstanceValue
  | ErrorValue;

export interface IntegerValue {
  kind: "Integer";
  value: bigint;
  radix: 2 | 8 | 10 | 16;
  span: Span;
}
export interface RealValue {
  kind: "Real";
  value: number;
  /** The literal as written, so printing keeps its precision. */
  text: string;
  span: Span;
}
/** One or more adjacent string literals, concatenated. */
export interface StringValue {
  kind: "String";
  value: string;
  span: Span;
}
export interface CharValue {
  kind: "Char";
  value: string;
  span: Span;
}
export interface BooleanValue {
  kind: "Boolean";
  value: boolean;
  span: Span;
}
export interface NullValue {
  kind: "Null";
  span: Span;
}
export interface AliasRef {
  kind: "AliasRef";
  name: string;
  span: Span;
}
export interface ArrayValue {
  kind: "Array";
  elements: Value[];
  span: Span;
}
/** Microsoft inline `instance of X { ... }` value. */
export interface EmbeddedInstanceValue {
  kind: "EmbeddedInstance";
  qualifiers: Qualifier[];
  className: Identifier;
  alias: Alias | undefined;
  properties: PropertyValue[];
  span: Span;
}
/** A literal that could not be read (its diagnostic was already reported). */
export interface ErrorValue {
  kind: "ErrorValue";
  text: string;
  span: Span;
}
