/**
 * Declared property types of the classes in one blob, with inheritance, so instance values
 * (which carry only their storage type: every integer as sint32, char16 as sint16) can be
 * written as the literal their class expects.
 */
import type { TypeRef } from "@mofkit/syntax";
import { declaredType } from "./ast-types.js";
import { spanOf } from "./ast-context.js";
import type { BmfModel } from "./model.js";

interface ClassTypes {
  superClass: string | undefined;
  properties: Map<string, TypeRef>;
}

export class ClassTypeIndex {
  private readonly classes = new Map<string, ClassTypes>();

  constructor(model: BmfModel) {
    for (const obj of model.objects) {
      if (obj.kind !== "class") continue;
      const name = obj.properties.find((p) => p.name === "__CLASS")?.value;
      if (typeof name !== "string") continue;
      const sup = obj.properties.find((p) => p.name === "__SUPERCLASS")?.value;
      const properties = new Map<string, TypeRef>();
      for (const p of obj.properties) {
        if (p.name.startsWith("__")) continue;
        const t = declaredType(p, spanOf(p));
        if (t) properties.set(p.name.toLowerCase(), t);
      }
      this.classes.set(name.toLowerCase(), { superClass: typeof sup === "string" ? sup : undefined, properties });
    }
  }

  /** The declared type of `className.property`, looking through superclasses declared in the blob. */
  lookup(className: string, property: string): TypeRef | undefined {
    const key = property.toLowerCase();
    const seen = new Set<string>();
    let c: string | undefined = className.toLowerCase();
    while (c !== undefined && !seen.has(c)) {
      seen.add(c);
      const entry = this.classes.get(c);
      if (!entry) return undefined;
      const t = entry.properties.get(key);
      if (t) return t;
      c = entry.superClass?.toLowerCase();
    }
    return undefined;
  }
}
