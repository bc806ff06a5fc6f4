/** Builds layouts from MOF text held in memory (the checker runs first, as in the CLI). */
import type { Diagnostic } from "@mofkit/diagnostics";
import { checkProgram, type SchemaModel } from "@mofkit/schema";
import { createMemoryHost, loadProgram, type Program } from "@mofkit/syntax";
import { findBlock, layoutModel, type BlockLayout, type LayoutSet } from "../../src/index.js";

export interface Built {
  program: Program;
  model: SchemaModel;
  /** Front-end and checker diagnostics. */
  checkDiagnostics: Diagnostic[];
  layouts: LayoutSet;
  /** MOF36xx diagnostics of the layout pass. */
  diagnostics: Diagnostic[];
  /** The block of a class (`Class`) or method (`Class.Method:in`) in namespace root/wmi or root/default. */
  block(name: string): BlockLayout;
}

export function build(mof: string, path = "t.mof"): Built {
  const program = loadProgram([path], createMemoryHost({ [path]: mof }), { dialect: "wmi" });
  const checked = checkProgram(program);
  const { layouts, diagnostics } = layoutModel(checked.model, { program });
  return {
    program,
    model: checked.model,
    checkDiagnostics: [...program.diagnostics, ...checked.diagnostics],
    layouts,
    diagnostics,
    block(name) {
      for (const ns of ["root/wmi", "root/default"]) {
        const b = findBlock(layouts, `${ns}:${name}`);
        if (b) return b;
      }
      throw new Error(`no block ${name}; have ${layouts.blocks.map((b) => b.key).join(", ")}`);
    },
  };
}

/** Offsets of a block's items by name. */
export function offsets(b: BlockLayout): Record<string, number | null> {
  return Object.fromEntries(b.items.map((i) => [i.name, i.offset]));
}

export const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === "error");
