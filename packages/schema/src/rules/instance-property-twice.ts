/**
 * DSP0004 2.x, "Instance declarations": an instance sets each property once, names compared
 * case-insensitively (pywbem "more than once"; edge case 111).
 */
import { codes } from "@mofkit/diagnostics";
import type { InstanceValue } from "../model/index.js";
import { defineRule } from "./rule.js";

export const instancePropertyTwice = defineRule({
  name: "instance-property-twice",
  source: "DSP0004 2.x, Instance declarations (each property once)",
  instance(i, ctx) {
    const seen = new Map<string, InstanceValue>();
    for (const v of i.values) {
      const first = seen.get(v.key);
      if (!first) {
        seen.set(v.key, v);
        continue;
      }
      ctx.report(
        codes.propertySetTwice,
        { name: v.name },
        { doc: i.doc, span: v.node.name.span },
        {
          related: [{ message: `'${first.name}' is first set here`, doc: i.doc, span: first.node.name.span }],
        },
      );
    }
  },
});
