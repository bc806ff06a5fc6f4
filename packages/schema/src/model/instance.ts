/**
 * Instances: top-level `instance of` declarations and Microsoft inline embedded instances.
 */
import type {
  Alias,
  EmbeddedInstanceValue,
  Identifier,
  InstanceDeclaration,
  MofDocument,
  PropertyValue,
  Value,
} from "@mofkit/syntax";
import type { Property, SchemaClass } from "./class.js";
import type { Namespace } from "./namespace.js";
import type { Qualifier, QualifierSet } from "./qualifier.js";

export interface Instance {
  kind: "instance";
  className: Identifier;
  /** The class, when it exists in the namespace (or is predeclared). */
  class: SchemaClass | undefined;
  namespace: Namespace;
  alias: Alias | undefined;
  /** An inline `instance of X { ... }` value (Microsoft) rather than a top-level declaration. */
  embedded: boolean;
  node: InstanceDeclaration | EmbeddedInstanceValue;
  doc: MofDocument;
  localQualifiers: Qualifier[];
  /** Local qualifiers plus the class qualifiers with the ToInstance flavor. */
  qualifiers: QualifierSet;
  /** Property values as written, in order, duplicates included. */
  values: InstanceValue[];
}

export interface InstanceValue {
  name: string;
  key: string;
  /** Undefined for Microsoft `[qualifiers] Name;` entries that name a property without a value. */
  value: Value | undefined;
  /** The class's property of that name, when it exists. */
  property: Property | undefined;
  localQualifiers: Qualifier[];
  node: PropertyValue;
}
