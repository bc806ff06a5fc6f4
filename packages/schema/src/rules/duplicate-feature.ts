/**
 * DSP0004 2.x, "Properties" and "Methods": property (and reference) names are unique in a class,
 * method names too (no overloading), parameter names in a method — case-insensitively. mofcomp
 * accepts one [in] and one [out] parameter of the same name if otherwise identical, so the `wmi`
 * dialect only warns about that split (mof-language.md §4.1, §4.15; edge cases 88, 90, 167).
 */
import { codes } from "@mofkit/diagnostics";
import { parameterDirection, typeName, type Parameter } from "../model/index.js";
import { defineRule } from "./rule.js";

export const duplicateFeature = defineRule({
  name: "duplicate-feature",
  source: "DSP0004 2.x, Properties and methods (unique names)",
  class(c, ctx) {
    if (!c.doc) return;
    const doc = c.doc;
    const check = <T extends { key: string; name: string; node: { name: { span: { start: number; end: number } } } }>(
      list: readonly T[],
      what: string,
    ) => {
      const seen = new Map<string, T>();
      for (const f of list) {
        const first = seen.get(f.key);
        if (!first) {
          seen.set(f.key, f);
          continue;
        }
        ctx.report(
          codes.duplicateFeature,
          { what, name: f.name, owner: `class '${c.name}'`, detail: "" },
          { doc, span: f.node.name.span },
          {
            related: [{ message: `'${first.name}' is first declared here`, doc, span: first.node.name.span }],
          },
        );
      }
    };
    check(c.localProperties, "property");
    check(c.localMethods, "method");
  },
  method(m, c, ctx) {
    const seen = new Map<string, Parameter>();
    for (const p of m.parameters) {
      const first = seen.get(p.key);
      if (!first) {
        seen.set(p.key, p);
        continue;
      }
      const a = parameterDirection(first, "wmi");
      const b = parameterDirection(p, "wmi");
      const split = a.input !== b.input && a.output !== b.output && !(a.input && a.output) && !(b.input && b.output);
      const same = typeName(first.type) === typeName(p.type) && first.array.kind === p.array.kind;
      const lenient = ctx.dialect === "wmi" && split && same;
      ctx.report(
        codes.duplicateFeature,
        {
          what: "parameter",
          name: p.name,
          owner: `method '${m.name}'`,
          detail: lenient
            ? "; mofcomp accepts one [in] and one [out] declaration of a name, but Microsoft discourages it"
            : "",
        },
        { doc: p.doc, span: p.node.name.span },
        {
          severity: lenient ? "warning" : "error",
          related: [{ message: `'${first.name}' is first declared here`, doc: first.doc, span: first.node.name.span }],
        },
      );
    }
  },
});
