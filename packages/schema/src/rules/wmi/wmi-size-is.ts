/**
 * Microsoft "WMI Property Qualifiers" (WmiSizeIs) and wmimofck: WmiSizeIs("Count") goes on a
 * variable array `[]` (a fixed `[N]` array cannot also be variable) and names a scalar integer
 * data item of the class — own or inherited — or, in a method, a parameter in the same
 * direction, that precedes the array in layout order and is not itself sized by WmiSizeIs
 * (edge cases 135, 136, 160). On an item declared without `[]` wmimofck treats the item as a
 * variable array (wmi-kernel.md §10.2.5, §10.4) and so does packages/layout: that is a warning
 * (MOF3020) and the count is checked as for any variable array.
 */
import { codes } from "@mofkit/diagnostics";
import {
  declaredQualifier,
  isIntegerType,
  parameterDirection,
  type Parameter,
  type Property,
  type Qualifier,
} from "../../model/index.js";
import { defineRule, type RuleContext } from "../rule.js";
import { dataId, dataItems, isDriverClass } from "./driver-classes.js";

function sizeIs(q: readonly Qualifier[]): Qualifier | undefined {
  return q.find((x) => x.key === "wmisizeis");
}

function report(
  ctx: RuleContext,
  q: Qualifier,
  name: string,
  problem: string,
  related?: { doc: Property["doc"]; span: { start: number; end: number }; message: string },
): void {
  const target = q.value?.kind === "String" ? q.value.value : "?";
  ctx.report(
    codes.wmiSizeIs,
    { target, name, problem },
    { doc: q.doc, span: (q.written ?? q.node).span },
    related ? { related: [related] } : undefined,
  );
}

function checkShape(ctx: RuleContext, q: Qualifier, item: { name: string; array: Property["array"] }): boolean {
  if (item.array.kind === "scalar") {
    const target = q.value?.kind === "String" ? q.value.value : "?";
    ctx.report(
      codes.wmiSizeIsWithoutBrackets,
      { target, name: item.name },
      { doc: q.doc, span: (q.written ?? q.node).span },
    );
    return true;
  }
  if (item.array.kind === "fixed") {
    report(ctx, q, item.name, `is on a fixed array [${item.array.size}]; an item cannot be both fixed and variable`);
    return false;
  }
  return true;
}

export const wmiSizeIs = defineRule({
  name: "wmi-size-is",
  appliesTo: "driver-classes",
  source: "Microsoft 'WMI Property Qualifiers' (WmiSizeIs)",
  property(p, c, ctx) {
    const q = sizeIs(p.localQualifiers);
    if (!q || !isDriverClass(c) || q.value?.kind !== "String") return;
    if (!checkShape(ctx, q, p)) return;
    const target = dataItems(c).find((x) => x.key === (q.value as { value: string }).value.toLowerCase());
    if (!target) return report(ctx, q, p.name, `names no data item of '${c.name}'`);
    const rel = { doc: target.doc, span: target.node.name.span, message: `'${target.name}' is declared here` };
    if (!isIntegerType(target.type) || target.array.kind !== "scalar" || declaredQualifier(target, "WmiSizeIs"))
      return report(ctx, q, p.name, `names '${target.name}', which is not a scalar integer`, rel);
    const a = dataId(target);
    const b = dataId(p);
    if (a !== undefined && b !== undefined && a >= b)
      report(
        ctx,
        q,
        p.name,
        `names '${target.name}' (WmiDataId ${a}), which must come before the array (WmiDataId ${b})`,
        rel,
      );
  },
  parameter(p, m, c, ctx) {
    const q = sizeIs(p.localQualifiers);
    if (!q || !isDriverClass(c) || q.value?.kind !== "String") return;
    if (!checkShape(ctx, q, p)) return;
    const key = q.value.value.toLowerCase();
    const index = m.parameters.indexOf(p);
    const target = m.parameters.find((x) => x.key === key);
    if (!target) return report(ctx, q, p.name, `names no parameter of '${m.name}'`);
    const rel = { doc: target.doc, span: target.node.name.span, message: `'${target.name}' is declared here` };
    if (!isIntegerType(target.type) || target.array.kind !== "scalar" || declaredQualifier(target, "WmiSizeIs"))
      return report(ctx, q, p.name, `names '${target.name}', which is not a scalar integer`, rel);
    const dir = (x: Parameter) => parameterDirection(x, "wmi");
    const dp = dir(p);
    const dt = dir(target);
    if ((dp.input && !dt.input) || (dp.output && !dt.output))
      return report(
        ctx,
        q,
        p.name,
        `names '${target.name}', which is not in the same direction ([in]/[out]) buffer`,
        rel,
      );
    if (m.parameters.indexOf(target) > index)
      report(ctx, q, p.name, `names '${target.name}', which must come before the array`, rel);
  },
});
