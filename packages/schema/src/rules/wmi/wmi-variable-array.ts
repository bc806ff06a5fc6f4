/**
 * Microsoft "Driver-Defined WMI Data Items" and wmimofck: a variable array item `T Name[]` needs
 * WmiSizeIs naming its count — or MAX(n), which makes it a fixed array of n as in
 * Microsoft-exported MOF — otherwise nothing after it can be placed (edge case 137).
 */
import { codes } from "@mofkit/diagnostics";
import { declaredQualifier, type Parameter, type Property } from "../../model/index.js";
import { defineRule, type RuleContext } from "../rule.js";
import { isDriverClass, isReservedItem } from "./driver-classes.js";

function check(ctx: RuleContext, p: Property | Parameter): void {
  if (p.array.kind !== "variable") return;
  // An override keeps the WmiSizeIs/MAX of the declaration it inherits from (as in packages/layout).
  if (declaredQualifier(p, "WmiSizeIs") || declaredQualifier(p, "MAX")) return;
  ctx.report(
    codes.variableArrayWithoutSize,
    { name: p.name },
    { doc: p.doc, span: p.node.array?.span ?? p.node.name.span },
  );
}

export const wmiVariableArray = defineRule({
  name: "wmi-variable-array",
  appliesTo: "driver-classes",
  source: "Microsoft 'Driver-Defined WMI Data Items' (array sizes)",
  property(p, c, ctx) {
    if (!isDriverClass(c) || isReservedItem(p)) return;
    check(ctx, p);
  },
  parameter(p, _m, c, ctx) {
    if (!isDriverClass(c)) return;
    check(ctx, p);
  },
});
