/**
 * DSP0004 2.x, "Override qualifier": a subclass feature with the name of an inherited feature
 * must carry Override (pywbem "duplicates ... without override"; edge case 84). `dmtf` only —
 * in WMI a redeclaration is the normal way to re-qualify an inherited property.
 */
import { codes } from "@mofkit/diagnostics";
import type { Method, Property } from "../model/index.js";
import { defineRule, type RuleContext } from "./rule.js";

function check(f: Property | Method, what: string, ctx: RuleContext): void {
  if (!f.inherited || f.localQualifiers.some((q) => q.key === "override")) return;
  ctx.report(
    codes.overrideMissing,
    { what, name: f.name, origin: f.inherited.classOrigin.name },
    { doc: f.doc, span: f.node.name.span },
    {
      related: [
        { message: `the inherited ${what} is declared here`, doc: f.inherited.doc, span: f.inherited.node.name.span },
      ],
    },
  );
}

export const overrideMissing = defineRule({
  name: "override-missing",
  source: "DSP0004 2.x, Override qualifier (required to redeclare)",
  dialects: ["dmtf"],
  property(p, _c, ctx) {
    check(p, p.isReference ? "reference" : "property", ctx);
  },
  method(m, _c, ctx) {
    check(m, "method", ctx);
  },
});
