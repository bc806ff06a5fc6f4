/**
 * DSP0004 2.x, "Associations": the superclass of an association is an association (pywbem's
 * resolver; edge case 104). A warning in the `wmi` dialect.
 */
import { codes } from "@mofkit/diagnostics";
import { isAssociation } from "../model/index.js";
import { defineRule } from "./rule.js";

export const associationSuperclass = defineRule({
  name: "association-superclass",
  source: "DSP0004 2.x, Associations (superclass is an association)",
  class(c, ctx) {
    if (!c.node || !c.doc || !c.superClass || !c.superClassName || !isAssociation(c)) return;
    if (c.superClass.builtin || isAssociation(c.superClass)) return;
    ctx.report(
      codes.associationFromNonAssociation,
      { name: c.name, superName: c.superClass.name },
      { doc: c.doc, span: c.superClassName.span },
      {
        severity: ctx.dialect === "wmi" ? "warning" : "error",
        related:
          c.superClass.node && c.superClass.doc
            ? [
                {
                  message: `'${c.superClass.name}' is declared here`,
                  doc: c.superClass.doc,
                  span: c.superClass.node.name.span,
                },
              ]
            : undefined,
      },
    );
  },
});
