import type { SourceFile } from "@mofkit/diagnostics";
import type { FileHost } from "../host.js";
import { Preprocessor } from "./preprocessor.js";
import type { PreprocessOptions, PreprocessResult } from "./types.js";

export type { PreprocessOptions, PreprocessResult, SourceSegment } from "./types.js";
export { mapOffset } from "./output.js";
export { DEFAULT_MAX_OUTPUT_LENGTH } from "./preprocessor.js";

/**
 * Runs the C-style preprocessor (`--preprocess`) over a MOF file: `#define`/`#undef`, the
 * `#if` family, `#include`, `#error`/`#warning`; `#pragma` lines pass through for the MOF parser.
 * Never throws; problems are returned as diagnostics.
 */
export function preprocess(file: SourceFile, host: FileHost, options: PreprocessOptions): PreprocessResult {
  return new Preprocessor(host, options).run(file);
}
