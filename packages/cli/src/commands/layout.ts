/**
 * `mofkit layout <inputs..> [--class NAME] [--format table|json|svg]`: checks the inputs like
 * `mofkit check` and prints the data-block layouts of their WMI classes (data, event and
 * embedded classes and method parameter blocks) to stdout. Diagnostics go to stderr. Exit codes
 * as `check`: 0, 1 (errors in the input, nothing printed to stdout), 2 (usage or internal failure).
 */
import type { Argv, CommandModule } from "yargs";
import { compareDiagnostics, countBySeverity, createDiagnostic, codes, type Diagnostic } from "@mofkit/diagnostics";
import { renderLayoutSvg } from "@mofkit/codegen";
import { layoutModel, layoutsToJson, renderLayoutTable, type BlockLayout } from "@mofkit/layout";
import { checkProgram } from "@mofkit/schema";
import { countDeclarations, loadProgram } from "@mofkit/syntax";
import { renderPretty, shouldUseColor } from "../render/index.js";
import { createNodeHost, expandInputs } from "../node-host.js";
import { loadOptionsFrom, withInputOptions, type InputArgs } from "../input-options.js";
import { toolVersion } from "../version.js";
import type { CommandIo } from "./check.js";

export const layoutFormats = ["table", "json", "svg"] as const;
export type LayoutFormat = (typeof layoutFormats)[number];

export interface LayoutArgs extends InputArgs {
  class?: string[];
  format: LayoutFormat;
  warnAsError: boolean;
}

/** The yargs command module; `schedule` receives the run function (main.ts runs it after parsing). */
export function layoutCommand<T>(io: CommandIo, schedule: (run: () => number) => void): CommandModule<T, LayoutArgs> {
  return {
    command: "layout <inputs..>",
    describe: "print the WMI data-block layouts (offsets, sizes, alignment) of MOF classes",
    builder: (y: Argv<T>) =>
      withInputOptions(y)
        .option("class", {
          alias: "c",
          type: "string",
          array: true,
          describe: "only these classes (their data block and method parameter blocks); repeatable",
        })
        .option("format", {
          alias: "f",
          choices: layoutFormats,
          default: "table" as const,
          describe: "table (text), json (stable names, see README) or svg (byte map)",
        })
        .option("warn-as-error", {
          type: "boolean",
          default: false,
          describe: "exit 1 when there are warnings",
        }) as unknown as Argv<LayoutArgs>,
    handler: (args) => {
      schedule(() => runLayout(args as unknown as LayoutArgs, io));
    },
  };
}

/** Registers `mofkit layout` on a yargs instance. */
export function registerLayoutCommand<T>(y: Argv<T>, io: CommandIo, schedule: (run: () => number) => void): Argv<T> {
  return y.command(layoutCommand<T>(io, schedule)) as unknown as Argv<T>;
}

export function runLayout(args: LayoutArgs, io: CommandIo): number {
  const program = loadProgram(expandInputs(args.inputs), createNodeHost(), loadOptionsFrom(args));
  const checked = checkProgram(program);
  const diagnostics: Diagnostic[] = [...program.diagnostics, ...checked.diagnostics];
  let blocks: BlockLayout[] = [];
  if (countBySeverity(diagnostics).errors === 0) {
    const laid = layoutModel(checked.model, { program });
    diagnostics.push(...laid.diagnostics);
    blocks = laid.layouts.blocks;
  }
  const wanted = (args.class ?? []).map((c) => c.toLowerCase());
  if (wanted.length > 0 && countBySeverity(diagnostics).errors === 0) {
    const missing = wanted.filter((w) => !blocks.some((b) => b.className.toLowerCase() === w));
    if (missing.length > 0)
      diagnostics.push(
        createDiagnostic(codes.invalidOption, {
          detail: `--class: no WMI class named ${missing.map((m) => `'${args.class!.find((c) => c.toLowerCase() === m)}'`).join(", ")} in the input`,
        }),
      );
    blocks = blocks.filter((b) => wanted.includes(b.className.toLowerCase()));
  }
  diagnostics.sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(diagnostics);
  if (diagnostics.length > 0) {
    io.stderr.write(
      renderPretty({
        diagnostics,
        summary: { ...countDeclarations(program), errors, warnings },
        sources: program.sources,
        color: shouldUseColor(io.stderr as { write(s: string): void; isTTY?: boolean }, io.env),
        toolVersion,
      }),
    );
  }
  if (diagnostics.some((d) => d.code.startsWith("MOF5") && d.severity === "error")) return 2;
  if (errors > 0) return 1;
  switch (args.format) {
    case "json":
      io.stdout.write(JSON.stringify(layoutsToJson(blocks), null, 2) + "\n");
      break;
    case "svg":
      io.stdout.write(renderLayoutSvg(blocks));
      break;
    default:
      io.stdout.write(renderLayoutTable(blocks));
  }
  return args.warnAsError && warnings > 0 ? 1 : 0;
}
