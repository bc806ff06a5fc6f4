/**
 * Methods (bmf-format.md §4.7). A method record's value is one or two `__PARAMETERS` instances:
 * with two, the first holds the inputs and the second the outputs; the return type is the
 * output property `ReturnValue`. An in/out parameter appears in both objects, so the MOF
 * signature is rebuilt by merging the copies by name and ordering the result by `ID`.
 *
 * What the MOF shows is what recompiling needs to give the same model: direction qualifiers
 * and other user qualifiers as stored; CIMTYPE never (mofcomp regenerates it from the type);
 * `MAX(n)` on an array as the bound `[n]`; and `ID` only when mofcomp would not regenerate it
 * exactly, that is unless it is spelled `ID`, carries mofcomp's flavors and equals the
 * parameter's position.
 */
import type { MethodDeclaration, ParameterDeclaration, TypeRef } from "@mofkit/syntax";
import { identifier, spanOf, type AstContext } from "./ast-context.js";
import { toAstQualifiers } from "./ast-qualifiers.js";
import { cimTypeQualifier, declaredType, typeFromCode } from "./ast-types.js";
import { arrayBound, isGeneratedQualifier } from "./generated-qualifiers.js";
import { toAstValue, systemProperties } from "./ast-values.js";
import type { BmfObject, BmfProperty, BmfQualifier } from "./model.js";

/** The flavors mofcomp gives the `ID` it generates: ToInstance | DisableOverride. */
const generatedIdFlavor = 0x11;

type Role = "in" | "out";

interface ParameterCopies {
  name: string;
  copies: { prop: BmfProperty; role: Role }[];
}

export function toAstMethod(ctx: AstContext, m: BmfProperty, className: string): MethodDeclaration | undefined {
  const label = `${className}.${m.name}`;
  if (!ctx.checkName("method", m.name, m.offset)) return undefined;
  const span = spanOf(m);
  const qualifiers = toAstQualifiers(ctx, m.qualifiers, label);
  let returnType: TypeRef = { kind: "VoidType", span };
  const parameters: ParameterDeclaration[] = [];
  const method: MethodDeclaration = {
    kind: "Method",
    qualifiers,
    returnType,
    name: identifier(m.name, span),
    parameters,
    span,
  };
  if (m.value === undefined) {
    if (m.type.base !== 0)
      ctx.methodShape(label, m.offset, `it has type ${m.type.name} but no parameter objects; written as void`);
    return method;
  }
  const objects = Array.isArray(m.value)
    ? m.value.filter((v): v is BmfObject => typeof v === "object" && v !== null)
    : [];
  if (!Array.isArray(m.value) || objects.length !== m.value.length || objects.length === 0 || objects.length > 2) {
    ctx.methodShape(label, m.offset, "its value is not an array of one or two parameter objects");
  }

  const byName = new Map<string, ParameterCopies>();
  let returnValue: BmfProperty | undefined;
  objects.forEach((obj, index) => {
    if (systemProperties(obj).get("__CLASS") !== "__PARAMETERS") {
      ctx.methodShape(label, obj.offset, `parameter object ${index} is not an instance of __PARAMETERS`);
    }
    const role = objects.length === 2 ? (index === 0 ? "in" : "out") : soleObjectRole(obj);
    for (const p of obj.properties) {
      if (p.name.startsWith("__")) continue;
      if (p.name === "ReturnValue" && role === "out") {
        returnValue = p;
        continue;
      }
      const key = p.name.toLowerCase();
      let entry = byName.get(key);
      if (!entry) byName.set(key, (entry = { name: p.name, copies: [] }));
      entry.copies.push({ prop: p, role });
    }
  });

  if (returnValue) {
    const type = declaredType(returnValue, spanOf(returnValue));
    if (type) method.returnType = returnType = type;
    else ctx.methodShape(label, returnValue.offset, `its return type ${returnValue.type.name} has no MOF spelling`);
    const extra = (returnValue.qualifiers ?? []).filter((q) => q.name.toLowerCase() !== "cimtype");
    if (extra.length > 0) {
      ctx.lost(
        `qualifiers ${extra.map((q) => q.name).join(", ")} of the return value of ${label}`,
        returnValue.offset,
        "MOF has no place for return-value qualifiers",
      );
    }
  }

  const ordered = orderById([...byName.values()]);
  ordered.forEach((entry, position) => {
    const param = toAstParameter(ctx, entry, position, label);
    if (param) parameters.push(param);
  });
  return method;
}

/** A lone parameter object holds the outputs when it has the return value or `out` parameters. */
function soleObjectRole(obj: BmfObject): Role {
  for (const p of obj.properties) {
    if (p.name === "ReturnValue") return "out";
    const dirs = directions(p.qualifiers);
    if (dirs.out && !dirs.in) return "out";
    if (dirs.in) return "in";
  }
  return "in";
}

