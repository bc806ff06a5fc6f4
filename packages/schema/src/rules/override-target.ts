/**
 * DSP0004 2.x, "Override qualifier": Override("X") names a feature the class inherits; naming
 * nothing inherited is an error (a typo, or a superclass that lacks the feature).
 */
import { codes } from "@mofkit/diagnostics";
import type { Method, Property } from "../model/index.js";
import { defineRule, type RuleContext } from "./rule.js";

function check(f: Property | Method, what: string, ctx: RuleContext): void {
  const q = f.localQualifiers.find((x) => x.key === "override");
  if (!q || f.inherited || q.value?.kind !== "String") return;
  ctx.report(
    codes.overrideTargetNotFound,
    { target: q.value.value, what, className: f.owner.name },
    { doc: q.doc, span: (q.written ?? q.node.name).span },
  );
}

export const overrideTarget = defineRule({
  name: "override-target",
  source: "DSP0004 2.x, Override qualifier (names an inherited feature)",
  property(p, c, ctx) {
    if (c.superClassName && !c.superClass) return; // the missing superclass is the real problem
    check(p, p.isReference ? "reference" : "property", ctx);
  },
  method(m, c, ctx) {
    if (c.superClassName && !c.superClass) return;
    check(m, "method", ctx);
  },
});
