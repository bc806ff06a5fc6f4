/**
 * The compiled model as JSON (`mofkit compile --emit model`), described by docs/model-schema.json
 * and docs/model.md. Key names are a stable interface.
 *
 * Values: integers become JSON numbers when they are safe integers (|n| < 2^53) and decimal
 * strings otherwise (uint64/sint64 values keep every digit); reals are numbers; strings, char16
 * and datetime values are strings; a reference is the object path it resolves to (aliases are
 * resolved; null when no path can be built); an inline embedded instance is an object
 * `{ "className", "properties" }`; NULL is null. Values are converted to the type they
 * initialise, so the `wmi` dialect's coercions (integer to string, real to integer, code point to
 * char16) are applied.
 */
import type { Value } from "@mofkit/syntax";
import {
  flavorNames,
  integerRanges,
  type ArrayKind,
  type DataType,
  type Instance,
  type Method,
  type Namespace,
  type Parameter,
  type Property,
  type Qualifier,
  type QualifierSet,
  type QualifierType,
  type SchemaClass,
  type SchemaModel,
} from "./model/index.js";
import { pathResolver, type PathResolver } from "./values/instance-paths.js";

export type JsonValue = null | boolean | number | string | JsonValue[] | EmbeddedInstanceJson;

export interface EmbeddedInstanceJson {
  className: string;
  properties: InstancePropertyJson[];
}

export interface ModelJson {
  namespaces: NamespaceJson[];
}

export interface NamespaceJson {
  name: string;
  qualifierTypes: QualifierTypeJson[];
  classes: ClassJson[];
  instances: InstanceJson[];
}

export interface QualifierTypeJson {
  name: string;
  type: string;
  array: boolean;
  arraySize: number | null;
  default: JsonValue;
  scopes: string[];
  flavors: string[];
}

export interface QualifierJson {
  name: string;
  value: JsonValue;
  flavors: string[];
  propagated: boolean;
}

export interface ClassJson {
  name: string;
  superClass: string | null;
  alias: string | null;
  qualifiers: QualifierJson[];
  properties: PropertyJson[];
  methods: MethodJson[];
}

interface TypedJson {
  /** A MOF data type (`uint32`, `string`, ...), `reference`, `object` or (results only) `void`. */
  type: string;
  /** The class of a reference or embedded object (absent for other types; null for `object`). */
  className?: string | null;
  array: boolean;
  /** The size of a fixed array `[N]`; null for variable arrays and scalars. */
  arraySize: number | null;
}

export interface PropertyJson extends TypedJson {
  name: string;
  default: JsonValue;
  qualifiers: QualifierJson[];
  classOrigin: string;
  /** True when the class inherits the property without redeclaring it. */
  propagated: boolean;
}

export interface ParameterJson extends TypedJson {
  name: string;
  default?: JsonValue;
  qualifiers: QualifierJson[];
}

export interface MethodJson {
  name: string;
  returnType: string;
  returnClassName?: string | null;
  parameters: ParameterJson[];
  qualifiers: QualifierJson[];
  classOrigin: string;
  propagated: boolean;
}

export interface InstancePropertyJson {
  name: string;
  value: JsonValue;
}

export interface InstanceJson {
  className: string;
  alias: string | null;
  /** The object path built from the key values, or null when it cannot be built. */
  path: string | null;
  qualifiers: QualifierJson[];
  properties: InstancePropertyJson[];
}

export function modelToJson(model: SchemaModel): ModelJson {
  return new JsonWriter(model).model();
}

/**
 * Serialises the model with a final newline; compact by default (the effective model of a large
 * schema repeats inherited qualifiers and runs to tens of megabytes), indented with `pretty`.
 */
export function stringifyModel(model: SchemaModel, options: { pretty?: boolean } = {}): string {
  return `${JSON.stringify(modelToJson(model), null, options.pretty ? 2 : undefined)}\n`;
}

class JsonWriter {
  private readonly paths: PathResolver;

  constructor(private readonly m: SchemaModel) {
    this.paths = pathResolver(m);
  }

  model(): ModelJson {
    return { namespaces: this.m.namespaces.map((ns) => this.namespace(ns)) };
  }

  private namespace(ns: Namespace): NamespaceJson {
    return {
      name: ns.name,
      qualifierTypes: [...ns.qualifierTypes.values()].map((t) => this.qualifierType(t)),
      classes: ns.classList.filter((c) => ns.classes.get(c.name) === c).map((c) => this.cls(c)),
      instances: ns.instances.map((i) => this.instance(i)),
    };
  }

  private qualifierType(t: QualifierType): QualifierTypeJson {
    const array: ArrayKind = t.array
      ? t.arraySize !== undefined
        ? { kind: "fixed", size: t.arraySize }
        : { kind: "variable" }
      : { kind: "scalar" };
    return {
      name: t.name,
      type: t.type,
      array: t.array,
      arraySize: t.arraySize ?? null,
      default: t.defaultValue ? this.value(t.defaultValue, { kind: "primitive", name: t.type }, array) : null,
      scopes: [...t.scopes],
      flavors: flavorNames(t.flavors),
    };
  }

