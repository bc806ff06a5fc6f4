/**
 * Literal spelling for the MOF printer: integers in their radix, string and char literals with
 * escapes, and the splitting of long strings into adjacent literals (which MOF concatenates).
 * Everything here is the inverse of literals.ts: reading back what these functions write gives
 * the same value.
 */

/** `0x` + upper-case hex, a leading `0` for octal, digits + `b` for binary; negatives get `-`. */
export function formatInteger(value: bigint, radix: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let body: string;
  switch (radix) {
    case 16:
      body = `0x${abs.toString(16).toUpperCase()}`;
      break;
    case 8:
      body = `0${abs.toString(8)}`;
      break;
    case 2:
      body = `${abs.toString(2)}b`;
      break;
    default:
      body = abs.toString(10);
  }
  return negative ? `-${body}` : body;
}

const namedEscapes: Record<number, string> = {
  0x08: "\\b",
  0x09: "\\t",
  0x0a: "\\n",
  0x0c: "\\f",
  0x0d: "\\r",
  0x5c: "\\\\",
};

/** Characters that may need an escape (valid surrogate pairs are then let through by escapedUnits). */
const stringNeedsEscape = /[\\"\u0000-\u001f\u007f-\u009f\ud800-\udfff]/;
const charNeedsEscape = /[\\'\u0000-\u001f\u007f-\u009f\ud800-\udfff]/;

function hexEscape(code: number): string {
  return `\\x${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The literal body of `s` cut into atomic units: one escape, one plain character, or one valid
 * surrogate pair. A literal may be split between any two units and nowhere else.
 */
export function escapedUnits(s: string, quote: '"' | "'"): string[] {
  const quoteCode = quote.charCodeAt(0);
  const units: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      units.push(s.slice(i, i + 2));
      i++;
    } else if (c === quoteCode) {
      units.push(`\\${quote}`);
    } else if (namedEscapes[c] !== undefined) {
      units.push(namedEscapes[c]);
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isHigh(c) || isLow(c)) {
      units.push(hexEscape(c));
    } else {
      units.push(s[i]);
    }
  }
  return units;
}

function escapeBody(s: string, quote: '"' | "'"): string {
  const test = quote === '"' ? stringNeedsEscape : charNeedsEscape;
  return test.test(s) ? escapedUnits(s, quote).join("") : s;
}

/** `"..."` with `\\`, `\"` and control characters escaped. */
export function quoteString(s: string): string {
  return `"${escapeBody(s, '"')}"`;
}

/** `'x'` with `\\`, `\'` and control characters escaped. */
export function quoteChar(s: string): string {
  return `'${escapeBody(s, "'")}'`;
}

/**
 * Splits the string `s` into several quoted literals: the first body holds at most `firstBudget`
 * characters, the others at most `restBudget`. A piece preferably ends after a `\n` escape, else
 * after a blank, when that is in its second half. Cuts fall between escape units only, so every
 * piece is a valid literal and the halves of a surrogate pair stay together.
 */
export function splitStringLiteral(s: string, firstBudget: number, restBudget: number): string[] {
  const units = escapedUnits(s, '"');
  const pieces: string[] = [];
  let start = 0;
  let len = 0;
  // Unit index just after the last `\n` escape / blank of the current piece, and the length there.
  let lineBreak = -1;
  let lineBreakLen = 0;
  let blank = -1;
  let blankLen = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const budget = pieces.length === 0 ? firstBudget : restBudget;
    if (len + u.length > budget && i > start) {
      let cut = i;
      if (lineBreak > start && lineBreakLen >= budget / 2) cut = lineBreak;
      else if (blank > start && blankLen >= budget / 2) cut = blank;
      pieces.push(units.slice(start, cut).join(""));
      len = 0;
      for (let k = cut; k < i; k++) len += units[k].length;
      start = cut;
      lineBreak = -1;
      blank = -1;
    }
    len += u.length;
    if (u === "\\n") {
      lineBreak = i + 1;
      lineBreakLen = len;
    } else if (u === " ") {
      blank = i + 1;
      blankLen = len;
    }
  }
  pieces.push(units.slice(start).join(""));
  return pieces.map((p) => `"${p}"`);
}
