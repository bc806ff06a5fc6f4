/** Text → AST for one document: lex, parse (with recovery), build the AST, translate errors. */
import type { IRecognitionException, IToken } from "chevrotain";
import { codes, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import { lex, type Dialect } from "./lexer.js";
import { parseTokens } from "./parser.js";
import { AstBuilder } from "./cst-to-ast.js";
import type { Production } from "./ast.js";
import type { MofSpecificationCstNode } from "./cst-types.js";
import * as T from "./tokens.js";

export interface ParseOptions {
  dialect: Dialect;
  /** The text came out of the C preprocessor (line splices are whitespace then). */
  preprocessed?: boolean;
}

/** A diagnostic whose location is still a raw [start, end) offset range in the parsed text. */
export interface RawDiagnostic {
  diagnostic: Diagnostic;
  start: number;
  end: number;
}

export interface ParseTextResult {
  productions: Production[];
  diagnostics: RawDiagnostic[];
}

const closers = new Set([T.RParen, T.RBracket, T.RBrace]);

const listNames = new Map([
  [T.RParen, "a parenthesised list"],
  [T.RBracket, "a qualifier list"],
  [T.RBrace, "an array value"],
]);

/** Never throws on user input: everything wrong becomes a diagnostic. */
export function parseText(text: string, options: ParseOptions): ParseTextResult {
  const diagnostics: RawDiagnostic[] = [];
  const report = (diagnostic: Diagnostic, start: number, end: number) => diagnostics.push({ diagnostic, start, end });
  const tokens = lex(text, { dialect: options.dialect, preprocessed: options.preprocessed }, report);
  const { cst, errors } = parseTokens(tokens);
  translateErrors(errors, text, report);
  const productions = new AstBuilder(text, options.dialect, report).document(cst as MofSpecificationCstNode);
  return { productions, diagnostics };
}

function translateErrors(
  errors: IRecognitionException[],
  text: string,
  report: (d: Diagnostic, start: number, end: number) => void,
): void {
  const seen = new Set<number>();
  for (const e of errors) {
    const tok = e.token;
    const atEof = tok.tokenType.name === "EOF" || !Number.isFinite(tok.startOffset);
    const start = atEof ? text.length : tok.startOffset;
    const end = atEof ? text.length : tok.startOffset + tok.image.length;
    if (seen.has(start)) continue;
    seen.add(start);
    // Tokens that are already reported as lexical errors do not get a second, syntax error.
    if (tok.tokenType === T.BadNumber || tok.tokenType === T.UnterminatedString) continue;
    const prev: IToken | undefined = (e as { previousToken?: IToken }).previousToken;
    if (prev && closers.has(tok.tokenType) && (prev.tokenType === T.Comma || isOpener(prev, tok))) {
      const list = listNames.get(tok.tokenType) ?? "a list";
      const hint = prev.tokenType === T.Comma ? " (a list may not end with ',')" : " (the list may not be empty)";
      const pStart = Number.isFinite(prev.startOffset) ? prev.startOffset : start;
      report(createDiagnostic(codes.emptyListElement, { list, hint }), pStart, end);
      continue;
    }
    report(createDiagnostic(codes.unexpectedToken, splitMessage(e.message)), start, end);
  }
}

function isOpener(prev: IToken, tok: IToken): boolean {
  return (
    (prev.tokenType === T.LParen && tok.tokenType === T.RParen) ||
    (prev.tokenType === T.LBracket && tok.tokenType === T.RBracket) ||
    (prev.tokenType === T.LBrace && tok.tokenType === T.RBrace)
  );
}

/** Our message provider writes "expected X but found Y"; the registry template re-assembles it. */
function splitMessage(message: string): { expected: string; found: string } {
  const m = /^expected ([\s\S]*) but found ([\s\S]*)$/.exec(message);
  if (m) return { expected: m[1], found: m[2] };
  return { expected: "valid MOF", found: message };
}
