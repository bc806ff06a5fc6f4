/**
 * `mofkit bmf`: binary MOF.
 *
 * - `bmf decode <file|-> [-o out.mof]`: a `.bmf` (or an ACPI buffer holding one: the length
 *   comes from the header, trailing bytes are ignored) as MOF, on stdout or into `-o`.
 * - `bmf encode <inputs..> -o out.bmf [--emit bmf|c-hex]`: checks the inputs like `check` and
 *   writes what `mofcomp -B` writes, or the `wmimofck -x` hex dump of it.
 * - `bmf dump <file|->`: the object model as JSON, offsets included.
 *
 * Diagnostics go to stderr when stdout carries the result (decode, dump) and to stdout
 * otherwise (encode, as `compile`). Nothing is written when there are errors, and an existing
 * output file is replaced only when mofkit wrote it (or with --force). Exit codes as `check`:
 * 0, 1 (errors in the input), 2 (usage, file or internal failure).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Argv, CommandModule } from "yargs";
import {
  codes,
  compareDiagnostics,
  countBySeverity,
  createDiagnostic,
  type Diagnostic,
  type SourceFile,
} from "@mofkit/diagnostics";
import { createBmfInputDecoder, decodeBmf, decodeModel, dumpJson, encodeBmf, formatCHex } from "@mofkit/bmf";
import { checkProgram } from "@mofkit/schema";
import { countDeclarations, loadProgram, printMof, type Production } from "@mofkit/syntax";
import { render, shouldUseColor, type Format, type Summary } from "../render/index.js";
import { createNodeHost, expandInputs } from "../node-host.js";
import { loadOptionsFrom, withInputOptions, withReportOptions, type InputArgs } from "../input-options.js";
import { writeOutputFile, type OutputKind } from "../output-file.js";
import { toolVersion } from "../version.js";
import type { CommandIo } from "./check.js";

export const bmfEmitKinds = ["bmf", "c-hex"] as const;
export type BmfEmitKind = (typeof bmfEmitKinds)[number];

interface CommonArgs {
  format: Format;
  warnAsError: boolean;
}

export interface BmfDecodeArgs extends CommonArgs {
  file: string;
  out?: string;
  force: boolean;
}

export interface BmfDumpArgs extends CommonArgs {
  file: string;
}

export interface BmfEncodeArgs extends CommonArgs, InputArgs {
  out: string;
  emit: BmfEmitKind;
  force: boolean;
}

/** The first line of `bmf decode` output, which also marks a file mofkit may replace. */
const decodedMarker = "// Decoded by mofkit";
const latin1 = (head: Uint8Array) => String.fromCharCode(...head);

const outputKinds: Record<"mof" | BmfEmitKind, OutputKind> = {
  mof: { what: "MOF decoded", ours: (head) => latin1(head).startsWith(decodedMarker) },
  // Any binary MOF container: a build output, whether mofcomp or mofkit wrote it.
  bmf: { what: "a binary MOF", ours: (head) => latin1(head).startsWith("FOMB\x01\x00\x00\x00") },
  "c-hex": { what: "a hex dump", ours: (head) => /^(0x[0-9a-fA-F]{2},\s*)+/.test(latin1(head)) },
};

/** `mofkit bmf <command>`; `run` receives the command to run once yargs is done parsing. */
export function bmfCommand(io: CommandIo, run: (command: () => number) => void): CommandModule {
  const common = withReportOptions;
  const fileArg = <T>(y: Argv<T>) =>
    y.positional("file", {
      type: "string",
      demandOption: true,
      describe: "a .bmf file (or an ACPI buffer), or - for stdin",
    });
  const force = { type: "boolean", default: false, describe: "replace an output file mofkit did not write" } as const;
  return {
    command: "bmf",
    describe: "binary MOF: decode a .bmf to MOF, encode MOF as mofcomp -B does, dump the object model",
    builder: (y) =>
      y
        .command(
          "decode <file>",
          "write a binary MOF as MOF (stdout, or -o)",
          (b) =>
            common(fileArg(b))
              .option("out", { alias: "o", type: "string", describe: "MOF file to write" })
              .option("force", force),
          (args) => run(() => runBmfDecode({ ...(args as unknown as BmfDecodeArgs), file: fileName(args.file) }, io)),
        )
        .command(
          "encode <inputs..>",
          "check MOF (or .bmf) inputs and write them as binary MOF",
          (b) =>
            common(withInputOptions(b))
              .option("out", { alias: "o", type: "string", demandOption: true, describe: "file to write" })
              .option("emit", {
                choices: bmfEmitKinds,
                default: "bmf" as const,
                describe: "bmf: the .bmf; c-hex: its wmimofck -x hex dump",
              })
              .option("force", force),
          (args) => run(() => runBmfEncode(args as unknown as BmfEncodeArgs, io)),
        )
        .command(
          "dump <file>",
          "print the object model of a binary MOF as JSON, with offsets",
          (b) => common(fileArg(b)),
          (args) => run(() => runBmfDump({ ...(args as unknown as BmfDumpArgs), file: fileName(args.file) }, io)),
        )
        .demandCommand(1, "name a bmf command: decode, encode or dump"),
    handler: () => {},
  };
}

