/**
 * Preprocessing-token lexer. It only needs to be precise enough to find identifiers that may be
 * macros, and to know where strings, character literals and comments begin and end (macros are
 * never expanded inside those, and `#` inside a block comment does not start a directive).
 */
export type TokenKind =
  | "ws" // blanks on one line
  | "newline" // \n, \r\n or \r
  | "comment" // `// ...` (to the end of the line) or `/* ... */` (may span lines)
  | "ident"
  | "number" // a C pp-number: digits, letters, `.`, `_` and signed exponents
  | "string"
  | "char"
  | "punct"
  | "other" // a character no other kind accepts, e.g. a lone `\`
  | "placemarker" // stands for an empty macro argument while `##` is applied
  | "paste"; // the `##` operator of a macro body

export interface PPToken {
  kind: TokenKind;
  text: string;
  /** Offset in the current file, or -1 for tokens a macro expansion produced. */
  start: number;
  end: number;
  /** Whitespace preceded the token (used where whitespace tokens are not kept). */
  spaceBefore: boolean;
  /** "Painted blue": an identifier that named a macro being expanded, so it never expands again. */
  noExpand: boolean;
}

export function makeToken(kind: TokenKind, text: string, spaceBefore = false, start = -1, end = -1): PPToken {
  return { kind, text, start, end, spaceBefore, noExpand: false };
}

const CH_TAB = 9;
const CH_LF = 10;
const CH_VT = 11;
const CH_FF = 12;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_DQUOTE = 34;
const CH_QUOTE = 39;
const CH_STAR = 42;
const CH_DOT = 46;
const CH_SLASH = 47;
const CH_BACKSLASH = 92;

export function isBlank(c: number): boolean {
  return c === CH_SPACE || c === CH_TAB || c === CH_VT || c === CH_FF || c === 0xfeff;
}

export function isIdentStart(c: number): boolean {
  // `$` is accepted so MOF aliases (`$Alias`) stay one token and never expand as macros.
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || (c >= 0x80 && c !== 0xfeff);
}

export function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Longest first, so `<<=` wins over `<<` and `<`.
const PUNCTUATORS3 = ["...", "<<=", ">>="];
const PUNCTUATORS2 = new Set([
  "##",
  "&&",
  "||",
  "==",
  "!=",
  "<=",
  ">=",
  "<<",
  ">>",
  "->",
  "++",
  "--",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "::",
]);
const SINGLE_PUNCT = "!#%&()*+,-./:;<=>?[]^{|}~@`";

/** Scans one token starting at `pos` (< text.length) and returns its kind and end offset. */
export function scanToken(text: string, pos: number): { kind: TokenKind; end: number } {
  const len = text.length;
  const c = text.charCodeAt(pos);
  if (isBlank(c)) {
    let i = pos + 1;
    while (i < len && isBlank(text.charCodeAt(i))) i++;
    return { kind: "ws", end: i };
  }
  if (c === CH_LF) return { kind: "newline", end: pos + 1 };
  if (c === CH_CR) return { kind: "newline", end: text.charCodeAt(pos + 1) === CH_LF ? pos + 2 : pos + 1 };
  if (isIdentStart(c)) {
    let i = pos + 1;
    while (i < len && isIdentPart(text.charCodeAt(i))) i++;
    return { kind: "ident", end: i };
  }
  if (isDigit(c) || (c === CH_DOT && isDigit(text.charCodeAt(pos + 1)))) {
    let i = pos + 1;
    while (i < len) {
      const d = text.charCodeAt(i);
      if ((d === 43 || d === 45) && /[eEpP]/.test(text[i - 1])) i++;
      else if (isIdentPart(d) || d === CH_DOT) i++;
      else break;
    }
    return { kind: "number", end: i };
  }
  if (c === CH_DQUOTE || c === CH_QUOTE)
    return { kind: c === CH_DQUOTE ? "string" : "char", end: scanQuoted(text, pos, c) };
  if (c === CH_SLASH) {
    const n = text.charCodeAt(pos + 1);
    if (n === CH_SLASH) {
      let i = pos + 2;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d === CH_LF || d === CH_CR) break;
        i++;
      }
      return { kind: "comment", end: i };
    }
    if (n === CH_STAR) {
      const close = text.indexOf("*/", pos + 2);
      return { kind: "comment", end: close < 0 ? len : close + 2 };
    }
  }
  const three = text.slice(pos, pos + 3);
  if (PUNCTUATORS3.includes(three)) return { kind: "punct", end: pos + 3 };
  if (PUNCTUATORS2.has(text.slice(pos, pos + 2))) return { kind: "punct", end: pos + 2 };
  if (SINGLE_PUNCT.includes(text[pos])) return { kind: "punct", end: pos + 1 };
  // Keep surrogate pairs whole so an "other" token is never half a character.
  if (c >= 0xd800 && c <= 0xdbff && pos + 1 < len) return { kind: "other", end: pos + 2 };
  return { kind: "other", end: pos + 1 };
}

