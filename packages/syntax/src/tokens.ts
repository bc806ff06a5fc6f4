/**
 * Token types. The chevrotain lexer only knows the "lexical" tokens; keywords are found by a
 * table lookup on each identifier after lexing (see lexer.ts), which is faster than one
 * regex per keyword and keeps every keyword usable as a name.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

// Categories the parser consumes.
export const Name = createToken({ name: "Name", pattern: Lexer.NA, label: "a name" });
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: Lexer.NA, label: "a number" });
export const StringLike = createToken({ name: "StringLike", pattern: Lexer.NA, label: "a string" });

const idStart = "A-Za-z_\\u0080-\\uFFEF";
const idPart = "A-Za-z0-9_\\u0080-\\uFFEF";

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v]+/,
  group: Lexer.SKIPPED,
});
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\r\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//,
  group: Lexer.SKIPPED,
});
/** An opened `/*` that never closes: reported, then dropped. */
export const UnterminatedComment = createToken({
  name: "UnterminatedComment",
  pattern: /\/\*[\s\S]*/,
  group: "problems",
});

/** `\` at the end of a line: a C line splice, valid only in preprocessed text (WDK MOFs use it). */
export const LineContinuation = createToken({
  name: "LineContinuation",
  pattern: /\\[ \t]*(?:\r\n?|\n)/,
  group: "problems",
});

export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  categories: [StringLike],
  label: "a string",
});
/** A string cut off by a line end; kept in the stream (as a string) so one mistake gives one error. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  categories: [StringLike],
  label: "a string",
});
export const CharLiteral = createToken({
  name: "CharLiteral",
  pattern: /'(?:[^'\\\r\n]|\\[^\r\n])*'?/,
  label: "a char16 literal",
});

const end = "(?![A-Za-z0-9_.])";
export const RealLiteral = createToken({
  name: "RealLiteral",
  pattern: new RegExp(`[+-]?[0-9]*\\.[0-9]+(?:[eE][+-]?[0-9]+)?${end}`),
  categories: [NumberLiteral],
  label: "a real number",
});
export const HexLiteral = createToken({
  name: "HexLiteral",
  pattern: new RegExp(`[+-]?0[xX][0-9A-Fa-f]+${end}`),
  categories: [NumberLiteral],
  label: "a hexadecimal number",
});
export const BinaryLiteral = createToken({
  name: "BinaryLiteral",
  pattern: new RegExp(`[+-]?[01]+[bB]${end}`),
  categories: [NumberLiteral],
  label: "a binary number",
});
export const OctalLiteral = createToken({
  name: "OctalLiteral",
  pattern: new RegExp(`[+-]?0[0-7]+${end}`),
  categories: [NumberLiteral],
  label: "an octal number",
});
export const DecimalLiteral = createToken({
  name: "DecimalLiteral",
  pattern: new RegExp(`[+-]?(?:0|[1-9][0-9]*)${end}`),
  categories: [NumberLiteral],
  label: "a decimal number",
});
/** Anything number-shaped that none of the above accepted (`08`, `1.`, `12ab`): reported. */
export const BadNumber = createToken({
  name: "BadNumber",
  pattern: /[+-]?\.?[0-9](?:[eE][+-][0-9]|[A-Za-z0-9_.])*/,
  categories: [NumberLiteral],
  label: "a number",
});
/** A sign on its own: MOF has no expressions, so the parser never accepts it. */
export const Sign = createToken({ name: "Sign", pattern: /[+-]/, label: "a sign" });

export const Identifier = createToken({
  name: "Identifier",
  pattern: new RegExp(`[${idStart}][${idPart}]*`),
  categories: [Name],
  label: "an identifier",
});
export const AliasIdentifier = createToken({
  name: "AliasIdentifier",
  pattern: new RegExp(`\\$[${idStart}][${idPart}]*`),
  label: "an alias ($name)",
});
export const Dollar = createToken({ name: "Dollar", pattern: /\$/, label: "'$'" });
/** `#name`: classified after lexing into Pragma, Include or a preprocessor directive. */
export const Directive = createToken({
  name: "Directive",
  pattern: /#[ \t]*[A-Za-z_][A-Za-z0-9_]*/,
  label: "a directive",
});

