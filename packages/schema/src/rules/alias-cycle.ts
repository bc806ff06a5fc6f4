/**
 * Microsoft "Creating an Alias" (mof-language.md §4.13): aliases may be used before they are
 * defined, but an instance's object path is built from its keys, so keys that refer back to the
 * instance through aliases leave it without a path (edge case 114).
 */
import { codes } from "@mofkit/diagnostics";
import { pathResolver } from "../values/instance-paths.js";
import { defineRule } from "./rule.js";

export const aliasCycle = defineRule({
  name: "alias-cycle",
  source: "Microsoft 'Creating an Alias' (no circular aliases)",
  model(model, ctx) {
    const resolver = pathResolver(model);
    const reported = new Set<string>();
    for (const def of model.aliases.values()) {
      if (def.target.kind !== "instance") continue;
      const r = resolver.pathOf(def.target);
      if (r.ok || r.reason !== "cycle") continue;
      const key = r.cycle
        .slice(0, -1)
        .map((s) => s.toLowerCase())
        .sort()
        .join(" ");
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report(codes.aliasCycle, { name: def.name, cycle: r.cycle.join(" -> ") }, { doc: def.doc, span: def.span });
    }
  },
});
