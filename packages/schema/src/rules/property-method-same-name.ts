/**
 * mof-language.md §4.1: a property and a method may share a name (pywbem and OMI keep separate
 * tables), but generated code cannot hold both — a warning (edge case 89).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const propertyMethodSameName = defineRule({
  name: "property-method-same-name",
  source: "mof-language.md §4.1 (separate property and method tables)",
  method(m, c, ctx) {
    const p = c.propertyMap.get(m.key);
    if (!p) return;
    ctx.report(
      codes.propertyMethodSameName,
      { name: m.name, className: c.name },
      { doc: m.doc, span: m.node.name.span },
      {
        related: [{ message: `property '${p.name}' is declared here`, doc: p.doc, span: p.node.name.span }],
      },
    );
  },
});