export const LBrace = createToken({ name: "LBrace", pattern: "{", label: "'{'" });
export const RBrace = createToken({ name: "RBrace", pattern: "}", label: "'}'" });
export const LBracket = createToken({ name: "LBracket", pattern: "[", label: "'['" });
export const RBracket = createToken({ name: "RBracket", pattern: "]", label: "']'" });
export const LParen = createToken({ name: "LParen", pattern: "(", label: "'('" });
export const RParen = createToken({ name: "RParen", pattern: ")", label: "')'" });
export const Semicolon = createToken({ name: "Semicolon", pattern: ";", label: "';'" });
export const Comma = createToken({ name: "Comma", pattern: ",", label: "','" });
export const Colon = createToken({ name: "Colon", pattern: ":", label: "':'" });
export const Equals = createToken({ name: "Equals", pattern: "=", label: "'='" });

// Directive tokens (assigned after lexing).
export const Pragma = createToken({ name: "Pragma", pattern: Lexer.NA, label: "'#pragma'" });
export const Include = createToken({ name: "Include", pattern: Lexer.NA, label: "'#include'" });

function keyword(name: string, categories: TokenType[] = [Name]): TokenType {
  return createToken({ name, pattern: Lexer.NA, categories, label: `'${name.toLowerCase()}'` });
}

// Keywords the grammar refers to. All of them except the literals are also names.
export const Class = keyword("Class");
export const Instance = keyword("Instance");
export const Of = keyword("Of");
export const As = keyword("As");
export const Qualifier = keyword("Qualifier");
export const Ref = keyword("Ref");
export const Scope = keyword("Scope");
export const Flavor = keyword("Flavor");
export const Object = keyword("Object");
export const Void = keyword("Void");
export const DataType = createToken({ name: "DataType", pattern: Lexer.NA, categories: [Name], label: "a data type" });
export const True = keyword("True", []);
export const False = keyword("False", []);
export const Null = keyword("Null", []);

/** Lower-case keyword text → token type. */
export const keywordTable = new Map<string, TokenType>([
  ["class", Class],
  ["instance", Instance],
  ["of", Of],
  ["as", As],
  ["qualifier", Qualifier],
  ["ref", Ref],
  ["scope", Scope],
  ["flavor", Flavor],
  ["object", Object],
  ["void", Void],
  ["true", True],
  ["false", False],
  ["null", Null],
  ...[
    "uint8",
    "sint8",
    "uint16",
    "sint16",
    "uint32",
    "sint32",
    "uint64",
    "sint64",
    "real32",
    "real64",
    "char16",
    "string",
    "boolean",
    "datetime",
  ].map((t) => [t, DataType] as [string, TokenType]),
]);

/** Order matters: the first pattern that matches at a position wins. */
export const lexerTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  LineContinuation,
  StringLiteral,
  UnterminatedString,
  CharLiteral,
  RealLiteral,
  HexLiteral,
  BinaryLiteral,
  OctalLiteral,
  DecimalLiteral,
  BadNumber,
  Sign,
  Identifier,
  AliasIdentifier,
  Dollar,
  Directive,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Semicolon,
  Comma,
  Colon,
  Equals,
];

/** Everything the parser may see, categories first as chevrotain requires. */
export const parserTokens: TokenType[] = [
  Name,
  NumberLiteral,
  StringLike,
  ...lexerTokens.filter((t) => t.GROUP === undefined),
  Pragma,
  Include,
  Class,
  Instance,
  Of,
  As,
  Qualifier,
  Ref,
  Scope,
  Flavor,
  Object,
  Void,
  DataType,
  True,
  False,
  Null,
];
