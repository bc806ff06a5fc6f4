/**
 * DSP0004 2.x, "Terminal" qualifier: a Terminal class has no subclasses (edge case 82).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const terminalSuperclass = defineRule({
  name: "terminal-superclass",
  source: "DSP0004 2.x, Terminal qualifier",
  class(c, ctx) {
    const sc = c.superClass;
    if (!sc || !c.superClassName || !c.doc) return;
    // Terminal's DMTF flavor is ToSubclass, but it speaks of the class it is written on.
    const q = sc.localQualifiers.find((x) => x.key === "terminal") ?? sc.qualifiers.get("Terminal");
    if (!q || q.value?.kind !== "Boolean" || !q.value.value) return;
    ctx.report(
      codes.subclassOfTerminal,
      { name: c.name, superName: sc.name },
      { doc: c.doc, span: c.superClassName.span },
      {
        related: [{ message: `'${sc.name}' is marked Terminal here`, doc: q.doc, span: q.node.span }],
      },
    );
  },
});
