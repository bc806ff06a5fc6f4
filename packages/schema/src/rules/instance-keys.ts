/**
 * DSP0004 2.x, "Key" qualifier: every key of an instance has a non-NULL value, from the
 * instance or a class default (edge cases 109, 112). Inline embedded instances are values, not
 * addressable objects, and are exempt.
 */
import { codes } from "@mofkit/diagnostics";
import { pathResolver } from "../values/instance-paths.js";
import { defineRule } from "./rule.js";

export const instanceKeys = defineRule({
  name: "instance-keys",
  source: "DSP0004 2.x, Key qualifier (keys are never NULL)",
  instance(i, ctx) {
    if (!i.class || i.embedded) return;
    const resolver = pathResolver(ctx.model);
    for (const k of resolver.keysOf(i)) {
      const v = resolver.valueOf(i, k);
      if (v !== undefined && v.kind !== "Null") continue;
      const given = i.values.find((x) => x.key === k.key);
      ctx.report(
        codes.missingKeyValue,
        { className: i.class.name, name: k.name },
        { doc: i.doc, span: (given?.node ?? i.className).span },
        {
          related: [{ message: `key '${k.name}' is declared here`, doc: k.doc, span: k.node.name.span }],
        },
      );
    }
  },
});