function directions(qualifiers: BmfQualifier[] | null): { in: boolean; out: boolean } {
  const has = (n: string) => (qualifiers ?? []).some((q) => q.name.toLowerCase() === n && q.value === true);
  return { in: has("in"), out: has("out") };
}

function idOf(p: BmfProperty): number | undefined {
  const q = p.qualifiers?.find((x) => x.name.toLowerCase() === "id");
  return typeof q?.value === "number" ? q.value : undefined;
}

/** Stable sort by ID when every parameter has one; otherwise the order they were found in. */
function orderById(entries: ParameterCopies[]): ParameterCopies[] {
  const ids = entries.map((e) => idOf(e.copies[0].prop));
  if (ids.some((id) => id === undefined)) return entries;
  return entries
    .map((e, i) => ({ e, id: ids[i] as number, i }))
    .sort((a, b) => a.id - b.id || a.i - b.i)
    .map((x) => x.e);
}

function toAstParameter(
  ctx: AstContext,
  entry: ParameterCopies,
  position: number,
  method: string,
): ParameterDeclaration | undefined {
  const first = entry.copies[0].prop;
  const label = `parameter ${entry.name} of ${method}`;
  if (!ctx.checkName("parameter", entry.name, first.offset)) return undefined;
  const span = spanOf(first);
  const type = declaredType(first, span) ?? typeFromCode(first.type.base, span);
  if (!type) {
    ctx.lost(label, first.offset, `its type ${first.type.name} has no MOF spelling`);
    return undefined;
  }
  for (const c of entry.copies.slice(1)) {
    const a = cimTypeQualifier(first.qualifiers)?.value;
    const b = cimTypeQualifier(c.prop.qualifiers)?.value;
    if (a !== b || c.prop.type.array !== first.type.array) {
      ctx.methodShape(
        method,
        c.prop.offset,
        `the copies of parameter ${entry.name} disagree on its type (${String(a)} and ${String(b)})`,
      );
    }
  }
  const merged = mergeQualifiers(entry);
  const bound = first.type.array ? arrayBound(merged) : undefined;
  const ids = entry.copies.map((c) => c.prop.qualifiers?.find((q) => q.name === "ID"));
  const regeneratedId = ids.every((q) => q !== undefined && q.value === position && q.flavorBits === generatedIdFlavor);
  const shown = merged.filter((q) => !isGeneratedQualifier(q) && q !== bound && !(regeneratedId && q.name === "ID"));
  const qualifiers = toAstQualifiers(ctx, shown, label);
  // A parameter found only among the inputs (or outputs) but with no direction qualifier would
  // get both directions when recompiled, so the direction its object implies is written out.
  const stated = directions(merged);
  for (const role of ["out", "in"] as const) {
    if (!stated[role] && entry.copies.some((c) => c.role === role)) {
      qualifiers.unshift({
        kind: "Qualifier",
        name: identifier(role, span),
        valueForm: "none",
        value: undefined,
        flavors: [],
        span,
      });
    }
  }
  const param: ParameterDeclaration = {
    kind: "Parameter",
    qualifiers,
    type,
    name: identifier(entry.name, span),
    array: first.type.array ? { kind: "ArraySpec", size: bound?.value as number | undefined, span } : undefined,
    defaultValue: undefined,
    span,
  };
  if (first.value !== undefined) {
    const site = { what: () => `default of ${label}`, offset: first.offset, storage: first.type, declared: type };
    param.defaultValue = toAstValue(ctx, first.value, site);
  }
  return param;
}

/**
 * One qualifier list from the copies, in stored order: a qualifier first seen in a later copy
 * goes right after the one it follows there (so the output copy's `out` lands next to the input
 * copy's `in`, after it); a name seen in an earlier copy is not repeated. Recompiling the list
 * then gives each copy its qualifiers back in their stored order.
 */
function mergeQualifiers(entry: ParameterCopies): BmfQualifier[] {
  const merged: BmfQualifier[] = [];
  const isDirection = (q: BmfQualifier) => ["in", "out"].includes(q.name.toLowerCase());
  for (const { prop } of entry.copies) {
    let after = -1;
    for (const q of prop.qualifiers ?? []) {
      const key = q.name.toLowerCase();
      const at = merged.findIndex((m) => m.name.toLowerCase() === key);
      if (at >= 0) {
        after = at;
        continue;
      }
      let insert = after + 1;
      if (isDirection(q)) while (insert < merged.length && isDirection(merged[insert])) insert++;
      merged.splice(insert, 0, q);
      after = insert;
    }
  }
  return merged;
}
