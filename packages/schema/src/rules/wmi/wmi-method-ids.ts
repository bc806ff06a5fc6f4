/**
 * Microsoft "MOF Syntax for WMI Data and Event Blocks" (methods) and wmimofck: each method of a
 * WMI block has a WmiMethodId, unique in the class and not zero (edge case 144).
 */
import { codes } from "@mofkit/diagnostics";
import type { Method } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

function methodId(m: Method): number | undefined {
  const v = m.qualifiers.get("WmiMethodId")?.value;
  return v?.kind === "Integer" ? Number(v.value) : undefined;
}

export const wmiMethodIds = defineRule({
  name: "wmi-method-ids",
  appliesTo: "driver-classes",
  source: "Microsoft 'MOF Syntax for WMI Data and Event Blocks' (WmiMethodId)",
  method(m, c, ctx) {
    if (!isDriverClass(c)) return;
    const id = methodId(m);
    const q = m.qualifiers.get("WmiMethodId");
    if (id === undefined) {
      ctx.report(
        codes.wmiMethodId,
        { detail: `method '${m.name}' of WMI block '${c.name}' has no WmiMethodId` },
        { doc: m.doc, span: m.node.name.span },
      );
      return;
    }
    if (id <= 0) {
      ctx.report(
        codes.wmiMethodId,
        { detail: `WmiMethodId(${id}) of '${m.name}' must be 1 or more` },
        { doc: q!.doc, span: (q!.written ?? q!.node).span },
      );
      return;
    }
    const first = c.methods.find(
      (x) => x !== m && methodId(x) === id && (c.methods.indexOf(x) < c.methods.indexOf(m) || !x.local),
    );
    if (!first) return;
    ctx.report(
      codes.wmiMethodId,
      { detail: `WmiMethodId(${id}) of '${m.name}' is already used by '${first.name}'` },
      { doc: q!.doc, span: (q!.written ?? q!.node).span },
      {
        related: [{ message: `'${first.name}' has WmiMethodId(${id})`, doc: first.doc, span: first.node.name.span }],
      },
    );
  },
});
