/**
 * DSP0004 2.x, "Instance declarations": an instance sets only properties its class declares or
 * inherits (edge case 110).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const instanceProperty = defineRule({
  name: "instance-property",
  source: "DSP0004 2.x, Instance declarations (known properties)",
  instanceValue(v, i, ctx) {
    if (v.property || !i.class || v.name.startsWith("__")) return;
    ctx.report(
      codes.unknownInstanceProperty,
      { className: i.class.name, name: v.name },
      { doc: i.doc, span: v.node.name.span },
    );
  },
});
