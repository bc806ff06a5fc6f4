/** `mofkit check`: parse and check MOF inputs, print diagnostics, exit 0/1/2. */
import { compareDiagnostics, countBySeverity, type Diagnostic } from "@mofkit/diagnostics";
import { checkProgram } from "@mofkit/schema";
import { countDeclarations, loadProgram } from "@mofkit/syntax";
import { render, shouldUseColor, type Format } from "../render/index.js";
import { createNodeHost, expandInputs } from "../node-host.js";
import type { Argv, CommandModule } from "yargs";
import { loadOptionsFrom, withInputOptions, withReportOptions, type InputArgs } from "../input-options.js";
import { toolVersion } from "../version.js";

export interface CheckArgs extends InputArgs {
  format: Format;
  warnAsError: boolean;
  stats: boolean;
}

export interface CommandIo {
  stdout: { write(s: string): void; isTTY?: boolean };
  stderr: { write(s: string): void };
  env: NodeJS.ProcessEnv;
  /** Everything on standard input (`mofkit bmf decode -`); the process's stdin when absent. */
  readStdin?: () => Uint8Array;
}

export function runCheck(args: CheckArgs, io: CommandIo): number {
  const t0 = performance.now();
  const program = loadProgram(expandInputs(args.inputs), createNodeHost(), loadOptionsFrom(args));
  const t1 = performance.now();
  const checked = checkProgram(program);
  const tc = performance.now();
  const diagnostics: Diagnostic[] = [...program.diagnostics, ...checked.diagnostics].sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(diagnostics);
  const counts = countDeclarations(program);
  const text = render(args.format, {
    diagnostics,
    summary: { ...counts, errors, warnings },
    sources: program.sources,
    color: args.format === "pretty" && shouldUseColor(io.stdout, io.env),
    toolVersion,
  });
  io.stdout.write(text);
  if (args.stats) {
    const t2 = performance.now();
    const rssMb = (process.resourceUsage().maxRSS / 1024).toFixed(1);
    io.stderr.write(
      `stats: load+parse ${(t1 - t0).toFixed(1)} ms, check ${(tc - t1).toFixed(1)} ms, report ${(t2 - tc).toFixed(1)} ms, ${counts.files} files, process ${(performance.now() / 1000).toFixed(3)} s, peak RSS ${rssMb} MB\n`,
    );
  }
  // An unreadable input is a usage problem, not a problem in the MOF.
  if (diagnostics.some((d) => d.code.startsWith("MOF5") && d.severity === "error")) return 2;
  return errors > 0 || (args.warnAsError && warnings > 0) ? 1 : 0;
}

/** The yargs command module; `schedule` receives the run function (main.ts runs it after parsing). */
export function checkCommand(io: CommandIo, schedule: (run: () => number) => void): CommandModule {
  return {
    command: "check <inputs..>",
    describe: "parse and check MOF files and everything they include",
    builder: (y: Argv) =>
      withReportOptions(withInputOptions(y)).option("stats", {
        type: "boolean",
        default: false,
        describe: "print phase timings and peak memory to stderr",
      }),
    handler: (args) => schedule(() => runCheck(args as unknown as CheckArgs, io)),
  };
}
