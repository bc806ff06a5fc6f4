/**
 * Normalised per-class summaries, so decodings from different sources can be compared fact by
 * fact: a MOF AST (our printed output re-parsed, bmf2mof's reference `.mof`, a vector's
 * `.source.mof`) or an independent parser's `.model.json`. Each fact is one line of text:
 * layout, spelling of literals, flavors that set no bit, generated qualifiers (CIMTYPE, ID,
 * MAX) and direction qualifiers (which become the parameter's direction) are normalised away.
 */
import type * as A from "@mofkit/syntax";

export interface ClassSummary {
  name: string;
  superClass: string;
  namespace: string;
  classFlags: number;
  qualifiers: string[];
  properties: string[];
  methods: string[];
}

export interface Summary {
  classes: ClassSummary[];
  /** One line per top-level instance. */
  instances: string[];
}

/** The flavors that set a bit in a BMF; the others are defaults and leave no trace. */
const bitFlavors = new Set(["toinstance", "tosubclass", "disableoverride", "amended"]);
const classFlagBits: Record<string, number> = { updateonly: 1, createonly: 2, safeupdate: 32, forceupdate: 64 };

function flavorText(names: readonly string[]): string {
  const kept = names.map((n) => n.toLowerCase()).filter((n) => bitFlavors.has(n));
  return kept.length === 0 ? "" : ` : ${kept.sort().join(" ")}`;
}

// ---- from a MOF AST ---------------------------------------------------------------------------

export function summariseAst(productions: readonly A.Production[]): Summary {
  const out: Summary = { classes: [], instances: [] };
  let namespace = "root\\default";
  let classFlags = 0;
  for (const p of productions) {
    if (p.kind === "Pragma") {
      const name = p.name.name.toLowerCase();
      const args = p.args ?? [];
      if (name === "namespace" && args[0]?.kind === "String") namespace = args[0].value;
      if (name === "classflags") {
        classFlags = 0;
        for (const a of args) {
          if (a.kind === "Integer") classFlags |= Number(a.value);
          if (a.kind === "String") classFlags |= classFlagBits[a.value.toLowerCase()] ?? 0;
        }
      }
    } else if (p.kind === "Class") {
      out.classes.push({
        name: p.name.name,
        superClass: p.superClass?.name ?? "",
        namespace,
        classFlags,
        qualifiers: p.qualifiers.map(astQualifier),
        properties: p.features.filter((f): f is A.PropertyDeclaration => f.kind === "Property").map(astProperty),
        methods: p.features.filter((f): f is A.MethodDeclaration => f.kind === "Method").map(astMethod),
      });
    } else if (p.kind === "Instance") {
      out.instances.push(astInstance(p.className.name, p.alias?.name, p.properties));
    }
  }
  return out;
}

function astQualifier(q: A.Qualifier): string {
  return `${q.name.name}=${q.value ? astValue(q.value) : "true"}${flavorText(q.flavors.map((f) => f.name))}`;
}

function astValue(v: A.Value): string {
  switch (v.kind) {
    case "Integer":
      return v.value.toString();
    case "Real":
      return String(v.value);
    case "String":
      return JSON.stringify(v.value);
    case "Char":
      return String(v.value.charCodeAt(0));
    case "Boolean":
      return String(v.value);
    case "Null":
      return "null";
    case "AliasRef":
      return `$${v.name}`;
    case "Array":
      return `{${v.elements.map(astValue).join(", ")}}`;
    case "EmbeddedInstance":
      return astInstance(v.className.name, v.alias?.name, v.properties);
    default:
      return `?${v.kind}`;
  }
}

function astInstance(className: string, alias: string | undefined, props: readonly A.PropertyValue[]): string {
  const body = props.map((p) => `${p.name.name}=${p.value ? astValue(p.value) : "null"}`).join("; ");
  return `instance of ${className}${alias ? ` as $${alias}` : ""} {${body}}`;
}