/** End of a quoted literal: after the closing quote, or at the end of the line if it is missing. */
function scanQuoted(text: string, pos: number, quote: number): number {
  const len = text.length;
  let i = pos + 1;
  while (i < len) {
    const d = text.charCodeAt(i);
    if (d === quote) return i + 1;
    if (d === CH_LF || d === CH_CR) return i;
    if (d === CH_BACKSLASH && i + 1 < len) {
      const n = text.charCodeAt(i + 1);
      if (n === CH_LF || n === CH_CR) return i + 1;
      i += 2;
      continue;
    }
    i++;
  }
  return len;
}

/** True for tokens that only separate others: blanks, line breaks and comments. */
export function isSpaceKind(kind: TokenKind): boolean {
  return kind === "ws" || kind === "newline" || kind === "comment";
}

/**
 * Offset of the `#` when the line starting at `lineStart` is a directive line
 * (only blanks before the `#`), otherwise -1.
 */
export function directiveHash(text: string, lineStart: number): number {
  let i = lineStart;
  const len = text.length;
  while (i < len && isBlank(text.charCodeAt(i))) i++;
  return i < len && text.charCodeAt(i) === 35 ? i : -1;
}

/** Counts line breaks (CRLF counts once) in text[start, end). */
export function countLineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === CH_LF) n++;
    else if (c === CH_CR) {
      n++;
      if (text.charCodeAt(i + 1) === CH_LF) i++;
    }
  }
  return n;
}

/** Lexes a whole string (a directive line, a pasted token, a -D value) into tokens. */
export function lexAll(text: string): PPToken[] {
  const out: PPToken[] = [];
  let pos = 0;
  while (pos < text.length) {
    const { kind, end } = scanToken(text, pos);
    out.push({ kind, text: text.slice(pos, end), start: pos, end, spaceBefore: false, noExpand: false });
    pos = end;
  }
  return out;
}

/**
 * Drops blanks, line breaks and comments from a token list, recording them as `spaceBefore`
 * on the next token (the form macro bodies, arguments and #if expressions use).
 */
export function squeezeSpaces(tokens: readonly PPToken[]): PPToken[] {
  const out: PPToken[] = [];
  let space = false;
  for (const t of tokens) {
    if (isSpaceKind(t.kind)) {
      space = true;
      continue;
    }
    out.push({ ...t, spaceBefore: space });
    space = false;
  }
  return out;
}

/**
 * Lexes ordinary lines from `pos` (a line start that is not a directive) up to the start of the
 * next directive line or the end of the text. Block comments are single tokens, so a `#` line
 * inside one is not taken for a directive. `out` receives the tokens when given; `code` tells
 * whether anything other than blanks and comments was seen.
 */
export function lexRun(text: string, pos: number, out: PPToken[] | undefined): { end: number; code: boolean } {
  let code = false;
  const len = text.length;
  while (pos < len) {
    const { kind, end } = scanToken(text, pos);
    if (out) out.push({ kind, text: text.slice(pos, end), start: pos, end, spaceBefore: false, noExpand: false });
    if (!isSpaceKind(kind)) code = true;
    pos = end;
    if (kind === "newline" && directiveHash(text, pos) >= 0) break;
  }
  return { end: pos, code };
}
