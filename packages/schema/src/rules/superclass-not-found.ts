/**
 * DSP0004 2.x, "Class declarations": the superclass must exist in the namespace when the class is
 * read — declaration order matters (pywbem test_missing_superclass; edge cases 77, 78). The
 * message points at a later declaration of the superclass when there is one.
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule, type RelatedAt } from "./rule.js";

export const superclassNotFound = defineRule({
  name: "superclass-not-found",
  source: "DSP0004 2.x, Class declarations (superclass declared first)",
  class(c, ctx) {
    if (!c.superClassName || c.superClass || !c.doc) return;
    const later = c.namespace.classList.find(
      (x) => x.name.toLowerCase() === c.superClassName!.name.toLowerCase() && x !== c,
    );
    let detail = ` in namespace '${c.namespace.name}'`;
    const related: RelatedAt[] = [];
    if (later?.node && later.doc) {
      detail = ` before '${c.name}'; it is declared later, and a superclass must come first`;
      related.push({ message: `'${later.name}' is declared here`, doc: later.doc, span: later.node.name.span });
    } else if (ctx.dialect === "dmtf" && /^(__|WMIEvent$|MSWmi_|Win32_Perf)/i.test(c.superClassName.name)) {
      detail += " (WMI system classes are predeclared only with --dialect wmi)";
    }
    ctx.report(
      codes.superclassNotFound,
      { name: c.superClassName.name, className: c.name, detail },
      { doc: c.doc, span: c.superClassName.span },
      { related },
    );
  },
});
