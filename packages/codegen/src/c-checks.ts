/**
 * A C file of compile-time checks that the generated header declares what the layouts say:
 * `_Static_assert`s on FIELD_OFFSET of every member whose C offset is the data offset, on the
 * member and struct `_SIZE` defines, on sizeof and _Alignof of every fully declared struct, and
 * on the `_ID` defines. Compiling it for x64 and x86 with a real compiler (mingw-w64) is the
 * independent check of the layout pass and the header writer.
 */
import type { HeaderPlan, StructPlan } from "./header-plan.js";

export interface LayoutChecksOptions {
  /** Includes before the header (default: `<wdm.h>`, which defines the types the header uses). */
  prelude?: string[];
}

export function emitLayoutChecks(
  plan: HeaderPlan,
  options: LayoutChecksOptions = {},
): { text: string; asserts: number } {
  const lines: string[] = [];
  let asserts = 0;
  const check = (cond: string, what: string) => {
    lines.push(`_Static_assert(${cond}, ${JSON.stringify(what)});`);
    asserts++;
  };
  for (const inc of options.prelude ?? ["#include <wdm.h>"]) lines.push(inc);
  lines.push(`#include "${plan.fileName}"`, "");
  const struct = (s: StructPlan) => {
    if (s.form !== "full") return;
    const T = s.name;
    for (const m of s.members) {
      check(`${m.idDefine} == ${m.item.id}`, `${T}: ${m.item.name} has id ${m.item.id}`);
      if (m.offsetMatches)
        check(`FIELD_OFFSET(${T}, ${m.cMember}) == ${m.item.offset}`, `${T}.${m.cMember} at ${m.item.offset}`);
      if (m.sizeMatches) check(`${m.sizeDefine} == ${m.item.size}`, `${T}.${m.cMember} is ${m.item.size} bytes`);
    }
    if (s.sizeMatches) {
      check(`${s.sizeDefine} == ${s.block.fixedSize}`, `${T}_SIZE is ${s.block.fixedSize}`);
      check(`sizeof(${T}) == ${s.block.sizeofC}`, `sizeof(${T}) is ${s.block.sizeofC}`);
    }
    if (!s.block.variable && s.members.every((m) => m.offsetMatches))
      check(`_Alignof(${T}) == ${s.block.alignment}`, `${T} aligns to ${s.block.alignment}`);
  };
  for (const c of plan.classes) {
    for (const m of c.methods) {
      if (m.input) struct(m.input);
      if (m.output) struct(m.output);
    }
    if (c.struct) struct(c.struct);
  }
  lines.push("");
  return { text: lines.join("\n"), asserts };
}
