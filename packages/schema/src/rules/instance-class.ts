/**
 * DSP0004 2.x, "Instance declarations": the class of an instance must exist (OpenPegasus
 * InstAliasError "CIM_ERR_NOT_FOUND"; edge case 118).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const instanceClass = defineRule({
  name: "instance-class",
  source: "DSP0004 2.x, Instance declarations (the class exists)",
  instance(i, ctx) {
    if (i.class) return;
    ctx.report(
      codes.instanceClassNotFound,
      { name: i.className.name, namespace: i.namespace.name },
      { doc: i.doc, span: i.className.span },
    );
  },
});
