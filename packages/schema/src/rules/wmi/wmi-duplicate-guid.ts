/**
 * Microsoft "WMI Class Qualifiers" (guid): each block registers its own GUID. Amended
 * redeclarations (`[amendment]`, or classes in `ms_xxx` localization namespaces) repeat the GUID
 * of the class they localize and are exempt (edge case 143).
 */
import { codes } from "@mofkit/diagnostics";
import type { SchemaClass } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isGuid } from "./wmi-guid.js";

const localized = /(^|\/)ms_[0-9a-f]+$/i;

export const wmiDuplicateGuid = defineRule({
  name: "wmi-duplicate-guid",
  source: "Microsoft 'WMI Class Qualifiers' (one GUID per block)",
  model(model, ctx) {
    const seen = new Map<string, SchemaClass>();
    for (const ns of model.namespaces) {
      if (localized.test(ns.name)) continue;
      for (const c of ns.classList) {
        if (c.replacedBy || c.qualifiers.isTrue("Amendment")) continue;
        const q = c.localQualifiers.find((x) => x.key === "guid");
        if (q?.value?.kind !== "String" || !isGuid(q.value.value)) continue;
        const key = q.value.value.trim().replace(/[{}]/g, "").toLowerCase();
        const first = seen.get(key);
        if (!first) {
          seen.set(key, c);
          continue;
        }
        const fq = first.localQualifiers.find((x) => x.key === "guid")!;
        ctx.report(
          codes.duplicateGuid,
          { value: q.value.value, name: c.name, other: first.name },
          { doc: q.doc, span: q.value.span },
          {
            related: [{ message: `'${first.name}' uses it here`, doc: fq.doc, span: (fq.written ?? fq.node).span }],
          },
        );
      }
    }
  },
});
