/**
 * Microsoft "WMI Class Qualifiers" (guid) and mof-language.md §7.1: every WMI driver class has a
 * `guid`, a GUID in registry format with or without braces, in any case (edge cases 141, 142).
 */
import { codes } from "@mofkit/diagnostics";
import { isAbstract } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

const guidPattern =
  /^(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function isGuid(s: string): boolean {
  return guidPattern.test(s.trim());
}

export const wmiGuid = defineRule({
  name: "wmi-guid",
  source: "Microsoft 'WMI Class Qualifiers' (guid)",
  class(c, ctx) {
    if (!c.node || !c.doc) return;
    const q = c.qualifiers.get("guid");
    if (q) {
      if (q.value?.kind === "String" && !isGuid(q.value.value)) {
        ctx.report(codes.malformedGuid, { value: q.value.value }, { doc: q.doc, span: q.value.span });
      }
      return;
    }
    if (!isDriverClass(c) || isAbstract(c)) return;
    ctx.report(
      codes.missingGuid,
      { what: "WMI class", name: c.name, missing: "a guid qualifier" },
      { doc: c.doc, span: c.node.name.span },
    );
  },
});
