/**
 * The C header wmimofck writes with `-h` (and `-m`, `-u`), following the Revision 25 grammar of
 * wmi-kernel.md §10.2–§10.4, so that a driver which builds with wmimofck's header builds with
 * this one. Every struct member, size and id comes from the layout objects (through the header
 * plan); nothing here computes an offset.
 */
import type { Diagnostic } from "@mofkit/diagnostics";
import type { LayoutSet } from "@mofkit/layout";
import type { SchemaModel } from "@mofkit/schema";
import { guidArguments, guidInitializer } from "./guid.js";
import {
  planHeader,
  type ClassPlan,
  type HeaderOptions,
  type HeaderPlan,
  type MemberPlan,
  type StructPlan,
} from "./header-plan.js";
import { LineWriter } from "./text.js";

export interface CHeaderResult {
  text: string;
  plan: HeaderPlan;
  diagnostics: Diagnostic[];
}

/** Writes the header for the WMI classes of a model (layouts from `layoutModel`). */
export function emitCHeader(model: SchemaModel, layouts: LayoutSet, options: HeaderOptions = {}): CHeaderResult {
  const plan = planHeader(model, layouts, options);
  return { text: renderHeader(plan), plan, diagnostics: plan.diagnostics };
}

export function renderHeader(plan: HeaderPlan): string {
  const w = new LineWriter(plan.options.newline);
  w.line(`#ifndef ${plan.guard}`);
  w.line(`#define ${plan.guard}`);
  w.line();
  for (const c of plan.classes) writeClass(w, c, plan);
  w.line("#endif");
  w.line();
  return w.toString();
}

/** cpp_quote text: a terminator, the text exactly as stored, a terminator. */
function cppQuote(w: LineWriter, text: string | undefined): void {
  if (text === undefined) return;
  w.line();
  w.raw(text);
  w.line();
}

function writeClass(w: LineWriter, c: ClassPlan, plan: HeaderPlan): void {
  w.line(`// ${c.cls.name} - ${c.headerName}`);
  if (c.description !== undefined) w.line(`// ${c.description}`);
  cppQuote(w, c.cppQuote);
  w.line(`#define ${c.guidDefine} \\`);
  w.line(`    ${guidInitializer(c.guid)}`);
  w.line();
  w.line("#if ! (defined(MIDL_PASS))");
  w.line(`DEFINE_GUID(${c.guidVariable}, \\`);
  w.line(`            ${guidArguments(c.guid)});`);
  w.line("#endif");
  w.line();
  if (c.methods.length > 0) {
    w.line("//");
    w.line(`// Method id definitions for ${c.cls.name}`);
    for (const m of c.methods) {
      cppQuote(w, m.cppQuote);
      w.line(`#define ${m.name}     ${m.id ?? 0}`);
      if (plan.options.methodStructs) {
        if (m.input) writeStruct(w, m.input);
        if (m.output) writeStruct(w, m.output);
      }
    }
  }
  w.line();
  if (c.struct) writeStruct(w, c.struct);
}

function writeStruct(w: LineWriter, s: StructPlan): void {
  const T = s.name;
  if (s.form === "stub") {
    w.line(`// Warning: Header for class ${T} cannot be created`);
    w.line(`typedef struct _${T}`);
    w.line("{");
    w.line("    char VariableData[1];");
    w.line();
    w.line(`} ${T}, *P${T};`);
    w.line();
    return;
  }
  w.line(`typedef struct _${T}`);
  w.line("{");
  for (const m of s.members) writeMember(w, m);
  w.line(`} ${T}, *P${T};`);
  w.line();
  if (s.sizeDefine && s.last) {
    w.line(`#define ${s.sizeDefine} (FIELD_OFFSET(${T}, ${s.last.cMember}) + ${T}_${s.last.item.name}_SIZE)`);
    w.line();
  }
}

function writeMember(w: LineWriter, m: MemberPlan): void {
  cppQuote(w, m.cppQuote);
  if (m.bitDefines) {
    w.line();
    for (const d of m.bitDefines) {
      if (d.comment !== undefined) w.line(`// ${d.comment}`);
      w.line(`#define ${d.name} ${d.value}`);
    }
    w.line();
  }
  if (m.enumDefines) {
    w.line();
    for (const d of m.enumDefines) {
      if (d.comment !== undefined) w.line(`// ${d.comment}`);
      w.line(`#define ${d.name} ${d.value}`);
    }
    w.line();
  }
  w.line(`    // ${m.description ?? ""}`);
  w.line(`${m.commented ? "//" : "  "}  ${m.decl}`);
  if (m.sizeDefine) w.line(`    #define ${m.sizeDefine} ${m.sizeExpr}`);
  w.line(`    #define ${m.idDefine} ${m.item.id}`);
  w.line();
}
