/**
 * DSP0004 2.x, "Associations": an association relates at least two objects, so it has at least
 * two references, inherited ones included; Microsoft: WMI associations have exactly two
 * (edge case 103).
 */
import { codes } from "@mofkit/diagnostics";
import { isAssociation } from "../model/index.js";
import { defineRule } from "./rule.js";

export const associationReferences = defineRule({
  name: "association-references",
  source: "DSP0004 2.x, Associations (two or more references)",
  class(c, ctx) {
    if (!c.node || !c.doc || !isAssociation(c)) return;
    if (c.superClassName && !c.superClass) return;
    const count = c.properties.filter((p) => p.isReference).length;
    if (count >= 2) return;
    ctx.report(
      codes.associationTooFewReferences,
      { name: c.name, count, plural: count === 1 ? "" : "s" },
      { doc: c.doc, span: c.node.name.span },
    );
  },
});
