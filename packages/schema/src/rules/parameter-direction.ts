/**
 * DSP0004 2.x, "In" and "Out" qualifiers: In defaults to true and Out to false; a parameter
 * with `In(false)` and no Out carries nothing in either direction.
 */
import { codes } from "@mofkit/diagnostics";
import { parameterDirection } from "../model/index.js";
import { defineRule } from "./rule.js";

export const parameterDirectionRule = defineRule({
  name: "parameter-direction",
  source: "DSP0004 2.x, In and Out qualifiers",
  parameter(p, _m, _c, ctx) {
    const d = parameterDirection(p, ctx.dialect);
    if (d.input || d.output) return;
    ctx.report(codes.parameterDirection, { name: p.name }, { doc: p.doc, span: p.node.name.span });
  },
});
