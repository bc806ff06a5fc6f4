/**
 * DSP0004 2.x, "Class names": a DMTF class name is `Schema_Name`, the schema part a letter
 * followed by letters and digits (edge case 80). A warning, `dmtf` only.
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

const schemaName = /^[\p{L}][\p{L}\p{N}]*_[\p{L}\p{N}_]+$/u;

export const schemaClassName = defineRule({
  name: "schema-class-name",
  source: "DSP0004 2.x, Class names (schema prefix)",
  dialects: ["dmtf"],
  class(c, ctx) {
    if (!c.node || !c.doc || c.name.startsWith("__") || schemaName.test(c.name)) return;
    ctx.report(codes.nonSchemaClassName, { name: c.name }, { doc: c.doc, span: c.node.name.span });
  },
});
