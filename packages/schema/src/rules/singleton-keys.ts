/**
 * Microsoft "Standard WMI Qualifiers" (Singleton): a singleton class has one instance, named
 * `Class=@`, and declares no keys.
 */
import { codes } from "@mofkit/diagnostics";
import { isKey } from "../model/index.js";
import { defineRule } from "./rule.js";

export const singletonKeys = defineRule({
  name: "singleton-keys",
  source: "Microsoft 'Standard WMI Qualifiers' (Singleton)",
  class(c, ctx) {
    if (!c.node || !c.doc || !c.qualifiers.isTrue("Singleton")) return;
    const key = c.properties.find(isKey);
    if (!key) return;
    ctx.report(codes.singletonWithKeys, { name: c.name, key: key.name }, { doc: key.doc, span: key.node.name.span });
  },
});
