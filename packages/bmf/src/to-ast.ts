/**
 * Object model → MOF productions, for `printMof`. Unlike bmf2mof this keeps instances (with
 * aliases and alias references), array-valued qualifiers, references, embedded objects and
 * default values. System properties become syntax: `__NAMESPACE`, `__CLASSFLAGS` and
 * `__INSTANCEFLAGS` become pragmas (emitted when they change, since mofcomp carries them
 * over to later objects), `__SUPERCLASS` the superclass and `__ALIAS` the alias.
 * Anything MOF cannot express is reported (MOF42xx) and stays available in the model.
 */
import type {
  ClassDeclaration,
  Feature,
  InstanceDeclaration,
  PragmaArgument,
  PragmaDirective,
  Production,
  PropertyDeclaration,
  Span,
} from "@mofkit/syntax";
import type { BmfDiagnostic } from "./bmf-diagnostic.js";
import { AstContext, identifier, spanOf } from "./ast-context.js";
import { toAstMethod } from "./ast-methods.js";
import { toAstQualifiers } from "./ast-qualifiers.js";
import { declaredType } from "./ast-types.js";
import { instancePropertyValues, systemProperties, toAstValue } from "./ast-values.js";
import { arrayBound, isGeneratedQualifier } from "./generated-qualifiers.js";
import { ClassTypeIndex } from "./class-types.js";
import type { BmfModel, BmfObject, BmfProperty, BmfValue } from "./model.js";

/** mofcomp's namespace before any `#pragma namespace`. */
const defaultNamespace = "root\\default";
const knownSystemProperties = new Set([
  "__CLASS",
  "__NAMESPACE",
  "__CLASSFLAGS",
  "__INSTANCEFLAGS",
  "__SUPERCLASS",
  "__ALIAS",
]);
const classFlagNames: [number, string][] = [
  [1, "updateonly"],
  [2, "createonly"],
  [32, "safeupdate"],
  [64, "forceupdate"],
];
const instanceFlagNames = new Map([
  [1, "updateonly"],
  [2, "createonly"],
]);

export interface ToAstResult {
  productions: Production[];
  diagnostics: BmfDiagnostic[];
}

export function modelToAst(model: BmfModel): ToAstResult {
  const types = new ClassTypeIndex(model);
  const ctx = new AstContext((c, p) => types.lookup(c, p));
  const productions: Production[] = [];
  const state = { namespace: defaultNamespace, classFlags: 0, instanceFlags: 0 };
  for (const obj of model.objects) {
    if (obj.kind === "unknown") continue; // already reported by the reader
    const sys = systemProperties(obj);
    const name = sys.get("__CLASS");
    if (typeof name !== "string" || !ctx.checkName(obj.kind, name, obj.offset)) {
      ctx.missingName(obj.kind, obj.offset);
      continue;
    }
    const span = spanOf(obj);
    const namespace = sys.get("__NAMESPACE");
    if (typeof namespace === "string" && namespace !== state.namespace) {
      state.namespace = namespace;
      productions.push(pragma("namespace", [{ kind: "String", value: namespace, span }], span));
    }
    const classFlags = flagValue(sys.get("__CLASSFLAGS"));
    if (classFlags !== state.classFlags) {
      state.classFlags = classFlags;
      productions.push(pragma("classflags", classFlagArgs(classFlags, span), span));
    }
    const instanceFlags = flagValue(sys.get("__INSTANCEFLAGS"));
    if (instanceFlags !== state.instanceFlags) {
      const flag = instanceFlagNames.get(instanceFlags);
      if (flag) {
        state.instanceFlags = instanceFlags;
        productions.push(pragma("instanceflags", [{ kind: "String", value: flag, span }], span));
      } else {
        ctx.lost(
          `__INSTANCEFLAGS ${instanceFlags} of ${name}`,
          obj.offset,
          "#pragma instanceflags takes only createonly or updateonly",
        );
      }
    }
    for (const p of obj.properties) {
      if (p.name.startsWith("__") && !knownSystemProperties.has(p.name.toUpperCase())) {
        ctx.lost(`system property ${p.name} of ${name}`, p.offset, "MOF has no syntax for it");
      }
    }
    productions.push(
      obj.kind === "class" ? classDeclaration(ctx, obj, name, sys) : instanceDeclaration(ctx, obj, name, sys),
    );
  }
  return { productions, diagnostics: ctx.diagnostics };
}

