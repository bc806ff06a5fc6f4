/**
 * Microsoft "WMI System Properties": `__PATH`, `__CLASS`, ... are computed by WMI and cannot be
 * set by an instance.
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const systemProperty = defineRule({
  name: "system-property",
  source: "Microsoft 'WMI System Properties'",
  instanceValue(v, i, ctx) {
    if (!v.name.startsWith("__") || v.property) return;
    ctx.report(codes.systemPropertySet, { name: v.name }, { doc: i.doc, span: v.node.name.span });
  },
});
