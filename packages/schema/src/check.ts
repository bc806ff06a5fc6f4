/**
 * The checker entry point: binds the program into the schema model and runs every rule.
 */
import { compareDiagnostics, type Diagnostic } from "@mofkit/diagnostics";
import type { Program } from "@mofkit/syntax";
import { bindProgram } from "./binder/binder.js";
import type { SchemaModel } from "./model/index.js";
import { allRules } from "./rules/index.js";
import type { Rule } from "./rules/rule.js";
import { runRules } from "./rules/run-rules.js";

export interface CheckResult {
  model: SchemaModel;
  /** The checker's diagnostics (not the program's), sorted by file and position. */
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  /** Run only these rules (tests); all rules by default. */
  rules?: readonly Rule[];
}

export function checkProgram(program: Program, options: CheckOptions = {}): CheckResult {
  const model = bindProgram(program);
  const diagnostics = runRules(model, options.rules ?? allRules);
  diagnostics.sort(compareDiagnostics);
  return { model, diagnostics };
}
