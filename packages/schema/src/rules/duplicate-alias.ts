/**
 * DSP0004 2.x, "Aliases": alias names are unique in a compilation unit and compare
 * case-insensitively (OpenPegasus InstAliasError3; edge case 115).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const duplicateAlias = defineRule({
  name: "duplicate-alias",
  source: "DSP0004 2.x, Aliases (unique names)",
  model(model, ctx) {
    for (const { first, second } of model.aliasRedefinitions) {
      ctx.report(
        codes.duplicateAlias,
        { name: second.name },
        { doc: second.doc, span: second.span },
        {
          related: [{ message: `$${first.name} is first defined here`, doc: first.doc, span: first.span }],
        },
      );
    }
  },
});
