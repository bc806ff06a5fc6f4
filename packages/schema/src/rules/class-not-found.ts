/**
 * DSP0004 2.x, "References" and "Embedded objects" (mof-language.md §4.12, §4.16): the class a
 * reference points to, an embedded object's class (Microsoft class-typed properties), a method's
 * class-typed result and an `EmbeddedInstance("X")` value must exist in the namespace. Names
 * from Microsoft documentation examples that are not MOF types get a hint (edge case 98).
 */
import { codes } from "@mofkit/diagnostics";
import type { Identifier, MofDocument } from "@mofkit/syntax";
import { findClass, type DataType, type Namespace } from "../model/index.js";
import { defineRule, type RuleContext } from "./rule.js";

const typeHints: Record<string, string> = {
  byte: "uint8",
  int: "sint32",
  int8: "sint8",
  int16: "sint16",
  int32: "sint32",
  int64: "sint64",
  uint: "uint32",
  short: "sint16",
  long: "sint32",
  float: "real32",
  double: "real64",
  bool: "boolean",
  char: "char16",
};

function checkType(ctx: RuleContext, t: DataType, use: string, doc: MofDocument): void {
  if ((t.kind !== "reference" && t.kind !== "object") || !t.className || t.target) return;
  report(ctx, t.className, use, doc, t.kind === "object");
}

function report(ctx: RuleContext, id: Identifier, use: string, doc: MofDocument, asType: boolean): void {
  const hintType = asType ? typeHints[id.name.toLowerCase()] : undefined;
  const hint = hintType ? ` ('${id.name}' is not a MOF type; did you mean ${hintType}?)` : "";
  ctx.report(codes.classNotFound, { name: id.name, use, hint }, { doc, span: id.span });
}

function checkEmbeddedInstance(
  ctx: RuleContext,
  ns: Namespace,
  q: { key: string; written: unknown; value: unknown; doc: MofDocument },
): void {
  const v = q.written as { kind: string; value: string; span: { start: number; end: number } } | undefined;
  if (q.key !== "embeddedinstance" || v?.kind !== "String") return;
  if (findClass(ctx.model, ns, v.value)) return;
  ctx.report(
    codes.classNotFound,
    { name: v.value, use: " named by EmbeddedInstance", hint: "" },
    { doc: q.doc, span: v.span },
  );
}

export const classNotFound = defineRule({
  name: "class-not-found",
  source: "DSP0004 2.x, References and embedded objects (the class must exist)",
  property(p, c, ctx) {
    checkType(ctx, p.type, p.isReference ? " (the class of this reference)" : " (the type of this property)", p.doc);
    for (const q of p.localQualifiers) checkEmbeddedInstance(ctx, c.namespace, q);
  },
  method(m, c, ctx) {
    checkType(ctx, m.returnType, " (the result type of this method)", m.doc);
    for (const q of m.localQualifiers) checkEmbeddedInstance(ctx, c.namespace, q);
  },
  parameter(p, _m, c, ctx) {
    checkType(
      ctx,
      p.type,
      p.type.kind === "reference" ? " (the class of this reference)" : " (the type of this parameter)",
      p.doc,
    );
    for (const q of p.localQualifiers) checkEmbeddedInstance(ctx, c.namespace, q);
  },
});