function astType(t: A.TypeRef): string {
  switch (t.kind) {
    case "PrimitiveType":
      return t.name;
    case "ObjectType":
      return "object";
    case "VoidType":
      return "void";
    case "ClassType":
      return t.className.name;
    case "ReferenceType":
      return `${t.className?.name ?? "object"} ref`;
  }
}

function arrayText(a: A.ArraySpec | undefined): string {
  return a ? `[${a.size ?? ""}]` : "";
}

function astProperty(p: A.PropertyDeclaration): string {
  const dflt = p.defaultValue ? ` = ${astValue(p.defaultValue)}` : "";
  return `[${p.qualifiers.map(astQualifier).join(", ")}] ${astType(p.type)} ${p.name.name}${arrayText(p.array)}${dflt}`;
}

function astMethod(m: A.MethodDeclaration): string {
  const params = m.parameters.map((p) => {
    const names = p.qualifiers.map((q) => q.name.name.toLowerCase());
    // mofcomp reads a parameter with no direction as both in and out (bmf-format.md §4.7).
    const dir = (names.includes("in") ? "in" : "") + (names.includes("out") ? "out" : "") || "inout";
    const quals = p.qualifiers
      .filter((q) => !["in", "out", "id"].includes(q.name.name.toLowerCase()))
      .map(astQualifier);
    return `${dir} [${quals.join(", ")}] ${astType(p.type)} ${p.name.name}${arrayText(p.array)}`;
  });
  return `[${m.qualifiers.map(astQualifier).join(", ")}] ${astType(m.returnType)} ${m.name.name}(${params.join(", ")})`;
}

// ---- from a .model.json -----------------------------------------------------------------------

interface JsonQualifier {
  name: string;
  type: string;
  value: unknown;
  flavors?: string[];
}
interface JsonProperty {
  name: string;
  type: string;
  value?: unknown;
  qualifiers?: JsonQualifier[];
}
interface JsonObject {
  kind: string;
  qualifiers?: JsonQualifier[];
  properties: JsonProperty[];
  methods: (JsonProperty & { parameter_objects?: JsonObject[] })[];
}

export function summariseModelJson(json: { objects: JsonObject[] }): Summary {
  const out: Summary = { classes: [], instances: [] };
  for (const o of json.objects) {
    const sys = (n: string) => o.properties.find((p) => p.name === n)?.value;
    if (o.kind === "instance") {
      out.instances.push(jsonInstance(o));
      continue;
    }
    out.classes.push({
      name: String(sys("__CLASS")),
      superClass: typeof sys("__SUPERCLASS") === "string" ? String(sys("__SUPERCLASS")) : "",
      namespace: String(sys("__NAMESPACE")),
      classFlags: typeof sys("__CLASSFLAGS") === "number" ? Number(sys("__CLASSFLAGS")) : 0,
      qualifiers: (o.qualifiers ?? []).map(jsonQualifier),
      properties: o.properties.filter((p) => !p.name.startsWith("__")).map(jsonProperty),
      methods: o.methods.map(jsonMethod),
    });
  }
  return out;
}

function jsonQualifier(q: JsonQualifier): string {
  return `${q.name}=${jsonValue(q.value, q.type)}${flavorText(q.flavors ?? [])}`;
}

function jsonValue(v: unknown, type: string): string {
  if (Array.isArray(v)) return `{${v.map((e) => jsonValue(e, type.replace("[]", ""))).join(", ")}}`;
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return type.includes("byref") ? `$${v}` : JSON.stringify(v);
  if (typeof v === "object") return jsonInstance(v as JsonObject);
  return String(v);
}

