/**
 * `mofkit compile <inputs..> --out <dir> --emit model|c-header|c-skeleton|c-hex|ts`: checks the
 * inputs like `mofkit check` and, when there are no errors, writes the compiled model as JSON
 * (`model.json`, schema: docs/model-schema.json), the wmimofck-style C header (`<stem>.h`), the
 * C WmiLib skeleton (`<stem>wmi.c`), and the TypeScript interfaces, codecs and provider base class
 * (`<stem>.generated.ts`, rewritten on every compile) with the provider implementation
 * (`<stem>.provider.ts`). Output is all-or-nothing: nothing is written when the input has errors.
 * mofkit writes only inside `--out` and replaces an existing file only when it is one mofkit
 * wrote; the skeleton and the provider implementation are files a person edits, so existing ones
 * are kept.
 * Exit codes as `check`: 0, 1 (errors in the input), 2 (usage, output or internal failure).
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { codes, compareDiagnostics, countBySeverity, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import { checkProgram, stringifyModel } from "@mofkit/schema";
import {
  buildCOutputs,
  defaultOutputNames,
  defaultTsFileName,
  emitTypeScript,
  emitTypeScriptProvider,
  defaultProviderFileName,
  includeGuard,
  tsBanner,
  type CEmitKind,
} from "@mofkit/codegen";
import { layoutModel } from "@mofkit/layout";
import { encodeBmf, formatCHex } from "@mofkit/bmf";
import { countDeclarations, loadProgram } from "@mofkit/syntax";
import { render, shouldUseColor, type Format } from "../render/index.js";
import { createNodeHost, expandInputs } from "../node-host.js";
import type { Argv, CommandModule } from "yargs";
import { loadOptionsFrom, withInputOptions, withReportOptions, type InputArgs } from "../input-options.js";
import { toolVersion } from "../version.js";
import type { CommandIo } from "./check.js";

export const emitKinds = ["model", "c-header", "c-skeleton", "c-hex", "ts"] as const;
export type EmitKind = (typeof emitKinds)[number];

export interface CompileArgs extends InputArgs {
  out: string;
  emit: EmitKind[];
  format: Format;
  warnAsError: boolean;
  pretty: boolean;
  headerMethods: boolean;
  headerUnconditional: boolean;
}

/** What may be replaced when it already exists: a file mofkit wrote, recognised by its first bytes. */
type Owner = (head: string) => boolean;

interface Output {
  name: string;
  text: string;
  /** Undefined: an existing file is kept, never replaced (the skeleton a person edits). */
  ours: Owner | undefined;
}

export async function runCompile(args: CompileArgs, io: CommandIo): Promise<number> {
  const program = loadProgram(expandInputs(args.inputs), createNodeHost(), loadOptionsFrom(args));
  const checked = checkProgram(program);
  const diagnostics: Diagnostic[] = [...program.diagnostics, ...checked.diagnostics].sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(diagnostics);
  const failed = errors > 0 || (args.warnAsError && warnings > 0);
  const written: string[] = [];
  const kept: string[] = [];
  let outputProblem: Diagnostic | undefined;
  if (!failed) {
    const { outputs, diagnostics: emitDiagnostics } = await planOutputs(args, checked.model, program);
    diagnostics.push(...emitDiagnostics);
    diagnostics.sort(compareDiagnostics);
    // Problems found while producing the outputs stop the writing like the input's own (--warn-as-error too).
    const stop = emitDiagnostics.some((d) => d.severity === "error" || (args.warnAsError && d.severity === "warning"));
    if (!stop) {
      for (const out of outputs) {
        const target = join(args.out, out.name);
        const result = writeOutput(args.out, target, out);
        if (result === "kept") {
          kept.push(target);
          continue;
        }
        if (result) {
          outputProblem = result;
          break;
        }
        written.push(target);
      }
    }
  }
  const all = outputProblem ? [...diagnostics, outputProblem] : diagnostics;
  const counted = countBySeverity(all);
  const counts = countDeclarations(program);
  io.stdout.write(
    render(args.format, {
      diagnostics: all,
      summary: { ...counts, errors: counted.errors, warnings: counted.warnings },
      sources: program.sources,
      color: args.format === "pretty" && shouldUseColor(io.stdout, io.env),
      toolVersion,
    }),
  );
  if (args.format === "pretty") {
    for (const w of written) io.stderr.write(`wrote ${w}\n`);
    for (const k of kept) io.stderr.write(`kept ${k} (a file you edit is never overwritten)\n`);
  }
  if (outputProblem || all.some((d) => d.code.startsWith("MOF5") && d.severity === "error")) return 2;
  return failed || counted.errors > 0 || (args.warnAsError && counted.warnings > 0) ? 1 : 0;
}

