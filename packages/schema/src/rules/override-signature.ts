/**
 * DSP0004 2.x, "Override qualifier": an overriding property keeps the type and array-ness of
 * the overridden one (a reference may narrow its class to a subclass; an embedded object
 * likewise); an overriding method keeps its return type and parameters. WMI states the same
 * ("the type may not change"; no overloading across the hierarchy). Edge case 85.
 */
import { codes } from "@mofkit/diagnostics";
import { arraySuffix, isSubclassOf, typeName, type ArrayKind, type DataType } from "../model/index.js";
import { defineRule } from "./rule.js";

function sameType(local: DataType, inherited: DataType): boolean {
  if (local.kind !== inherited.kind) return false;
  if (local.kind === "primitive") return inherited.kind === "primitive" && local.name === inherited.name;
  if (local.kind === "reference" || local.kind === "object") {
    const other = inherited as typeof local;
    if (!other.className) return true; // object / object ref: any class may narrow it
    if (!local.className) return false;
    if (local.target && other.target) return isSubclassOf(local.target, other.target);
    return local.className.name.toLowerCase() === other.className.name.toLowerCase() || !local.target || !other.target;
  }
  return true;
}

const arrayText = (a: ArrayKind) => (a.kind === "scalar" ? "scalar" : `array${arraySuffix(a)}`);

export const overrideSignature = defineRule({
  name: "override-signature",
  source: "DSP0004 2.x, Override qualifier (the signature is kept)",
  property(p, _c, ctx) {
    const ip = p.inherited;
    if (!ip) return;
    const related = [
      {
        message: `the overridden ${ip.isReference ? "reference" : "property"} is declared here`,
        doc: ip.doc,
        span: ip.node.name.span,
      },
    ];
    const what = p.isReference ? "reference" : "property";
    if (!sameType(p.type, ip.type)) {
      ctx.report(
        codes.overrideChangesType,
        {
          what,
          name: p.name,
          origin: ip.classOrigin.name,
          aspect: "type",
          from: typeName(ip.type),
          to: typeName(p.type),
        },
        { doc: p.doc, span: p.node.type.span },
        { related },
      );
    } else if ((p.array.kind === "scalar") !== (ip.array.kind === "scalar")) {
      const span = p.node.array?.span ?? p.node.name.span;
      ctx.report(
        codes.overrideChangesType,
        {
          what,
          name: p.name,
          origin: ip.classOrigin.name,
          aspect: "array-ness",
          from: arrayText(ip.array),
          to: arrayText(p.array),
        },
        { doc: p.doc, span },
        { related },
      );
    }
  },
  method(m, _c, ctx) {
    const im = m.inherited;
    if (!im) return;
    const related = [{ message: "the overridden method is declared here", doc: im.doc, span: im.node.name.span }];
    if (!sameType(m.returnType, im.returnType)) {
      ctx.report(
        codes.overrideChangesType,
        {
          what: "method",
          name: m.name,
          origin: im.classOrigin.name,
          aspect: "return type",
          from: typeName(im.returnType),
          to: typeName(m.returnType),
        },
        { doc: m.doc, span: m.node.returnType.span },
        { related },
      );
      return;
    }
    const sig = (ps: typeof m.parameters) =>
      ps.map((p) => `${typeName(p.type)}${arraySuffix(p.array)} ${p.name}`).join(", ");
    const a = sig(im.parameters);
    const b = sig(m.parameters);
    if (a.toLowerCase() !== b.toLowerCase()) {
      // Narrowed reference parameters are fine: compare names and arity, then each type.
      const okNarrowing =
        im.parameters.length === m.parameters.length &&
        m.parameters.every((p, i) => {
          const ip = im.parameters[i];
          return (
            ip.key === p.key &&
            sameType(p.type, ip.type) &&
            (p.array.kind === "scalar") === (ip.array.kind === "scalar")
          );
        });
      if (!okNarrowing) {
        ctx.report(
          codes.overrideChangesType,
          {
            what: "method",
            name: m.name,
            origin: im.classOrigin.name,
            aspect: "parameters",
            from: `(${a})`,
            to: `(${b})`,
          },
          { doc: m.doc, span: m.node.name.span },
          { related },
        );
      }
    }
  },
});
