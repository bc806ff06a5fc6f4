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
} as const;