  private qualifiers(set: QualifierSet): QualifierJson[] {
    const out: QualifierJson[] = [];
    for (const q of set.values()) out.push(this.qualifier(q));
    return out;
  }

  private qualifier(q: Qualifier): QualifierJson {
    let value: JsonValue = null;
    if (q.value) {
      const t = q.type;
      value = t
        ? this.value(q.value, { kind: "primitive", name: t.type }, t.array ? { kind: "variable" } : { kind: "scalar" })
        : this.untyped(q.value);
    }
    return { name: q.name, value, flavors: flavorNames(q.flavors), propagated: q.propagated };
  }

  private cls(c: SchemaClass): ClassJson {
    return {
      name: c.name,
      superClass: c.superClass?.name ?? c.superClassName?.name ?? null,
      alias: c.alias ? c.alias.name : null,
      qualifiers: this.qualifiers(c.qualifiers),
      properties: c.properties.map((p) => this.property(p, c)),
      methods: c.methods.map((m) => this.method(m, c)),
    };
  }

  private typed(t: DataType, a: ArrayKind): TypedJson {
    const out: TypedJson = {
      type: t.kind === "primitive" ? t.name : t.kind,
      array: a.kind !== "scalar",
      arraySize: a.kind === "fixed" ? a.size : null,
    };
    if (t.kind === "reference" || t.kind === "object") out.className = t.className?.name ?? null;
    return out;
  }

  private property(p: Property, c: SchemaClass): PropertyJson {
    return {
      name: p.name,
      ...this.typed(p.type, p.array),
      default: p.defaultValue ? this.value(p.defaultValue, p.type, p.array) : null,
      qualifiers: this.qualifiers(p.qualifiers),
      classOrigin: p.classOrigin.name,
      propagated: !(p.local && p.owner === c),
    };
  }

  private method(m: Method, c: SchemaClass): MethodJson {
    const out: MethodJson = {
      name: m.name,
      returnType: m.returnType.kind === "primitive" ? m.returnType.name : m.returnType.kind,
      parameters: m.parameters.map((p) => this.parameter(p)),
      qualifiers: this.qualifiers(m.qualifiers),
      classOrigin: m.classOrigin.name,
      propagated: !(m.local && m.owner === c),
    };
    if (m.returnType.kind === "object" || m.returnType.kind === "reference")
      out.returnClassName = m.returnType.className?.name ?? null;
    return out;
  }

  private parameter(p: Parameter): ParameterJson {
    const out: ParameterJson = {
      name: p.name,
      ...this.typed(p.type, p.array),
      qualifiers: this.qualifiers(p.qualifiers),
    };
    if (p.defaultValue) out.default = this.value(p.defaultValue, p.type, p.array);
    return out;
  }

  private instance(i: Instance): InstanceJson {
    const path = i.class ? this.paths.pathOf(i) : undefined;
    return {
      className: i.className.name,
      alias: i.alias ? i.alias.name : null,
      path: path?.ok ? path.path : null,
      qualifiers: this.qualifiers(i.qualifiers),
      properties: this.instanceProperties(i),
    };
  }

  private instanceProperties(i: Instance): InstancePropertyJson[] {
    const out: InstancePropertyJson[] = [];
    const seen = new Set<string>();
    for (const v of i.values) {
      if (seen.has(v.key) || v.value === undefined) continue;
      seen.add(v.key);
      out.push({
        name: v.property?.name ?? v.name,
        value: v.property ? this.value(v.value, v.property.type, v.property.array) : this.untyped(v.value),
      });
    }
    return out;
  }

  /** A value converted to the type it initialises. */
  private value(v: Value, t: DataType, a: ArrayKind): JsonValue {
    if (v.kind === "Array") return v.elements.map((e) => this.value(e, t, { kind: "scalar" }));
    if (a.kind !== "scalar") return [this.value(v, t, { kind: "scalar" })];
    if (t.kind === "primitive") {
      const range = integerRanges[t.name];
      if (range && v.kind === "Real") return integer(BigInt(Math.round(v.value)));
      if (t.name === "string" && v.kind === "Integer") return v.value.toString();
      if (t.name === "char16" && v.kind === "Integer") return String.fromCharCode(Number(v.value) & 0xffff);
    }
    return this.untyped(v);
  }

  private untyped(v: Value): JsonValue {
    switch (v.kind) {
      case "Integer":
        return integer(v.value);
      case "Real":
        return Number.isFinite(v.value) ? v.value : v.text;
      case "String":
      case "Char":
        return v.value;
      case "Boolean":
        return v.value;
      case "Null":
      case "ErrorValue":
        return null;
      case "Array":
        return v.elements.map((e) => this.untyped(e));
      case "AliasRef": {
        const r = this.paths.aliasPath(v.name);
        return r.ok ? r.path : null;
      }
      case "EmbeddedInstance": {
        const inst = this.m.embeddedByNode.get(v);
        return { className: v.className.name, properties: inst ? this.instanceProperties(inst) : [] };
      }
    }
  }
}

function integer(n: bigint): number | string {
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n.toString();
}
