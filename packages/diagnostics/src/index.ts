export * from "./source-file.js";
export * from "./diagnostic.js";
export * from "./message.js";
export { codes, allDiagnosticDefs } from "./registry.js";
export { def } from "./registry-syntax.js";
export { layoutDiagnostics } from "./registry-layout.js";
export { runtimeDiagnostics } from "./registry-runtime.js";
