/**
 * DSP0004 2.x, "EmbeddedInstance" qualifier (pywbem issue #2277; mof-language.md §4.16): in
 * DMTF MOF an embedded instance is a string property qualified `EmbeddedInstance("X")` whose
 * value is the MOF text of one `instance of X { ... };` (X or a subclass). The text is parsed,
 * and errors inside it point into the literal (edge case 125). `dmtf` only — WMI writes
 * embedded objects as typed `instance of` values.
 */
import { codes } from "@mofkit/diagnostics";
import { parseText, type MofDocument, type Value } from "@mofkit/syntax";
import { findClass, isSubclassOf, type Namespace, type Property } from "../model/index.js";
import { decodedToRawOffsets } from "../util/string-offsets.js";
import { defineRule, type RuleContext } from "./rule.js";

function check(ctx: RuleContext, doc: MofDocument, p: Property, ns: Namespace, value: Value): void {
  if (value.kind === "Array") {
    for (const e of value.elements) check(ctx, doc, p, ns, e);
    return;
  }
  if (value.kind !== "String") return;
  const className = p.qualifiers.stringValue("EmbeddedInstance");
  if (className === undefined) return;
  const parsed = parseText(value.value, { dialect: "dmtf" });
  const at = (start: number, end: number) => {
    const map = decodedToRawOffsets(doc.text.slice(value.span.start, value.span.end));
    const s = value.span.start + (map[Math.min(start, map.length - 1)] ?? 0);
    const e = value.span.start + (map[Math.min(Math.max(start, end), map.length - 1)] ?? 0);
    return { doc, span: { start: s, end: Math.max(s, e) } };
  };
  const firstError = parsed.diagnostics.find((d) => d.diagnostic.severity === "error");
  if (firstError) {
    ctx.report(
      codes.embeddedInstanceString,
      { detail: firstError.diagnostic.message },
      at(firstError.start, firstError.end),
    );
    return;
  }
  const instances = parsed.productions.filter((x) => x.kind === "Instance");
  if (instances.length !== 1 || parsed.productions.length !== 1) {
    ctx.report(
      codes.embeddedInstanceString,
      { detail: "it must hold exactly one 'instance of' declaration" },
      { doc, span: value.span },
    );
    return;
  }
  const inst = instances[0];
  if (inst.kind !== "Instance") return;
  const want = findClass(ctx.model, ns, className);
  const got = findClass(ctx.model, ns, inst.className.name);
  const name = inst.className;
  if (!got) {
    ctx.report(
      codes.embeddedInstanceString,
      { detail: `class '${name.name}' is not declared` },
      at(name.span.start, name.span.end),
    );
  } else if (want && !isSubclassOf(got, want)) {
    ctx.report(
      codes.embeddedInstanceString,
      { detail: `'${got.name}' is not '${want.name}' or a subclass of it` },
      at(name.span.start, name.span.end),
    );
  } else {
    for (const pv of inst.properties) {
      if (!got.propertyMap.has(pv.name.name.toLowerCase())) {
        ctx.report(
          codes.embeddedInstanceString,
          { detail: `'${got.name}' has no property '${pv.name.name}'` },
          at(pv.name.span.start, pv.name.span.end),
        );
      }
    }
  }
}

export const embeddedInstanceString = defineRule({
  name: "embedded-instance-string",
  source: "DSP0004 2.x, EmbeddedInstance qualifier (MOF text of an instance)",
  dialects: ["dmtf"],
  instanceValue(v, i, ctx) {
    if (!v.property || !v.value || v.property.type.kind !== "primitive" || v.property.type.name !== "string") return;
    check(ctx, i.doc, v.property, i.namespace, v.value);
  },
});
