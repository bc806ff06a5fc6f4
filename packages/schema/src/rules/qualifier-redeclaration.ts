/**
 * DSP0004 2.x, "Qualifier declarations": a qualifier type declared again in a namespace must
 * match the first declaration (type, array-ness, scopes, flavors); an identical repeat is
 * tolerated, as pywbem does (mof-language.md §4.3).
 */
import { codes } from "@mofkit/diagnostics";
import { flavorNames, sameFlavors } from "../model/index.js";
import { sameValue, valueText } from "./disable-override.js";
import { defineRule } from "./rule.js";

export const qualifierRedeclaration = defineRule({
  name: "qualifier-redeclaration",
  source: "DSP0004 2.x, Qualifier declarations (one type per name)",
  model(model, ctx) {
    for (const { first, second } of model.qualifierRedeclarations) {
      let what: string | undefined;
      let detail = "";
      if (first.type !== second.type || first.array !== second.array) {
        what = "type";
        detail = `${first.type}${first.array ? "[]" : ""} before, ${second.type}${second.array ? "[]" : ""} now`;
      } else if ([...first.scopes].sort().join() !== [...second.scopes].sort().join()) {
        what = "scope";
        detail = `${[...first.scopes].join(", ")} before, ${[...second.scopes].join(", ")} now`;
      } else if (!sameFlavors(first.flavors, second.flavors)) {
        what = "flavor";
        detail = `${flavorNames(first.flavors).join(" ")} before, ${flavorNames(second.flavors).join(" ")} now`;
      } else if (!sameValue(first.defaultValue, second.defaultValue)) {
        what = "default";
        detail = `${valueText(first.defaultValue)} before, ${valueText(second.defaultValue)} now`;
      }
      if (!what || !second.node || !second.doc) continue;
      ctx.report(
        codes.conflictingQualifierDeclaration,
        { name: second.name, what, detail },
        { doc: second.doc, span: second.node.name.span },
        {
          related:
            first.node && first.doc
              ? [{ message: "the first declaration", doc: first.doc, span: first.node.name.span }]
              : undefined,
        },
      );
    }
  },
});