function classDeclaration(
  ctx: AstContext,
  obj: BmfObject,
  name: string,
  sys: Map<string, BmfValue | undefined>,
): ClassDeclaration {
  const span = spanOf(obj);
  const superClass = sys.get("__SUPERCLASS");
  const features: Feature[] = [];
  for (const p of obj.properties) {
    if (p.name.startsWith("__")) continue;
    const f = propertyDeclaration(ctx, p, name);
    if (f) features.push(f);
  }
  for (const m of obj.methods) {
    const f = toAstMethod(ctx, m, name);
    if (f) features.push(f);
  }
  return {
    kind: "Class",
    qualifiers: toAstQualifiers(ctx, obj.qualifiers, `class ${name}`),
    name: identifier(name, span),
    alias: undefined,
    superClass:
      typeof superClass === "string" && ctx.checkName("superclass", superClass, obj.offset)
        ? identifier(superClass, span)
        : undefined,
    features,
    span,
  };
}

function propertyDeclaration(ctx: AstContext, p: BmfProperty, className: string): PropertyDeclaration | undefined {
  const label = `${className}.${p.name}`;
  if (!ctx.checkName("property", p.name, p.offset)) return undefined;
  const span = spanOf(p);
  const type = declaredType(p, span);
  if (!type) {
    ctx.lost(`property ${label}`, p.offset, `its type ${p.type.name} has no MOF spelling`);
    return undefined;
  }
  // An array property with a value keeps its bound only as MAX, which then stays a qualifier.
  const bound = p.type.array && p.value === undefined ? arrayBound(p.qualifiers) : undefined;
  const decl: PropertyDeclaration = {
    kind: "Property",
    qualifiers: toAstQualifiers(ctx, p.qualifiers, label, (q) => isGeneratedQualifier(q) || q === bound),
    type,
    name: identifier(p.name, span),
    array: p.type.array ? { kind: "ArraySpec", size: bound?.value as number | undefined, span } : undefined,
    defaultValue: undefined,
    span,
  };
  if (p.value !== undefined) {
    decl.defaultValue = toAstValue(ctx, p.value, {
      what: () => `default of ${label}`,
      offset: p.offset,
      storage: p.type,
      declared: type,
    });
  }
  return decl;
}

function instanceDeclaration(
  ctx: AstContext,
  obj: BmfObject,
  name: string,
  sys: Map<string, BmfValue | undefined>,
): InstanceDeclaration {
  const span = spanOf(obj);
  const alias = sys.get("__ALIAS");
  if (obj.methods.length > 0)
    ctx.lost(`methods of an instance of ${name}`, obj.offset, "instances have no methods in MOF");
  return {
    kind: "Instance",
    qualifiers: toAstQualifiers(ctx, obj.qualifiers, `instance of ${name}`),
    className: identifier(name, span),
    alias:
      typeof alias === "string" && ctx.checkName("alias", alias, obj.offset)
        ? { kind: "Alias", name: alias, span }
        : undefined,
    properties: instancePropertyValues(ctx, obj, name),
    span,
  };
}

function pragma(name: string, args: PragmaArgument[], span: Span): PragmaDirective {
  return { kind: "Pragma", name: identifier(name, span), args, span };
}

function flagValue(v: BmfValue | undefined): number {
  return typeof v === "number" ? v : 0;
}

/** Flag names when every set bit has one (as the pragma is usually written), else the number. */
function classFlagArgs(flags: number, span: Span): PragmaArgument[] {
  const names: PragmaArgument[] = [];
  let rest = flags;
  for (const [bit, flag] of classFlagNames) {
    if (rest & bit) {
      names.push({ kind: "String", value: flag, span });
      rest &= ~bit;
    }
  }
  if (rest === 0 && names.length > 0) return names;
  return [{ kind: "Integer", value: BigInt(flags), radix: 10, span }];
}