/** The files the --emit kinds ask for, and any diagnostics of producing them (e.g. layout problems). */
async function planOutputs(
  args: CompileArgs,
  model: Parameters<typeof stringifyModel>[0],
  program: Parameters<typeof buildCOutputs>[1],
): Promise<{ outputs: Output[]; diagnostics: Diagnostic[] }> {
  const kinds = new Set(args.emit);
  const outputs: Output[] = [];
  if (kinds.has("model")) {
    outputs.push({
      name: "model.json",
      text: stringifyModel(model, { pretty: args.pretty }),
      ours: (head) => /^\{\s*"namespaces"\s*:/.test(head),
    });
  }
  const diagnostics: Diagnostic[] = [];
  if (kinds.has("c-hex")) {
    // The `wmimofck -x` byte array of the binary MOF, which the skeleton includes for
    // USE_BINARY_MOF_QUERY.
    const encoded = encodeBmf(program);
    diagnostics.push(...encoded.diagnostics);
    // No bytes means the encoder reported why (an error diagnostic stops all writing).
    if (encoded.bytes)
      outputs.push({
        name: defaultOutputNames(program.roots[0]?.path).hex,
        text: formatCHex(encoded.bytes),
        ours: (head) => /^(0x[0-9a-fA-F]{2},\s*)+/.test(head),
      });
  }
  if (kinds.has("ts")) {
    // Interfaces and specialised codecs; regenerated every time, so a file with the banner is ours.
    const { layouts, diagnostics: layoutDiagnostics } = layoutModel(model, { program });
    const sources = program.roots.map((r) => r.path.replace(/\\/g, "/").split("/").pop()!);
    const generatedName = defaultTsFileName(program.roots[0]?.path);
    outputs.push({
      name: generatedName,
      text: await emitTypeScript(layouts, { sources }),
      ours: (head) => head.startsWith(tsBanner),
    });
    // The provider implementation a person edits: written the first time only, like the C skeleton.
    const provider = await emitTypeScriptProvider(layouts, generatedName, { sources });
    if (provider !== null)
      outputs.push({ name: defaultProviderFileName(program.roots[0]?.path), text: provider, ours: undefined });
    // The C outputs report the same layout diagnostics; report them once.
    if (!kinds.has("c-header") && !kinds.has("c-skeleton")) diagnostics.push(...layoutDiagnostics);
  }
  const cKinds = [...kinds].filter((k): k is CEmitKind => k === "c-header" || k === "c-skeleton");
  if (cKinds.length === 0) return { outputs, diagnostics };
  const c = buildCOutputs(model, program, cKinds, {
    methodStructs: args.headerMethods,
    unconditional: args.headerUnconditional,
  });
  for (const [name, text] of c.files) {
    const isHeader = name.endsWith(".h");
    const guard = `#ifndef ${includeGuard(name)}`;
    outputs.push({ name, text, ours: isHeader ? (head) => head.startsWith(guard) : undefined });
  }
  return { outputs, diagnostics: [...diagnostics, ...c.diagnostics] };
}

/**
 * Writes `target` (inside `outDir`) atomically. Returns a diagnostic when it must not or cannot,
 * "kept" when an existing file is one that is never replaced.
 */
function writeOutput(outDir: string, target: string, out: Output): Diagnostic | "kept" | undefined {
  const text = out.text;
  const dir = resolve(outDir);
  const file = resolve(target);
  if (!file.startsWith(dir + "/") && !file.startsWith(dir + "\\")) {
    return createDiagnostic(codes.outputNotOurs, { path: target, reason: "it is outside the --out folder" });
  }
  try {
    if (existsSync(dir) && !statSync(dir).isDirectory())
      return createDiagnostic(codes.writeFailed, { path: outDir, reason: "it is not a folder" });
    mkdirSync(dir, { recursive: true });
    if (existsSync(file)) {
      if (!statSync(file).isFile())
        return createDiagnostic(codes.outputNotOurs, { path: target, reason: "it is not a regular file" });
      if (out.ours === undefined) return "kept";
      if (!out.ours(readHead(file)))
        return createDiagnostic(codes.outputNotOurs, {
          path: target,
          reason: "it is not a file mofkit wrote",
        });
    }
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, text);
    renameSync(temp, file);
    return undefined;
  } catch (err) {
    return createDiagnostic(codes.writeFailed, {
      path: target,
      reason: err instanceof Error ? err.message : String(err),
    });
  }
}

/** The first bytes of a file, to recognise outputs mofkit wrote. */
function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** The yargs command module; `schedule` receives the run function (main.ts runs it after parsing). */
export function compileCommand(io: CommandIo, schedule: (run: () => number | Promise<number>) => void): CommandModule {
  return {
    command: "compile <inputs..>",
    describe: "check MOF files and write what --emit names into --out",
    builder: (y: Argv) =>
      withReportOptions(withInputOptions(y))
        .option("out", {
          alias: "o",
          type: "string",
          demandOption: true,
          describe: "output folder (created if missing); nothing is written outside it",
        })
        .option("emit", {
          type: "string",
          array: true,
          choices: emitKinds,
          default: ["model"],
          describe:
            "what to write: model (model.json), c-header (<stem>.h, like wmimofck -h), c-skeleton (<stem>wmi.c, like wmimofck -c; never overwritten), c-hex (<stem>.x, the binary MOF as a wmimofck -x byte array), ts (<stem>.generated.ts: GUIDs, interfaces and codecs; rewritten every time)",
        })
        .option("header-methods", {
          type: "boolean",
          default: false,
          describe: "c-header: method input/output structures (wmimofck -m)",
        })
        .option("header-unconditional", {
          type: "boolean",
          default: false,
          describe: "c-header: members for MaxLen strings (wmimofck -u)",
        })
        .option("pretty", { type: "boolean", default: false, describe: "indent the JSON output" }),
    handler: (args) => schedule(() => runCompile(args as unknown as CompileArgs, io)),
  };
}
