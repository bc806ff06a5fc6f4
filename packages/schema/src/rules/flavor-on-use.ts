/**
 * DSP0004 2.x, "Qualifier flavors": flavors written on a qualifier use are deprecated (they
 * define an implicit qualifier type); mofcomp depends on them, so `dmtf` only (edge case 65).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const flavorOnUse = defineRule({
  name: "flavor-on-use",
  source: "DSP0004 2.x, Qualifier flavors (flavors on a use are deprecated)",
  dialects: ["dmtf"],
  qualifiers(site, ctx) {
    for (const q of site.local) {
      const f = q.node.flavors;
      if (f.length === 0) continue;
      ctx.report(
        codes.flavorOnUse,
        {},
        { doc: q.doc, span: { start: f[0].span.start, end: f[f.length - 1].span.end } },
      );
    }
  },
});
