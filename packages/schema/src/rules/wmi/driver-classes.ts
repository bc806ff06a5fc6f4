/**
 * What the WMI driver rules share: which classes are driver classes, what kind of block each is,
 * and which properties are its data items (mof-language.md §7.1; Microsoft "MOF Syntax for WMI
 * Data and Event Blocks", "Required Items in WMI Classes").
 */
import { declaredQualifier, derivesFrom, isAbstract, type Property, type SchemaClass } from "../../model/index.js";

/** A class qualified `[WMI]` (written, or propagated with ToSubclass). */
export function isDriverClass(c: SchemaClass): boolean {
  return !c.builtin && c.qualifiers.isTrue("WMI");
}

export function isEventClass(c: SchemaClass): boolean {
  return derivesFrom(c, "WMIEvent") || derivesFrom(c, "__ExtrinsicEvent") || c.qualifiers.isTrue("Indication");
}

const reserved = new Set(["instancename", "active"]);

/**
 * The kind of a driver class. A registered block (data, event or method block) is Dynamic or
 * Static, has a provider, methods, InstanceName/Active, or is an event; anything else with
 * `[WMI]` is an embedded class (WMI + guid only), used as the type of other blocks' items.
 */
export function blockKind(c: SchemaClass): "block" | "event" | "embedded" | "abstract" {
  if (isAbstract(c)) return "abstract";
  if (isEventClass(c)) return "event";
  const q = c.qualifiers;
  if (q.has("Dynamic") || q.has("Static") || q.has("Provider") || c.methods.length > 0) return "block";
  if (c.propertyMap.has("instancename") || c.propertyMap.has("active")) return "block";
  return "embedded";
}

/**
 * The data items: the class's effective properties (inherited ones first, then local ones) but
 * InstanceName/Active, not counting predeclared bases' properties — the items the layout package
 * lays out (wmi-kernel.md §7.2).
 */
export function dataItems(c: SchemaClass): Property[] {
  return c.properties.filter((p) => !reserved.has(p.key) && !p.classOrigin.builtin);
}

/** The WmiDataId of an item (its own or the one it inherits), if it has an integer one. */
export function dataId(p: Property): number | undefined {
  const v = declaredQualifier(p, "WmiDataId")?.value;
  return v?.kind === "Integer" ? Number(v.value) : undefined;
}

export function isReservedItem(p: Property): boolean {
  return reserved.has(p.key);
}
