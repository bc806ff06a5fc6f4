/**
 * mof-language.md §4.16, §7.1 and wmimofck: a class used as the type of a driver data item is an
 * embedded class — a `[WMI]` class with a guid, laid out inside the block — and declares no
 * methods (edge case 141).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "../rule.js";
import { isDriverClass, isReservedItem } from "./driver-classes.js";

export const wmiEmbeddedClass = defineRule({
  name: "wmi-embedded-class",
  appliesTo: "driver-classes",
  source: "wmimofck; mof-language.md §7.1 (embedded classes)",
  property(p, c, ctx) {
    if (!isDriverClass(c) || isReservedItem(p) || p.type.kind !== "object" || !p.type.target) return;
    const e = p.type.target;
    const at = { doc: p.doc, span: p.node.type.span };
    const related =
      e.node && e.doc ? [{ message: `'${e.name}' is declared here`, doc: e.doc, span: e.node.name.span }] : undefined;
    const missing: string[] = [];
    if (!e.qualifiers.isTrue("WMI")) missing.push("the WMI qualifier");
    if (!e.qualifiers.has("guid")) missing.push("a guid");
    if (missing.length > 0) {
      ctx.report(codes.missingGuid, { what: "embedded class", name: e.name, missing: missing.join(" and ") }, at, {
        related,
      });
    } else if (e.methods.length > 0) {
      ctx.report(codes.embeddedClassInvalid, { name: e.name, problem: "it declares methods" }, at, { related });
    }
  },
});
