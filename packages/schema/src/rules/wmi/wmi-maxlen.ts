/**
 * Microsoft "WMI Property Qualifiers" (MaxLen) and mof-language.md §7.2: in a driver block
 * MaxLen bounds a string item; on another type it has no meaning for the layout.
 */
import { codes } from "@mofkit/diagnostics";
import { arraySuffix, typeName } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { isDriverClass } from "./driver-classes.js";

export const wmiMaxLen = defineRule({
  name: "wmi-maxlen",
  appliesTo: "driver-classes",
  source: "Microsoft 'WMI Property Qualifiers' (MaxLen)",
  property(p, c, ctx) {
    const q = p.localQualifiers.find((x) => x.key === "maxlen");
    if (!q || !isDriverClass(c)) return;
    if (p.type.kind === "primitive" && p.type.name === "string") return;
    ctx.report(
      codes.maxLenOnNonString,
      { name: p.name, type: `${typeName(p.type)}${arraySuffix(p.array)}` },
      { doc: q.doc, span: q.node.name.span },
    );
  },
});
