/**
 * Microsoft "MOF Syntax for WMI Data and Event Blocks" and wmimofck: a driver method carries
 * Implemented, or WMI does not dispatch it to the driver.
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

export const wmiMethodImplemented = defineRule({
  name: "wmi-method-implemented",
  appliesTo: "driver-classes",
  source: "Microsoft 'MOF Syntax for WMI Data and Event Blocks' (Implemented)",
  method(m, c, ctx) {
    if (!isDriverClass(c) || m.qualifiers.isTrue("Implemented")) return;
    ctx.report(codes.methodNotImplemented, { name: m.name, className: c.name }, { doc: m.doc, span: m.node.name.span });
  },
});
