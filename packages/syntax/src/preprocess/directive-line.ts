import { isBlank, lexAll, squeezeSpaces, type PPToken } from "./lexer.js";
import type { LogicalLine } from "./logical-line.js";

/** A directive line split into its name and operand tokens. */
export interface DirectiveLine {
  line: LogicalLine;
  /** The identifier after `#`; undefined for the null directive `#` and for `# 12 "file"` line markers. */
  name: string | undefined;
  nameStart: number;
  nameEnd: number;
  /** Tokens after the name, blanks folded into spaceBefore, start/end as source offsets. */
  operands: PPToken[];
  /** Index into line.text just after the name. */
  restIndex: number;
}

export function splitDirective(line: LogicalLine): DirectiveLine {
  const all = lexAll(line.text);
  // Keep spliced indexes before mapping to the source: the raw rest of the line is cut by index.
  const tokens = all.map((t) => ({ ...t, start: line.toSource(t.start), end: line.toSource(t.end) }));
  let k = 1; // tokens[0] is the `#`
  while (k < tokens.length && (tokens[k].kind === "ws" || tokens[k].kind === "comment")) k++;
  const nameTok = tokens[k];
  if (nameTok === undefined || nameTok.kind !== "ident") {
    return {
      line,
      name: undefined,
      nameStart: line.start,
      nameEnd: line.start + 1,
      operands: squeezeSpaces(tokens.slice(1)),
      restIndex: 1,
    };
  }
  return {
    line,
    name: nameTok.text,
    nameStart: nameTok.start,
    nameEnd: nameTok.end,
    operands: squeezeSpaces(tokens.slice(k + 1)),
    restIndex: all[k].end,
  };
}

/** The raw text after the directive name, trimmed (for #error, #warning and messages). */
export function restText(d: DirectiveLine): string {
  return d.line.text.slice(d.restIndex).trim();
}

export type IncludeOperand =
  | { name: string; start: number; end: number; extra: boolean }
  | { error: string; at: number }
  | { needsExpansion: true };

/**
 * Parses `"file"`, `<file>` or `("file")` starting at `index` of `text` (no escape processing:
 * `"..\inc\x.h"` names a Windows path). Indexes in the result are into `text`.
 */
export function parseIncludeOperand(text: string, index: number): IncludeOperand {
  let i = skipBlanks(text, index);
  let paren = false;
  if (text[i] === "(") {
    paren = true;
    i = skipBlanks(text, i + 1);
  }
  const open = text[i];
  if (open !== '"' && !(open === "<" && !paren)) {
    if (paren) return { error: `expected a quoted file name after '#include (' but found ${show(text, i)}`, at: i };
    if (i >= text.length) return { error: `#include needs a file name: "file", <file> or ("file")`, at: i };
    return { needsExpansion: true };
  }
  const close = text.indexOf(open === "<" ? ">" : '"', i + 1);
  if (close < 0)
    return { error: `expected a closing ${open === "<" ? "'>'" : "'\"'"} after the #include file name`, at: i };
  const name = text.slice(i + 1, close);
  if (name.trim().length === 0) return { error: "empty file name in #include", at: i };
  let j = skipBlanks(text, close + 1);
  if (paren) {
    if (text[j] !== ")")
      return { error: `expected ')' after the #include file name but found ${show(text, j)}`, at: j };
    j = skipBlanks(text, j + 1);
  }
  return {
    name,
    start: i + 1,
    end: close,
    extra: j < text.length && !text.startsWith("//", j) && !text.startsWith("/*", j),
  };
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

function show(text: string, i: number): string {
  return i >= text.length ? "end of line" : `'${text.slice(i, i + 20)}'`;
}
