/**
 * Lexing: the chevrotain lexer, then one pass over its tokens that classifies keywords and
 * directives, turns malformed literals into located diagnostics, and cuts pathological nesting
 * before it can exhaust the parser's stack.
 */
import { Lexer, type IToken } from "chevrotain";
import { codes, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import * as T from "./tokens.js";

export type Dialect = "dmtf" | "wmi";

let lexerInstance: Lexer | undefined;

/** Created once and reused: construction analyses every pattern. */
function getLexer(): Lexer {
  lexerInstance ??= new Lexer(T.lexerTokens, {
    positionTracking: "onlyOffset",
    ensureOptimizations: true,
    // The CLI is a hot path; pattern validation already runs in the test suite.
    skipValidations: process.env.MOFKIT_VALIDATE_GRAMMAR !== "1" && process.env.VITEST === undefined,
  });
  return lexerInstance;
}

/** Deeper nesting than any real MOF, shallow enough for the recursive parser and printer. */
export const maxNesting = 100;

export interface LexResult {
  tokens: IToken[];
  diagnostics: Diagnostic[];
}

/** Reports a diagnostic at a [start, end) offset range of the lexed text. */
export type Reporter = (
  diagnostic: (loc: { start: number; end: number }) => Diagnostic,
  start: number,
  end: number,
) => void;

export interface LexOptions {
  dialect: Dialect;
  /** Set when the text went through the preprocessor (directives are gone then). */
  preprocessed?: boolean;
}

export function lex(
  text: string,
  options: LexOptions,
  report: (d: Diagnostic, start: number, end: number) => void,
): IToken[] {
  const result = getLexer().tokenize(text);

  for (const err of result.errors) {
    const ch = text.slice(err.offset, err.offset + Math.max(1, err.length));
    const shown = [...ch].slice(0, 1).map(describeChar).join("");
    report(createDiagnostic(codes.illegalCharacter, { char: shown }), err.offset, err.offset + err.length);
  }
  const problems = result.groups.problems ?? [];
  for (const tok of problems) {
    if (tok.tokenType === T.LineContinuation) {
      if (!options.preprocessed)
        report(
          createDiagnostic(codes.illegalCharacter, { char: describeChar("\\") }),
          tok.startOffset,
          tok.startOffset + 1,
        );
    } else {
      report(createDiagnostic(codes.unterminatedComment, {}), tok.startOffset, tok.startOffset + 2);
    }
  }

  const input = result.tokens;
  const out: IToken[] = [];
  let depth = 0;
  let cutDepth = -1;
  for (let i = 0; i < input.length; i++) {
    const tok = input[i];
    const type = tok.tokenType;

    if (type === T.Identifier) {
      const kw = tok.image.length <= 9 ? T.keywordTable.get(tok.image.toLowerCase()) : undefined;
      if (kw !== undefined) {
        tok.tokenType = kw;
        tok.tokenTypeIdx = kw.tokenTypeIdx!;
      } else if (options.dialect === "wmi" && hasNonAscii(tok.image)) {
        report(
          createDiagnostic(codes.nonAsciiIdentifier, { name: tok.image }),
          tok.startOffset,
          tok.startOffset + tok.image.length,
        );
      }
    } else if (type === T.Directive) {
      const name = tok.image.slice(1).trim();
      const lower = name.toLowerCase();
      const spaced = tok.image.length !== name.length + 1;
      if (lower === "pragma" || lower === "include") {
        const kind = lower === "pragma" ? T.Pragma : T.Include;
        tok.tokenType = kind;
        tok.tokenTypeIdx = kind.tokenTypeIdx!;
        if (spaced && options.dialect === "dmtf") {
          report(createDiagnostic(codes.pragmaSpacing, { name }), tok.startOffset, tok.startOffset + tok.image.length);
        }
      } else {
        // A C preprocessor line: report once, skip the rest of the (continued) line.
        report(
          createDiagnostic(codes.needsPreprocessor, { directive: name }),
          tok.startOffset,
          tok.startOffset + tok.image.length,
        );
        const lineEnd = endOfLogicalLine(text, tok.startOffset + tok.image.length);
        while (i + 1 < input.length && input[i + 1].startOffset < lineEnd) i++;
        continue;
      }
    } else if (type === T.UnterminatedString) {
      report(createDiagnostic(codes.unterminatedString, {}), tok.startOffset, tok.startOffset + tok.image.length);
    } else if (type === T.BadNumber) {
      report(badNumberDiagnostic(tok.image), tok.startOffset, tok.startOffset + tok.image.length);
    } else if (type === T.LBrace || type === T.LBracket || type === T.LParen) {
      depth++;
      if (depth > maxNesting && cutDepth < 0) {
        cutDepth = depth;
        report(
          createDiagnostic(codes.unexpectedToken, {
            expected: `at most ${maxNesting} levels of nesting`,
            found: "deeper nesting; the nested part is skipped",
          }),
          tok.startOffset,
          tok.startOffset + tok.image.length,
        );
      }
    } else if (type === T.RBrace || type === T.RBracket || type === T.RParen) {
      if (cutDepth > 0 && depth === cutDepth) {
        cutDepth = -1;
        depth--;
        continue;
      }
      if (depth > 0) depth--;
    }
    if (cutDepth < 0) out.push(tok);
  }
  return out;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Offset just past the end of the line starting at `from`, following `\` continuations. */
function endOfLogicalLine(text: string, from: number): number {
  let i = from;
  for (;;) {
    const lf = text.indexOf("\n", i);
    const cr = text.indexOf("\r", i);
    const nl = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (nl < 0) return text.length;
    let j = nl - 1;
    while (j >= i && (text[j] === " " || text[j] === "\t")) j--;
    if (j >= i && text[j] === "\\") {
      i = text[nl] === "\r" && text[nl + 1] === "\n" ? nl + 2 : nl + 1;
      continue;
    }
    return nl;
  }
}

function badNumberDiagnostic(text: string): Diagnostic {
  const body = text.replace(/^[+-]/, "");
  if (/^0[0-9]+$/.test(body)) return createDiagnostic(codes.invalidOctal, { text });
  if (/^[0-9]+[bB]$/.test(body)) return createDiagnostic(codes.invalidBinary, { text });
  let hint = "a number may not run into letters, digits or '_'";
  if (/^[0-9]*\.[0-9]*$/.test(body) && body.endsWith(".")) hint = "a real needs at least one digit after the '.'";
  else if (/^[0-9]+[eE][+-]?[0-9]+$/.test(body)) hint = "a real needs a '.' before its exponent (write 1.0e5)";
  else if (/^[0-9]*\.[eE]/.test(body)) hint = "a real needs at least one digit after the '.'";
  else if (/^0[xX]$/.test(body)) hint = "'0x' must be followed by hexadecimal digits";
  return createDiagnostic(codes.malformedNumber, { text, hint });
}

export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0)) return hex;
  return `'${ch}' (${hex})`;
}
