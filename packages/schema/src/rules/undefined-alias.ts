/**
 * DSP0004 2.x, "Aliases": an alias used as a value must be defined somewhere in the compilation
 * unit (forward references are allowed; OpenPegasus InstAliasError2; edge case 116).
 */
import { codes } from "@mofkit/diagnostics";
import type { MofDocument, Value } from "@mofkit/syntax";
import { defineRule, type RuleContext } from "./rule.js";

function check(ctx: RuleContext, doc: MofDocument, v: Value): void {
  if (v.kind === "AliasRef") {
    if (!ctx.model.aliases.has(v.name)) ctx.report(codes.undefinedAlias, { name: v.name }, { doc, span: v.span });
  } else if (v.kind === "Array") {
    for (const e of v.elements) check(ctx, doc, e);
  }
}

export const undefinedAlias = defineRule({
  name: "undefined-alias",
  source: "DSP0004 2.x, Aliases (defined in the compilation unit)",
  instanceValue(v, i, ctx) {
    if (v.value) check(ctx, i.doc, v.value);
  },
  property(p, _c, ctx) {
    if (p.defaultValue) check(ctx, p.doc, p.defaultValue);
  },
});
