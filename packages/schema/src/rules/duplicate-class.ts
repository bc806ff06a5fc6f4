/**
 * DSP0004 2.x, "Class names": a class name is unique in its namespace (case-insensitive). In the
 * `wmi` dialect mofcomp updates the existing class, so the later declaration replaces the first
 * and this is a warning (mof-language.md §4.1; edge case 79).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const duplicateClass = defineRule({
  name: "duplicate-class",
  source: "DSP0004 2.x, Class names (unique per namespace)",
  model(model, ctx) {
    for (const { first, second } of model.classRedeclarations) {
      if (!second.node || !second.doc) continue;
      const wmi = ctx.dialect === "wmi";
      ctx.report(
        codes.duplicateClass,
        { name: second.name, namespace: second.namespace.name, detail: wmi ? "; this declaration replaces it" : "" },
        { doc: second.doc, span: second.node.name.span },
        {
          severity: wmi ? "warning" : "error",
          related:
            first.node && first.doc
              ? [{ message: `'${first.name}' is first declared here`, doc: first.doc, span: first.node.name.span }]
              : undefined,
        },
      );
    }
  },
});
