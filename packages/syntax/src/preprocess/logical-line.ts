/**
 * A directive's logical line: physical lines joined at `\`+line break (CRLF, LF or CR), and
 * also continued while a `/* ... *\/` comment is open, as in C translation phases 2 and 3.
 * Only directives are spliced; ordinary MOF text is passed through line by line so it keeps
 * a 1:1 mapping to the source.
 */
export interface LogicalLine {
  /** Spliced text from the `#` up to (not including) the terminating line break. */
  text: string;
  /** Source offset of the `#`. */
  start: number;
  /** Source offset just past the terminating line break (or the end of the file). */
  end: number;
  /** Maps an index into `text` (0..text.length) back to a source offset. */
  toSource(index: number): number;
}

const LF = 10;
const CR = 13;

/** Length of the line break at `i` (0 when there is none). */
function breakLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === LF) return 1;
  if (c === CR) return text.charCodeAt(i + 1) === LF ? 2 : 1;
  return 0;
}

export function readLogicalLine(source: string, start: number): LogicalLine {
  const len = source.length;
  const pieces: string[] = [];
  // (index in spliced text, total characters removed up to and including this splice)
  const splices: number[] = [];
  let removed = 0;
  let pieceStart = start;
  let outLength = 0;
  let state: "code" | "string" | "char" | "line-comment" | "block-comment" = "code";
  let i = start;
  let end = len;
  let contentEnd = len;
  while (i < len) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) {
      const br = breakLength(source, i + 1);
      if (br > 0) {
        pieces.push(source.slice(pieceStart, i));
        outLength += i - pieceStart;
        removed += 1 + br;
        splices.push(outLength, removed);
        i += 1 + br;
        pieceStart = i;
        continue;
      }
      // Inside literals a backslash escapes the next character (a line break was handled above).
      i += (state === "string" || state === "char") && i + 1 < len ? 2 : 1;
      continue;
    }
    const br = breakLength(source, i);
    if (br > 0) {
      if (state === "block-comment") {
        i += br;
        continue;
      }
      contentEnd = i;
      end = i + br;
      break;
    }
    switch (state) {
      case "code":
        if (c === 34) state = "string";
        else if (c === 39) state = "char";
        else if (c === 47 && source.charCodeAt(i + 1) === 47) state = "line-comment";
        else if (c === 47 && source.charCodeAt(i + 1) === 42) {
          state = "block-comment";
          i++;
        }
        break;
      case "string":
        if (c === 34) state = "code";
        break;
      case "char":
        if (c === 39) state = "code";
        break;
      case "block-comment":
        if (c === 42 && source.charCodeAt(i + 1) === 47) {
          state = "code";
          i++;
        }
        break;
      case "line-comment":
        break;
    }
    i++;
  }
  pieces.push(source.slice(pieceStart, contentEnd));
  const text = pieces.length === 1 ? pieces[0] : pieces.join("");
  return {
    text,
    start,
    end,
    toSource(index: number): number {
      let delta = 0;
      for (let k = 0; k < splices.length; k += 2) {
        if (splices[k] <= index) delta = splices[k + 1];
        else break;
      }
      return start + index + delta;
    },
  };
}
