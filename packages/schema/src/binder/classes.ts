/**
 * Classes: local declarations, superclass linkage and the effective (inherited + local) members
 * with propagated qualifiers. The superclass must already be bound (declared earlier), so every
 * class is resolved once, when it is read, from its parent's cached effective members.
 *
 * Override resolution: a local feature overrides the inherited feature named by its `Override`
 * qualifier, or else the inherited feature of the same name (DMTF requires the qualifier and a
 * rule reports its absence; WMI treats any redeclaration as an override).
 */
import type * as A from "@mofkit/syntax";
import {
  QualifierSet,
  scalar,
  type ArrayKind,
  type DataType,
  type Method,
  type Parameter,
  type Property,
  type SchemaClass,
} from "../model/index.js";
import { bindQualifiers, type QualifierContext } from "./qualifiers.js";

export interface ClassContext extends QualifierContext {
  findClass(name: string): SchemaClass | undefined;
}

/** Primitive types are immutable and shared; reference and object types hold a resolved target. */
const primitiveTypes = new Map<string, DataType>();

export function toDataType(t: A.TypeRef): DataType {
  switch (t.kind) {
    case "PrimitiveType": {
      let d = primitiveTypes.get(t.name);
      if (!d) primitiveTypes.set(t.name, (d = Object.freeze({ kind: "primitive", name: t.name })));
      return d;
    }
    case "ReferenceType":
      return { kind: "reference", className: t.className?.name ? t.className : undefined, target: undefined };
    case "ClassType":
      return { kind: "object", className: t.className.name ? t.className : undefined, target: undefined };
    case "ObjectType":
      return { kind: "object", className: undefined, target: undefined };
    case "VoidType":
      return { kind: "void" };
  }
}

const variable: ArrayKind = Object.freeze({ kind: "variable" });

export function toArrayKind(a: A.ArraySpec | undefined): ArrayKind {
  if (!a) return scalar;
  return a.size === undefined ? variable : { kind: "fixed", size: a.size };
}

/** The (case-folded) name a local feature overrides: its Override("X") value, else its own. */
function overrideTarget(localQualifiers: readonly { key: string; value: A.Value | undefined }[], key: string): string {
  for (const q of localQualifiers) {
    if (q.key === "override" && q.value?.kind === "String" && q.value.value !== "") return q.value.value.toLowerCase();
  }
  return key;
}

export function bindClass(
  ctx: ClassContext,
  decl: A.ClassDeclaration,
  doc: A.MofDocument,
  builtin = false,
): SchemaClass {
  const superClass = decl.superClass ? ctx.findClass(decl.superClass.name) : undefined;
  const localQualifiers = bindQualifiers(ctx, decl.qualifiers, doc);
  const cls: SchemaClass = {
    kind: "class",
    name: decl.name.name,
    namespace: ctx.ns,
    builtin,
    node: decl,
    doc,
    superClassName: decl.superClass,
    superClass,
    alias: decl.alias,
    localQualifiers,
    qualifiers: QualifierSet.merge(
      localQualifiers,
      superClass ? superClass.qualifiers.propagate() : QualifierSet.empty,
    ),
    properties: [],
    propertyMap: new Map(),
    localProperties: [],
    methods: [],
    methodMap: new Map(),
    localMethods: [],
    replacedBy: undefined,
  };
  for (const f of decl.features) {
    if (f.name.name === "") continue; // a node the parser's error recovery made up; the syntax error is reported
    if (f.kind === "Property") cls.localProperties.push(bindProperty(ctx, cls, f, doc));
    else cls.localMethods.push(bindMethod(ctx, cls, f, doc));
  }
  resolveProperties(cls, superClass);
  resolveMethods(cls, superClass);
  return cls;
}

function bindProperty(
  ctx: ClassContext,
  owner: SchemaClass,
  node: A.PropertyDeclaration,
  doc: A.MofDocument,
): Property {
  const localQualifiers = bindQualifiers(ctx, node.qualifiers, doc);
  return {
    kind: "property",
    name: node.name.name,
    key: node.name.name.toLowerCase(),
    owner,
    classOrigin: owner,
    local: true,
    inherited: undefined,
    localQualifiers,
    qualifiers: QualifierSet.empty,
    doc,
    isReference: node.type.kind === "ReferenceType",
    type: toDataType(node.type),
    array: toArrayKind(node.array),
    defaultValue: node.defaultValue,
    node,
  };
}

function bindMethod(ctx: ClassContext, owner: SchemaClass, node: A.MethodDeclaration, doc: A.MofDocument): Method {
  const method: Method = {
    kind: "method",
    name: node.name.name,
    key: node.name.name.toLowerCase(),
    owner,
    classOrigin: owner,
    local: true,
    inherited: undefined,
    localQualifiers: bindQualifiers(ctx, node.qualifiers, doc),
    qualifiers: QualifierSet.empty,
    doc,
    returnType: toDataType(node.returnType),
    parameters: [],
    node,
  };
  for (const p of node.parameters) {
    if (p.name.name === "") continue;
    const localQualifiers = bindQualifiers(ctx, p.qualifiers, doc);
    method.parameters.push({
      kind: "parameter",
      name: p.name.name,
      key: p.name.name.toLowerCase(),
      method,
      type: toDataType(p.type),
      array: toArrayKind(p.array),
      defaultValue: p.defaultValue,
      inherited: undefined,
      localQualifiers,
      qualifiers: new QualifierSet(localQualifiers),
      node: p,
      doc,
    });
  }
  return method;
}

