/**
 * Microsoft "Creating a Method" (ID qualifier; mof-language.md §4.15): WMI numbers parameters
 * from 0 in declaration order; when a method writes `ID(n)` itself, the ids must be unique,
 * every parameter must have one, and [in] parameters come before [out]-only ones.
 */
import { codes } from "@mofkit/diagnostics";
import { parameterDirection, type Parameter } from "../model/index.js";
import { defineRule } from "./rule.js";

export const parameterIds = defineRule({
  name: "parameter-ids",
  source: "Microsoft 'Creating a Method' (ID qualifier)",
  method(m, _c, ctx) {
    const withId = m.parameters.filter((p) => p.localQualifiers.some((q) => q.key === "id"));
    if (withId.length === 0) return;
    const idOf = (p: Parameter) => {
      const v = p.qualifiers.get("ID")?.value;
      return v?.kind === "Integer" ? Number(v.value) : undefined;
    };
    for (const p of m.parameters) {
      if (!withId.includes(p)) {
        ctx.report(
          codes.parameterIds,
          { detail: `parameter '${p.name}' of '${m.name}' has no ID although other parameters of the method do` },
          { doc: p.doc, span: p.node.name.span },
        );
      }
    }
    const seen = new Map<number, Parameter>();
    for (const p of withId) {
      const id = idOf(p);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        ctx.report(
          codes.parameterIds,
          { detail: `parameters '${first.name}' and '${p.name}' of '${m.name}' both have ID(${id})` },
          { doc: p.doc, span: p.node.name.span },
          {
            related: [{ message: `'${first.name}' has ID(${id}) here`, doc: first.doc, span: first.node.name.span }],
          },
        );
      } else seen.set(id, p);
    }
    const sorted = withId.filter((p) => idOf(p) !== undefined).sort((a, b) => idOf(a)! - idOf(b)!);
    let outOnlySeen: Parameter | undefined;
    for (const p of sorted) {
      const d = parameterDirection(p, ctx.dialect);
      if (!d.input && d.output) outOnlySeen ??= p;
      else if (d.input && outOnlySeen) {
        ctx.report(
          codes.parameterIds,
          {
            detail: `[in] parameter '${p.name}' has a higher ID than [out] parameter '${outOnlySeen.name}'; input parameters come first`,
          },
          { doc: p.doc, span: p.node.name.span },
        );
        break;
      }
    }
  },
});
