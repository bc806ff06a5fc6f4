/**
 * Microsoft "WMI Property Qualifiers" (WmiTimeStamp): the item counts 100-ns intervals since
 * 1601-01-01 and needs a 64-bit integer (edge case 147).
 */
import { codes } from "@mofkit/diagnostics";
import { arraySuffix, typeName } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

export const wmiTimestamp = defineRule({
  name: "wmi-timestamp",
  appliesTo: "driver-classes",
  source: "Microsoft 'WMI Property Qualifiers' (WmiTimeStamp)",
  property(p, c, ctx) {
    const q = p.localQualifiers.find((x) => x.key === "wmitimestamp");
    if (!q || !isDriverClass(c)) return;
    const t = p.type;
    if (t.kind === "primitive" && (t.name === "uint64" || t.name === "sint64") && p.array.kind === "scalar") return;
    ctx.report(
      codes.timestampNot64Bit,
      { name: p.name, type: `${typeName(t)}${arraySuffix(p.array)}` },
      { doc: q.doc, span: q.node.name.span },
    );
  },
});
