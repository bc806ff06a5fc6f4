import type { SourceFile } from "@mofkit/diagnostics";
import type { SourceSegment } from "./types.js";

/** Thrown (and caught inside `preprocess`) when a limit is hit; the diagnostic is already recorded. */
export class PreprocessAbort extends Error {}

type SegmentKind = "copy" | "expansion" | "filler";

/**
 * Collects output pieces and their source segments. Pieces go into an array joined once at the
 * end, and adjacent copies of contiguous source text share one segment, so a file with few
 * macros produces only a handful of segments.
 */
export class OutputBuilder {
  private readonly parts: string[] = [];
  readonly segments: SourceSegment[] = [];
  private lastKind: SegmentKind | undefined;
  length = 0;

  constructor(
    private readonly maxLength: number,
    private readonly onOverflow: () => never,
  ) {}

  /** Copies file.text[start, end) unchanged; it maps 1:1 back to the file. */
  copy(file: SourceFile, start: number, end: number): void {
    if (end <= start) return;
    const last = this.segments[this.segments.length - 1];
    if (
      this.lastKind === "copy" &&
      last.file === file &&
      last.sourceOffset + last.sourceLength === start &&
      last.outputOffset + last.sourceLength === this.length
    ) {
      last.sourceLength += end - start;
    } else {
      this.segments.push({ outputOffset: this.length, file, sourceOffset: start, sourceLength: end - start });
      this.lastKind = "copy";
    }
    this.append(file.text.slice(start, end));
  }

  /** Text a macro produced; every character maps into the invocation file[start, end). */
  expansion(text: string, file: SourceFile, start: number, end: number): void {
    if (text.length === 0) return;
    this.segments.push({
      outputOffset: this.length,
      file,
      sourceOffset: start,
      sourceLength: Math.max(0, end - start - 1),
    });
    this.lastKind = "expansion";
    this.append(text);
  }

  /** Line breaks that stand in for dropped lines (directives, skipped regions); they map to `offset`. */
  filler(lineBreaks: number, file: SourceFile, offset: number): void {
    if (lineBreaks <= 0) return;
    const last = this.segments[this.segments.length - 1];
    if (!(this.lastKind === "filler" && last.file === file)) {
      this.segments.push({ outputOffset: this.length, file, sourceOffset: offset, sourceLength: 0 });
      this.lastKind = "filler";
    }
    this.append(lineBreaks === 1 ? "\n" : "\n".repeat(lineBreaks));
  }

  private append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length > this.maxLength) this.onOverflow();
  }

  finish(fallbackFile: SourceFile): { text: string; segments: SourceSegment[] } {
    if (this.segments.length === 0) {
      this.segments.push({ outputOffset: 0, file: fallbackFile, sourceOffset: 0, sourceLength: 0 });
    }
    return { text: this.parts.join(""), segments: this.segments };
  }
}

/**
 * Maps an offset in preprocessed text back to the original file and offset.
 * `segments` must be sorted by outputOffset and non-empty (as `preprocess` returns them).
 */
export function mapOffset(
  segments: readonly SourceSegment[],
  outputOffset: number,
): { file: SourceFile; offset: number } {
  if (segments.length === 0) throw new RangeError("mapOffset needs at least one segment");
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].outputOffset <= outputOffset) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo];
  const delta = Math.max(0, outputOffset - s.outputOffset);
  return { file: s.file, offset: s.sourceOffset + Math.min(delta, s.sourceLength) };
}