function jsonInstance(o: JsonObject): string {
  const cls = o.properties.find((p) => p.name === "__CLASS")?.value;
  const alias = o.properties.find((p) => p.name === "__ALIAS")?.value;
  const body = o.properties
    .filter((p) => !p.name.startsWith("__"))
    .map((p) => `${p.name}=${"value" in p ? jsonValue(p.value, p.type) : "null"}`)
    .join("; ");
  return `instance of ${String(cls)}${alias ? ` as $${String(alias)}` : ""} {${body}}`;
}

/** CIMTYPE spelling → the summary's type text. */
function cimType(p: JsonProperty): string {
  const cim = p.qualifiers?.find((q) => q.name === "CIMTYPE")?.value;
  const t = typeof cim === "string" ? cim : p.type.replace("[]", "");
  const lower = t.toLowerCase();
  if (lower === "ref") return "object ref";
  if (lower.startsWith("object:")) return t.slice(7);
  if (lower.startsWith("ref:")) return `${t.slice(4)} ref`;
  if (lower === "reference") return "object ref";
  return lower;
}

/** Qualifiers minus CIMTYPE, with an array's MAX(n) folded into its bound. */
function jsonDeclaration(p: JsonProperty, skip: (q: JsonQualifier) => boolean): { quals: string[]; array: string } {
  const isArray = p.type.endsWith("[]");
  const max =
    isArray && !("value" in p)
      ? p.qualifiers?.find((q) => q.name === "MAX" && !q.flavors?.length && typeof q.value === "number" && q.value > 0)
      : undefined;
  const quals = (p.qualifiers ?? []).filter((q) => q.name !== "CIMTYPE" && q !== max && !skip(q)).map(jsonQualifier);
  return { quals, array: isArray ? `[${max ? String(max.value) : ""}]` : "" };
}

function jsonProperty(p: JsonProperty): string {
  const { quals, array } = jsonDeclaration(p, () => false);
  const dflt = "value" in p ? ` = ${jsonValue(p.value, p.type)}` : "";
  return `[${quals.join(", ")}] ${cimType(p)} ${p.name}${array}${dflt}`;
}

function jsonMethod(m: JsonProperty & { parameter_objects?: JsonObject[] }): string {
  const objects = m.parameter_objects ?? [];
  const params = new Map<string, { p: JsonProperty; quals: JsonQualifier[]; in: boolean; out: boolean; id: number }>();
  let ret = "void";
  objects.forEach((o, i) => {
    for (const p of o.properties) {
      if (p.name.startsWith("__")) continue;
      if (p.name === "ReturnValue" && (objects.length === 1 || i === 1)) {
        ret = cimType(p);
        continue;
      }
      const names = (p.qualifiers ?? []).map((q) => q.name.toLowerCase());
      const isIn = objects.length === 2 ? i === 0 : names.includes("in");
      const isOut = objects.length === 2 ? i === 1 : names.includes("out");
      const id = (p.qualifiers ?? []).find((q) => q.name.toLowerCase() === "id")?.value;
      const e = params.get(p.name) ?? { p, quals: [], in: false, out: false, id: typeof id === "number" ? id : 0 };
      // The copies of an in/out parameter share their qualifiers; take each name once.
      for (const q of p.qualifiers ?? []) {
        if (!e.quals.some((x) => x.name.toLowerCase() === q.name.toLowerCase())) e.quals.push(q);
      }
      e.in ||= isIn;
      e.out ||= isOut;
      params.set(p.name, e);
    }
  });
  const list = [...params.values()]
    .sort((a, b) => a.id - b.id)
    .map((e) => {
      const merged = { ...e.p, qualifiers: e.quals };
      const { quals, array } = jsonDeclaration(merged, (q) => ["in", "out", "id"].includes(q.name.toLowerCase()));
      return `${e.in ? "in" : ""}${e.out ? "out" : ""} [${quals.join(", ")}] ${cimType(e.p)} ${e.p.name}${array}`;
    });
  return `[${(m.qualifiers ?? []).map(jsonQualifier).join(", ")}] ${ret} ${m.name}(${list.join(", ")})`;
}
