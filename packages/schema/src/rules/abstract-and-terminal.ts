/**
 * DSP0004 2.x, "Abstract" and "Terminal" qualifiers: a class that may have neither instances
 * nor subclasses describes nothing (edge case 83).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const abstractAndTerminal = defineRule({
  name: "abstract-and-terminal",
  source: "DSP0004 2.x, Abstract and Terminal qualifiers",
  class(c, ctx) {
    if (!c.node || !c.doc || !c.qualifiers.isTrue("Abstract") || !c.qualifiers.isTrue("Terminal")) return;
    const t =
      c.localQualifiers.find((q) => q.key === "terminal") ?? c.localQualifiers.find((q) => q.key === "abstract");
    ctx.report(
      codes.abstractAndTerminal,
      { name: c.name },
      { doc: c.doc, span: t ? t.node.name.span : c.node.name.span },
    );
  },
});
