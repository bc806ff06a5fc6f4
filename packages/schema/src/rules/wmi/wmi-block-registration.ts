/**
 * Microsoft "WMI Class Qualifiers" (Dynamic, Static, Provider) and mof-language.md §7.1: a data,
 * event or method block is `[Dynamic, Provider("WMIProv")]`, or `[Static]` when its instances
 * live in the repository; only embedded classes may omit these (edge cases 139, 149).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "../rule.js";
import { blockKind, isDriverClass } from "./driver-classes.js";

export const wmiBlockRegistration = defineRule({
  name: "wmi-block-registration",
  appliesTo: "driver-classes",
  source: "Microsoft 'WMI Class Qualifiers' (Dynamic, Static, Provider)",
  class(c, ctx) {
    if (!c.node || !c.doc || !isDriverClass(c)) return;
    const kind = blockKind(c);
    if (kind !== "block" && kind !== "event") return;
    const q = c.qualifiers;
    const missing: string[] = [];
    if (!q.isTrue("Dynamic") && !q.isTrue("Static")) missing.push("Dynamic (or Static)");
    if (q.isTrue("Dynamic") || !q.isTrue("Static")) {
      if (!q.has("Provider")) missing.push('Provider("WMIProv")');
    }
    if (missing.length === 0) return;
    ctx.report(
      codes.missingDynamicProvider,
      { kind: kind === "event" ? "event block" : "block", name: c.name, missing: missing.join(" and ") },
      { doc: c.doc, span: c.node.name.span },
    );
  },
});
