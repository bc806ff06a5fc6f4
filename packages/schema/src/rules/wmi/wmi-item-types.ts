/**
 * Microsoft "Driver-Defined WMI Data Items": data items (and driver method parameters) are
 * integers, boolean, string, datetime, embedded WMI classes and arrays of these. References and
 * `object` have no wire format; real32/real64/char16 are missing from the driver type table
 * (a warning; edge case 146).
 */
import { codes } from "@mofkit/diagnostics";
import { typeName, type DataType } from "../../model/index.js";
import { defineRule, type At, type RuleContext } from "../rule.js";
import { isDriverClass, isReservedItem } from "./driver-classes.js";

function check(ctx: RuleContext, name: string, t: DataType, at: At): void {
  if (t.kind === "reference" || (t.kind === "object" && !t.className)) {
    ctx.report(codes.unsupportedItemType, { name, type: typeName(t) }, at);
  } else if (t.kind === "primitive" && (t.name === "real32" || t.name === "real64" || t.name === "char16")) {
    ctx.report(codes.itemTypeNotInDriverTable, { name, type: t.name }, at);
  }
}

export const wmiItemTypes = defineRule({
  name: "wmi-item-types",
  appliesTo: "driver-classes",
  source: "Microsoft 'Driver-Defined WMI Data Items' (item types)",
  property(p, c, ctx) {
    if (!isDriverClass(c) || isReservedItem(p)) return;
    check(ctx, p.name, p.type, { doc: p.doc, span: p.node.type.span });
  },
  parameter(p, _m, c, ctx) {
    if (!isDriverClass(c)) return;
    check(ctx, p.name, p.type, { doc: p.doc, span: p.node.type.span });
  },
});
