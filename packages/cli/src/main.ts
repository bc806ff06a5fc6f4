/** The `mofkit` command line (yargs). Exit codes: 0 clean, 1 errors in the input, 2 usage or internal failure. */
import yargs from "yargs";
import { codes, createDiagnostic } from "@mofkit/diagnostics";
import { checkCommand, type CommandIo } from "./commands/check.js";
import { compileCommand } from "./commands/compile.js";
import { bmfCommand } from "./commands/bmf.js";
import { layoutCommand } from "./commands/layout.js";
import { getCommand, invokeCommand, queryCommand, setCommand, watchCommand } from "./commands/provider.js";
import { toolVersion } from "./version.js";

export async function main(
  argv: string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let command: (() => number | Promise<number>) | undefined;
  let usageError: string | undefined;
  let internal: unknown;
  // Commands hand back their run function: it runs after parsing, since yargs may still report a
  // usage error after calling a handler.
  const schedule = (run: () => number | Promise<number>) => {
    command = run;
  };
  const parser = yargs(argv)
    .scriptName("mofkit")
    .usage("$0 <command> [options]")
    .command(checkCommand(io, schedule))
    .command(compileCommand(io, schedule))
    .command(bmfCommand(io, schedule))
    .command(layoutCommand(io, schedule))
    .command(queryCommand(io, schedule))
    .command(getCommand(io, schedule))
    .command(setCommand(io, schedule))
    .command(invokeCommand(io, schedule))
    .command(watchCommand(io, schedule))
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
    return await command();
  } catch (err) {
    const d = createDiagnostic(codes.internalError, { detail: err instanceof Error ? err.message : String(err) });
    io.stderr.write(`error ${d.code}: ${d.message}\n`);
    if (io.env.MOFKIT_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
