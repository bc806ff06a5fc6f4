// A TextMate grammar for MOF (grammar/mof.tmLanguage.json), built from the lexer's own data.
//
// Everything the lexer defines is taken from packages/syntax rather than written again here:
//   - the keywords, from `keywordTable` (tokens.ts), grouped by the token type each one maps to;
//   - identifiers, aliases, directives, line comments, strings, char literals and every number
//     form, from the token regexes (tokens.ts), translated from JavaScript to Oniguruma syntax;
//   - the names of the two directives the lexer keeps (`#pragma`, `#include`), from the labels
//     of the Pragma and Include tokens;
//   - the string escapes, by asking `decodeEscapes` (literals.ts) which escapes it accepts.
// What is left here is the part TextMate needs that a lexer does not have: which context a name
// is in (class name, superclass, qualifier, flavor, property, method, parameter) and the scope
// each token gets. When the lexer gains a token or a keyword this file does not know, generating
// fails and says what to add, instead of silently leaving it unhighlighted.
//
// `pnpm generate` runs this (through scripts/generate.js) after `tsc -b`; running
// `node scripts/gen-textmate.js` after a build does the same. test/textmate.test.ts renders the
// grammar again in memory from the TypeScript sources and fails when the committed file differs,
// then tokenizes MOF with the VS Code TextMate engine (vscode-textmate + vscode-oniguruma).
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Where the generated grammar lives, relative to the repository root. */
export const grammarPath = "grammar/mof.tmLanguage.json";
/** The command that refreshes every generated file. */
export const refreshCommand = "pnpm generate";

/** Scope of each keyword token type of `keywordTable`, by token name. */
const keywordScopes = {
  Class: "keyword.other.class.mof",
  Instance: "keyword.other.instance.mof",
  Of: "keyword.other.of.mof",
  As: "keyword.other.as.mof",
  Qualifier: "keyword.other.qualifier.mof",
  Scope: "keyword.other.scope.mof",
  Flavor: "keyword.other.flavor.mof",
  Ref: "storage.modifier.ref.mof",
  DataType: "storage.type.primitive.mof",
  Object: "storage.type.object.mof",
  Void: "storage.type.void.mof",
  True: "constant.language.boolean.true.mof",
  False: "constant.language.boolean.false.mof",
  Null: "constant.language.null.mof",
};

/** Scope of each number token (the lexer tokens in the NumberLiteral category), by token name. */
const numberScopes = {
  RealLiteral: "constant.numeric.float.mof",
  HexLiteral: "constant.numeric.integer.hexadecimal.mof",
  BinaryLiteral: "constant.numeric.integer.binary.mof",
  OctalLiteral: "constant.numeric.integer.octal.mof",
  DecimalLiteral: "constant.numeric.integer.decimal.mof",
  BadNumber: "invalid.illegal.numeric.mof",
};

/** The lexer tokens this generator turns into rules (or deliberately leaves unscoped). */
const knownLexerTokens = new Set([
  "WhiteSpace",
  "LineComment",
  "BlockComment",
  "UnterminatedComment",
  "LineContinuation",
  "StringLiteral",
  "UnterminatedString",
  "CharLiteral",
  ...Object.keys(numberScopes),
  "Sign",
  "Identifier",
  "AliasIdentifier",
  "Dollar",
  "Directive",
  "LBrace",
  "RBrace",
  "LBracket",
  "RBracket",
  "LParen",
  "RParen",
  "Semicolon",
  "Comma",
  "Colon",
  "Equals",
]);

class GrammarDrift extends Error {
  constructor(message) {
    super(`gen-textmate: ${message} (update scripts/gen-textmate.js to match packages/syntax/src/tokens.ts)`);
  }
}

