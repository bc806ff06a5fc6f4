/**
 * DSP0004 2.x, "Qualifiers": an element carries a qualifier at most once; names compare
 * case-insensitively (OMI "duplicate qualifier"; edge case 64).
 */
import { codes } from "@mofkit/diagnostics";
import type { Qualifier } from "../model/index.js";
import { defineRule } from "./rule.js";

export const duplicateQualifier = defineRule({
  name: "duplicate-qualifier",
  source: "DSP0004 2.x, Qualifiers (one value per element)",
  qualifiers(site, ctx) {
    if (site.local.length < 2) return;
    const seen = new Map<string, Qualifier>();
    for (const q of site.local) {
      const first = seen.get(q.key);
      if (!first) {
        seen.set(q.key, q);
        continue;
      }
      ctx.report(
        codes.duplicateQualifier,
        { name: q.name, element: site.description },
        { doc: q.doc, span: q.node.name.span },
        {
          related: [{ message: `'${first.name}' is first given here`, doc: first.doc, span: first.node.name.span }],
        },
      );
    }
  },
});
