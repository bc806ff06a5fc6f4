/**
 * Object paths of instances, built from their key values (class defaults fill keys an instance
 * does not set). A key that is a reference given by an alias needs the path of the aliased
 * instance first, so alias chains are followed with cycle detection (Microsoft: aliases may be
 * used before they are defined, but not in circles; mof-language.md §4.13).
 */
import type { Value } from "@mofkit/syntax";
import { isKey, type Instance, type Property, type SchemaModel } from "../model/index.js";
import { quotePathValue } from "../util/object-path.js";

export type PathResult =
  | { ok: true; path: string }
  | { ok: false; reason: "no-class" | "missing-key" | "not-a-key-value" | "undefined-alias" }
  | { ok: false; reason: "cycle"; cycle: string[] };

const resolvers = new WeakMap<SchemaModel, PathResolver>();

export function pathResolver(model: SchemaModel): PathResolver {
  let r = resolvers.get(model);
  if (!r) resolvers.set(model, (r = new PathResolver(model)));
  return r;
}

export class PathResolver {
  private readonly cache = new Map<Instance, PathResult>();
  private readonly active = new Set<Instance>();
  private readonly stack: Instance[] = [];

  constructor(private readonly model: SchemaModel) {}

  /** The key properties of the instance's class, in order. */
  keysOf(inst: Instance): Property[] {
    return inst.class ? inst.class.properties.filter(isKey) : [];
  }

  /** The value a property has in the instance: the instance's, else the class default. */
  valueOf(inst: Instance, p: Property): Value | undefined {
    for (const v of inst.values) if (v.key === p.key && v.value !== undefined) return v.value;
    return p.defaultValue;
  }

  pathOf(inst: Instance): PathResult {
    const cached = this.cache.get(inst);
    if (cached) return cached;
    if (this.active.has(inst)) {
      const from = this.stack.indexOf(inst);
      const cycle = this.stack
        .slice(from)
        .map((i) => (i.alias ? `$${i.alias.name}` : `instance of ${i.className.name}`));
      return { ok: false, reason: "cycle", cycle: [...cycle, cycle[0]] };
    }
    if (!inst.class) return this.remember(inst, { ok: false, reason: "no-class" });
    this.active.add(inst);
    this.stack.push(inst);
    try {
      const keys = this.keysOf(inst);
      if (keys.length === 0) {
        const singleton = inst.class.qualifiers.isTrue("Singleton");
        return this.remember(inst, { ok: true, path: singleton ? `${inst.class.name}=@` : inst.class.name });
      }
      const parts: string[] = [];
      for (const k of keys) {
        const v = this.valueOf(inst, k);
        if (v === undefined || v.kind === "Null") return this.remember(inst, { ok: false, reason: "missing-key" });
        const text = this.keyText(v);
        if (typeof text !== "string") return this.remember(inst, text);
        parts.push(`${k.name}=${text}`);
      }
      return this.remember(inst, { ok: true, path: `${inst.class.name}.${parts.join(",")}` });
    } finally {
      this.active.delete(inst);
      this.stack.pop();
    }
  }

  /** The path an alias stands for (a class alias stands for the class). */
  aliasPath(name: string): PathResult {
    const def = this.model.aliases.get(name);
    if (!def) return { ok: false, reason: "undefined-alias" };
    if (def.target.kind === "class") return { ok: true, path: def.target.name };
    return this.pathOf(def.target);
  }

  private keyText(v: Value): string | Exclude<PathResult, { ok: true }> {
    switch (v.kind) {
      case "String":
      case "Char":
        return quotePathValue(v.value);
      case "Integer":
        return v.value.toString();
      case "Real":
        return v.text;
      case "Boolean":
        return v.value ? "true" : "false";
      case "AliasRef": {
        const r = this.aliasPath(v.name);
        return r.ok ? quotePathValue(r.path) : r;
      }
      default:
        return { ok: false, reason: "not-a-key-value" };
    }
  }

  private remember(inst: Instance, r: PathResult): PathResult {
    // Results inside a cycle depend on where the walk entered it; only final answers are cached.
    if (r.ok || r.reason !== "cycle") this.cache.set(inst, r);
    return r;
  }
}
