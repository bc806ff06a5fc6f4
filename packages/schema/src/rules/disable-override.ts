/**
 * DSP0004 2.x, "Qualifier flavors" (DisableOverride) and the propagation algorithm of
 * mof-language.md §4.6: a propagated qualifier whose effective flavor is DisableOverride may be
 * repeated in a subclass (or overriding feature) only with the same value (pywbem's resolver
 * "not overridable"; edge case 72).
 */
import { codes } from "@mofkit/diagnostics";
import type { Value } from "@mofkit/syntax";
import { defineRule } from "./rule.js";

export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === undefined || a.kind === "Null") return b === undefined || b.kind === "Null";
  if (b === undefined || b.kind === "Null") return false;
  if (a.kind === "Array" || b.kind === "Array") {
    if (a.kind !== "Array" || b.kind !== "Array" || a.elements.length !== b.elements.length) return false;
    return a.elements.every((e, i) => sameValue(e, b.elements[i]));
  }
  if (a.kind !== b.kind) {
    // 1 and 1.0 are equal; so are an integer and its char16 code point.
    const na = a.kind === "Integer" || a.kind === "Real" ? Number(a.value) : undefined;
    const nb = b.kind === "Integer" || b.kind === "Real" ? Number(b.value) : undefined;
    return na !== undefined && na === nb;
  }
  switch (a.kind) {
    case "Integer":
    case "Real":
    case "String":
    case "Char":
    case "Boolean":
      return a.value === (b as typeof a).value;
    case "AliasRef":
      return a.name.toLowerCase() === (b as typeof a).name.toLowerCase();
    default:
      return false;
  }
}

export function valueText(v: Value | undefined): string {
  if (v === undefined || v.kind === "Null") return "null";
  switch (v.kind) {
    case "String":
      return JSON.stringify(v.value);
    case "Char":
      return `'${v.value}'`;
    case "Integer":
      return v.value.toString();
    case "Real":
      return v.text;
    case "Boolean":
      return String(v.value);
    case "Array":
      return `{${v.elements.map(valueText).join(", ")}}`;
    case "AliasRef":
      return `$${v.name}`;
    default:
      return v.kind;
  }
}

export const disableOverride = defineRule({
  name: "disable-override",
  source: "DSP0004 2.x, Qualifier flavors (DisableOverride)",
  qualifiers(site, ctx) {
    if (!site.inherited || site.inherited.size === 0) return;
    for (const q of site.local) {
      const parent = site.inherited.get(q.name);
      if (!parent || parent.flavors.overridable || sameValue(q.value, parent.value)) continue;
      const origin = parent.doc.path === q.doc.path ? "a superclass" : parent.doc.path;
      ctx.report(
        codes.disableOverrideChanged,
        {
          name: q.name,
          origin: site.cls?.superClass ? `'${site.cls.superClass.name}'` : origin,
          inherited: valueText(parent.value),
        },
        { doc: q.doc, span: (q.written ?? q.node.name).span },
        {
          related: [
            { message: `the inherited '${parent.name}' is written here`, doc: parent.doc, span: parent.node.span },
          ],
        },
      );
    }
  },
});
