/**
 * Microsoft's Key qualifier page and mof-language.md §4.8: keys should not have default values
 * (every instance that omits the key would get the same identity). A warning (edge case 162).
 */
import { codes } from "@mofkit/diagnostics";
import { isKey } from "../model/index.js";
import { defineRule } from "./rule.js";

export const keyDefault = defineRule({
  name: "key-default",
  source: "Microsoft 'Key qualifier' (keys without defaults)",
  property(p, _c, ctx) {
    const d = p.defaultValue;
    if (!d || d.kind === "Null" || d.kind === "ErrorValue" || !isKey(p)) return;
    ctx.report(codes.keyWithDefault, { name: p.name }, { doc: p.doc, span: d.span });
  },
});
