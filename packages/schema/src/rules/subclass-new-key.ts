/**
 * DSP0004 2.x, "Key" qualifier, and Microsoft's Key qualifier page: only a class whose
 * ancestors are all keyless may introduce keys; below that, subclasses inherit the keys and
 * cannot add more (edge case 86).
 */
import { codes } from "@mofkit/diagnostics";
import { isKey } from "../model/index.js";
import { defineRule } from "./rule.js";

export const subclassNewKey = defineRule({
  name: "subclass-new-key",
  source: "DSP0004 2.x, Key qualifier (subclasses keep the keys)",
  property(p, c, ctx) {
    if (p.inherited || !c.superClass || !isKey(p)) return;
    const inheritedKey = c.superClass.properties.find(isKey);
    if (!inheritedKey) return;
    const keyQ = p.localQualifiers.find((q) => q.key === "key");
    ctx.report(
      codes.newKeyInSubclass,
      { name: p.name, className: c.name, ancestor: inheritedKey.classOrigin.name },
      { doc: p.doc, span: (keyQ?.node ?? p.node.name).span },
      {
        related: [
          {
            message: `inherited key '${inheritedKey.name}' is declared here`,
            doc: inheritedKey.doc,
            span: inheritedKey.node.name.span,
          },
        ],
      },
    );
  },
});
