/**
 * What the layout pass (and the emitters) read from the schema model: which classes are WMI
 * blocks and of what kind, their data items, parameter ids and directions, and qualifier values.
 * A small adapter so that the rest of the package does not depend on how the model stores them.
 */
import {
  declaredQualifier,
  derivesFrom,
  isAbstract,
  parameterDirection,
  type Method,
  type Parameter,
  type Property,
  type Qualifier,
  type SchemaClass,
  type SchemaModel,
} from "@mofkit/schema";
import { walkProductions, type ClassDeclaration, type Program, type Value } from "@mofkit/syntax";

// Re-exported: the emitters read inherited layout qualifiers through the layout package.
export { declaredQualifier } from "@mofkit/schema";

/** A class qualified `[WMI]` that the input declares (predeclared system classes are not). */
export function isWmiClass(c: SchemaClass): boolean {
  return !c.builtin && c.qualifiers.isTrue("WMI");
}

export function isEventClass(c: SchemaClass): boolean {
  return derivesFrom(c, "WMIEvent") || derivesFrom(c, "__ExtrinsicEvent") || c.qualifiers.isTrue("Indication");
}

/**
 * The kind of a WMI class: an event block (derives from WMIEvent), a data block (registered:
 * Dynamic, Static or Provider, methods, or InstanceName/Active), an embedded class (WMI and a
 * guid only, used inside other blocks), or an abstract class.
 */
export function classKind(c: SchemaClass): "data" | "event" | "embedded" | "abstract" {
  if (isAbstract(c)) return "abstract";
  if (isEventClass(c)) return "event";
  const q = c.qualifiers;
  if (q.has("Dynamic") || q.has("Static") || q.has("Provider") || c.methods.length > 0) return "data";
  if (c.propertyMap.has("instancename") || c.propertyMap.has("active")) return "data";
  return "embedded";
}

const reserved = new Set(["instancename", "active"]);

/** Data items: every property except InstanceName and Active and those of predeclared bases. */
export function dataItems(c: SchemaClass): Property[] {
  return c.properties.filter((p) => !reserved.has(p.key) && !p.classOrigin.builtin);
}

/** An integer qualifier value as a number (undefined when absent or not an integer). */
export function intValue(q: Qualifier | undefined): number | undefined {
  const v = q?.value;
  return v?.kind === "Integer" ? Number(v.value) : undefined;
}

export function stringValue(q: Qualifier | undefined): string | undefined {
  const v = q?.value;
  return v?.kind === "String" ? v.value : undefined;
}

/** The strings of an array qualifier (a scalar string counts as a one-element array). */
export function stringList(q: Qualifier | undefined): string[] | undefined {
  const v = q?.value;
  if (!v) return undefined;
  if (v.kind === "String") return [v.value];
  if (v.kind !== "Array") return undefined;
  return v.elements.map(literalText);
}

/** A literal as text: strings verbatim, integers in decimal, booleans as TRUE/FALSE. */
export function literalText(v: Value): string {
  switch (v.kind) {
    case "String":
    case "Char":
      return v.value;
    case "Integer":
      return v.value.toString();
    case "Real":
      return v.text;
    case "Boolean":
      return v.value ? "TRUE" : "FALSE";
    default:
      return "";
  }
}

/** Parameters of a method with their 1-based ids (§10.2.5: ID qualifier + 1, else position + 1). */
export function numberedParameters(m: Method): { param: Parameter; id: number }[] {
  const explicit = m.parameters.map((p) => intValue(p.qualifiers.get("ID")));
  const useExplicit = m.parameters.length > 0 && explicit.every((v) => v !== undefined);
  const list = m.parameters.map((param, i) => ({ param, id: useExplicit ? explicit[i]! + 1 : i + 1 }));
  return useExplicit ? list.slice().sort((a, b) => a.id - b.id) : list;
}

export function direction(p: Parameter): { input: boolean; output: boolean } {
  return parameterDirection(p, "wmi");
}

/**
 * The WMI classes of a model in declaration order. With the program, the order is textual across
 * files and namespaces (includes entered where they are included); without it, namespace by
 * namespace. Classes replaced by a later declaration of the same name are left out.
 */
export function wmiClassesInOrder(model: SchemaModel, program?: Program): SchemaClass[] {
  const all: SchemaClass[] = [];
  for (const ns of model.namespaces) for (const c of ns.classList) if (!c.replacedBy && isWmiClass(c)) all.push(c);
  if (!program) return all;
  const order = new Map<ClassDeclaration, number>();
  let n = 0;
  walkProductions(program, (p) => {
    if (p.kind === "Class") order.set(p, n++);
  });
  const rank = (c: SchemaClass) => (c.node ? (order.get(c.node) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
  return all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** HeaderName of a class or method, else its name. */
export function headerName(x: SchemaClass | Method): string {
  return x.qualifiers.stringValue("HeaderName") ?? x.name;
}
