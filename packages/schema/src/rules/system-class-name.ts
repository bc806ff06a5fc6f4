/**
 * Microsoft "WMI System Classes" (mof-language.md §2.4): names starting with `__` belong to WMI
 * system classes; a MOF file may derive from or instantiate them but not define one (edge case 81).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const systemClassName = defineRule({
  name: "system-class-name",
  source: "Microsoft 'WMI System Classes' (reserved '__' names)",
  class(c, ctx) {
    if (c.builtin || !c.node || !c.doc || !c.name.startsWith("__")) return;
    ctx.report(codes.systemClassDefined, { name: c.name }, { doc: c.doc, span: c.node.name.span });
  },
});
