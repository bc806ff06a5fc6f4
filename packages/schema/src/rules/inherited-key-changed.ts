/**
 * DSP0004 2.x, "Key" qualifier, and Microsoft's Key qualifier page: a subclass keeps the keys of
 * its superclass; it cannot turn an inherited key into a non-key. When Key is DisableOverride
 * (the DMTF declaration) the disable-override rule reports the same mistake, so this rule
 * covers the remaining case (WMI, where Key has no declared flavor; edge case 72).
 */
import { codes } from "@mofkit/diagnostics";
import { isKey } from "../model/index.js";
import { defineRule } from "./rule.js";

export const inheritedKeyChanged = defineRule({
  name: "inherited-key-changed",
  source: "DSP0004 2.x, Key qualifier (keys are kept by subclasses)",
  property(p, _c, ctx) {
    const ip = p.inherited;
    if (!ip || !isKey(ip) || isKey(p)) return;
    const parentKey = ip.qualifiers.get("Key");
    if (parentKey && !parentKey.flavors.overridable) return;
    const q = p.localQualifiers.find((x) => x.key === "key");
    ctx.report(
      codes.inheritedKeyChanged,
      { name: p.name, origin: ip.classOrigin.name },
      { doc: p.doc, span: (q?.written ?? q?.node ?? p.node.name).span },
      {
        related: [{ message: "the inherited key is declared here", doc: ip.doc, span: ip.node.name.span }],
      },
    );
  },
});
