/**
 * Microsoft "WMI Class Names and Base Classes" and wmimofck: WMIEvent is already the abstract
 * base of driver events, and a hierarchy has one abstract class, so an event class derived from
 * WMIEvent is not itself abstract — use a non-abstract intermediate class (edge case 140).
 */
import { codes } from "@mofkit/diagnostics";
import { derivesFrom, isAbstract } from "../../model/index.js";
import { defineRule } from "../rule.js";

export const wmiAbstractEvent = defineRule({
  name: "wmi-abstract-event",
  source: "Microsoft 'WMI Class Names and Base Classes' (one abstract class)",
  class(c, ctx) {
    if (c.builtin || !c.node || !c.doc || !c.superClass || !isAbstract(c) || !derivesFrom(c.superClass, "WMIEvent"))
      return;
    const q = c.localQualifiers.find((x) => x.key === "abstract");
    ctx.report(codes.abstractEventClass, { name: c.name }, { doc: c.doc, span: (q?.node.name ?? c.node.name).span });
  },
});
