/**
 * Qualifier types (declarations and catalogue entries) and qualifier values on elements.
 *
 * Effective flavors of a qualifier use (mof-language.md §4.6):
 *  - a type declared by the input: the declaration's flavors (DMTF defaults for what it omits);
 *  - `dmtf`, undeclared (already an error): DMTF defaults;
 *  - `wmi`, undeclared: nothing propagates unless written — WMI's default;
 *  then a Microsoft flavor-default statement (`Qualifier Name : ToSubclass;`) if one was read,
 *  then the flavors written on the use.
 */
import type { Dialect, MofDocument, QualifierDeclaration, Qualifier as QualifierNode, Value } from "@mofkit/syntax";
import {
  applyFlavors,
  dmtfDefaultFlavors,
  wmiDefaultFlavors,
  type Namespace,
  type Qualifier,
  type QualifierType,
  type ScopeKind,
} from "../model/index.js";
import { dmtfQualifierCatalogue, type CatalogueEntry } from "../builtins/dmtf-qualifiers.js";
import { wmiQualifierCatalogue } from "../builtins/wmi-qualifiers.js";
import { NameMap } from "../util/name-map.js";

export interface QualifierContext {
  dialect: Dialect;
  ns: Namespace;
  /** Microsoft flavor-default statements read so far in the current input file. */
  flavorDefaults: NameMap<string[]>;
  /** The catalogue consulted for undeclared qualifiers (empty in the `dmtf` dialect). */
  catalogue: NameMap<QualifierType>;
}

const noSpan = { start: 0, end: 0 };

/** The value of a boolean qualifier written without one (shared; report spans use the use's name). */
const impliedTrue: Value = Object.freeze({ kind: "Boolean", value: true, span: Object.freeze({ ...noSpan }) });

function literalValue(text: string): Value {
  if (text === "true" || text === "false") return { kind: "Boolean", value: text === "true", span: noSpan };
  if (text.startsWith('"')) return { kind: "String", value: text.slice(1, -1), span: noSpan };
  return { kind: "Integer", value: BigInt(text), radix: 10, span: noSpan };
}

function entryToType(e: CatalogueEntry, origin: "dmtf-catalogue" | "wmi-catalogue"): QualifierType {
  return {
    name: e.name,
    type: e.type,
    array: e.array,
    defaultValue: e.defaultLiteral === undefined ? undefined : literalValue(e.defaultLiteral),
    hasDefault: e.defaultLiteral !== undefined || !e.array,
    scopes: new Set(e.scopes as ScopeKind[]),
    flavors: origin === "dmtf-catalogue" ? applyFlavors(dmtfDefaultFlavors, e.flavors) : { ...wmiDefaultFlavors },
    origin,
    alternatives: e.alternatives,
  };
}

let wmiCatalogueCache: NameMap<QualifierType> | undefined;
const emptyCatalogue = new NameMap<QualifierType>();

/** The `wmi` dialect's catalogue: the WMI set over the DMTF set. Empty for `dmtf`. */
export function qualifierCatalogue(dialect: Dialect): NameMap<QualifierType> {
  if (dialect !== "wmi") return emptyCatalogue;
  if (!wmiCatalogueCache) {
    const map = new NameMap<QualifierType>();
    for (const e of dmtfQualifierCatalogue) map.set(e.name, entryToType(e, "dmtf-catalogue"));
    for (const e of wmiQualifierCatalogue) map.set(e.name, entryToType(e, "wmi-catalogue"));
    wmiCatalogueCache = map;
  }
  return wmiCatalogueCache;
}

/** A qualifier declaration of the input as a qualifier type. */
export function declarationToType(node: QualifierDeclaration, doc: MofDocument): QualifierType {
  const def = node.defaultValue;
  return {
    name: node.name.name,
    type: node.type.name,
    array: node.array !== undefined,
    arraySize: node.array?.size,
    defaultValue: def === undefined || def.kind === "Null" ? undefined : def,
    hasDefault: def !== undefined,
    scopes: new Set(node.scopes.map((s) => s.name.toLowerCase() as ScopeKind)),
    flavors: applyFlavors(
      dmtfDefaultFlavors,
      (node.flavors ?? []).map((f) => f.name),
    ),
    origin: "declared",
    node,
    doc,
  };
}

/** The type a qualifier use is checked against, or undefined for an undeclared qualifier. */
export function lookupQualifierType(ctx: QualifierContext, key: string): QualifierType | undefined {
  return ctx.ns.qualifierTypes.getKey(key) ?? (ctx.catalogue.size > 0 ? ctx.catalogue.getKey(key) : undefined);
}

/** Case-folded qualifier names; the same few dozen names recur thousands of times. */
const foldCache = new Map<string, string>();

function fold(name: string): string {
  let key = foldCache.get(name);
  if (key === undefined) {
    key = name.toLowerCase();
    if (foldCache.size < 4096) foldCache.set(name, key);
  }
  return key;
}

export function bindQualifier(ctx: QualifierContext, node: QualifierNode, doc: MofDocument): Qualifier {
  const name = node.name.name;
  const key = fold(name);
  const type = lookupQualifierType(ctx, key);
  const base =
    type?.origin === "declared" ? type.flavors : ctx.dialect === "dmtf" ? dmtfDefaultFlavors : wmiDefaultFlavors;
  const defaults = ctx.flavorDefaults.size > 0 ? ctx.flavorDefaults.getKey(key) : undefined;
  let flavors = defaults ? applyFlavors(base, defaults) : base;
  if (node.flavors.length > 0)
    flavors = applyFlavors(
      flavors,
      node.flavors.map((f) => f.name),
    );
  const written = node.value;
  let value: Value | undefined;
  if (written !== undefined) value = written.kind === "Null" ? undefined : written;
  else if (type === undefined || (type.type === "boolean" && !type.array)) value = impliedTrue;
  else value = type.defaultValue;
  return { name, key, written, value, flavors, propagated: false, type, node, doc };
}

export function bindQualifiers(ctx: QualifierContext, nodes: readonly QualifierNode[], doc: MofDocument): Qualifier[] {
  if (nodes.length === 0) return [];
  const out: Qualifier[] = [];
  // Empty names come from the parser's error recovery; the syntax error is already reported.
  for (const n of nodes) if (n.name.name !== "") out.push(bindQualifier(ctx, n, doc));
  return out;
}
