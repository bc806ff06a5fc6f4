import { syntaxDiagnostics } from "./registry-syntax.js";
import { schemaDiagnostics } from "./registry-schema.js";
import { wmiDiagnostics } from "./registry-wmi.js";
import { bmfDiagnostics } from "./registry-bmf.js";
import { layoutDiagnostics } from "./registry-layout.js";
import { runtimeDiagnostics } from "./registry-runtime.js";
import { cliDiagnostics } from "./registry-cli.js";
import type { DiagnosticDef } from "./message.js";

/** Every diagnostic mofkit can produce, by name. Codes are unique (checked by a test). */
export const codes = { ...syntaxDiagnostics, ...schemaDiagnostics, ...wmiDiagnostics, ...layoutDiagnostics, ...runtimeDiagnostics, ...bmfDiagnostics, ...cliDiagnostics } as const;

export function allDiagnosticDefs(): DiagnosticDef[] {
  return (Object.values(codes) as DiagnosticDef[]).slice().sort((a, b) => (a.code < b.code ? -1 : 1));
}
