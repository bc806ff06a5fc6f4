/**
 * DSP0004 2.x, "Abstract" qualifier: an abstract class has no instances; Abstract is Restricted,
 * so a subclass is concrete unless it repeats it (edge case 73). Microsoft "Amended class
 * considerations": amended classes (localized namespaces) behave as abstract (edge case 127).
 */
import { codes } from "@mofkit/diagnostics";
import { defineRule } from "./rule.js";

export const abstractInstance = defineRule({
  name: "abstract-instance",
  source: "DSP0004 2.x, Abstract qualifier; Microsoft 'Amended class considerations'",
  instance(i, ctx) {
    const c = i.class;
    if (!c) return;
    let why: string | undefined;
    if (c.qualifiers.isTrue("Abstract")) why = "Abstract";
    else if (c.qualifiers.isTrue("Amendment")) why = "an amended (localized) class, which WMI treats as abstract";
    if (!why) return;
    const q = c.qualifiers.get(why === "Abstract" ? "Abstract" : "Amendment")!;
    ctx.report(
      codes.abstractInstantiated,
      { name: c.name, why },
      { doc: i.doc, span: i.className.span },
      {
        related: [{ message: `'${c.name}' is marked ${q.name} here`, doc: q.doc, span: q.node.span }],
      },
    );
  },
});
