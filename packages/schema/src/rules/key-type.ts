/**
 * DSP0004 2.x, "Key" qualifier, and Microsoft's Key qualifier page: key values make up the
 * object path, so a key is not an array, a real or an embedded object (edge case 87).
 */
import { codes } from "@mofkit/diagnostics";
import { isKey, isRealType } from "../model/index.js";
import { defineRule } from "./rule.js";

export const keyType = defineRule({
  name: "key-type",
  source: "DSP0004 2.x, Key qualifier (key types)",
  property(p, _c, ctx) {
    if (!isKey(p)) return;
    let kind: string | undefined;
    if (p.array.kind !== "scalar") kind = "an array";
    else if (isRealType(p.type)) kind = `a ${p.type.kind === "primitive" ? p.type.name : "real"}`;
    else if (p.type.kind === "object") kind = "an embedded object";
    else if (p.qualifiers.isTrue("EmbeddedObject") || p.qualifiers.has("EmbeddedInstance"))
      kind = "an embedded object (string with EmbeddedObject/EmbeddedInstance)";
    if (!kind) return;
    ctx.report(
      codes.forbiddenKeyType,
      { name: p.name, kind },
      { doc: p.doc, span: { start: p.node.type.span.start, end: (p.node.array ?? p.node.name).span.end } },
    );
  },
});
