/**
 * What `mofkit compile --emit c-header|c-skeleton` needs in one call: lay out the checked model,
 * plan and write the header, and write the skeleton against that header. Pure: the caller writes
 * the files (the header may be replaced on every run; the skeleton is a file a person edits and
 * must only be written when it does not exist yet).
 */
import type { Diagnostic } from "@mofkit/diagnostics";
import { layoutModel, type LayoutSet } from "@mofkit/layout";
import type { SchemaModel } from "@mofkit/schema";
import type { Program } from "@mofkit/syntax";
import { emitCHeader } from "./c-header.js";
import { emitCSkeleton } from "./c-skeleton.js";
import type { HeaderOptions, HeaderPlan } from "./header-plan.js";

export type CEmitKind = "c-header" | "c-skeleton";

export interface COutputOptions extends Omit<HeaderOptions, "fileName"> {
  /** Header file name (default from the first input: `thermal.mof` → `thermal.h`). */
  headerFileName?: string;
  /** Skeleton file name (default `<stem>wmi.c`). */
  skeletonFileName?: string;
  /** Hex dump name the skeleton includes under USE_BINARY_MOF_QUERY (default `<stem>.x`). */
  hexFileName?: string;
}

export interface COutputs {
  layouts: LayoutSet;
  plan: HeaderPlan;
  /** File name → text, for the kinds asked for. */
  files: Map<string, string>;
  /** MOF36xx layout and header diagnostics (sorted by the caller with the others). */
  diagnostics: Diagnostic[];
}

/** Default file names from the first input path: `drivers/thermal.mof` → thermal.h, thermalwmi.c, thermal.x. */
export function defaultOutputNames(firstInput: string | undefined): { header: string; skeleton: string; hex: string } {
  const base = (firstInput ?? "wmidata").replace(/\\/g, "/").split("/").pop()!;
  const stem = base.replace(/\.[^.]*$/, "") || "wmidata";
  return { header: `${stem}.h`, skeleton: `${stem}wmi.c`, hex: `${stem}.x` };
}

export function buildCOutputs(
  model: SchemaModel,
  program: Program,
  kinds: readonly CEmitKind[],
  options: COutputOptions = {},
): COutputs {
  const names = defaultOutputNames(program.roots[0]?.path);
  const headerFileName = options.headerFileName ?? names.header;
  const { layouts, diagnostics } = layoutModel(model, { program });
  const header = emitCHeader(model, layouts, { ...options, fileName: headerFileName });
  const files = new Map<string, string>();
  if (kinds.includes("c-header")) files.set(headerFileName, header.text);
  if (kinds.includes("c-skeleton")) {
    const skeletonFileName = options.skeletonFileName ?? names.skeleton;
    files.set(
      skeletonFileName,
      emitCSkeleton(model, layouts, header.plan, {
        fileName: skeletonFileName,
        headerFileName,
        hexFileName: options.hexFileName ?? names.hex,
      }),
    );
  }
  return { layouts, plan: header.plan, files, diagnostics: [...diagnostics, ...header.diagnostics] };
}