function resolveProperties(cls: SchemaClass, superClass: SchemaClass | undefined): void {
  const locals = cls.localProperties;
  if (locals.length === 0) {
    // Nothing declared here (common in large schemas): inherit the superclass's list as is.
    if (!superClass) return;
    let shared = true;
    for (const ip of superClass.properties) {
      const view = inheritedProperty(cls, ip);
      if (view !== ip) shared = false;
      cls.properties.push(view);
    }
    if (shared) cls.propertyMap = new Map(superClass.propertyMap);
    else for (const p of cls.properties) cls.propertyMap.set(p.key, p);
    return;
  }
  const overriding = new Map<Property, Property>();
  const added: Property[] = [];
  const seen = new Set<string>();
  for (const p of locals) {
    if (seen.has(p.key)) continue; // a duplicate declaration: reported by a rule, ignored here
    seen.add(p.key);
    const target = superClass?.propertyMap.get(overrideTarget(p.localQualifiers, p.key));
    if (target && !overriding.has(target)) {
      p.inherited = target;
      p.qualifiers = QualifierSet.merge(p.localQualifiers, target.qualifiers.propagate());
      overriding.set(target, p);
    } else {
      p.qualifiers = p.localQualifiers.length === 0 ? QualifierSet.empty : new QualifierSet(p.localQualifiers);
      added.push(p);
    }
  }
  const push = (p: Property) => {
    if (cls.propertyMap.has(p.key)) return;
    cls.properties.push(p);
    cls.propertyMap.set(p.key, p);
  };
  if (superClass) {
    for (const ip of superClass.properties) {
      const local = overriding.get(ip);
      if (local) push(local);
      else if (!seen.has(ip.key)) push(inheritedProperty(cls, ip));
    }
  }
  for (const p of added) push(p);
}

function inheritedProperty(owner: SchemaClass, ip: Property): Property {
  // An inherited view whose qualifiers do not change is shared by the next subclasses.
  if (!ip.local && ip.qualifiers.propagate() === ip.qualifiers) return ip;
  return {
    kind: "property",
    name: ip.name,
    key: ip.key,
    owner,
    classOrigin: ip.classOrigin,
    local: false,
    inherited: ip,
    localQualifiers: [],
    qualifiers: ip.qualifiers.propagate(),
    doc: ip.doc,
    isReference: ip.isReference,
    type: ip.type,
    array: ip.array,
    defaultValue: ip.defaultValue,
    node: ip.node,
  };
}

function resolveMethods(cls: SchemaClass, superClass: SchemaClass | undefined): void {
  if (cls.localMethods.length === 0) {
    if (!superClass || superClass.methods.length === 0) return;
    let shared = true;
    for (const im of superClass.methods) {
      const view = inheritedMethod(cls, im);
      if (view !== im) shared = false;
      cls.methods.push(view);
    }
    if (shared) cls.methodMap = new Map(superClass.methodMap);
    else for (const m of cls.methods) cls.methodMap.set(m.key, m);
    return;
  }
  const overriding = new Map<Method, Method>();
  const added: Method[] = [];
  const seen = new Set<string>();
  for (const m of cls.localMethods) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    const target = superClass?.methodMap.get(overrideTarget(m.localQualifiers, m.key));
    if (target && !overriding.has(target)) {
      m.inherited = target;
      m.qualifiers = QualifierSet.merge(m.localQualifiers, target.qualifiers.propagate());
      for (const p of m.parameters) {
        const ip = target.parameters.find((x) => x.key === p.key);
        if (ip) {
          p.inherited = ip;
          p.qualifiers = QualifierSet.merge(p.localQualifiers, ip.qualifiers.propagate());
        }
      }
      overriding.set(target, m);
    } else {
      m.qualifiers = m.localQualifiers.length === 0 ? QualifierSet.empty : new QualifierSet(m.localQualifiers);
      added.push(m);
    }
  }
  const push = (m: Method) => {
    if (cls.methodMap.has(m.key)) return;
    cls.methods.push(m);
    cls.methodMap.set(m.key, m);
  };
  if (superClass) {
    for (const im of superClass.methods) {
      const local = overriding.get(im);
      if (local) push(local);
      else if (!seen.has(im.key)) push(inheritedMethod(cls, im));
    }
  }
  for (const m of added) push(m);
}

function inheritedMethod(owner: SchemaClass, im: Method): Method {
  if (
    !im.local &&
    im.qualifiers.propagate() === im.qualifiers &&
    im.parameters.every((p) => p.qualifiers.propagate() === p.qualifiers)
  )
    return im;
  const view: Method = {
    kind: "method",
    name: im.name,
    key: im.key,
    owner,
    classOrigin: im.classOrigin,
    local: false,
    inherited: im,
    localQualifiers: [],
    qualifiers: im.qualifiers.propagate(),
    doc: im.doc,
    returnType: im.returnType,
    parameters: [],
    node: im.node,
  };
  view.parameters = im.parameters.map((p): Parameter => ({
    ...p,
    method: view,
    inherited: p,
    localQualifiers: [],
    qualifiers: p.qualifiers.propagate(),
  }));
  return view;
}
