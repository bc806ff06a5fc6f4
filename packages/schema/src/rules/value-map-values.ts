/**
 * DSP0004 2.x, "ValueMap" and "Values" qualifiers: Values names the ValueMap entries one for one,
 * so the two arrays should be equally long (mof-language.md §9 QUA010; edge cases 17, 164).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const valueMapValues = defineRule({
  name: "value-map-values",
  source: "DSP0004 2.x, ValueMap and Values qualifiers (paired arrays)",
  qualifiers(site, ctx) {
    const localMap = site.local.find((q) => q.key === "valuemap");
    const localValues = site.local.find((q) => q.key === "values");
    if (!localMap && !localValues) return;
    const map = site.effective.get("ValueMap");
    const values = site.effective.get("Values");
    if (map?.value?.kind !== "Array" || values?.value?.kind !== "Array") return;
    const m = map.value.elements.length;
    const v = values.value.elements.length;
    if (m === v) return;
    const at = localValues ?? localMap!;
    const other = at === localValues ? map : values;
    ctx.report(
      codes.valueMapValuesLength,
      { mapCount: m, valuesCount: v },
      { doc: at.doc, span: (at.written ?? at.node.name).span },
      {
        related: [{ message: `${other.name} is given here`, doc: other.doc, span: other.node.span }],
      },
    );
  },
});