/** A JavaScript regex source in the Oniguruma dialect: `\uXXXX` becomes `\x{XXXX}`. */
function onig(re) {
  if (re.flags !== "") throw new GrammarDrift(`token regex /${re.source}/${re.flags} has flags`);
  if (/\(\?<[A-Za-z]|\\[pPuk]\{|\\[dDwWsS]/.test(re.source.replace(/\[\\s\\S\]/g, ""))) {
    throw new GrammarDrift(`token regex /${re.source}/ uses a construct the translation does not handle`);
  }
  return re.source.replace(/\\u([0-9A-Fa-f]{4})/g, "\\x{$1}");
}

function escapeClass(chars) {
  return chars.map((c) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c)).join("");
}

function pattern(token) {
  if (!(token.PATTERN instanceof RegExp)) throw new GrammarDrift(`token ${token.name} has no regex`);
  return token.PATTERN;
}

/** `"..."`-shaped token regex → the part between the delimiters (asserting the shape). */
function delimitedBody(token, open, close) {
  const src = onig(pattern(token));
  if (!src.startsWith(open) || !src.endsWith(close)) {
    throw new GrammarDrift(`token ${token.name} is no longer ${open}…${close}`);
  }
  return src.slice(open.length, src.length - close.length);
}

/**
 * The escapes `decodeEscapes` accepts, found by asking it: an escape is valid when decoding it
 * reports nothing with the strict (dmtf) dialect. Escapes that need digits after them (`\x`)
 * report when they stand alone; their digit count is measured the same way.
 */
function probeEscapes(decodeEscapes) {
  const decode = (body) => {
    const reports = [];
    const value = decodeEscapes(body, 0, "string", "dmtf", (d) => reports.push(d));
    return { value, ok: reports.length === 0 };
  };
  const simple = [];
  const hex = [];
  for (let code = 0x21; code < 0x7f; code++) {
    const c = String.fromCharCode(code);
    if (!decode(`\\${c}0`).ok) continue;
    if (decode(`\\${c}`).ok) simple.push(c);
    else hex.push(c);
  }
  let maxDigits = 0;
  if (hex.length > 0) {
    for (let n = 1; n <= 8; n++) if (decode(`\\${hex[0]}${"1".repeat(n)}`).value.length === 1) maxDigits = n;
    if (maxDigits === 0) throw new GrammarDrift(`escape \\${hex[0]} takes digits, but none were decoded`);
  }
  if (!simple.includes("\\") || !simple.includes('"')) throw new GrammarDrift('decodeEscapes rejects \\\\ or \\"');
  return { simple, hex, maxDigits };
}

/** Deep copy with object keys sorted, so the JSON is the same whatever order the code built it in. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical(value[key]);
    return out;
  }
  return value;
}

const include = (name) => ({ include: `#${name}` });

/**
 * The grammar as a JSON-ready object.
 * @param {{ tokens: any, decodeEscapes: Function }} syntax the tokens module and decodeEscapes
 */
export function buildGrammar({ tokens: T, decodeEscapes }) {
  // ---- check that the lexer is still the one this generator was written for ----------------
  for (const t of T.lexerTokens) {
    if (!knownLexerTokens.has(t.name)) throw new GrammarDrift(`unknown lexer token ${t.name}`);
  }
  const numberTokens = T.lexerTokens.filter((t) => (t.CATEGORIES ?? []).includes(T.NumberLiteral));
  for (const t of numberTokens) {
    if (!numberScopes[t.name]) throw new GrammarDrift(`no scope for number token ${t.name}`);
  }
  if (numberTokens.length !== Object.keys(numberScopes).length) {
    throw new GrammarDrift("a number token in numberScopes is no longer a NumberLiteral");
  }

  // Keywords, grouped by the token type they map to, in table order.
  const keywordGroups = new Map();
  for (const [text, type] of T.keywordTable) {
    if (!keywordScopes[type.name]) throw new GrammarDrift(`no scope for keyword token ${type.name} ('${text}')`);
    if (text !== text.toLowerCase()) throw new GrammarDrift(`keywordTable key '${text}' is not lower case`);
    if (!keywordGroups.has(type.name)) keywordGroups.set(type.name, []);
    keywordGroups.get(type.name).push(text);
  }
  for (const name of Object.keys(keywordScopes)) {
    if (!keywordGroups.has(name)) throw new GrammarDrift(`keyword token ${name} is no longer in keywordTable`);
  }
  /** The spelling of a keyword token that has exactly one. */
  const kw = (name) => {
    const words = keywordGroups.get(name);
    if (words.length !== 1) throw new GrammarDrift(`keyword token ${name} has ${words.length} spellings`);
    return words[0];
  };
  const alt = (words) => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|");

  // Names.
  const idMatch = /^\[([^\]]+)\]\[([^\]]+)\]\*$/.exec(onig(pattern(T.Identifier)));
  if (!idMatch) throw new GrammarDrift("Identifier is no longer [start][part]*");
  const idPart = idMatch[2];
  const N = `[${idMatch[1]}][${idPart}]*`; // an identifier
  const before = `(?<![${idPart}$])`; // not inside a name or an alias
  const after = `(?![${idPart}])`; // the name ends here
  const word = (w) => `${before}(${w})${after}`;
  const alias = onig(pattern(T.AliasIdentifier));
  if (!alias.startsWith("\\$")) throw new GrammarDrift("AliasIdentifier no longer starts with $");
  const builtinTypes = alt([...keywordGroups.get("DataType"), kw("Object"), kw("Void")]);
  const ref = kw("Ref");

  // Directives.
  const directive = onig(pattern(T.Directive));
  const directivePrefix = "#[ \\t]*";
  if (!directive.startsWith(directivePrefix)) throw new GrammarDrift("Directive is no longer #[ \\t]*name");
  const directiveName = directive.slice(directivePrefix.length);
  const directiveWord = (token) => {
    const m = /^'#(\w+)'$/.exec(token.LABEL ?? "");
    if (!m) throw new GrammarDrift(`token ${token.name} label is not '#name'`);
    return m[1];
  };
  const pragma = directiveWord(T.Pragma);
  const includeWord = directiveWord(T.Include);

  // Comments.
  const lineComment = onig(pattern(T.LineComment));
  if (!lineComment.startsWith("\\/\\/")) throw new GrammarDrift("LineComment no longer starts with //");
  const blockComment = onig(pattern(T.BlockComment));
  if (!blockComment.startsWith("\\/\\*") || !blockComment.endsWith("\\*+)*\\/")) {
    throw new GrammarDrift("BlockComment is no longer /* ... */");
  }

  // Strings and chars: the lexer's own bodies, with escapes marked inside.
  const stringBody = delimitedBody(T.StringLiteral, '"', '"');
  if (delimitedBody(T.UnterminatedString, '"', "\\\\?") !== stringBody) {
    throw new GrammarDrift("UnterminatedString no longer has StringLiteral's body");
  }
  const charBody = delimitedBody(T.CharLiteral, "'", "'?");
  const esc = probeEscapes(decodeEscapes);

  const valueRules = [
    include("comments"),
    include("strings"),
    include("chars"),
    include("numbers"),
    include("constants"),
    include("aliases"),
  ];

  const repository = {
    comments: {
      patterns: [
        {
          name: "comment.block.mof",
          begin: "/\\*",
          end: "\\*/",
          captures: { 0: { name: "punctuation.definition.comment.mof" } },
        },
        {
          name: "comment.line.double-slash.mof",
          match: `(//)${lineComment.slice("\\/\\/".length)}`,
          captures: { 1: { name: "punctuation.definition.comment.mof" } },
        },
      ],
    },

    directives: {
      patterns: [
        {
          // `#pragma name`; its arguments are ordinary tokens that the top level scopes.
          match: `((#)[ \\t]*(?i:${pragma}))(?![A-Za-z0-9_])(?:[ \\t]*(${N}))?`,
          captures: {
            1: { name: `keyword.control.directive.${pragma}.mof` },
            2: { name: "punctuation.definition.directive.mof" },
            3: { name: "entity.name.function.pragma.mof" },
          },
        },
        {
          match: `((#)[ \\t]*(?i:${includeWord}))(?![A-Za-z0-9_])`,
          captures: {
            1: { name: `keyword.control.directive.${includeWord}.mof` },
            2: { name: "punctuation.definition.directive.mof" },
          },
        },
        {
          // Any other directive is a C preprocessor line to the lexer: it runs to the end of
          // the line, following `\` continuations.
          name: "meta.preprocessor.mof",
          begin: `((#)[ \\t]*(?i:define))(?![A-Za-z0-9_])(?:[ \\t]*(${N}))?`,
          beginCaptures: {
            1: { name: "keyword.control.directive.define.mof" },
            2: { name: "punctuation.definition.directive.mof" },
            3: { name: "entity.name.function.preprocessor.mof" },
          },
          end: "(?<!\\\\)(?=\\n)",
          patterns: [include("preprocessorLine")],
        },
        {
          name: "meta.preprocessor.mof",
          begin: `((#)[ \\t]*${directiveName})`,
          beginCaptures: {
            1: { name: "keyword.control.directive.mof" },
            2: { name: "punctuation.definition.directive.mof" },
          },
          end: "(?<!\\\\)(?=\\n)",
          patterns: [include("preprocessorLine")],
        },
      ],
    },

    preprocessorLine: {
      patterns: [
        { name: "constant.character.escape.line-continuation.mof", match: "(?>\\\\[ \\t]*\\n)" },
        include("comments"),
        include("strings"),
        include("chars"),
        include("numbers"),
      ],
    },

    escapes: {
      patterns: [
        { name: "constant.character.escape.mof", match: `\\\\[${escapeClass(esc.simple)}]` },
        ...(esc.hex.length > 0
          ? [
              {
                name: "constant.character.escape.hex.mof",
                match: `\\\\[${escapeClass(esc.hex)}][0-9A-Fa-f]{1,${esc.maxDigits}}`,
              },
            ]
          : []),
        { name: "invalid.illegal.escape.mof", match: "\\\\." },
      ],
    },

    strings: {
      patterns: [
        {
          name: "string.quoted.double.mof",
          match: `(")(${stringBody})(")`,
          captures: {
            1: { name: "punctuation.definition.string.begin.mof" },
            2: { patterns: [include("escapes")] },
            3: { name: "punctuation.definition.string.end.mof" },
          },
        },
        {
          // A string cut off by the line end, as the lexer's UnterminatedString.
          name: "invalid.illegal.unterminated-string.mof",
          match: `(")(${stringBody})(\\\\?)$`,
        },
      ],
    },

    chars: {
      patterns: [
        {
          name: "string.quoted.single.char16.mof",
          match: `(')(${charBody})(')`,
          captures: {
            1: { name: "punctuation.definition.string.begin.mof" },
            2: { patterns: [include("escapes")] },
            3: { name: "punctuation.definition.string.end.mof" },
          },
        },
        { name: "invalid.illegal.unterminated-char.mof", match: `(')(${charBody})$` },
      ],
    },

    // In lexer order: at one position the first that matches wins, as in the lexer.
    numbers: {
      patterns: numberTokens.map((t) => ({
        name: numberScopes[t.name],
        match: `(?<![${idPart}.$])${onig(pattern(t))}`,
      })),
    },

    constants: {
      patterns: ["True", "False", "Null"].map((name) => ({
        name: keywordScopes[name],
        match: `(?i)${before}(?:${alt(keywordGroups.get(name))})${after}`,
      })),
    },

    aliases: {
      patterns: [{ name: "variable.other.alias.mof", match: `${alias}` }],
    },

    // `[4]` or `[]` right after a name: an array, not a qualifier list.
    arraySpec: {
      match: `(?<=[${idPart}])[ \\t]*(\\[)([^\\]\\[]*)(\\])`,
      captures: {
        1: { name: "punctuation.definition.array.begin.mof" },
        2: { patterns: [include("numbers"), include("comments")] },
        3: { name: "punctuation.definition.array.end.mof" },
      },
    },

    qualifierList: {
      name: "meta.qualifier-list.mof",
      begin: "\\[",
      end: "\\]",
      beginCaptures: { 0: { name: "punctuation.definition.qualifier-list.begin.mof" } },
      endCaptures: { 0: { name: "punctuation.definition.qualifier-list.end.mof" } },
      patterns: [
        include("comments"),
        {
          // `: Amended ToSubclass` — blank-separated flavors up to the next `,` or `]`.
          begin: ":",
          end: "(?=[,\\]])",
          beginCaptures: { 0: { name: "punctuation.separator.flavor.mof" } },
          patterns: [include("comments"), { name: "storage.modifier.flavor.mof", match: N }],
        },
        include("qualifierValue"),
        { name: "entity.other.attribute-name.qualifier.mof", match: N },
        { name: "punctuation.separator.comma.mof", match: "," },
      ],
    },

    // A qualifier's value: `( constant, ... )` or `{ constant, ... }`.
    qualifierValue: {
      patterns: [
        {
          begin: "\\(",
          end: "\\)",
          beginCaptures: { 0: { name: "punctuation.section.parens.begin.mof" } },
          endCaptures: { 0: { name: "punctuation.section.parens.end.mof" } },
          patterns: [...valueRules, include("braces"), { match: N }],
        },
        include("braces"),
      ],
    },

    braces: {
      begin: "\\{",
      end: "\\}",
      beginCaptures: { 0: { name: "punctuation.section.braces.begin.mof" } },
      endCaptures: { 0: { name: "punctuation.section.braces.end.mof" } },
      patterns: [...valueRules, include("braces"), { match: N }],
    },

    qualifierDeclaration: {
      name: "meta.qualifier-declaration.mof",
      begin: `(?i)${word(kw("Qualifier"))}\\s+(${N})`,
      beginCaptures: {
        1: { name: keywordScopes.Qualifier },
        2: { name: "entity.name.type.qualifier.mof" },
      },
      end: ";",
      endCaptures: { 0: { name: "punctuation.terminator.statement.mof" } },
      patterns: [
        include("comments"),
        ...["Scope", "Flavor"].map((name) => ({
          begin: `(?i)${word(kw(name))}\\s*(\\()`,
          end: "\\)",
          beginCaptures: {
            1: { name: keywordScopes[name] },
            2: { name: "punctuation.section.parens.begin.mof" },
          },
          endCaptures: { 0: { name: "punctuation.section.parens.end.mof" } },
          patterns: [
            include("comments"),
            { name: name === "Scope" ? "constant.other.scope.mof" : "storage.modifier.flavor.mof", match: N },
          ],
        })),
        { name: keywordScopes.DataType, match: `(?i)${before}(?:${builtinTypes})${after}` },
        include("arraySpec"),
        ...valueRules,
        include("braces"),
        // Microsoft's `Qualifier Description : Amended ToSubclass;` sets default flavors.
        { name: "storage.modifier.flavor.mof", match: N },
      ],
    },

    // `class Name [as $alias] [: Super]` up to the body's `{`; the parts may be on several lines.
    classHead: {
      begin: `(?i)${word(kw("Class"))}\\s+(${N})`,
      beginCaptures: {
        1: { name: keywordScopes.Class },
        2: { name: "entity.name.type.class.mof" },
      },
      end: "(?=[{;])",
      patterns: [
        include("comments"),
        { name: keywordScopes.As, match: `(?i)${word(kw("As"))}` },
        include("aliases"),
        { name: "punctuation.separator.inheritance.mof", match: ":" },
        { name: "entity.name.type.class.mof", match: N },
      ],
    },

    instanceHead: {
      match: `(?i)${word(kw("Instance"))}\\s+(${kw("Of")})\\s+(${N})` + `(?:\\s+(${kw("As")})\\s*(${alias}))?`,
      captures: {
        1: { name: keywordScopes.Instance },
        2: { name: keywordScopes.Of },
        3: { name: "entity.name.type.class.mof" },
        4: { name: keywordScopes.As },
        5: { name: "variable.other.alias.mof" },
      },
    },

    // `type [ref] name(` ... `)`: a method and its parameter list.
    method: {
      begin: `(?i)${before}(?:(${builtinTypes})${after}|(${N}))(?:\\s+(${ref})${after})?\\s+(${N})\\s*(\\()`,
      beginCaptures: {
        1: { name: "storage.type.mof" },
        2: { name: "entity.name.type.class.mof" },
        3: { name: keywordScopes.Ref },
        4: { name: "entity.name.function.method.mof" },
        5: { name: "punctuation.section.parameters.begin.mof" },
      },
      end: "\\)",
      endCaptures: { 0: { name: "punctuation.section.parameters.end.mof" } },
      patterns: [
        include("comments"),
        include("arraySpec"),
        include("qualifierList"),
        {
          match: `(?i)${before}(?:(${builtinTypes})${after}|(${N}))(?:\\s+(${ref})${after})?\\s+(${N})(?=\\s*(?:[\\[=,)]|$))`,
          captures: {
            1: { name: "storage.type.mof" },
            2: { name: "entity.name.type.class.mof" },
            3: { name: keywordScopes.Ref },
            4: { name: "variable.parameter.mof" },
          },
        },
        ...valueRules,
        include("braces"),
        include("keywords"),
        { match: N },
      ],
    },

    // `type [ref] name` before `[`, `=` or `;`: a property or reference.
    property: {
      match: `(?i)${before}(?:(${builtinTypes})${after}|(${N}))(?:\\s+(${ref})${after})?\\s+(${N})(?=\\s*[\\[=;])`,
      captures: {
        1: { name: "storage.type.mof" },
        2: { name: "entity.name.type.class.mof" },
        3: { name: keywordScopes.Ref },
        4: { name: "variable.other.property.mof" },
      },
    },

    // `name =` (or a bare `name;`) in an instance body.
    propertyValue: {
      match: `${before}(${N})(?=\\s*[=;])`,
      captures: { 1: { name: "variable.other.property.mof" } },
    },

    keywords: {
      patterns: [...keywordGroups.keys()].map((name) => ({
        name: keywordScopes[name],
        match: `(?i)${before}(?:${alt(keywordGroups.get(name))})${after}`,
      })),
    },

    punctuation: {
      patterns: [
        { name: "punctuation.terminator.statement.mof", match: ";" },
        { name: "punctuation.separator.comma.mof", match: "," },
        { name: "keyword.operator.assignment.mof", match: "=" },
        { name: "punctuation.separator.inheritance.mof", match: ":" },
      ],
    },
  };

  return canonical({
    $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    name: "MOF",
    scopeName: "source.mof",
    fileTypes: ["mof", "mfl"],
    comment:
      "Generated by scripts/gen-textmate.js from packages/syntax (keywordTable and token regexes); do not edit. Run `pnpm generate`.",
    patterns: [
      include("comments"),
      include("directives"),
      include("strings"),
      include("chars"),
      include("qualifierDeclaration"),
      include("classHead"),
      include("instanceHead"),
      include("method"),
      include("property"),
      include("arraySpec"),
      include("qualifierList"),
      include("constants"), // before propertyValue: `= false;` is a value, not a name
      include("propertyValue"),
      include("numbers"),
      include("aliases"),
      include("keywords"),
      { match: N }, // any other name: consumed whole, so nothing matches inside it
      include("punctuation"),
    ],
    repository,
  });
}

/** The grammar file's text: 2-space JSON with a trailing newline. */
export function renderTextMateGrammar(syntax) {
  return `${JSON.stringify(buildGrammar(syntax), null, 2)}\n`;
}

/** Writes grammar/mof.tmLanguage.json from the built packages (packages/syntax/dist). */
export async function writeTextMateGrammar(root = fileURLToPath(new URL("..", import.meta.url))) {
  const tokens = await import("../packages/syntax/dist/tokens.js");
  const { decodeEscapes } = await import("../packages/syntax/dist/literals.js");
  const base = pathToFileURL(root.endsWith("/") ? root : `${root}/`);
  writeFileSync(new URL(grammarPath, base), renderTextMateGrammar({ tokens, decodeEscapes }));
  return grammarPath;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`gen-textmate: wrote ${await writeTextMateGrammar()}`);
}
