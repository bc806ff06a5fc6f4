/**
 * Microsoft "Required Items in WMI Classes": the WMI provider names block instances by
 * InstanceName, which is the only key of a driver class (edge case 131).
 */
import { codes } from "@mofkit/diagnostics";
import { isKey } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

export const wmiExtraKey = defineRule({
  name: "wmi-extra-key",
  appliesTo: "driver-classes",
  source: "Microsoft 'Required Items in WMI Classes' (InstanceName is the key)",
  property(p, c, ctx) {
    if (p.key === "instancename" || !isDriverClass(c) || !isKey(p)) return;
    const q = p.localQualifiers.find((x) => x.key === "key");
    ctx.report(codes.extraKey, { name: p.name }, { doc: p.doc, span: (q?.node ?? p.node.name).span });
  },
});
