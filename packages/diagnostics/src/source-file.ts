/** A decoded source text with a line table, so offsets turn into 1-based line/column lazily. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units of the decoded text. */
  column: number;
  /** 0-based offset into the decoded text. */
  offset: number;
}

export class SourceFile {
  private lineStarts: number[] | undefined;

  constructor(
    /** Path as the user named it (or as an include resolved it). */
    readonly path: string,
    readonly text: string,
  ) {}

  /** Offsets where each line starts; CRLF, lone CR and lone LF all end a line. */
  getLineStarts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    // indexOf-driven scan: line breaks are sparse, so skipping with native search is much faster
    // than a per-character loop on multi-megabyte inputs.
    let i = 0;
    for (;;) {
      const lf = text.indexOf("\n", i);
      const cr = text.indexOf("\r", i);
      if (lf < 0 && cr < 0) break;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else {
        next = lf + 1;
      }
      starts.push(next);
      i = next;
    }
    this.lineStarts = starts;
    return starts;
  }

  positionAt(offset: number): Position {
    const starts = this.getLineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo] + 1, offset: clamped };
  }

  /** The text of a 1-based line without its line terminator. */
  lineText(line: number): string {
    const starts = this.getLineStarts();
    if (line < 1 || line > starts.length) return "";
    const start = starts[line - 1];
    let end = line < starts.length ? starts[line] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }
}
