/**
 * DSP0004 2.x, "Qualifier flavors": a flavor list may not contradict itself — EnableOverride
 * with DisableOverride, ToSubclass with Restricted (or Microsoft NotToSubclass), Microsoft
 * ToInstance with NotToInstance or Restricted (pywbem test_conflicting_flavors; edge cases 52, 53).
 */
import { codes } from "@mofkit/diagnostics";
import type { Identifier, MofDocument } from "@mofkit/syntax";
import { defineRule, type RuleContext } from "./rule.js";

const contradictions: Array<[string, string]> = [
  ["enableoverride", "disableoverride"],
  ["tosubclass", "restricted"],
  ["tosubclass", "nottosubclass"],
  ["toinstance", "nottoinstance"],
  ["toinstance", "restricted"],
];

export function checkFlavorList(ctx: RuleContext, doc: MofDocument, flavors: readonly Identifier[]): void {
  for (let i = 1; i < flavors.length; i++) {
    const b = flavors[i].name.toLowerCase();
    for (let j = 0; j < i; j++) {
      const a = flavors[j].name.toLowerCase();
      if (!contradictions.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) continue;
      ctx.report(
        codes.conflictingFlavors,
        { first: flavors[j].name, second: flavors[i].name },
        { doc, span: flavors[i].span },
        {
          related: [{ message: `${flavors[j].name} is given here`, doc, span: flavors[j].span }],
        },
      );
      break;
    }
  }
}

export const conflictingFlavors = defineRule({
  name: "conflicting-flavors",
  source: "DSP0004 2.x, Qualifier flavors (contradictory flavors)",
  qualifierType(t, ctx) {
    if (t.node?.flavors && t.doc) checkFlavorList(ctx, t.doc, t.node.flavors);
  },
  qualifiers(site, ctx) {
    for (const q of site.local) if (q.node.flavors.length > 1) checkFlavorList(ctx, q.doc, q.node.flavors);
  },
});
