/**
 * DSP0004 2.x, "Qualifier scope": a qualifier may only be used on the element kinds its
 * declaration lists. `class` does not cover associations or indications, `property` does not
 * cover references (pywbemtools #788; edge cases 58, 59). In the `wmi` dialect the built-in
 * catalogue is checked and a violation is a warning.
 */
import { codes } from "@mofkit/diagnostics";
import type { ElementKind, QualifierType } from "../model/index.js";
import { defineRule } from "./rule.js";

const article: Record<ElementKind, string> = {
  class: "a class",
  association: "an association",
  indication: "an indication",
  property: "a property",
  reference: "a reference",
  method: "a method",
  parameter: "a parameter",
  instance: "an instance",
};

export function scopeAllows(t: QualifierType, kind: ElementKind): boolean {
  if (t.scopes.has("any")) return true;
  if (t.scopes.has(kind)) return true;
  // An instance takes the qualifiers of its class; a WMI catalogue entry for classes also fits instances.
  if (kind === "instance" && t.origin !== "declared") return t.scopes.has("class");
  return false;
}

export const qualifierScope = defineRule({
  name: "qualifier-scope",
  source: "DSP0004 2.x, Qualifier scope",
  qualifiers(site, ctx) {
    for (const q of site.local) {
      const t = q.type;
      if (!t || scopeAllows(t, site.kind)) continue;
      // Instances and their values carry qualifiers only in WMI MOF; DSP0004 deprecates them (not a scope error).
      if (site.kind === "instance" && t.origin === "declared") continue;
      ctx.report(
        codes.qualifierScope,
        { name: q.name, element: `${article[site.kind]} (${site.description})`, scope: [...t.scopes].join(", ") },
        { doc: q.doc, span: q.node.name.span },
        {
          severity: ctx.dialect === "wmi" ? "warning" : "error",
          related:
            t.node && t.doc
              ? [{ message: `'${t.name}' is declared here`, doc: t.doc, span: t.node.name.span }]
              : undefined,
        },
      );
    }
  },
});
