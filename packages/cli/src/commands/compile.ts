/**
 * `mofkit compile <inputs..> --out <dir> --emit model`: checks the inputs like `mofkit check`
 * and, when there are no errors, writes the compiled model as JSON to `<dir>/model.json`
 * (schema: docs/model-schema.json). Output is all-or-nothing: nothing is written when the input
 * has errors. mofkit writes only inside `--out`, and replaces an existing output file only when
 * it is a model mofkit wrote. Exit codes as `check`: 0, 1 (errors in the input), 2 (usage,
 * output or internal failure).
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { codes, compareDiagnostics, countBySeverity, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import { checkProgram, stringifyModel } from "@mofkit/schema";
import { countDeclarations, loadProgram } from "@mofkit/syntax";
import { render, shouldUseColor, type Format } from "../render/index.js";
import { createNodeHost, expandInputs } from "../node-host.js";
import { loadOptionsFrom, type InputArgs } from "../input-options.js";
import { toolVersion } from "../version.js";
import type { CommandIo } from "./check.js";

export const emitKinds = ["model"] as const;
export type EmitKind = (typeof emitKinds)[number];

export interface CompileArgs extends InputArgs {
  out: string;
  emit: EmitKind[];
  format: Format;
  warnAsError: boolean;
  pretty: boolean;
}

/** File name per emitted artefact, relative to --out. */
const outputNames: Record<EmitKind, string> = { model: "model.json" };

export function runCompile(args: CompileArgs, io: CommandIo): number {
  const program = loadProgram(expandInputs(args.inputs), createNodeHost(), loadOptionsFrom(args));
  const checked = checkProgram(program);
  const diagnostics: Diagnostic[] = [...program.diagnostics, ...checked.diagnostics].sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(diagnostics);
  const failed = errors > 0 || (args.warnAsError && warnings > 0);
  const written: string[] = [];
  let outputProblem: Diagnostic | undefined;
  if (!failed) {
    for (const kind of new Set(args.emit)) {
      const target = join(args.out, outputNames[kind]);
      const problem = writeOutput(args.out, target, stringifyModel(checked.model, { pretty: args.pretty }));
      if (problem) {
        outputProblem = problem;
        break;
      }
      written.push(target);
    }
  }
  const all = outputProblem ? [...diagnostics, outputProblem] : diagnostics;
  const counts = countDeclarations(program);
  io.stdout.write(
    render(args.format, {
      diagnostics: all,
      summary: { ...counts, errors: errors + (outputProblem ? 1 : 0), warnings },
      sources: program.sources,
      color: args.format === "pretty" && shouldUseColor(io.stdout, io.env),
      toolVersion,
    }),
  );
  if (args.format === "pretty") for (const w of written) io.stderr.write(`wrote ${w}\n`);
  if (outputProblem || all.some((d) => d.code.startsWith("MOF5") && d.severity === "error")) return 2;
  return failed ? 1 : 0;
}

/** Writes `target` (inside `outDir`) atomically; returns a diagnostic when it must not or cannot. */
function writeOutput(outDir: string, target: string, text: string): Diagnostic | undefined {
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
      if (!looksLikeOurModel(file))
        return createDiagnostic(codes.outputNotOurs, {
          path: target,
          reason: "it is not a model file written by mofkit",
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

/** A model file mofkit wrote starts with `{"namespaces":` (compact) or `{` and `"namespaces":` (pretty). */
function looksLikeOurModel(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return /^\{\s*"namespaces"\s*:/.test(buf.subarray(0, n).toString("utf8"));
  } finally {
    closeSync(fd);
  }
}
