import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { codes, SourceFile, type Diagnostic } from "@mofkit/diagnostics";
import { createMemoryHost, type FileHost } from "../src/host.js";
import { wdkHeaderStubs } from "../../../test/support/wdk-header-stubs.js";
import { mapOffset, preprocess, type PreprocessOptions, type PreprocessResult } from "../src/preprocess/index.js";

function run(
  files: Record<string, string | Uint8Array>,
  main = "main.mof",
  options: Partial<PreprocessOptions> = {},
): PreprocessResult {
  const text = files[main];
  const file = new SourceFile(main, typeof text === "string" ? text : new TextDecoder().decode(text));
  return preprocess(file, createMemoryHost(files), { defines: {}, includeDirs: [], ...options });
}

/** Preprocesses one in-memory file. */
function pp(text: string, options: Partial<PreprocessOptions> = {}): PreprocessResult {
  return run({ "main.mof": text }, "main.mof", options);
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();
const errors = (r: PreprocessResult): Diagnostic[] => r.diagnostics.filter((d) => d.severity === "error");
const warnings = (r: PreprocessResult): Diagnostic[] => r.diagnostics.filter((d) => d.severity === "warning");

/** The single diagnostic of a result, checked for code and message. */
function only(r: PreprocessResult, code: string, message: string | RegExp): Diagnostic {
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  const d = r.diagnostics[0];
  expect(d.code).toBe(code);
  if (typeof message === "string") expect(d.message).toContain(message);
  else expect(d.message).toMatch(message);
  return d;
}

/** Checks the segment invariants: sorted, first at 0, copied text identical to its source. */
function checkSegments(r: PreprocessResult): void {
  expect(r.segments.length).toBeGreaterThan(0);
  expect(r.segments[0].outputOffset).toBe(0);
  for (let i = 0; i < r.segments.length; i++) {
    const s = r.segments[i];
    const next = i + 1 < r.segments.length ? r.segments[i + 1].outputOffset : r.text.length;
    expect(next).toBeGreaterThanOrEqual(s.outputOffset);
    const out = r.text.slice(s.outputOffset, next);
    // A segment as long as its source is a verbatim copy.
    if (s.sourceLength === out.length && s.sourceLength > 0) {
      expect(out).toBe(s.file.text.slice(s.sourceOffset, s.sourceOffset + s.sourceLength));
    }
    expect(s.sourceOffset + s.sourceLength).toBeLessThanOrEqual(s.file.text.length);
  }
}

describe("object-like macros", () => {
  it("expands names used as qualifier arguments and as whole qualifier lists", () => {
    const r = pp(
      [
        "#define MAX_NAME_LEN 223",
        "#define NAME_QUALIFIERS \\",
        '    Description("A name") : amended, \\',
        "    MaxLen(MAX_NAME_LEN)",
        "class Ex_A {",
        "  [NAME_QUALIFIERS] string Name;",
        "  [MaxLen(MAX_NAME_LEN)] string Other;",
        "};",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe(
      'class Ex_A { [Description("A name") : amended, MaxLen(223)] string Name; [MaxLen(223)] string Other; };',
    );
    checkSegments(r);
  });

  it("splices continuation lines ending in CRLF and in lone CR", () => {
    const crlf = pp("#define L \\\r\n  1, \\\r\n  2\r\nuint8 A[] = {L};\r\n");
    expect(crlf.diagnostics).toEqual([]);
    expect(norm(crlf.text)).toBe("uint8 A[] = {1, 2};");
    const cr = pp("#define L \\\r  3, \\\r  4\ruint8 A[] = {L};\r");
    expect(cr.diagnostics).toEqual([]);
    expect(norm(cr.text)).toBe("uint8 A[] = {3, 4};");
  });

  it("keeps the line structure of dropped directive lines", () => {
    const r = pp("#define A 1\n#define B \\\n 2\nx = A;\ny = B;\n");
    expect(r.text).toBe("\n\n\nx = 1;\ny = 2;\n");
  });

  it("rescans replacements and never expands a macro inside its own expansion", () => {
    expect(norm(pp("#define foo foo + 1\nfoo").text)).toBe("foo + 1");
    expect(norm(pp("#define a b\n#define b a\na b").text)).toBe("a b");
    expect(norm(pp("#define X Y\n#define Y Z\n#define Z 42\nX").text)).toBe("42");
  });

  it("removes #undef'd macros and allows redefinition afterwards without a warning", () => {
    const r = pp("#define N 1\nN\n#undef N\nN\n#define N 2\nN");
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("1 N 2");
  });

  it("warns when a macro is redefined with a different body, but not for an identical one", () => {
    expect(pp("#define N  1 /* c */\n#define N 1\n").diagnostics).toEqual([]);
    const r = pp("#define N 1\n\n#define N 2\nN");
    const d = only(r, codes.preprocessorWarning.code, "macro 'N' redefined with a different body");
    expect(d.severity).toBe("warning");
    expect(d.location!.start.line).toBe(3);
    expect(d.related?.[0].location.start.line).toBe(1);
    expect(norm(r.text)).toBe("2");
  });

  it("expands __LINE__ and __FILE__", () => {
    expect(norm(pp("a\nb __LINE__ __FILE__").text)).toBe('a b 2 "main.mof"');
  });
});

describe("function-like macros", () => {
  it("substitutes arguments, including nested parentheses and commas inside them", () => {
    const r = pp("#define F(a, b) [a] = b\nF((1, 2), x)\nF( , y)");
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("[(1, 2)] = x [] = y");
  });

  it("reads arguments across lines and comments", () => {
    const r = pp("#define ADD(a, b) a + b\nv = ADD(1, /* one */\n   2 // two\n  );\nnext;");
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("v = 1 + 2; next;");
  });

  it("leaves a function-like macro name alone when no '(' follows", () => {
    expect(norm(pp("#define F(x) <x>\nF; F (1); F\n(2)").text)).toBe("F; <1>; <2>");
  });

  it("pre-expands arguments and picks up arguments after a replacement during rescanning", () => {
    expect(norm(pp("#define N 7\n#define TWICE(x) x x\nTWICE(N)").text)).toBe("7 7");
    expect(norm(pp("#define f(x) (x+1)\nf(f(1))").text)).toBe("((1+1)+1)");
    expect(norm(pp("#define f(x) x*2\n#define g f\ng(3)").text)).toBe("3*2");
    expect(norm(pp("#define ID(x) x\n#define LP (\nID LP 5)").text)).toBe("ID ( 5)");
  });

  it("supports # stringizing and ## pasting", () => {
    const r = pp(
      [
        "#define STR(x) #x",
        "#define CAT(a, b) a##b",
        "#define XSTR(x) STR(x)",
        "#define N 10",
        'STR( hello   "w\\n"  world ) CAT(Ex_, Thing) CAT(, z) STR(N) XSTR(N)',
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe('"hello \\"w\\\\n\\" world" Ex_Thing z "N" "10"');
  });

  it("supports variadic macros", () => {
    expect(norm(pp("#define V(fmt, ...) fmt{__VA_ARGS__}\nV(a, 1, 2, 3) V(b)").text)).toBe("a{1, 2, 3} b{}");
  });

  it("reports a wrong argument count and names the expected count", () => {
    const r = pp("#define F(a, b) a b\n\nx F(1, 2, 3) y");
    const d = only(r, codes.preprocessor.code, "wrong number of arguments for macro 'F(a, b)': expected 2 but found 3");
    expect(d.location!.start.line).toBe(3);
    expect(d.location!.start.column).toBe(3);
    expect(norm(r.text)).toBe("x y");
    only(pp("#define F(a, b) a b\nF(1)"), codes.preprocessor.code, "expected 2 but found 1");
    only(pp("#define V(a, b, ...) a\nV(1)"), codes.preprocessor.code, "expected at least 2 but found 1");
  });

  it("reports an unterminated argument list", () => {
    const r = pp("#define F(a) a\nF(1, \n#define X\n");
    const d = only(r, codes.preprocessor.code, "unterminated argument list invoking macro 'F'");
    expect(d.location!.start.line).toBe(2);
  });
});

describe("ISO C examples", () => {
  it("expands C11 6.10.3.5 example 3 as the standard says", () => {
    const r = pp(
      [
        "#define x 3",
        "#define f(a) f(x * (a))",
        "#undef x",
        "#define x 2",
        "#define g f",
        "#define z z[0]",
        "#define h g(~",
        "#define m(a) a(w)",
        "#define w 0,1",
        "#define t(a) a",
        "#define p() int",
        "#define q(x) x",
        "#define r(x,y) x ## y",
        "#define str(x) # x",
        "f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);",
        "g(x+(3,4)-w) | h 5) & m",
        "(f)^m(m);",
        "p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };",
        "char c[2][6] = { str(hello), str() };",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe(
      norm(`f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);
        f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);
        int i[] = { 1, 23, 4, 5, };
        char c[2][6] = { "hello", "" };`),
    );
  });

  it("stringizes and pastes as in C11 6.10.3.5 example 4", () => {
    const r = pp(
      [
        "#define str(s) # s",
        "#define xstr(s) str(s)",
        '#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \\',
        " x ## s, x ## t)",
        "#define INCFILE(n) vers ## n",
        "#define glue(a, b) a ## b",
        "#define xglue(a, b) glue(a, b)",
        '#define HIGHLOW "hello"',
        '#define LOW LOW ", world"',
        "debug(1, 2);",
        'fputs(str(strncmp("abc\\0d", "abc", \'\\4\') // this goes away',
        " == 0) str(: @\\n), s);",
        "xstr(INCFILE(2).h)",
        "glue(HIGH, LOW);",
        "xglue(HIGH, LOW)",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.text.trim().split("\n")).toEqual([
      'printf("x" "1" "= %d, x" "2" "= %s", x1, x2);',
      'fputs("strncmp(\\"abc\\\\0d\\", \\"abc\\", \'\\\\4\') == 0" ": @\\n", s);',
      '"vers2.h"',
      '"hello";',
      '"hello" ", world"',
    ]);
  });

  it("pastes placemarkers as in example 5 and tells benign from invalid redefinitions (example 6)", () => {
    const r = pp(
      [
        "#define t(x,y,z) x ## y ## z",
        "int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,), t(10,,), t(,11,), t(,,12), t(,,) };",
        "#define OBJ_LIKE (1-1)",
        "#define OBJ_LIKE /* white space */ (1-1) /* other */",
        "#define FUNC_LIKE(a) ( a )",
        "#define FUNC_LIKE( a )( /* note the white space */ \\",
        " a /* other stuff on this line",
        " */ )",
        "#define OBJ_LIKE (0)",
        "#define OBJ_LIKE (1 - 1)",
        "#define FUNC_LIKE(b) ( a )",
        "#define FUNC_LIKE(b) ( b )",
      ].join("\n"),
    );
    expect(norm(r.text)).toBe("int j[] = { 123, 45, 67, 89, 10, 11, 12, };");
    expect(r.diagnostics.map((d) => [d.code, d.location!.start.line])).toEqual([
      [codes.preprocessorWarning.code, 9],
      [codes.preprocessorWarning.code, 10],
      [codes.preprocessorWarning.code, 11],
      [codes.preprocessorWarning.code, 12],
    ]);
  });
});

describe("literals, comments and pragmas", () => {
  it("never expands inside strings, char literals or comments", () => {
    const r = pp(
      [
        "#define N 5",
        'string s = "N \\" N"; char16 c = \'N\'; // N',
        "/* N",
        "#define N 6",
        "#error not a directive",
        "*/ uint8 v = N;",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toContain('string s = "N \\" N"; char16 c = \'N\'; // N');
    expect(r.text).toContain("/* N\n#define N 6\n#error not a directive\n*/ uint8 v = 5;");
  });

  it("passes #pragma lines through unchanged and unexpanded, in any case and with blanks after '#'", () => {
    const src = '#define NS "root/x"\n#pragma namespace(NS)\n  #  PRAGMA Locale(NS)\nNS';
    const r = pp(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe('\n#pragma namespace(NS)\n  #  PRAGMA Locale(NS)\n"root/x"');
  });

  it("handles a directive whose trailing block comment spans lines", () => {
    const r = pp("#define A 1 /* start\n still comment */\nA");
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("1");
  });
});

describe("conditionals", () => {
  it("selects #ifdef / #ifndef / #else branches, including nested and inactive ones", () => {
    const r = pp(
      [
        "#define WIN",
        "#ifdef WIN",
        "  win",
        "  #ifndef WIN",
        "    never",
        "  #else",
        "    nested-else",
        "  #endif",
        "#else",
        "  #bogus directive is ignored here",
        "  #if 1",
        "    skipped",
        "  #endif",
        "#endif",
        "#ifndef LINUX",
        "  no-linux",
        "#endif",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("win nested-else no-linux");
  });

  it("evaluates #if expressions", () => {
    const cases: [string, boolean][] = [
      ["defined(A)", true],
      ["defined A && !defined B", true],
      ["defined ( B )", false],
      ["A == 3", true],
      ["UNDEFINED", false],
      ["UNDEFINED == 0", true],
      ["0x10 == 16 && 010 == 8 && 0b11 == 3", true],
      ["10L == 10 && 10UL == 10u && 10i64 == 10", true],
      ["1 + 2 * 3 == 7 && (1 + 2) * 3 == 9", true],
      ["7 / 2 == 3 && -7 / 2 == -3 && 7 % 3 == 1", true],
      ["1 << 4 == 16 && 256 >> 4 == 16", true],
      ["(5 & 3) == 1 && (5 | 3) == 7 && (5 ^ 3) == 6 && ~0 == -1", true],
      ["1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 3 && 1 != 2", true],
      ["-1 < 0", true],
      ["-1 < 0u", false],
      ["0xFFFFFFFFFFFFFFFF == -1", true],
      ["1 ? 2 : 0", true],
      ["0 ? 1 : 0", false],
      ["0 && 1 / 0", false],
      ["1 || 1 / 0", true],
      ["SUM(1, 2) == 3", true],
      ["'A' == 65 && '\\n' == 10", true],
      ["!0 && !!5", true],
    ];
    for (const [expr, expected] of cases) {
      const r = pp(`#define A 3\n#define SUM(x, y) ((x) + (y))\n#if ${expr}\nyes\n#else\nno\n#endif`);
      expect(r.diagnostics, expr).toEqual([]);
      expect(norm(r.text), expr).toBe(expected ? "yes" : "no");
    }
  });

  it("takes the first true #elif and supports #elifdef", () => {
    const src = (v: string) =>
      `#define V ${v}\n#if V == 1\none\n#elif V == 2\ntwo\n#elif V == 2\nagain\n#else\nother\n#endif`;
    expect(norm(pp(src("1")).text)).toBe("one");
    expect(norm(pp(src("2")).text)).toBe("two");
    expect(norm(pp(src("9")).text)).toBe("other");
    expect(norm(pp("#ifdef X\nx\n#elifdef Y\ny\n#endif", { defines: { Y: "1" } }).text)).toBe("y");
  });

  it("does not evaluate #elif once a branch was taken or inside a skipped region", () => {
    const r = pp("#if 1\na\n#elif 1/0\nb\n#endif\n#if 0\n#if 1/0\n#endif\n#endif");
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("a");
  });

  it("reports bad #if expressions with their position", () => {
    const bad: [string, string][] = [
      ["1 +", "expected a number, identifier or '(' in #if expression but found end of line"],
      ["(1", "expected ')' to close the '(' in #if expression but found end of line"],
      ["1 2", "expected an operator or the end of the #if expression but found '2'"],
      ["1 / 0", "division by zero in #if expression"],
      ["X = 1", "'=' is not allowed in a #if expression"],
      ['"s"', "a string literal is not allowed in a #if expression"],
      ["1.5", "floating-point constant '1.5' is not allowed"],
      ["08", "invalid octal constant '08'"],
      ["defined", "expected a macro name after 'defined'"],
      ["defined(X", "expected ')' after 'defined(X'"],
      ["1 ? 2", "expected ':' to go with '?'"],
    ];
    for (const [expr, message] of bad) {
      const r = pp(`\n#if ${expr}\nyes\n#endif\nafter`);
      const d = only(r, codes.preprocessor.code, message);
      expect(d.location!.start.line, expr).toBe(2);
      expect(norm(r.text), expr).toBe("after");
    }
    const empty = only(pp("#if\n#endif"), codes.preprocessor.code, "#if needs an expression");
    expect(empty.location!.start.line).toBe(1);
  });

  it("reports unbalanced conditionals", () => {
    const un = only(
      pp("a\n#ifdef X\nb\n"),
      codes.preprocessor.code,
      "unterminated #ifdef: expected #endif before the end of the file",
    );
    expect(un.location!.start.line).toBe(2);
    const d1 = only(pp("a\n#else\n"), codes.preprocessor.code, "#else without a matching #if");
    expect(d1.location!.start.line).toBe(2);
    only(pp("#endif\n"), codes.preprocessor.code, "#endif without a matching #if");
    only(pp("#elif 1\n"), codes.preprocessor.code, "#elif without a matching #if");
    const twice = only(pp("#if 1\n#else\n#else\n#endif"), codes.preprocessor.code, "#else after #else");
    expect(twice.location!.start.line).toBe(3);
    expect(twice.related?.[0].location.start.line).toBe(2);
    only(pp("#if 0\n#else\n#elif 1\n#endif"), codes.preprocessor.code, "#elif after #else");
  });

  it("requires conditionals to balance within each included file", () => {
    const r = run({ "main.mof": '#include "a.mof"\n#endif\n', "a.mof": "#if 1\nx\n" });
    expect(r.diagnostics.map((d) => [d.location!.file, d.location!.start.line, d.message])).toEqual([
      ["a.mof", 1, "unterminated #if: expected #endif before the end of the file"],
      ["main.mof", 2, "#endif without a matching #if, #ifdef or #ifndef"],
    ]);
  });
});

describe("other directives", () => {
  it("reports #error as an error and #warning as a warning", () => {
    const r = pp("\n#error Unsupported   platform\n#warning check this\n#if 0\n#error skipped\n#endif");
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.message, d.location!.start.line])).toEqual([
      [codes.preprocessor.code, "error", "#error Unsupported   platform", 2],
      [codes.preprocessorWarning.code, "warning", "#warning check this", 3],
    ]);
  });

  it("ignores #line, line markers and the null directive", () => {
    const r = pp('#line 100 "x.mof"\n# 12 "y.mof"\n#\nok');
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("ok");
  });

  it("reports unknown directives in active regions only", () => {
    const r = pp("a\n  #frobnicate 1\n#if 0\n#frobnicate 2\n#endif\n");
    const d = only(r, codes.preprocessor.code, "unknown preprocessor directive '#frobnicate'");
    expect(d.location!.start.line).toBe(2);
    expect(d.location!.start.column).toBe(3);
  });

  it("reports malformed #define directives with what was expected", () => {
    const bad: [string, string][] = [
      ["#define", "#define needs a macro name"],
      ["#define 12 x", "expected a macro name (an identifier) but found '12'"],
      ["#define F(a, 1) a", "expected a parameter name or '...' in the parameter list of macro 'F' but found '1'"],
      ["#define F(a b) a", "expected ',' or ')' after parameter 'a' of macro 'F' but found 'b'"],
      ["#define F(a", "expected ',' or ')' after parameter 'a' of macro 'F' but found end of line"],
      ["#define F(a, a) a", "duplicate parameter 'a'"],
      ["#define F(a) #b", "'#' in function-like macro 'F' must be followed by a parameter name"],
      ["#define F(a) ## a", "'##' cannot appear at either end"],
      ["#define defined 1", "'defined' cannot be used as a macro name"],
      ["#undef", "expected a macro name after #undef"],
      ["#ifdef 3\n#endif", "expected a macro name after #ifdef but found '3'"],
    ];
    for (const [src, message] of bad) {
      const d = only(pp(`\n${src}\n`), codes.preprocessor.code, message);
      expect(d.location!.start.line, src).toBe(2);
    }
  });

  it("warns about extra tokens after #endif, #else and #ifdef", () => {
    const r = pp("#ifdef A B\n#else C\n#endif D\n");
    expect(warnings(r).map((d) => d.message)).toEqual([
      "extra tokens after the macro name in #ifdef are ignored",
      "extra tokens after #else are ignored",
      "extra tokens after #endif are ignored",
    ]);
  });
});

describe("-D definitions", () => {
  it("predefines option macros, including function-like ones", () => {
    const r = pp("#if DEBUG && LEVEL > 2\nv = LEVEL; w = SQ(3);\n#endif", {
      defines: { DEBUG: "1", LEVEL: "3", "SQ(x)": "((x)*(x))" },
    });
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("v = 3; w = ((3)*(3));");
  });

  it("warns when the file redefines an option macro differently", () => {
    only(pp("#define LEVEL 4\n", { defines: { LEVEL: "3" } }), codes.preprocessorWarning.code, "command line");
  });
});

describe("#include", () => {
  it('accepts the "file", <file> and ("file") forms and inlines the text', () => {
    const r = run({
      "main.mof": '#include "a.mof"\n#include <b.mof>\n#include ("c.mof")\nmain N',
      "a.mof": "#define N 1\nclass A {};\n",
      "b.mof": "class B {};",
      "c.mof": "class C {};\n",
    });
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("class A {}; class B {}; class C {}; main 1");
    checkSegments(r);
  });

  it("resolves names relative to the including file, then the include folders, ignoring case", () => {
    const r = run(
      {
        "src/main.mof": '#include "sub/One.mof"\n#include "common.MOF"\n#include "..\\shared\\x.mof"',
        "src/sub/one.mof": '#include "two.mof"\none',
        "src/sub/two.mof": "two",
        "inc/Common.mof": "common",
        "shared/x.mof": "x",
      },
      "src/main.mof",
      { includeDirs: ["inc"] },
    );
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("two one common x");
    const files = new Set(r.segments.map((s) => s.file.path));
    expect(files).toEqual(
      new Set(["src/main.mof", "src/sub/one.mof", "src/sub/two.mof", "inc/Common.mof", "shared/x.mof"]),
    );
  });

  it("reports a missing file at the directive with the folders searched", () => {
    const r = run({ "src/main.mof": 'a\n#include "missing.h"\nb' }, "src/main.mof", { includeDirs: ["inc", "more"] });
    const d = only(
      r,
      codes.includeNotFound.code,
      "cannot find include file 'missing.h' (searched 'src', 'inc', 'more')",
    );
    expect(d.location!.file).toBe("src/main.mof");
    expect(d.location!.start.line).toBe(2);
    expect(d.location!.start.column).toBe(11);
    expect(norm(r.text)).toBe("a b");
  });

  it("reports include cycles and excessive nesting", () => {
    const cyc = run({
      "main.mof": '#include "a.mof"\n',
      "a.mof": 'a\n#include "b.mof"\n',
      "b.mof": 'b\n#include "a.mof"\n',
    });
    const d = only(cyc, codes.includeCycle.code, "#include cycle: a.mof -> b.mof -> a.mof");
    expect(d.location!.file).toBe("b.mof");
    expect(d.location!.start.line).toBe(2);
    expect(norm(cyc.text)).toBe("a b");

    const files: Record<string, string> = { "main.mof": '#include "f0.mof"' };
    for (let i = 0; i < 80; i++) files[`f${i}.mof`] = `#include "f${i + 1}.mof"\n`;
    files["f80.mof"] = "deep";
    only(run(files), codes.includeCycle.code, "nested more than 64 levels deep");
  });

  it("uses only the macros and conditionals of C headers and warns once per header", () => {
    const r = run({
      "main.mof": '#include "defs.h"\n#include "defs.h"\n[MaxLen(MAX_LEN)] string S; FLAG',
      "defs.h": [
        "#pragma once",
        "#ifndef DEFS_H",
        "#define DEFS_H",
        "typedef struct _X { int a; } X;",
        "#define MAX_LEN 223",
        "#ifdef MOFCOMP_PASS",
        "#define FLAG mof",
        "#else",
        "#define FLAG c",
        "#endif",
        "int f(void);",
        "#endif",
      ].join("\n"),
    });
    const d = only(
      r,
      codes.preprocessorWarning.code,
      "'defs.h' is a C header: only its macro definitions and conditionals are used",
    );
    expect(d.location!.start.line).toBe(1);
    expect(norm(r.text)).toBe("[MaxLen(223)] string S; c");
    expect(r.text).not.toContain("typedef");
  });

  it("does not warn about headers that hold only directives and comments", () => {
    const r = run({ "main.mof": '#include "d.h"\nN', "d.h": "// defs\n#define N 1\n/* done */\n" });
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("1");
  });

  it("expands a macro naming the file", () => {
    const r = run({ "main.mof": '#define FILE "a.mof"\n#include FILE\n', "a.mof": "in a" });
    expect(r.diagnostics).toEqual([]);
    expect(norm(r.text)).toBe("in a");
  });

  it("decodes included files and reports their encoding notes", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("class U {};").flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = run({ "main.mof": '#include "u.mof"\n', "u.mof": utf16 });
    expect(norm(r.text)).toBe("class U {};");
    expect(r.diagnostics).toEqual([]); // a UTF-16 BOM is not unusual enough for a note

    const bad = run({ "main.mof": '#include "w.mof"\n', "w.mof": new Uint8Array([0x61, 0xe9, 0x62]) });
    const d = only(bad, codes.encoding.code, "not valid UTF-8");
    expect(d.location!.file).toBe("w.mof");
    expect(norm(bad.text)).toBe("aéb");
  });

  it("reports malformed #include operands", () => {
    only(pp("#include\n"), codes.preprocessor.code, "#include needs a file name");
    only(pp('#include "a.mof\n'), codes.preprocessor.code, "expected a closing '\"'");
    only(pp('#include ("a.mof"\n'), codes.preprocessor.code, "expected ')' after the #include file name");
    only(pp("#include 42\n"), codes.preprocessor.code, 'expected "file", <file> or ("file") after #include');
  });
});

describe("source mapping", () => {
  const src = ["#define LEN 223", "class A {", "  [MaxLen(LEN)] string S;", "};"].join("\n");

  it("maps copied text 1:1 and expansion text to the invocation", () => {
    const r = pp(src);
    checkSegments(r);
    const out = r.text.indexOf("223");
    const inv = src.indexOf("LEN)");
    for (let k = 0; k < 3; k++) {
      const m = mapOffset(r.segments, out + k);
      expect(m.file.path).toBe("main.mof");
      expect(m.offset).toBeGreaterThanOrEqual(inv);
      expect(m.offset).toBeLessThan(inv + "LEN".length);
    }
    expect(mapOffset(r.segments, out).offset).toBe(inv);
    // text after the expansion is a copy again
    const after = r.text.indexOf("] string S");
    expect(mapOffset(r.segments, after).offset).toBe(src.indexOf("] string S"));
    const cls = r.text.indexOf("class A");
    expect(mapOffset(r.segments, cls).offset).toBe(src.indexOf("class A"));
  });

  it("maps a multi-line invocation to its whole range", () => {
    const s = "#define F(a, b) a##b\nx F(long,\n  name) y";
    const r = pp(s);
    const out = r.text.indexOf("longname");
    const first = mapOffset(r.segments, out);
    const last = mapOffset(r.segments, out + "longname".length - 1);
    expect(first.offset).toBe(s.lastIndexOf("F("));
    expect(last.offset).toBeLessThan(s.indexOf(") y") + 1);
    expect(mapOffset(r.segments, r.text.indexOf(" y")).offset).toBe(s.indexOf(" y"));
  });

  it("maps text from an included file into that file", () => {
    const r = run({
      "main.mof": 'class M {};\n#include "inc/a.mof"\nclass After {};',
      "inc/a.mof": "// a\n\nclass Inc {};\n",
    });
    checkSegments(r);
    const m = mapOffset(r.segments, r.text.indexOf("class Inc"));
    expect(m.file.path).toBe("inc/a.mof");
    expect(m.file.positionAt(m.offset).line).toBe(3);
    expect(m.offset).toBe("// a\n\n".length);
    const after = mapOffset(r.segments, r.text.indexOf("class After"));
    expect(after.file.path).toBe("main.mof");
    expect(after.file.positionAt(after.offset).line).toBe(3);
  });

  it("maps a macro defined in an included file to its use in the including file", () => {
    const r = run({ "main.mof": '#include "d.mof"\nv = N;', "d.mof": "#define N 5\n" });
    const m = mapOffset(r.segments, r.text.indexOf("5"));
    expect(m.file.path).toBe("main.mof");
    expect(m.offset).toBe('#include "d.mof"\nv = '.length);
  });

  it("maps every offset, including the end of the text and empty output", () => {
    const r = pp("#define X\n#if 0\nskipped\n#endif\nX");
    expect(r.text.trim()).toBe("");
    for (let o = 0; o <= r.text.length; o++) expect(mapOffset(r.segments, o).file.path).toBe("main.mof");
    const empty = pp("");
    expect(empty.text).toBe("");
    expect(mapOffset(empty.segments, 0)).toEqual({ file: expect.objectContaining({ path: "main.mof" }), offset: 0 });
  });
});

describe("robustness", () => {
  it("stops exponential expansion with an error instead of running away", () => {
    const lines = ["#define A0 x x"];
    for (let i = 1; i <= 40; i++) lines.push(`#define A${i} A${i - 1} A${i - 1}`);
    lines.push("A40");
    const small = pp(lines.join("\n"), { maxOutputLength: 10_000 });
    expect(errors(small)).toHaveLength(1);
    expect(errors(small)[0].message).toMatch(/more than 10000 (tokens|characters)/);
    checkSegments(small);

    const start = performance.now();
    const big = pp(lines.join("\n"));
    expect(errors(big)[0].message).toMatch(/more than \d+ tokens/);
    expect(performance.now() - start).toBeLessThan(20_000);
  });

  it("stops exponential growth through arguments", () => {
    const r = pp(`#define D(x) x x\n${"D(".repeat(40)}1${")".repeat(40)}`, { maxOutputLength: 100_000 });
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0].message).toContain("more than 100000 tokens");
  });

  it("reports deeply nested arguments and expressions without overflowing the stack", () => {
    const args = pp(`#define I(x) x\n${"I(".repeat(5000)}1${")".repeat(5000)}`);
    expect(errors(args)[0].message).toContain("nested more than");
    const expr = pp(`#if ${"(".repeat(5000)}1${")".repeat(5000)}\n#endif`);
    expect(errors(expr)[0].message).toContain("nested more than");
  });

  it("never throws on arbitrary input", () => {
    const alphabet = [
      "#",
      "define ",
      "if ",
      "ifdef ",
      "else",
      "endif",
      "include ",
      "elif ",
      "undef ",
      "(",
      ")",
      ",",
      "\\",
      "\n",
      "\r\n",
      "\r",
      " ",
      '"',
      "'",
      "/*",
      "*/",
      "//",
      "##",
      "A",
      "B",
      "F",
      "x",
      "1",
      "0x",
      "defined",
      "...",
      "<",
      ">",
      "?",
      ":",
      "-",
      "+",
      "/",
    ];
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let n = 0; n < 400; n++) {
      const parts: string[] = [];
      const len = rand(60);
      for (let i = 0; i < len; i++) parts.push(alphabet[rand(alphabet.length)]);
      const text = parts.join("");
      const r = run({ "main.mof": text, A: "#define A A B\nA", x: "x" }, "main.mof", { defines: { F: "F(" } });
      expect(
        r.diagnostics.filter((d) => d.message.startsWith("internal")),
        text,
      ).toEqual([]);
      checkSegments(r);
    }
  });

  it("preprocesses a 100 KB file in a few milliseconds", () => {
    const chunk = [
      '#define QUALS Description("Some text") : amended, MaxLen(LEN)',
      "#define LEN 64",
      "#define PAIR(a, b) a = b",
      "[QUALS] class Ex_C { string S; uint32 PAIR(V, 10); /* comment LEN */ // LEN",
      '  [Values {"a", "b", "c"}, ValueMap {"1", "2", "3"}] uint32 Plain;',
      "};",
      "",
    ].join("\n");
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    // Speed is measured by `pnpm bench`, not asserted here: timings flake on shared CI machines.
    const r = pp(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.text).not.toMatch(/\[QUALS\]/);
  });
});

// ---------------------------------------------------------------------------------------------
// The real WDK iSCSI MOFs: C-preprocessor input with #include, #define and continuations.

// ../shared/... relative to the repository root (/work/main), found from this file so any cwd works.
const ISCSI_DIR = fileURLToPath(
  new URL("../../../../shared/corpus/mof/microsoft__Windows-driver-samples/storage/iscsi/src", import.meta.url),
).replace(/\\/g, "/");
const haveCorpus = fs.existsSync(ISCSI_DIR);
if (!haveCorpus)
  console.warn(`!!! SKIPPING the iSCSI corpus preprocessing test: ${path.resolve(ISCSI_DIR)} is missing`);

/** A host over the real file system, plus in-memory stand-ins for the WDK headers that are not there. */
function fsHost(stubs: Record<string, string>): FileHost {
  const enc = new TextEncoder();
  return {
    readFile(p) {
      if (p in stubs) return enc.encode(stubs[p]);
      try {
        return fs.readFileSync(p);
      } catch {
        return undefined;
      }
    },
    readDirectory(p) {
      try {
        return fs.readdirSync(p);
      } catch {
        return undefined;
      }
    },
  };
}

/** Identifiers outside comments and string literals. */
function codeIdentifiers(text: string): Set<string> {
  const stripped = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\r\n]*|"(?:[^"\\\r\n]|\\.)*"/g, " ");
  return new Set(stripped.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

describe("WDK iSCSI corpus", () => {
  const mofs = ["def.mof", "config.mof", "mgmt.mof", "common.mof", "iscsihba.mof"];
  const defined = new Set<string>();
  for (const name of haveCorpus ? fs.readdirSync(ISCSI_DIR) : []) {
    for (const m of fs.readFileSync(path.join(ISCSI_DIR, name), "utf8").matchAll(/^\s*#\s*define\s+(\w+)/gm))
      defined.add(m[1]);
  }
  const stubs = wdkHeaderStubs(ISCSI_DIR);
  for (const line of stubs[`${ISCSI_DIR}/iscsidsc.h`].matchAll(/#define (\w+)/g)) defined.add(line[1]);

  it.skipIf(!haveCorpus).each(mofs)("%s preprocesses without errors once the WDK headers exist", (name) => {
    const p = `${ISCSI_DIR}/${name}`;
    const file = new SourceFile(p, fs.readFileSync(p, "utf8"));
    const r = preprocess(file, fsHost(stubs), { defines: {}, includeDirs: [] });
    expect(errors(r)).toEqual([]);
    // The only warning: iscsidsc.h has C declarations that were skipped.
    for (const w of warnings(r)) expect(w.message).toContain("is a C header");
    const left = [...codeIdentifiers(r.text)].filter((id) => defined.has(id) && id !== "MOFCOMP_PASS").sort();
    // common.mof on its own uses two macros that def/config/mgmt.mof define before including it.
    expect(left).toEqual(name === "common.mof" ? ["GENERATE_HEADER", "MODULE_HEADER"] : []);
    expect(r.text).not.toContain("ISCSI_LOGIN_OPTIONS;");
    checkSegments(r);
    if (name === "iscsihba.mof") {
      // 100 KB and no macros: a straight copy.
      expect(r.text).toBe(file.text);
    }
  });

  it.skipIf(!haveCorpus)("reports only the missing WDK headers when they are absent", () => {
    const p = `${ISCSI_DIR}/mgmt.mof`;
    const file = new SourceFile(p, fs.readFileSync(p, "utf8"));
    const r = preprocess(file, fsHost({}), { defines: {}, includeDirs: [] });
    expect(
      errors(r).map((d) => [
        d.code,
        d.message.split(" (")[0],
        d.location!.file.endsWith("common.mof"),
        d.location!.start.line,
      ]),
    ).toEqual([
      [codes.includeNotFound.code, "cannot find include file 'iscsidsc.h'", true, 17],
      [codes.includeNotFound.code, "cannot find include file 'iscsierr.h'", true, 18],
    ]);
    const ids = codeIdentifiers(r.text);
    for (const name of [
      "ISCSI_STATUS_QUALIFIERS",
      "ISCSI_STATUS",
      "MODULE_HEADER",
      "GENERATE_HEADER",
      "PERF_COUNTER_RAWCOUNT",
    ]) {
      expect(ids.has(name), name).toBe(false);
    }
    // Text of common.mof maps back into common.mof.
    const at = r.text.indexOf("ISCSI method execution status code");
    const m = mapOffset(r.segments, at);
    expect(m.file.path.endsWith("common.mof")).toBe(true);
    expect(m.file.positionAt(m.offset).line).toBe(21);
  });
});
