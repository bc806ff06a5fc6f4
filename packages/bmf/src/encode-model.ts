/**
 * MOF productions → binary MOF object model, as `mofcomp -B` builds it (bmf-format.md §4):
 * one top-level object per class and instance declaration, in textual order. Classes hold only
 * what their own body declares (mofcomp stores no inherited members), followed by the system
 * properties `__CLASS`, `__NAMESPACE`, `__CLASSFLAGS`, `__INSTANCEFLAGS`, `__SUPERCLASS` and
 * `__ALIAS`. The pragmas `namespace`, `classflags` and `instanceflags` stay in effect for the
 * declarations after them, and mofcomp stores both flags on classes and instances alike;
 * qualifier declarations, includes and the other pragmas leave no trace.
 */
import type { Diagnostic } from "@mofkit/diagnostics";
import type {
  ClassDeclaration,
  EmbeddedInstanceValue,
  InstanceDeclaration,
  MofDocument,
  PragmaDirective,
  Production,
} from "@mofkit/syntax";
import {
  EncodeContext,
  objectRecord,
  propertyRecord,
  type DeclaredType,
  type EncodeModelOptions,
} from "./encode-context.js";
import { encodeMethod } from "./encode-methods.js";
import { encodeDeclaration, encodePropertyValue } from "./encode-properties.js";
import { encodeQualifiers } from "./encode-values.js";
import type { BmfObject, BmfProperty } from "./model.js";
import { typeCode } from "./type-codes.js";

export type { EncodeModelOptions } from "./encode-context.js";

/** A production and the document it was read from (for locations and type spellings). */
export interface SourcedProduction {
  production: Production;
  doc: MofDocument | undefined;
}

export interface EncodeModelResult {
  objects: BmfObject[];
  diagnostics: Diagnostic[];
}

const classFlagBits: Record<string, number> = { updateonly: 1, createonly: 2, safeupdate: 32, forceupdate: 64 };
const instanceFlagBits: Record<string, number> = { updateonly: 1, createonly: 2 };

export function encodeObjects(items: Iterable<SourcedProduction>, options: EncodeModelOptions = {}): EncodeModelResult {
  const ctx = new EncodeContext(options);
  const objects: BmfObject[] = [];
  for (const { production: p, doc } of items) {
    ctx.doc = doc;
    if (p.kind === "Pragma") pragma(ctx, p);
    else if (p.kind === "Class") objects.push(encodeClass(ctx, p));
    else if (p.kind === "Instance") objects.push(encodeInstance(ctx, p));
  }
  return { objects, diagnostics: ctx.diagnostics };
}

function pragma(ctx: EncodeContext, p: PragmaDirective): void {
  const name = p.name.name.toLowerCase();
  const args = p.args ?? [];
  switch (name) {
    case "namespace":
      if (args[0]?.kind === "String") ctx.namespace = args[0].value;
      break;
    case "classflags":
      ctx.classFlags = flags(args, classFlagBits);
      break;
    case "instanceflags":
      ctx.instanceFlags = flags(args, instanceFlagBits);
      break;
    case "deleteclass":
    case "deleteinstance":
      ctx.unsupported(`#pragma ${p.name.name}`, "mofcomp refuses it when writing a binary MOF", p.span);
      break;
  }
}

function flags(args: NonNullable<PragmaDirective["args"]>, bits: Record<string, number>): number {
  let value = 0;
  for (const a of args) {
    if (a.kind === "Integer") value |= Number(a.value);
    else if (a.kind === "String") value |= bits[a.value.toLowerCase()] ?? 0;
  }
  return value;
}

function stringProperty(name: string, value: string): BmfProperty {
  return propertyRecord(name, typeCode.string, value, null);
}

function flagProperty(name: string, value: number): BmfProperty {
  return propertyRecord(name, typeCode.sint32, value, null);
}

function encodeClass(ctx: EncodeContext, c: ClassDeclaration): BmfObject {
  const name = c.name.name;
  const embed = (e: EmbeddedInstanceValue) => encodeEmbedded(ctx, e);
  const declared = new Map<string, DeclaredType>();
  for (const f of c.features) {
    if (f.kind === "Property") declared.set(f.name.name.toLowerCase(), { type: f.type, array: f.array !== undefined });
  }
  ctx.defineClass(name, c.superClass?.name, declared);
  const qualifiers = encodeQualifiers(ctx, c.qualifiers, () => `class ${name}`);
  const properties: BmfProperty[] = [];
  const methods: BmfProperty[] = [];
  for (const f of c.features) {
    if (f.kind === "Method") {
      methods.push(encodeMethod(ctx, f, name, embed));
      continue;
    }
    properties.push(
      encodeDeclaration(ctx, {
        name: f.name.name,
        type: f.type,
        array: f.array,
        defaultValue: f.defaultValue,
        qualifiers: f.qualifiers,
        what: () => `property ${name}.${f.name.name}`,
        embed,
      }),
    );
  }
  properties.push(stringProperty("__CLASS", name), stringProperty("__NAMESPACE", ctx.namespace));
  if (ctx.classFlags !== 0) properties.push(flagProperty("__CLASSFLAGS", ctx.classFlags));
  if (ctx.instanceFlags !== 0) properties.push(flagProperty("__INSTANCEFLAGS", ctx.instanceFlags));
  if (c.superClass) properties.push(stringProperty("__SUPERCLASS", c.superClass.name));
  if (c.alias) {
    ctx.guess(`the alias $${c.alias.name} of class ${name}`, "__ALIAS, as for instances", c.alias.span);
    properties.push(stringProperty("__ALIAS", c.alias.name));
  }
  return objectRecord("class", qualifiers, properties, methods);
}

function encodeInstance(ctx: EncodeContext, i: InstanceDeclaration): BmfObject {
  const obj = instanceObject(ctx, i);
  const sys = obj.properties;
  const alias = sys.length > 0 && sys[sys.length - 1].name === "__ALIAS" ? sys.pop() : undefined;
  if (ctx.classFlags !== 0) sys.push(flagProperty("__CLASSFLAGS", ctx.classFlags));
  if (ctx.instanceFlags !== 0) sys.push(flagProperty("__INSTANCEFLAGS", ctx.instanceFlags));
  if (alias) sys.push(alias);
  return obj;
}

function encodeEmbedded(ctx: EncodeContext, e: EmbeddedInstanceValue): BmfObject {
  return instanceObject(ctx, e);
}

/** An instance: its property values, then `__CLASS`, `__NAMESPACE` and `__ALIAS`. */
function instanceObject(ctx: EncodeContext, i: InstanceDeclaration | EmbeddedInstanceValue): BmfObject {
  const name = i.className.name;
  const embed = (e: EmbeddedInstanceValue) => encodeEmbedded(ctx, e);
  const qualifiers = encodeQualifiers(ctx, i.qualifiers, () => `instance of ${name}`);
  const properties: BmfProperty[] = [];
  for (const p of i.properties) {
    const r = encodePropertyValue(ctx, p, name, embed);
    if (r) properties.push(r);
  }
  properties.push(stringProperty("__CLASS", name), stringProperty("__NAMESPACE", ctx.namespace));
  if (i.alias) properties.push(stringProperty("__ALIAS", i.alias.name));
  return objectRecord("instance", qualifiers, properties);
}
