/**
 * DSP0004 2.x, "Qualifier value": only a boolean qualifier may be written without a value; any
 * other takes its declaration's default, and is an error when there is none (OMI "qualifier is
 * missing initializer"; mof-language.md §4.4).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const qualifierNeedsValue = defineRule({
  name: "qualifier-needs-value",
  source: "DSP0004 2.x, Qualifier value (implied values)",
  qualifiers(site, ctx) {
    for (const q of site.local) {
      const t = q.type;
      if (q.written !== undefined || !t || t.origin !== "declared") continue;
      if ((t.type === "boolean" && !t.array) || t.hasDefault) continue;
      ctx.report(
        codes.qualifierNeedsValue,
        { name: q.name, type: `${t.type}${t.array ? "[]" : ""}` },
        { doc: q.doc, span: q.node.name.span },
        {
          related:
            t.node && t.doc
              ? [{ message: `'${t.name}' is declared here without a default`, doc: t.doc, span: t.node.name.span }]
              : undefined,
        },
      );
    }
  },
});
