/** Decoding of literal token images into values, reporting bad escapes with exact offsets. */
import { codes, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import type { Dialect } from "./lexer.js";

export type LiteralReport = (d: Diagnostic, start: number, end: number) => void;

const simpleEscapes: Record<string, string> = {
  b: "\b",
  t: "\t",
  n: "\n",
  f: "\f",
  r: "\r",
  '"': '"',
  "'": "'",
  "\\": "\\",
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Decodes the body of a string or char literal (between the quotes). `offset` is the text offset
 * of the body's first character, for locating bad escapes.
 */
export function decodeEscapes(
  body: string,
  offset: number,
  what: string,
  dialect: Dialect,
  report: LiteralReport,
): string {
  if (body.indexOf("\\") < 0) return body;
  let out = "";
  let i = 0;
  let from = 0;
  while (i < body.length) {
    if (body.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    out += body.slice(from, i);
    const c = body[i + 1];
    if (c === undefined) {
      out += "\\";
      i += 1;
    } else if (c === "x" || c === "X") {
      let j = i + 2;
      while (j < body.length && j < i + 6 && isHex(body.charCodeAt(j))) j++;
      if (j === i + 2) {
        report(createDiagnostic(codes.emptyHexEscape, {}), offset + i, offset + i + 2);
        out += body.slice(i, i + 2);
      } else {
        out += String.fromCharCode(parseInt(body.slice(i + 2, j), 16));
      }
      i = j;
    } else if (simpleEscapes[c] !== undefined) {
      out += simpleEscapes[c];
      i += 2;
    } else {
      // mofcomp keeps unknown escapes literally (e.g. "MS\0x409"); DMTF rejects them.
      const severity = dialect === "wmi" ? "warning" : "error";
      report(
        createDiagnostic(codes.invalidEscape, { char: c, what }, undefined, undefined, severity),
        offset + i,
        offset + i + 2,
      );
      out += `\\${c}`;
      i += 2;
    }
    from = i;
  }
  return out + body.slice(from);
}

export interface IntegerLiteral {
  value: bigint;
  radix: 2 | 8 | 10 | 16;
}

/** Reads a lexically valid integer image (the lexer guarantees the shape). */
export function parseIntegerImage(image: string, radix: 2 | 8 | 10 | 16): bigint {
  let s = image;
  let negative = false;
  if (s[0] === "+" || s[0] === "-") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  let v: bigint;
  if (radix === 16) v = BigInt(`0x${s.slice(2)}`);
  else if (radix === 2) v = BigInt(`0b${s.slice(0, -1)}`);
  else if (radix === 8) v = BigInt(`0o${s.slice(1)}`);
  else v = BigInt(s);
  return negative ? -v : v;
}
