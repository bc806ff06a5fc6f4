import { msg, type DiagnosticDef, type Message } from "./message.js";
import type { Severity } from "./diagnostic.js";

export function def<K extends string>(
  code: number,
  severity: Severity,
  message: Message<K>,
  description: string,
  example: string,
  source?: string,
): DiagnosticDef<K> {
  return { code: `MOF${code}`, severity, message, description, example, source };
}

/** MOF1xxx: decoding, lexical, syntax and directive diagnostics of the front end. */
export const syntaxDiagnostics = {
  illegalCharacter: def(
    1001, "error", msg`illegal character ${"char"}`,
    "A character that cannot start any MOF token. Outside strings and comments MOF uses only letters, digits, `_`, `$` and the punctuation `{ } [ ] ( ) ; , : =`.",
    "class Ex_A { uint32 V = 1 @ 2; };", "DSP0004 ANNEX A (lexical tokens)"),
  unterminatedString: def(
    1002, "error", msg`unterminated string literal: expected a closing '"' before the end of the line`,
    "A string literal may not contain a raw line break; continue a long string with a second literal (adjacent literals concatenate).",
    'class Ex_S { string A = "line one\nline two"; };', "DSP0004 7.6.1.3"),
  unterminatedComment: def(
    1003, "error", msg`unterminated block comment: expected '*/' before the end of the file`,
    "A `/*` comment must be closed; comments do not nest.",
    "class Ex_X { }; /* never closed", "DSP0004 7.4"),
  invalidEscape: def(
    1004, "error", msg`invalid escape sequence '\\${"char"}' in ${"what"}; valid escapes are \\b \\t \\n \\f \\r \\" \\' \\\\ and \\x followed by 1-4 hex digits`,
    "Only the DSP0004 escapes are valid. In the `wmi` dialect this is a warning and both characters are kept (`\"MS\\0x409\"` reads as `MS\\0x409`); write `\\\\` for a backslash.",
    'class Ex_S { [Locale("MS\\0x409")] string A; };', "DSP0004 7.6.1.3"),
  emptyHexEscape: def(
    1005, "error", msg`'\\x' must be followed by 1 to 4 hexadecimal digits`,
    "The `\\x` escape needs at least one hexadecimal digit; up to four are taken greedily.",
    'class Ex_S { string A = "\\xg"; };', "DSP0004 7.6.1.3"),
  invalidOctal: def(
    1006, "error", msg`invalid octal literal '${"text"}': after a leading 0 only the digits 0-7 may follow`,
    "A number with a leading zero is octal; `08` and `0128` are errors, not a zero followed by more digits.",
    "class Ex_N { uint8 V = 08; };", "DSP0004 ANNEX A (octalValue)"),
  invalidBinary: def(
    1007, "error", msg`invalid binary literal '${"text"}': a binary literal holds only the digits 0 and 1 before its 'b' suffix`,
    "A number ending in `b`/`B` is binary and may hold only 0 and 1.",
    "class Ex_N { uint8 V = 102b; };", "DSP0004 ANNEX A (binaryValue)"),
  malformedNumber: def(
    1008, "error", msg`malformed number '${"text"}': ${"hint"}`,
    "A numeric literal that is none of decimal, hexadecimal, octal, binary or real. Reals need digits after the dot and a dot before any exponent (`1.0e5`, not `1.` or `1e5`); a number may not run into letters.",
    "class Ex_R { real64 B = 1.; };", "DSP0004 ANNEX A (realValue)"),
  badCharLiteral: def(
    1009, "error", msg`a char16 literal holds exactly one character or escape, found ${"count"}`,
    "Single quotes enclose exactly one character or one escape sequence.",
    "class Ex_C { char16 D = ''; };", "DSP0004 7.6.1.4"),
  encoding: def(
    1010, "warning", msg`${"detail"}`,
    "The file's encoding is not plain UTF-8: a UTF-8 signature (BOM), UTF-16 text, or bytes that are not valid UTF-8 (read as Windows-1252). mofcomp accepts these; DSP0221 asks for UTF-8 without a signature.",
    "(a file saved as UTF-16LE with a BOM, checked with --dialect dmtf)", "DSP0221 5.2; mofcomp documentation"),
  nonAsciiIdentifier: def(
    1011, "warning", msg`identifier '${"name"}' contains non-ASCII characters; WMI names use letters, digits and '_'`,
    "DSP0004 2.x allows U+0080..U+FFEF in identifiers; whether mofcomp accepts them is not documented, so the `wmi` dialect warns.",
    "class Ex_U { uint32 Größe; };", "DSP0004 ANNEX A (IDENTIFIER)"),
  unexpectedToken: def(
    1100, "error", msg`expected ${"expected"} but found ${"found"}`,
    "The parser met a token that cannot continue the current production. The message names what would have been accepted; the parser resynchronises and keeps reporting.",
    "class Ex_NoSemi { uint32 A; }\nclass Ex_Next { };", "DSP0004 ANNEX A"),
  missingScope: def(
    1101, "error", msg`qualifier declaration '${"name"}' needs a Scope(...) list`,
    "Every DMTF qualifier declaration names the elements it applies to.",
    "Qualifier Ex_NoScope : string = null, Flavor(DisableOverride);", "DSP0004 5.1.2.16"),
  emptyListElement: def(
    1102, "error", msg`empty element in ${"list"}: remove the extra ','${"hint"}`,
    "Lists (qualifier lists, array values, scopes, flavors, parameters) separate elements with single commas and may not end with one.",
    "class Ex_T { [Key,] string A; };", "DSP0004 ANNEX A"),
  unknownKeyword: def(
    1103, "error", msg`unknown ${"kind"} '${"name"}'; expected one of ${"expected"}`,
    "Scope and flavor lists accept only the keywords DSP0004 (and, in the `wmi` dialect, Microsoft) define.",
    "Qualifier Ex_Q : boolean = false, Scope(class, widget);", "DSP0004 5.1.2.16, 5.1.2.17"),
  badArraySize: def(
    1104, "error", msg`array size '${"text"}' must be a positive decimal integer`,
    "A fixed array size is a decimal number greater than zero; `[]` declares a variable-length array.",
    "class Ex_Arr { uint8 A[0]; };", "DSP0004 7.9.2"),
  arrayReturnType: def(
    1105, "error", msg`method '${"name"}' cannot return an array`,
    "Method return types are scalar in DSP0004 2.x and in WMI.",
    "class Ex_Ret { uint32 GetAll[](); };", "DSP0004 7.10"),
  malformedPragma: def(
    1106, "error", msg`malformed #pragma ${"name"}: ${"detail"}`,
    "A known pragma was written with missing or wrong arguments.",
    "#pragma namespace\nclass Ex_Ns { };", "DSP0004 7.14; mofcomp #pragma documentation"),
  aliasWhitespace: def(
    1107, "error", msg`no whitespace is allowed between '$' and the alias name`,
    "An alias is one token: `$` immediately followed by an identifier.",
    "instance of Ex_Thing as $ a { Name = \"x\"; };", "DSP0004 ANNEX A (aliasIdentifier)"),
  dialectConstruct: def(
    1108, "error", msg`${"construct"} is a Microsoft extension that the '${"dialect"}' dialect does not accept${"hint"}`,
    "The input uses a construct that only mofcomp accepts (e.g. `void`, `#include`, inline embedded instances, reference arrays) while checking with `--dialect dmtf`.",
    "class Ex_M { void Reset(); };  // with --dialect dmtf", "mof-language.md §8"),
  concatenationInArray: def(
    1109, "warning", msg`string literals on different lines inside '{...}' were joined into one element; is a ',' missing?`,
    "Adjacent string literals concatenate, also inside array values. When the pieces sit on separate lines this is almost always a forgotten comma (seen in WDK samples).",
    'class Ex_S { [Values{"Fatal",\n  "Error"\n  "Warning"}] uint32 Level; };', "DSP0004 7.6.1.3"),
  parenthesisedList: def(
    1110, "warning", msg`a parenthesised value list is read as an array; write ${"name"}{...} instead`,
    "`Q(\"a\",\"b\")` appears in one Microsoft page only; the `wmi` dialect reads it as an array and warns, `dmtf` rejects it.",
    'class Ex_Bits { [BitMap("0","3")] uint8 Flags; };', "mof-language.md §3.6"),
  emptyInstance: def(
    1111, "error", msg`an instance needs at least one property value in the '${"dialect"}' dialect`,
    "DSP0004 grammars require one or more value initializers; `instance of X { };` is accepted only by mofcomp.",
    "instance of Ex_E1 { };  // with --dialect dmtf", "DSP0004 ANNEX A (instanceDeclaration)"),
  deprecatedConstruct: def(
    1112, "warning", msg`${"construct"} is deprecated: ${"detail"}`,
    "The construct is still accepted but DSP0004 deprecates it.",
    "class Ex_Aliased as $cls { };  // with --dialect dmtf", "DSP0004 (deprecations)"),
  unknownPragma: def(
    1200, "warning", msg`unknown pragma '${"name"}' is ignored`,
    "Pragmas the compiler does not implement are reported and skipped.",
    '#pragma vendor_tuning("fast")', "DSP0221 7.3"),
  unknownPragmaValue: def(
    1201, "warning", msg`unknown value ${"value"} for #pragma ${"name"}; expected ${"expected"}`,
    "The pragma is known but its argument is not one of the values it accepts.",
    '#pragma instanceflags("safeupdate")', "mofcomp #pragma documentation"),
  includeNotFound: def(
    1202, "error", msg`cannot find include file '${"path"}' (searched ${"searched"})`,
    "`#pragma include` and `#include` resolve against the including file's folder, then each `-I` folder, matching names case-insensitively as Windows does.",
    '#pragma include ("missing.mof")', "DSP0004 7.14"),
  includeCycle: def(
    1203, "error", msg`${"detail"}`,
    "A file includes itself through a chain of includes, or includes nest deeper than 64 levels.",
    "// a.mof: #pragma include(\"b.mof\")   b.mof: #pragma include(\"a.mof\")", "mof-language.md §4.2"),
  invalidNamespace: def(
    1204, "error", msg`invalid namespace path '${"path"}': ${"detail"}`,
    "A namespace path is a `/`- or `\\`-separated list of names, optionally after a `\\\\host` prefix; URLs are not namespace paths.",
    '#pragma namespace("http://acme.example/root/test")', "DSP0004 8.2"),
  conflictingPragmaFlags: def(
    1205, "error", msg`#pragma ${"name"} combines contradictory flags ${"flags"}`,
    "`createonly` and `updateonly` exclude each other, as do `safeupdate` and `forceupdate`.",
    '#pragma classflags("createonly", "updateonly")', "mofcomp #pragma classflags documentation"),
  exclusivePragmas: def(
    1206, "warning", msg`#pragma ${"name"} and #pragma ${"other"} exclude each other`,
    "`nonlocal`/`nonlocaltype` and `source`/`sourcetype` must not both be given.",
    '#pragma nonlocal("a")\n#pragma nonlocaltype("b")', "DSP0004 7.14"),
  needsPreprocessor: def(
    1207, "error", msg`'#${"directive"}' is a C preprocessor directive; run with --preprocess to expand it`,
    "WDK MOFs such as the iSCSI set and `wmicore.mof` rely on `#define`/`#ifdef`; mofkit's built-in preprocessor handles them when asked to.",
    "#define EX_LIMIT 64", "mof-language.md §3.3"),
  preprocessor: def(
    1208, "error", msg`${"detail"}`,
    "An error found by the C-style preprocessor: an unbalanced `#if`/`#endif`, a malformed `#define`, a bad `#if` expression, or an `#error` directive.",
    "#ifdef X\nclass A { };", "ISO C 6.10 (subset)"),
  pragmaSpacing: def(
    1209, "warning", msg`blank between '#' and '${"name"}'`,
    "DSP0221 makes `#pragma` one token; pywbem and mofc accept blanks after `#`, so mofkit accepts them but warns in the `dmtf` dialect.",
    '#   pragma namespace ("root/ex")', "DSP0221 7.3"),
  preprocessorWarning: def(
    1210, "warning", msg`${"detail"}`,
    "A warning from the preprocessor, such as `#warning`, a macro redefined with a different body, or `#include` of a C header whose declarations are skipped.",
    "#define A 1\n#define A 2", "ISO C 6.10 (subset)"),
} as const;
