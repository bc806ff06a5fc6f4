import { msg } from "./message.js";
import { def } from "./registry-syntax.js";

/** MOF5xxx: the command line, configuration and the host file system. */
export const cliDiagnostics = {
  fileNotFound: def(
    5001,
    "error",
    msg`cannot read input file '${"path"}': ${"reason"}`,
    "An input named on the command line does not exist or cannot be read.",
    "mofkit check missing.mof",
  ),
  invalidOption: def(
    5002,
    "error",
    msg`${"detail"}`,
    "A command-line option has a value the command cannot use.",
    "mofkit check --dialect cim x.mof",
  ),
  internalError: def(
    5003,
    "error",
    msg`internal error: ${"detail"}`,
    "mofkit hit a bug. Please report it with the input that triggered it.",
    "(none)",
  ),
  outputNotOurs: def(
    5004,
    "error",
    msg`will not overwrite '${"path"}': ${"reason"}`,
    "mofkit replaces an existing output file only when mofkit wrote it (`mofkit compile` also writes only inside `--out`). Remove the file, choose another name, or, for `mofkit bmf`, pass `--force`.",
    "mofkit compile driver.mof --out src --emit model   # src/model.json is someone else's file",
  ),
  writeFailed: def(
    5005,
    "error",
    msg`cannot write '${"path"}': ${"reason"}`,
    "The output folder could not be created or the output file could not be written.",
    "mofkit compile driver.mof --out /read-only --emit model",
  ),
} as const;
