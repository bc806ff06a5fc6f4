/**
 * Microsoft "WMI Property Qualifiers" (WmiDataId) and wmimofck: every data item other than
 * InstanceName/Active has a WmiDataId, and the ids are exactly 1..n — no gaps, no repeats.
 * Layout order is id order, not declaration order (edge cases 132-134). The items are the
 * class's effective ones: inherited items keep the WmiDataId of their declaration and share the
 * numbering with the local ones, as in packages/layout (wmi-kernel.md §7.2).
 */
import { codes } from "@mofkit/diagnostics";
import { declaredQualifier, type Property } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { dataId, dataItems, isDriverClass } from "./driver-classes.js";

export const wmiDataIds = defineRule({
  name: "wmi-data-ids",
  appliesTo: "driver-classes",
  source: "Microsoft 'WMI Property Qualifiers' (WmiDataId)",
  class(c, ctx) {
    if (!c.node || !c.doc || !isDriverClass(c)) return;
    const items = dataItems(c);
    const local = (p: Property) => p.owner === c && p.local;
    if (!items.some(local)) return;
    const idQualifier = (p: Property) => declaredQualifier(p, "WmiDataId")!;
    const byId = new Map<number, Property>();
    for (const p of items) {
      const id = dataId(p);
      if (id === undefined) {
        if (local(p))
          ctx.report(
            codes.wmiDataId,
            { detail: `data item '${p.name}' of '${c.name}' has no WmiDataId` },
            { doc: p.doc, span: p.node.name.span },
          );
        continue;
      }
      const first = byId.get(id);
      if (first) {
        if (!local(p)) continue;
        const q = idQualifier(p);
        const inherited = first.classOrigin !== c ? ` (inherited from '${first.classOrigin.name}')` : "";
        ctx.report(
          codes.wmiDataId,
          { detail: `WmiDataId(${id}) of '${p.name}' is already used by '${first.name}'${inherited}` },
          { doc: q.doc, span: (q.written ?? q.node).span },
          {
            related: [{ message: `'${first.name}' has WmiDataId(${id})`, doc: first.doc, span: first.node.name.span }],
          },
        );
        continue;
      }
      if (id < 1 && local(p)) {
        const q = idQualifier(p);
        ctx.report(
          codes.wmiDataId,
          { detail: `WmiDataId(${id}) of '${p.name}' must be 1 or more` },
          { doc: q.doc, span: (q.written ?? q.node).span },
        );
        continue;
      }
      byId.set(id, p);
    }
    const ids = [...byId.keys()].filter((n) => n >= 1).sort((a, b) => a - b);
    const missing: number[] = [];
    for (let n = 1, i = 0; i < ids.length; n++) {
      if (ids[i] === n) i++;
      else missing.push(n);
      if (missing.length > 8) break;
    }
    // Reported at the local item with the highest id (inherited views have no span of their own here).
    const at = ids
      .map((n) => byId.get(n)!)
      .filter(local)
      .pop();
    if (missing.length > 0 && at) {
      const q = idQualifier(at);
      ctx.report(
        codes.wmiDataId,
        {
          detail: `the WmiDataIds of '${c.name}' must be 1..${ids.length} without gaps, but ${missing.length === 1 ? `${missing[0]} is` : `${missing.join(", ")} are`} missing`,
        },
        { doc: q.doc, span: (q.written ?? q.node).span },
      );
    }
  },
});
