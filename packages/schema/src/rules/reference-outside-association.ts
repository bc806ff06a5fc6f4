/**
 * DSP0004 2.x, "Associations": reference properties are allowed only in association classes
 * (pywbem's resolver; edge case 102). `dmtf` only — WMI allows references in any class.
 */
import { codes } from "@mofkit/diagnostics";
import { isAssociation } from "../model/index.js";
import { defineRule } from "./rule.js";

export const referenceOutsideAssociation = defineRule({
  name: "reference-outside-association",
  source: "DSP0004 2.x, Associations (references only in associations)",
  dialects: ["dmtf"],
  property(p, c, ctx) {
    if (!p.isReference || isAssociation(c)) return;
    ctx.report(
      codes.referenceOutsideAssociation,
      { name: p.name, className: c.name },
      { doc: p.doc, span: p.node.type.span },
    );
  },
});
