/**
 * Microsoft WDK samples and wmimofck: driver methods return void and pass results in [out]
 * parameters; a result type has no documented marshalling — a warning (edge case 145).
 */
import { codes } from "@mofkit/diagnostics";
import { typeName } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

export const wmiMethodReturn = defineRule({
  name: "wmi-method-return",
  appliesTo: "driver-classes",
  source: "wmimofck; Microsoft WDK samples (void driver methods)",
  method(m, c, ctx) {
    if (!isDriverClass(c) || m.returnType.kind === "void") return;
    ctx.report(
      codes.nonVoidDriverMethod,
      { name: m.name, type: typeName(m.returnType) },
      { doc: m.doc, span: m.node.returnType.span },
    );
  },
});
