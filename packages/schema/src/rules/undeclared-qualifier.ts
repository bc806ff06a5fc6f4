/**
 * DSP0004 2.x, "Qualifiers" / "Qualifier types": a qualifier must be declared (in the namespace,
 * before its use) to be used. `dmtf` dialect only — WMI qualifiers need no declaration
 * (mof-language.md §4.3, edge case 61).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const undeclaredQualifier = defineRule({
  name: "undeclared-qualifier",
  source: "DSP0004 2.x, Qualifier types (declaration before use)",
  dialects: ["dmtf"],
  qualifiers(site, ctx) {
    for (const q of site.local) {
      if (q.type) continue;
      const ns = site.cls?.namespace.name ?? "root/default";
      ctx.report(codes.undeclaredQualifier, { name: q.name, namespace: ns }, { doc: q.doc, span: q.node.name.span });
    }
  },
});
