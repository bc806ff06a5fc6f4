import type { Position, SourceFile } from "@mofkit/diagnostics";

/** Tabs expand to the next multiple of this many columns, in the source line and the underline alike. */
export const TAB_WIDTH = 4;
/** Source lines wider than this are shown as a window around the span, with `...` where text was cut. */
export const MAX_FRAME_WIDTH = 120;
/** How much of the line before the span a truncated frame keeps. */
const LEAD_WIDTH = 40;
const ELLIPSIS = "...";

/** One source line as it will be displayed, and where its marker goes. Colour is added by the caller. */
export interface CodeFrame {
  /** 1-based line number shown in the gutter. */
  line: number;
  /** The line as displayed: tabs expanded, control characters blanked, possibly cut to a window. */
  text: string;
  /** 0-based display column of the first marker character, relative to `text`. */
  markerColumn: number;
  /** `~` repeated over the span, or a single `^` for a zero-width span. */
  marker: string;
}

/**
 * Builds the frame for a span starting at `start`. A span running onto later lines is underlined to the end of its
 * first line. Returns undefined when the line does not exist in `file` (a stale or mismatched source).
 */
export function codeFrame(file: SourceFile, start: Position, end: Position): CodeFrame | undefined {
  if (start.line < 1 || start.line > file.getLineStarts().length) return undefined;
  const layout = layoutLine(file.lineText(start.line));
  const total = layout.cells.length;

  const from = layout.displayColumn(start.column);
  let to: number;
  if (end.line > start.line) to = Math.max(total, from);
  else if (end.line === start.line) to = Math.max(layout.displayColumn(end.column), from);
  else to = from;

  // Cut very long lines to a window that shows the start of the span with some context before it.
  let ws = 0;
  let we = total;
  if (total > MAX_FRAME_WIDTH) {
    ws = Math.max(0, Math.min(from - LEAD_WIDTH, total - MAX_FRAME_WIDTH));
    we = Math.min(total, ws + MAX_FRAME_WIDTH);
  }
  const cells = layout.cells.slice(ws, we);
  // A wide character cut in half by the window becomes a blank, so the columns still line up.
  if (cells.length > 0 && cells[0] === "") cells[0] = " ";
  if (we < total && layout.cells[we] === "" && cells.length > 0) cells[cells.length - 1] = " ";
  const prefix = ws > 0 ? ELLIPSIS : "";
  const suffix = we < total ? ELLIPSIS : "";

  const markStart = Math.max(from, ws);
  const markEnd = we < total ? Math.min(to, we) : to;
  const width = markEnd - markStart;
  return {
    line: start.line,
    text: prefix + cells.join("") + suffix,
    markerColumn: markStart - ws + prefix.length,
    marker: width > 0 ? "~".repeat(width) : "^",
  };
}

interface LineLayout {
  /** One entry per display column; a wide character is its text followed by "" for its second column. */
  cells: string[];
  /** Display column (0-based) of a 1-based UTF-16 column; columns past the end continue one per column. */
  displayColumn(column: number): number;
}

/** Lays a source line out in terminal columns, expanding tabs and allowing for wide and zero-width characters. */
export function layoutLine(text: string): LineLayout {
  const cells: string[] = [];
  const columnOf = new Array<number>(text.length + 1);
  let lastChar = -1; // index in `cells` of the last visible character, for zero-width marks to attach to
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const col = cells.length;
    for (let k = 0; k < size; k++) columnOf[i + k] = col;
    if (cp === 0x09) {
      const n = TAB_WIDTH - (col % TAB_WIDTH);
      for (let k = 0; k < n; k++) cells.push(" ");
      lastChar = -1;
    } else if (isControl(cp)) {
      // Never pass control characters (ESC in particular) through to the terminal.
      cells.push(" ");
      lastChar = -1;
    } else if (isZeroWidth(cp)) {
      const ch = text.slice(i, i + size);
      if (lastChar >= 0) cells[lastChar] += ch;
      else {
        lastChar = cells.length;
        cells.push(" " + ch);
      }
    } else {
      lastChar = cells.length;
      cells.push(text.slice(i, i + size));
      if (isWide(cp)) cells.push("");
    }
    i += size;
  }
  columnOf[text.length] = cells.length;
  return {
    cells,
    displayColumn(column: number): number {
      const index = Math.max(0, column - 1);
      return index <= text.length ? columnOf[index] : cells.length + (index - text.length);
    },
  };
}

/** C0/C1 controls, line/paragraph separators and bidi controls (which could reorder what the frame shows). */
function isControl(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

const zeroWidth = /^[\p{Mn}\p{Me}\u200B-\u200D\uFE00-\uFE0F\uFEFF]$/u;

function isZeroWidth(cp: number): boolean {
  return cp >= 0x300 && zeroWidth.test(String.fromCodePoint(cp));
}

/** East Asian Wide/Fullwidth and emoji ranges (an approximation of wcwidth() == 2), sorted, inclusive. */
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = wideRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = wideRanges[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}
