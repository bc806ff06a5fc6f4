/**
 * DSP0004 2.x, "Qualifier value": a qualifier's value must have the qualifier's type — the
 * input's declaration, or in the `wmi` dialect the built-in catalogue, where a mismatch is only
 * a warning (mofcomp infers the type from the literal; edge case 63, OpenPegasus
 * badQualifierDef1). Array/scalar mismatches are MOF2203 (edge case 70), ranges MOF2202.
 */
import { codes } from "@mofkit/diagnostics";
import type { Value } from "@mofkit/syntax";
import type { DataType, Qualifier, QualifierType } from "../model/index.js";
import { checkValue, describeType, type ValueTarget } from "../values/check-value.js";
import { counting, warningsOnly } from "./soft-context.js";
import { defineRule, type RuleContext } from "./rule.js";

function targetFor(q: Qualifier, type: { type: QualifierType["type"]; array: boolean }, ctx: RuleContext): ValueTarget {
  const dataType: DataType = { kind: "primitive", name: type.type };
  return {
    what: `qualifier '${q.name}'`,
    type: dataType,
    array: type.array ? { kind: "variable" } : { kind: "scalar" },
    qualifier: true,
    onTypeMismatch: (expected, found, value: Value) =>
      ctx.report(codes.qualifierValueType, { name: q.name, expected, found }, { doc: q.doc, span: value.span }),
  };
}

/** The common cases (a string for a string, true for a boolean, strings for string[]) need no full check. */
function fitsAtOnce(t: QualifierType, v: Value): boolean {
  if (!t.array) return (t.type === "string" && v.kind === "String") || (t.type === "boolean" && v.kind === "Boolean");
  if (t.type !== "string" || v.kind !== "Array") return false;
  for (const e of v.elements) if (e.kind !== "String") return false;
  return true;
}

export const qualifierValueType = defineRule({
  name: "qualifier-value-type",
  source: "DSP0004 2.x, Qualifier value (type of the value)",
  qualifiers(site, ctx) {
    for (const q of site.local) {
      const t = q.type;
      if (!t) continue;
      const c = ctx.dialect === "wmi" && t.origin !== "declared" ? warningsOnly(ctx) : ctx;
      if (q.written === undefined) {
        if (t.origin !== "declared" && !(t.type === "boolean" && !t.array)) {
          c.report(
            codes.qualifierValueType,
            {
              name: q.name,
              expected: describeType(
                { kind: "primitive", name: t.type },
                t.array ? { kind: "variable" } : { kind: "scalar" },
              ),
              found: "true (no value was written)",
            },
            { doc: q.doc, span: q.node.name.span },
          );
        }
        continue;
      }
      if (fitsAtOnce(t, q.written)) continue;
      const alternatives = t.alternatives ?? [];
      if (alternatives.length > 0) {
        const fits = [t, ...alternatives].some((alt) => {
          const probe = counting(ctx);
          checkValue(probe, q.doc, targetFor(q, alt, probe), q.written!);
          return probe.count === 0;
        });
        if (fits) continue;
      }
      checkValue(c, q.doc, targetFor(q, t, c), q.written);
    }
  },
});