export function runBmfDecode(args: BmfDecodeArgs, io: CommandIo): number {
  const input = readInput(args.file, io);
  if ("problem" in input) return report(io, io.stderr, args, [input.problem], emptySummary());
  const r = decodeBmf(input.bytes, { file: input.name });
  const diagnostics: Diagnostic[] = r.diagnostics.slice();
  if (!failed(diagnostics, args) && r.model) {
    const text = `${decodedMarker} from ${basename(input.name)}\n\n${printMof(r.productions)}`;
    if (args.out === undefined) io.stdout.write(text);
    else {
      const problem = writeOutputFile(args.out, text, outputKinds.mof, args.force);
      if (problem) diagnostics.push(problem);
      else if (args.format === "pretty") io.stderr.write(`wrote ${args.out}\n`);
    }
  }
  return report(io, io.stderr, args, diagnostics, summaryOf(r.productions));
}

export function runBmfDump(args: BmfDumpArgs, io: CommandIo): number {
  const input = readInput(args.file, io);
  if ("problem" in input) return report(io, io.stderr, args, [input.problem], emptySummary());
  // Whatever could be read is shown, errors or not: this is the tool for looking at broken blobs.
  const r = decodeModel(input.bytes, { file: input.name });
  if (r.model) io.stdout.write(`${dumpJson(r.model)}\n`);
  return report(io, io.stderr, args, r.diagnostics, emptySummary());
}

export function runBmfEncode(args: BmfEncodeArgs, io: CommandIo): number {
  const bmf = createBmfInputDecoder();
  const program = loadProgram(expandInputs(args.inputs), createNodeHost(), loadOptionsFrom(args, bmf));
  const checked = checkProgram(program);
  const diagnostics: Diagnostic[] = [...program.diagnostics, ...checked.diagnostics];
  let wrote = false;
  if (!failed(diagnostics, args)) {
    const encoded = encodeBmf(program, { spelling: bmf.spelling });
    diagnostics.push(...encoded.diagnostics);
    if (encoded.bytes && !failed(diagnostics, args)) {
      const data = args.emit === "c-hex" ? formatCHex(encoded.bytes) : encoded.bytes;
      const problem = writeOutputFile(args.out, data, outputKinds[args.emit], args.force);
      if (problem) diagnostics.push(problem);
      else wrote = true;
    }
  }
  const summary = { ...countDeclarations(program), errors: 0, warnings: 0 };
  const code = report(io, io.stdout, args, diagnostics, summary, program.sources);
  if (wrote && args.format === "pretty") io.stderr.write(`wrote ${args.out}\n`);
  return code;
}

/** yargs reads a lone `-` positional as an empty value (it passes positionals as `--file -`). */
function fileName(value: unknown): string {
  return value === "" || value === true || value === undefined ? "-" : String(value);
}

type Input = { bytes: Uint8Array; name: string } | { problem: Diagnostic };

function readInput(file: string, io: CommandIo): Input {
  try {
    if (file === "-")
      return { bytes: io.readStdin ? io.readStdin() : new Uint8Array(readFileSync(0)), name: "<stdin>" };
    return { bytes: new Uint8Array(readFileSync(file)), name: file };
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String((err as Error).message);
    return { problem: createDiagnostic(codes.fileNotFound, { path: file, reason }) };
  }
}

function failed(diagnostics: readonly Diagnostic[], args: CommonArgs): boolean {
  const { errors, warnings } = countBySeverity(diagnostics);
  return errors > 0 || (args.warnAsError && warnings > 0);
}

function emptySummary(): Summary {
  return { files: 1, classes: 0, qualifierTypes: 0, instances: 0, errors: 0, warnings: 0 };
}

function summaryOf(productions: readonly Production[]): Summary {
  const s = emptySummary();
  for (const p of productions) {
    if (p.kind === "Class") s.classes++;
    else if (p.kind === "Instance") s.instances++;
  }
  return s;
}

/**
 * Prints the diagnostics to `out` (for decode and dump only when there are some, so a clean run
 * leaves stderr empty) and returns the exit code.
 */
function report(
  io: CommandIo,
  out: { write(s: string): void; isTTY?: boolean },
  args: CommonArgs,
  diagnostics: Diagnostic[],
  summary: Summary,
  sources: ReadonlyMap<string, SourceFile> = new Map(),
): number {
  const sorted = diagnostics.slice().sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(sorted);
  if (out === io.stdout || sorted.length > 0) {
    out.write(
      render(args.format, {
        diagnostics: sorted,
        summary: { ...summary, errors, warnings },
        sources,
        color: args.format === "pretty" && shouldUseColor(out, io.env),
        toolVersion,
      }),
    );
  }
  if (sorted.some((d) => d.code.startsWith("MOF5") && d.severity === "error")) return 2;
  return errors > 0 || (args.warnAsError && warnings > 0) ? 1 : 0;
}
