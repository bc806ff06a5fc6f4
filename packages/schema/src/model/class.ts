/**
 * Classes and their features. A class holds its *effective* members (inherited ones first, in
 * the superclass's order, then the new local ones) and, separately, the declarations written in
 * its own body. Inherited members that the class does not redeclare are views: their own
 * objects, owned by the class, with the qualifiers that propagate to it.
 */
import type {
  Alias,
  ClassDeclaration,
  Identifier,
  MethodDeclaration,
  MofDocument,
  ParameterDeclaration,
  PropertyDeclaration,
  Value,
} from "@mofkit/syntax";
import type { ArrayKind, DataType } from "./data-type.js";
import type { Namespace } from "./namespace.js";
import type { Qualifier, QualifierSet } from "./qualifier.js";

export interface SchemaClass {
  kind: "class";
  name: string;
  namespace: Namespace;
  /** Predeclared (WMI system class); builtins have no node. */
  builtin: boolean;
  node: ClassDeclaration | undefined;
  doc: MofDocument | undefined;
  /** The superclass as written (undefined for a root class). */
  superClassName: Identifier | undefined;
  /** The superclass, when it was declared before this class. */
  superClass: SchemaClass | undefined;
  /** Microsoft class alias (`class X as $a`). */
  alias: Alias | undefined;
  /** Qualifiers written on the class, in order, duplicates included. */
  localQualifiers: Qualifier[];
  /** Effective qualifiers: local ones, then those propagated from the superclass. */
  qualifiers: QualifierSet;
  /** Effective properties and references: inherited first, then new local ones. */
  properties: Property[];
  propertyMap: Map<string, Property>;
  /** Properties written in this class body, in order, duplicates included. */
  localProperties: Property[];
  methods: Method[];
  methodMap: Map<string, Method>;
  localMethods: Method[];
  /** A later declaration of the same name replaced this one (`wmi` dialect). */
  replacedBy: SchemaClass | undefined;
}

interface FeatureBase {
  name: string;
  /** Case-folded name. */
  key: string;
  /**
   * The class whose view this is: the declaring class for a local feature; for an inherited
   * one, the first subclass that inherited it (views whose qualifiers do not change on the way
   * down are shared by the subclasses below it).
   */
  owner: SchemaClass;
  /** The class that declared (or last overrode) this feature. */
  classOrigin: SchemaClass;
  /** Declared in the owner's body (false: inherited unchanged). */
  local: boolean;
  /** The superclass's feature this one inherits or overrides. */
  inherited: this | undefined;
  /** Qualifiers written on the declaration (empty for inherited views). */
  localQualifiers: Qualifier[];
  qualifiers: QualifierSet;
  doc: MofDocument;
}

export interface Property extends FeatureBase {
  kind: "property";
  /** A `ref` property. */
  isReference: boolean;
  type: DataType;
  array: ArrayKind;
  defaultValue: Value | undefined;
  /** The declaration (for inherited views, the declaration in the class of origin). */
  node: PropertyDeclaration;
}

export interface Method extends FeatureBase {
  kind: "method";
  returnType: DataType;
  parameters: Parameter[];
  node: MethodDeclaration;
}

export interface Parameter {
  kind: "parameter";
  name: string;
  key: string;
  method: Method;
  type: DataType;
  array: ArrayKind;
  defaultValue: Value | undefined;
  /** The same-named parameter of the overridden method. */
  inherited: Parameter | undefined;
  localQualifiers: Qualifier[];
  qualifiers: QualifierSet;
  node: ParameterDeclaration;
  doc: MofDocument;
}

export type Feature = Property | Method;
export type Element = SchemaClass | Property | Method | Parameter;

/** The class and its ancestors, nearest first. */
export function* ancestry(c: SchemaClass): Generator<SchemaClass> {
  let cur: SchemaClass | undefined = c;
  let guard = 0;
  while (cur && guard++ < 1000) {
    yield cur;
    cur = cur.superClass;
  }
}

/** True when `c` is `ancestor` or derives from it. */
export function isSubclassOf(c: SchemaClass, ancestor: SchemaClass): boolean {
  for (const a of ancestry(c))
    if (a === ancestor || (a.name.toLowerCase() === ancestor.name.toLowerCase() && a.namespace === ancestor.namespace))
      return true;
  return false;
}

/**
 * A qualifier of a property or parameter, looked up through the declarations it overrides when
 * this view lacks it. WMI qualifiers do not propagate unless their flavors say so, yet an
 * inherited driver data item keeps the layout its declaration gives it (WmiDataId, WmiSizeIs,
 * MaxLen, ...): the checker and the layout pass both read it this way.
 */
export function declaredQualifier(p: Property | Parameter, name: string): Qualifier | undefined {
  let cur: Property | Parameter | undefined = p;
  for (let guard = 0; cur && guard < 1000; guard++) {
    const q = cur.qualifiers.get(name);
    if (q) return q;
    cur = cur.inherited as Property | Parameter | undefined;
  }
  return undefined;
}

/** True when some class in the ancestry has the given (case-insensitive) name. */
export function derivesFrom(c: SchemaClass, name: string): boolean {
  const key = name.toLowerCase();
  for (const a of ancestry(c)) if (a.name.toLowerCase() === key) return true;
  return false;
}

export function isAssociation(c: SchemaClass): boolean {
  return c.qualifiers.isTrue("Association");
}

export function isIndication(c: SchemaClass): boolean {
  return c.qualifiers.isTrue("Indication");
}

/** Abstract is Restricted in DSP0004, so only a local (or explicitly propagated) qualifier counts. */
export function isAbstract(c: SchemaClass): boolean {
  return c.qualifiers.isTrue("Abstract");
}

/**
 * Key-ness of a property: its effective Key qualifier, or — since subclasses keep the keys of
 * their superclass even where Key does not propagate (WMI without ToSubclass) — the inherited
 * property's key-ness unless the class writes `Key(false)` itself.
 */
export function isKey(p: Property): boolean {
  const q = p.qualifiers.get("Key");
  if (q) return q.value?.kind === "Boolean" && q.value.value;
  return p.inherited !== undefined && isKey(p.inherited);
}

/** The element kind a qualifier on this class is checked against (association, indication or class). */
export function classElementKind(c: SchemaClass): "class" | "association" | "indication" {
  if (isAssociation(c)) return "association";
  if (isIndication(c)) return "indication";
  return "class";
}

/**
 * Direction of a parameter. `In` defaults to true in DSP0004 (the CIM schema writes
 * `[IN(false), OUT]` for output parameters); in WMI a parameter written only `[out]` is an
 * output parameter.
 */
export function parameterDirection(p: Parameter, dialect: "wmi" | "dmtf"): { input: boolean; output: boolean } {
  const output = p.qualifiers.isTrue("Out");
  const inQ = p.qualifiers.get("In");
  const input = inQ ? inQ.value?.kind === "Boolean" && inQ.value.value : dialect === "wmi" ? !output : true;
  return { input, output };
}
