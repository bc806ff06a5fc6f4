/**
 * DSP0004 2.x, "Qualifier flavors": flavors on a use may not relax the declaration —
 * EnableOverride on a qualifier declared DisableOverride (mof-language.md §4.6 step 5).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const flavorWeakensDeclaration = defineRule({
  name: "flavor-weakens-declaration",
  source: "DSP0004 2.x, Qualifier flavors (a use cannot relax its declaration)",
  qualifiers(site, ctx) {
    for (const q of site.local) {
      const t = q.type;
      if (!t || t.origin !== "declared" || t.flavors.overridable) continue;
      const weak = q.node.flavors.find((f) => f.name.toLowerCase() === "enableoverride");
      if (!weak) continue;
      ctx.report(
        codes.flavorWeakensDeclaration,
        { flavor: weak.name, name: q.name, declared: "DisableOverride" },
        { doc: q.doc, span: weak.span },
        {
          related:
            t.node && t.doc
              ? [{ message: `'${t.name}' is declared here`, doc: t.doc, span: t.node.name.span }]
              : undefined,
        },
      );
    }
  },
});
