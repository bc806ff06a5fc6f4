/**
 * mof-language.md §4.14 (pywbem test_dup_instance; mofcomp #pragma instanceflags): two
 * instances with the same object path describe one object; the later replaces the earlier.
 * A warning (edge case 121).
 */
import { codes } from "@mofkit/diagnostics";
import type { Instance } from "../model/index.js";
import { pathResolver } from "../values/instance-paths.js";
import { defineRule } from "./rule.js";

export const duplicateInstance = defineRule({
  name: "duplicate-instance",
  source: "mof-language.md §4.14 (one object per path)",
  model(model, ctx) {
    const resolver = pathResolver(model);
    for (const ns of model.namespaces) {
      const seen = new Map<string, Instance>();
      for (const i of ns.instances) {
        if (!i.class || resolver.keysOf(i).length === 0) continue;
        const r = resolver.pathOf(i);
        if (!r.ok) continue;
        const key = r.path.toLowerCase();
        const first = seen.get(key);
        if (!first) {
          seen.set(key, i);
          continue;
        }
        ctx.report(
          codes.duplicateInstance,
          { className: i.class.name },
          { doc: i.doc, span: i.className.span },
          {
            related: [{ message: "the earlier instance", doc: first.doc, span: first.className.span }],
          },
        );
      }
    }
  },
});
