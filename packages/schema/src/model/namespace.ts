/**
 * Namespaces and the whole compiled model.
 */
import type { Dialect, EmbeddedInstanceValue, MofDocument, Span } from "@mofkit/syntax";
import { NameMap } from "../util/name-map.js";
import type { SchemaClass } from "./class.js";
import type { Instance } from "./instance.js";
import type { QualifierType } from "./qualifier.js";

export interface Namespace {
  /** Normalised path, `root/wmi` style, in the spelling first used. */
  name: string;
  qualifierTypes: NameMap<QualifierType>;
  /** Current classes by name (a `wmi`-dialect redeclaration replaces the earlier class). */
  classes: NameMap<SchemaClass>;
  /** Every class declaration in textual order, replaced ones included. */
  classList: SchemaClass[];
  instances: Instance[];
}

/** Something an alias can stand for. */
export type AliasTarget = Instance | SchemaClass;

export interface AliasDefinition {
  name: string;
  target: AliasTarget;
  doc: MofDocument;
  span: Span;
}

/** A declaration whose name was already taken, kept so rules can report both places. */
export interface Redeclaration<T> {
  first: T;
  second: T;
}

export interface SchemaModel {
  dialect: Dialect;
  /** Namespaces in order of first use. */
  namespaces: Namespace[];
  namespaceMap: NameMap<Namespace>;
  /** Aliases of the compilation unit (first definition wins). */
  aliases: NameMap<AliasDefinition>;
  aliasRedefinitions: Redeclaration<AliasDefinition>[];
  qualifierRedeclarations: Redeclaration<QualifierType>[];
  classRedeclarations: Redeclaration<SchemaClass>[];
  /** Inline embedded instances, wherever they occur. */
  embeddedInstances: Instance[];
  /** The instance bound for each inline `instance of` value. */
  embeddedByNode: Map<EmbeddedInstanceValue, Instance>;
  /** Predeclared classes visible in every namespace (`wmi` dialect), by name. */
  builtinClasses: NameMap<SchemaClass>;
}

export function findClass(model: SchemaModel, ns: Namespace, name: string): SchemaClass | undefined {
  return ns.classes.get(name) ?? model.builtinClasses.get(name);
}
