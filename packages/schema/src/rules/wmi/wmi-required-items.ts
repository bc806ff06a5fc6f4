/**
 * Microsoft "Required Items in WMI Classes" (and wmimofck's RC2135 check): a data or event block
 * declares or inherits `[key, read] string InstanceName;` and `[read] boolean Active;`
 * (edge cases 129, 130).
 */
import { codes } from "@mofkit/diagnostics";
import { isKey, type Property } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { blockKind, isDriverClass } from "./driver-classes.js";

export const wmiRequiredItems = defineRule({
  name: "wmi-required-items",
  appliesTo: "driver-classes",
  source: "Microsoft 'Required Items in WMI Classes'",
  class(c, ctx) {
    if (!c.node || !c.doc || !isDriverClass(c)) return;
    const kind = blockKind(c);
    if (kind !== "block" && kind !== "event") return;
    const doc = c.doc;
    const at = (p: Property | undefined) =>
      p && p.owner === c && p.local ? { doc: p.doc, span: p.node.name.span } : { doc, span: c.node!.name.span };
    const name = c.propertyMap.get("instancename");
    const active = c.propertyMap.get("active");
    const isScalar = (p: Property, t: string) =>
      p.array.kind === "scalar" && p.type.kind === "primitive" && p.type.name === t;
    if (!name)
      ctx.report(
        codes.instanceNameActive,
        { detail: `WMI block '${c.name}' has no InstanceName; declare [key, read] string InstanceName;` },
        at(undefined),
      );
    else if (!isScalar(name, "string") || !isKey(name)) {
      const wrong = !isScalar(name, "string") ? "must be a string" : "must be a key";
      ctx.report(
        codes.instanceNameActive,
        { detail: `InstanceName of WMI block '${c.name}' ${wrong}: declare [key, read] string InstanceName;` },
        at(name),
      );
    }
    if (!active)
      ctx.report(
        codes.instanceNameActive,
        { detail: `WMI block '${c.name}' has no Active; declare [read] boolean Active;` },
        at(undefined),
      );
    else if (!isScalar(active, "boolean")) {
      ctx.report(
        codes.instanceNameActive,
        { detail: `Active of WMI block '${c.name}' must be a boolean: declare [read] boolean Active;` },
        at(active),
      );
    }
  },
});
