/**
 * DSP0004 2.x, "ValueMap" qualifier: on an integer element every entry is an integer literal in
 * any MOF radix or a range `a..b`, `a..`, `..b`, `..` (the CIM schema writes `"0x8000.."`), and
 * the numbers fit the element's type (mof-language.md §9 QUA011; edge cases 163, 165). Entries
 * that are not numbers are a warning — Microsoft-exported MOF swaps Values and ValueMap.
 */
import { codes } from "@mofkit/diagnostics";
import { integerRanges } from "../model/index.js";
import { parseMofInteger } from "../util/integer-literal.js";
import { defineRule } from "./rule.js";

export const valueMapEntries = defineRule({
  name: "value-map-entries",
  source: "DSP0004 2.x, ValueMap qualifier (entries of integer elements)",
  qualifiers(site, ctx) {
    const q = site.local.find((x) => x.key === "valuemap");
    if (!q || q.written?.kind !== "Array" || site.type?.kind !== "primitive") return;
    const typeName = site.type.name;
    const range = integerRanges[typeName];
    if (!range) return;
    for (const e of q.written.elements) {
      if (e.kind !== "String") continue;
      const text = e.value.trim();
      const bounds = text.includes("..") ? text.split("..") : [text];
      if (bounds.length > 2) {
        ctx.report(
          codes.valueMapEntryNotInteger,
          { entry: e.value, type: typeName, element: site.kind, name: elementName(site.description) },
          { doc: q.doc, span: e.span },
        );
        continue;
      }
      const isRange = bounds.length === 2;
      for (const b of bounds) {
        if (isRange && b.trim() === "") continue;
        const v = parseMofInteger(b);
        if (v === undefined) {
          ctx.report(
            codes.valueMapEntryNotInteger,
            { entry: e.value, type: typeName, element: site.kind, name: elementName(site.description) },
            { doc: q.doc, span: e.span },
          );
          break;
        }
        if (v < range.min || v > range.max) {
          ctx.report(codes.valueMapEntryOutOfRange, { entry: e.value, type: typeName }, { doc: q.doc, span: e.span });
          break;
        }
      }
    }
  },
});

function elementName(description: string): string {
  return /'([^']*)'/.exec(description)?.[1] ?? description;
}
