/** The `mofkit` command line (yargs). Exit codes: 0 clean, 1 errors in the input, 2 usage or internal failure. */
import yargs from "yargs";
import { codes, createDiagnostic } from "@mofkit/diagnostics";
import { formats } from "./render/index.js";
import { withInputOptions, type InputArgs } from "./input-options.js";
import { runCheck, type CommandIo } from "./commands/check.js";
import { emitKinds, runCompile, type CompileArgs } from "./commands/compile.js";
import { bmfCommand } from "./commands/bmf.js";
import { layoutCommand } from "./commands/layout.js";
import { toolVersion } from "./version.js";

export async function main(
  argv: string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let command: (() => number) | undefined;
  let usageError: string | undefined;
  let internal: unknown;
  const parser = yargs(argv)
    .scriptName("mofkit")
    .usage("$0 <command> [options]")
    .command(
      "check <inputs..>",
      "parse and check MOF files and everything they include",
      (y) =>
        withInputOptions(y)
          .option("format", {
            alias: "f",
            choices: formats,
            default: "pretty" as const,
            describe: "diagnostic output format",
          })
          .option("warn-as-error", { type: "boolean", default: false, describe: "exit 1 when there are warnings" })
          .option("stats", {
            type: "boolean",
            default: false,
            describe: "print phase timings and peak memory to stderr",
          }),
      (args) => {
        // Run after parsing finishes: yargs may report a usage error after calling the handler.
        command = () => runCheck(args as unknown as Parameters<typeof runCheck>[0] & InputArgs, io);
      },
    )
    .command(
      "compile <inputs..>",
      "check MOF files and write what --emit names into --out (model: the compiled model as JSON)",
      (y) =>
        withInputOptions(y)
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
              "what to write: model (model.json), c-header (<stem>.h, like wmimofck -h), c-skeleton (<stem>wmi.c, like wmimofck -c; never overwritten), c-hex (<stem>.x, the binary MOF as a wmimofck -x byte array)",
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
          .option("pretty", { type: "boolean", default: false, describe: "indent the JSON output" })
          .option("format", {
            alias: "f",
            choices: formats,
            default: "pretty" as const,
            describe: "diagnostic output format",
          })
          .option("warn-as-error", {
            type: "boolean",
            default: false,
            describe: "treat warnings as errors (exit 1, write nothing)",
          }),
      (args) => {
        command = () => runCompile(args as unknown as CompileArgs, io);
      },
    )
    .command(
      bmfCommand(io, (run) => {
        command = run;
      }),
    )
    .command(
      layoutCommand(io, (run) => {
        command = run;
      }),
    )
    .demandCommand(1, "name a command, e.g. mofkit check file.mof")
    .strict()
    .version(toolVersion)
    .help()
    .exitProcess(false)
    .fail((msg, err) => {
      // yargs passes a message for usage problems and only an error for exceptions in handlers.
      if (msg) usageError = msg;
      else internal = err;
    })
    .wrap(Math.min(100, process.stdout.columns ?? 100));
  try {
    await parser.parseAsync();
  } catch (err) {
    internal ??= err;
  }
  if (internal !== undefined && usageError === undefined) {
    const detail = internal instanceof Error ? internal.message : String(internal);
    const d = createDiagnostic(codes.internalError, { detail });
    io.stderr.write(`error ${d.code}: ${d.message}\n`);
    if (io.env.MOFKIT_DEBUG && internal instanceof Error) io.stderr.write(`${internal.stack}\n`);
    return 2;
  }
  if (usageError !== undefined) {
    const d = createDiagnostic(codes.invalidOption, { detail: usageError });
    io.stderr.write(`error ${d.code}: ${d.message}\nRun 'mofkit --help' for usage.\n`);
    return 2;
  }
  if (!command) return 0; // --help or --version
  try {
    return command();
  } catch (err) {
    const d = createDiagnostic(codes.internalError, { detail: err instanceof Error ? err.message : String(err) });
    io.stderr.write(`error ${d.code}: ${d.message}\n`);
    if (io.env.MOFKIT_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
