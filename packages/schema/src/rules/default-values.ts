/**
 * DSP0004 2.x, "Initializers" (mof-language.md §4.10, §4.11): the default value of a property
 * or parameter, and the default of a qualifier declaration, must suit its type: integer ranges
 * per width (edge cases 12-15), reals, char16 (24), strings (162), booleans (95), datetimes (96),
 * references, arrays and fixed sizes (92, 93), and the WMI coercions (94).
 */
import type { Value } from "@mofkit/syntax";
import { checkValue, embeddedOf } from "../values/check-value.js";
import { isDriverClass } from "./wmi/driver-classes.js";
import { defineRule } from "./rule.js";

export const defaultValues = defineRule({
  name: "default-values",
  source: "DSP0004 2.x, Initializers (type compatibility of defaults)",
  qualifierType(t, ctx) {
    if (!t.node?.defaultValue || !t.doc) return;
    checkValue(
      ctx,
      t.doc,
      {
        what: `the default of qualifier '${t.name}'`,
        type: { kind: "primitive", name: t.type },
        array: t.array
          ? t.arraySize !== undefined
            ? { kind: "fixed", size: t.arraySize }
            : { kind: "variable" }
          : { kind: "scalar" },
      },
      t.node.defaultValue,
    );
  },
  property(p, c, ctx) {
    const d: Value | undefined = p.defaultValue;
    if (!d) return;
    checkValue(
      ctx,
      p.doc,
      {
        what: `${p.isReference ? "reference" : "property"} '${p.name}'`,
        type: p.type,
        array: p.array,
        namespace: c.namespace,
        embedded: embeddedOf(ctx.model, p, c.namespace),
        exactArraySize: isDriverClass(c),
      },
      d,
    );
  },
  parameter(p, m, c, ctx) {
    if (!p.defaultValue) return;
    checkValue(
      ctx,
      p.doc,
      { what: `parameter '${p.name}' of '${m.name}'`, type: p.type, array: p.array, namespace: c.namespace },
      p.defaultValue,
    );
  },
});
