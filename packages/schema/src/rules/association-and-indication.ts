/**
 * DSP0004 2.x, "Meta qualifiers": Association and Indication classify a class exclusively;
 * Microsoft's qualifier page says the same of its meta qualifiers.
 */
import { codes } from "@mofkit/diagnostics";
import { isAssociation, isIndication } from "../model/index.js";
import { defineRule } from "./rule.js";

export const associationAndIndication = defineRule({
  name: "association-and-indication",
  source: "DSP0004 2.x, Meta qualifiers (Association, Indication)",
  class(c, ctx) {
    if (!c.node || !c.doc || !isAssociation(c) || !isIndication(c)) return;
    ctx.report(codes.associationAndIndication, { name: c.name }, { doc: c.doc, span: c.node.name.span });
  },
});
