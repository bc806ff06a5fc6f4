import type { Diagnostic, SourceFile } from "@mofkit/diagnostics";

/**
 * One stretch of preprocessed output that came from one place in one original file.
 * Output offsets [outputOffset, next segment's outputOffset) map to
 * file offsets sourceOffset + min(o - outputOffset, sourceLength).
 * Macro expansions map every output character to the macro invocation: sourceOffset is the
 * start of the outermost invocation and sourceLength its length minus one, so characters past
 * that clamp to its last character. Line breaks standing in for dropped lines (directives,
 * skipped regions) have sourceLength 0 and map to the start of what was dropped.
 */
export interface SourceSegment {
  outputOffset: number;
  file: SourceFile;
  sourceOffset: number;
  sourceLength: number;
}

export interface PreprocessOptions {
  /** `-D NAME[=VALUE]` definitions; a bare NAME is defined as `1`. */
  defines: Record<string, string>;
  /** Folders searched after the including file's folder for `#include "x"`. */
  includeDirs: string[];
  /**
   * Stop with an error once the output grows past this many characters (default 64 Mi);
   * guards against macros that expand exponentially.
   */
  maxOutputLength?: number;
}

export interface PreprocessResult {
  text: string;
  /** Sorted by outputOffset; the first starts at 0. */
  segments: SourceSegment[];
  diagnostics: Diagnostic[];
}
