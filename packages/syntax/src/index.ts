export * from "./ast.js";
export { decodeSource, type DecodedSource, type SourceEncoding } from "./decode.js";
export { createMemoryHost, type FileHost } from "./host.js";
export type { Dialect } from "./lexer.js";
export { parseText, type ParseOptions, type ParseTextResult, type RawDiagnostic } from "./parse.js";
export {
  loadProgram,
  walkProductions,
  maxIncludeDepth,
  type InputDecoder,
  type LoadOptions,
  type Program,
} from "./program.js";
export { countDeclarations, type DeclarationCounts } from "./summary.js";
export { parseNamespacePath, type NamespacePath } from "./namespace-path.js";
export { printMof } from "./printer.js";
