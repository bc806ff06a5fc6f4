/**
 * DSP0004 2.x, "Instance declarations" and "Initializers": each value an instance gives must
 * suit its property's type — literals, references by alias or object path (edge cases 113, 120),
 * embedded instances of the right class (124), arrays (mof-language.md §4.10, §4.12, §4.13).
 */
import { checkValue, embeddedOf } from "../values/check-value.js";
import { isDriverClass } from "./wmi/driver-classes.js";
import { defineRule } from "./rule.js";

export const instanceValues = defineRule({
  name: "instance-values",
  source: "DSP0004 2.x, Instance declarations (values match property types)",
  instanceValue(v, i, ctx) {
    const p = v.property;
    if (!p || !v.value) return;
    checkValue(
      ctx,
      i.doc,
      {
        what: `${p.isReference ? "reference" : "property"} '${p.name}'`,
        type: p.type,
        array: p.array,
        namespace: i.namespace,
        embedded: embeddedOf(ctx.model, p, i.namespace),
        exactArraySize: i.class ? isDriverClass(i.class) : false,
      },
      v.value,
    );
  },
});
