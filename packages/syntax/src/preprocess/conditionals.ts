import { locate, type SourceFile } from "@mofkit/diagnostics";
import type { Reporter } from "./reporter.js";

interface Frame {
  /** The opening directive (`if`, `ifdef`, `ifndef`) for messages. */
  directive: string;
  start: number;
  end: number;
  /** Whether the enclosing region is active; nothing inside an inactive one is evaluated. */
  parentActive: boolean;
  /** Whether the current branch is active. */
  active: boolean;
  /** Whether some branch has been taken already (later #elif/#else branches are then skipped). */
  taken: boolean;
  /** Offset of this group's #else, or -1. */
  elseAt: number;
}

/** The `#if ... #elif ... #else ... #endif` nesting of one file (C requires it to balance per file). */
export class ConditionalStack {
  private readonly frames: Frame[] = [];

  constructor(
    private readonly file: SourceFile,
    private readonly reporter: Reporter,
  ) {}

  get active(): boolean {
    return this.frames.length === 0 || this.frames[this.frames.length - 1].active;
  }

  /** `#if`, `#ifdef`, `#ifndef`; `test` runs only when the enclosing region is active. */
  open(directive: string, start: number, end: number, test: () => boolean): void {
    const parentActive = this.active;
    const value = parentActive && test();
    this.frames.push({ directive, start, end, parentActive, active: value, taken: value, elseAt: -1 });
  }

  /** `#elif` and its C23 relatives `#elifdef` / `#elifndef`. */
  elif(directive: string, start: number, end: number, test: () => boolean): void {
    const f = this.top(directive, start, end);
    if (f === undefined) return;
    if (f.elseAt >= 0) {
      this.reporter.error(
        this.file,
        `#${directive} after #else: the #else of this #${f.directive} must come last`,
        start,
        end,
        this.relatedElse(f),
      );
      f.active = false;
      return;
    }
    if (!f.parentActive || f.taken) {
      f.active = false;
      return;
    }
    f.active = test();
    f.taken = f.active;
  }

  else(start: number, end: number): void {
    const f = this.top("else", start, end);
    if (f === undefined) return;
    if (f.elseAt >= 0) {
      this.reporter.error(
        this.file,
        `#else after #else: expected #endif to close the #${f.directive}`,
        start,
        end,
        this.relatedElse(f),
      );
      f.active = false;
      return;
    }
    f.elseAt = start;
    f.active = f.parentActive && !f.taken;
    f.taken = true;
  }

  endif(start: number, end: number): void {
    if (this.top("endif", start, end) !== undefined) this.frames.pop();
  }

  /** Reports every group still open at the end of the file. */
  finish(): void {
    for (const f of this.frames) {
      this.reporter.error(
        this.file,
        `unterminated #${f.directive}: expected #endif before the end of the file`,
        f.start,
        f.end,
      );
    }
    this.frames.length = 0;
  }

  private top(directive: string, start: number, end: number): Frame | undefined {
    const f = this.frames[this.frames.length - 1];
    if (f === undefined)
      this.reporter.error(this.file, `#${directive} without a matching #if, #ifdef or #ifndef`, start, end);
    return f;
  }

  private relatedElse(f: Frame) {
    return [{ message: "the earlier #else is here", location: locate(this.file, f.elseAt) }];
  }
}
