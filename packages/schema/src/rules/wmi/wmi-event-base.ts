/**
 * Microsoft "WMI Class Names and Base Classes": driver events derive from WMIEvent (the
 * root\wmi subclass of __ExtrinsicEvent), not directly from the WMI event system classes.
 */
import { codes } from "@mofkit/diagnostics";
import { derivesFrom } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

export const wmiEventBase = defineRule({
  name: "wmi-event-base",
  appliesTo: "driver-classes",
  source: "Microsoft 'WMI Class Names and Base Classes'",
  class(c, ctx) {
    if (!c.node || !c.doc || !isDriverClass(c) || derivesFrom(c, "WMIEvent")) return;
    let base: string | undefined;
    if (derivesFrom(c, "__Event")) base = c.superClass?.name;
    else if (c.qualifiers.isTrue("Indication")) base = "an Indication class";
    if (!base) return;
    ctx.report(
      codes.eventNotFromWmiEvent,
      { name: c.name, base },
      { doc: c.doc, span: (c.superClassName ?? c.node.name).span },
    );
  },
});
