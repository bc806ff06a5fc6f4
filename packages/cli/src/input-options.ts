/**
 * The options every MOF-reading command shares: -I, --dialect, --preprocess, -D. Inputs may be
 * binary MOF (`.bmf`, decoded first) as well as MOF text.
 */
import type { Argv } from "yargs";
import { createBmfInputDecoder, type BmfInputDecoder } from "@mofkit/bmf";
import { formats } from "./render/index.js";
import type { Dialect, LoadOptions } from "@mofkit/syntax";

export interface InputArgs {
  inputs: string[];
  include: string[];
  dialect: Dialect;
  preprocess: boolean;
  define: string[];
}

export function withInputOptions<T>(y: Argv<T>) {
  return y
    .positional("inputs", {
      type: "string",
      array: true,
      demandOption: true,
      describe: "MOF or binary MOF files, or folders (.mof/.mfl/.bmf found recursively)",
    })
    .option("include", {
      alias: "I",
      type: "string",
      array: true,
      default: [] as string[],
      describe: "folder searched for includes after the including file's folder",
    })
    .option("dialect", {
      choices: ["wmi", "dmtf"] as const,
      default: "wmi" as const,
      describe: "wmi: what mofcomp accepts (default); dmtf: DSP0004 strict",
    })
    .option("preprocess", {
      type: "boolean",
      default: false,
      describe: 'run the C-style preprocessor (#define, #ifdef, #include "x.h") first',
    })
    .option("define", {
      alias: "D",
      type: "string",
      array: true,
      default: [] as string[],
      describe: "NAME[=VALUE] for the preprocessor",
    });
}

/** `--format` for diagnostics and `--warn-as-error`, shared by every command that reports them. */
export function withReportOptions<T>(y: Argv<T>) {
  return y
    .option("format", {
      alias: "f",
      choices: formats,
      default: "pretty" as const,
      describe: "diagnostic output format",
    })
    .option("warn-as-error", {
      type: "boolean",
      default: false,
      describe: "treat warnings as errors (exit 1; commands that write files write nothing)",
    });
}

/** `bmf`: the `.bmf` reader to use (pass one to ask it for CIMTYPE spellings afterwards). */
export function loadOptionsFrom(args: InputArgs, bmf: BmfInputDecoder = createBmfInputDecoder()): LoadOptions {
  const defines: Record<string, string> = {};
  for (const d of args.define) {
    const eq = d.indexOf("=");
    if (eq < 0) defines[d] = "1";
    else defines[d.slice(0, eq)] = d.slice(eq + 1);
  }
  return {
    dialect: args.dialect,
    includeDirs: args.include,
    preprocess: args.preprocess || args.define.length > 0,
    defines,
    decoders: { ".bmf": bmf.decode },
  };
}
