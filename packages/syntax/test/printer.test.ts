import { describe, expect, it } from "vitest";
import type * as A from "../src/ast.js";
import { parseText } from "../src/parse.js";
import { printMof } from "../src/printer.js";
import { escapedUnits, formatInteger, quoteChar, quoteString, splitStringLiteral } from "../src/printer-values.js";

type Dialect = "wmi" | "dmtf";

const span: A.Span = { start: 0, end: 0 };

/** The AST as JSON without spans (bigints as strings), for comparing parses of different texts. */
function strip(productions: A.Production[]): string {
  return JSON.stringify(productions, (key, value: unknown) => {
    if (key === "span") return undefined;
    if (typeof value === "bigint") return value.toString();
    return value;
  });
}

function errorsOf(text: string, dialect: Dialect): string[] {
  return parseText(text, { dialect })
    .diagnostics.filter((d) => d.diagnostic.severity === "error")
    .map((d) => `${d.diagnostic.message} at ${d.start}`);
}

function parse(text: string, dialect: Dialect = "wmi"): A.Production[] {
  const r = parseText(text, { dialect });
  const errors = r.diagnostics.filter((d) => d.diagnostic.severity === "error");
  expect(
    errors.map((d) => d.diagnostic.message),
    `errors parsing:\n${text}`,
  ).toEqual([]);
  return r.productions;
}

/** parse → print, checking the printed text parses (no errors) to the same AST and prints stably. */
function print(text: string, dialect: Dialect = "wmi"): string {
  const first = parse(text, dialect);
  const printed = printMof(first);
  const second = parse(printed, dialect);
  expect(strip(second), `round trip of:\n${printed}`).toBe(strip(first));
  expect(printMof(second)).toBe(printed);
  return printed;
}

/** Prints an AST built by hand and checks that the text parses back to it. */
function printBuilt(productions: A.Production[], dialect: Dialect = "wmi"): string {
  const printed = printMof(productions);
  expect(strip(parse(printed, dialect))).toBe(strip(productions));
  return printed;
}

const lines = (...ls: string[]) => ls.join("\n") + "\n";

// ---- AST builders for values the parser cannot produce on its own --------------------------

const id = (name: string): A.Identifier => ({ kind: "Identifier", name, span });
const str = (value: string): A.StringValue => ({ kind: "String", value, span });
const propWith = (value: A.Value): A.InstanceDeclaration => ({
  kind: "Instance",
  qualifiers: [],
  className: id("Ex_T"),
  alias: undefined,
  properties: [{ kind: "PropertyValue", qualifiers: [], name: id("P"), value, span }],
  span,
});

describe("printMof: directives", () => {
  it("prints pragmas with and without arguments", () => {
    expect(print('#pragma namespace ("\\\\\\\\.\\\\root\\\\cimv2")')).toBe(
      lines('#pragma namespace("\\\\\\\\.\\\\root\\\\cimv2")'),
    );
    expect(print("#PRAGMA AUTORECOVER")).toBe(lines("#pragma AUTORECOVER"));
    expect(print('#pragma deleteclass("X", NoFail)')).toBe(lines('#pragma deleteclass("X", NoFail)'));
    expect(print("#pragma locale(0x409)")).toBe(lines("#pragma locale(0x409)"));
    expect(print('#pragma classflags("forceupdate", 1.5, 017)')).toBe(
      lines('#pragma classflags("forceupdate", 1.5, 017)'),
    );
  });

  it("prints includes, keeping the parentheses as written", () => {
    expect(print('#include ("base.mof")')).toBe(lines('#include ("base.mof")'));
    expect(print('#include "base.mof"')).toBe(lines('#include "base.mof"'));
  });

  it("separates productions by a blank line", () => {
    expect(print('#pragma autorecover #pragma namespace("root") class A {};')).toBe(
      lines("#pragma autorecover", "", '#pragma namespace("root")', "", "class A {};"),
    );
  });

  it("prints nothing for no productions", () => {
    expect(printMof([])).toBe("");
  });
});

describe("printMof: qualifier declarations", () => {
  it("prints the DMTF form with default, scopes and flavors", () => {
    expect(
      print('qualifier Values : string[] = {"a", "b"}, scope(property, method), flavor(Amended, ToSubclass);'),
    ).toBe(lines('Qualifier Values : string[] = {"a", "b"}, Scope(property, method), Flavor(Amended, ToSubclass);'));
    expect(print("Qualifier Max : uint32[4] = null, Scope(any);")).toBe(
      lines("Qualifier Max : uint32[4] = null, Scope(any);"),
    );
    expect(print("Qualifier Key : Boolean = false, Scope(property, reference), Flavor(DisableOverride);", "dmtf")).toBe(
      lines("Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride);"),
    );
    expect(print("Qualifier Abstract : boolean, Scope(class);")).toBe(
      lines("Qualifier Abstract : boolean, Scope(class);"),
    );
  });

  it("prints the Microsoft flavor-default form", () => {
    expect(print("Qualifier Amendment : ToInstance  ToSubclass ;")).toBe(
      lines("Qualifier Amendment : ToInstance ToSubclass;"),
    );
  });
});

describe("printMof: classes", () => {
  it("prints a class with every kind of feature", () => {
    const src = `[Abstract, Description("x") : Amended ToSubclass] class Ex_A as $c : Ex_Base {
      [Key] string Name; uint32 Sizes[] = {1, 2}; Ex_B REF Other; object ref Objs[]; Object Emb; Ex_B Typed[4];
      uint32 M([In] uint32 A, [Out] string B[]); void V(); };`;
    expect(print(src)).toBe(
      lines(
        '[Abstract, Description("x") : Amended ToSubclass]',
        "class Ex_A as $c : Ex_Base {",
        "    [Key] string Name;",
        "    uint32 Sizes[] = {1, 2};",
        "    Ex_B ref Other;",
        "    object ref Objs[];",
        "    object Emb;",
        "    Ex_B Typed[4];",
        "    uint32 M([In] uint32 A, [Out] string B[]);",
        "    void V();",
        "};",
      ),
    );
  });

  it("prints an empty class on one line", () => {
    expect(print("class Ex_Empty{};")).toBe(lines("class Ex_Empty {};"));
    expect(print("class Ex_Empty : Ex_Base\n{\n};")).toBe(lines("class Ex_Empty : Ex_Base {};"));
  });

  it("prints a method parameter default and a method without parameters", () => {
    expect(print('class A { uint32 M([In] uint32 X = 5, string Y[] = {"a"}); string N(); };')).toBe(
      lines("class A {", '    uint32 M([In] uint32 X = 5, string Y[] = {"a"});', "    string N();", "};"),
    );
  });

  it("moves a long qualifier list to its own line and wraps it one qualifier per line", () => {
    const src = `class A {
      [Key, Description("The name of the thing, which identifies it among all the things we know."), MaxLen(256)]
      string Name;
      [Description("Short")] uint32 Size; };`;
    expect(print(src)).toBe(
      lines(
        "class A {",
        "    [Key,",
        '     Description("The name of the thing, which identifies it among all the things we know."),',
        "     MaxLen(256)]",
        "    string Name;",
        "",
        '    [Description("Short")] uint32 Size;',
        "};",
      ),
    );
    expect(
      print(
        `[Description("A short description of the class, long enough to make the list wrap"), Version("1.0.0")] class B {};`,
      ),
    ).toBe(
      lines(
        '[Description("A short description of the class, long enough to make the list wrap"),',
        ' Version("1.0.0")]',
        "class B {};",
      ),
    );
  });

  it("puts a qualifier list that fits on one line on a line of its own when the element does not fit", () => {
    expect(
      print(
        'class A { [Description("Moderately long text that fits on its own line")] string SomeLongPropertyName = "value"; };',
      ),
    ).toBe(
      lines(
        "class A {",
        '    [Description("Moderately long text that fits on its own line")]',
        '    string SomeLongPropertyName = "value";',
        "};",
      ),
    );
  });

  it("puts the parameters of a long method one per line, below the method's qualifiers", () => {
    const src = `class A { [Static] uint32 Create([In, Required] string CommandLine, [In] string CurrentDirectory,
      [Out] uint32 ProcessId, [In, Description("A parameter with a description that is long enough to wrap")] Win32_Config ref Config); };`;
    expect(print(src)).toBe(
      lines(
        "class A {",
        "    [Static]",
        "    uint32 Create(",
        "        [In, Required] string CommandLine,",
        "        [In] string CurrentDirectory,",
        "        [Out] uint32 ProcessId,",
        '        [In, Description("A parameter with a description that is long enough to wrap")]',
        "        Win32_Config ref Config);",
        "};",
      ),
    );
  });

  it("fills long arrays over several lines", () => {
    const values = Array.from({ length: 30 }, (_, i) => `"${i}"`).join(", ");
    expect(print(`class A { [ValueMap{${values}}] uint16 State; };`)).toBe(
      lines(
        "class A {",
        "    [ValueMap{",
        '         "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",',
        '         "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29"',
        "     }]",
        "    uint16 State;",
        "};",
      ),
    );
    const longs = Array.from({ length: 8 }, (_, i) => `"Value number ${i}"`).join(", ");
    expect(print(`class A { string S[] = {${longs}}; };`)).toBe(
      lines(
        "class A {",
        "    string S[] = {",
        '        "Value number 0", "Value number 1", "Value number 2", "Value number 3", "Value number 4",',
        '        "Value number 5", "Value number 6", "Value number 7"',
        "    };",
        "};",
      ),
    );
  });
});

describe("printMof: qualifier value forms", () => {
  it("prints none, paren, array and list forms with flavors", () => {
    const src = `[Abstract, Description("d"), Values{"a", "b"}, Flags("x", "y") : ToSubclass, Empty{}, Amended : ToInstance Restricted] class A {};`;
    expect(print(src)).toBe(
      lines(
        "[Abstract,",
        ' Description("d"),',
        ' Values{"a", "b"},',
        ' Flags("x", "y") : ToSubclass,',
        " Empty{},",
        " Amended : ToInstance Restricted]",
        "class A {};",
      ),
    );
    expect(print(`[Q(1), R("a", 2) : Amended, S{}, T] class B {};`)).toBe(
      lines('[Q(1), R("a", 2) : Amended, S{}, T]', "class B {};"),
    );
  });
});

describe("printMof: instances", () => {
  it("prints instances with aliases, valueless properties and embedded instances", () => {
    const src = `[Locale(0x409)] instance of Ex_A as $a { Name = "n"; [Dynamic] Size; Ref = $b;
      Emb = instance of Ex_E { A = 1; B = instance of Ex_F {}; }; List = {instance of Ex_G as $g { X = 1; }, $a}; };`;
    expect(print(src)).toBe(
      lines(
        "[Locale(0x409)]",
        "instance of Ex_A as $a {",
        '    Name = "n";',
        "    [Dynamic] Size;",
        "    Ref = $b;",
        "    Emb = instance of Ex_E { A = 1; B = instance of Ex_F {}; };",
        "    List = {instance of Ex_G as $g { X = 1; }, $a};",
        "};",
      ),
    );
  });

  it("prints an empty instance on one line", () => {
    expect(print("instance of Ex_A {};")).toBe(lines("instance of Ex_A {};"));
  });

  it("opens embedded instances that do not fit into blocks", () => {
    const src = `instance of Ex_A { Config = instance of Ex_Config { Name = "a fairly long name"; Value = "and a fairly long value"; };
      Items = {instance of Ex_Item { Name = "first"; }, instance of Ex_Item { Name = "second"; Nested = instance of Ex_N { V = 1; }; }}; };`;
    expect(print(src)).toBe(
      lines(
        "instance of Ex_A {",
        "    Config = instance of Ex_Config {",
        '        Name = "a fairly long name";',
        '        Value = "and a fairly long value";',
        "    };",
        "",
        "    Items = {",
        '        instance of Ex_Item { Name = "first"; },',
        '        instance of Ex_Item { Name = "second"; Nested = instance of Ex_N { V = 1; }; }',
        "    };",
        "};",
      ),
    );
  });
});

describe("printMof: values", () => {
  it("prints integers in their radix", () => {
    expect(
      print(
        "instance of A { D = -42; H = 0xffffffffffffffff; O = -017; B = 101B; Z = 0; P = +7; OZ = 00; HN = -0x1a; };",
      ),
    ).toBe(
      lines(
        "instance of A {",
        "    D = -42;",
        "    H = 0xFFFFFFFFFFFFFFFF;",
        "    O = -017;",
        "    B = 101b;",
        "    Z = 0;",
        "    P = 7;",
        "    OZ = 00;",
        "    HN = -0x1A;",
        "};",
      ),
    );
  });

  it("prints reals as written, booleans, null and chars", () => {
    expect(
      print(
        "instance of A { R = .5; E = -1.25E+10; T = TRUE; F = false; N = NULL; C = 'x'; Q = '\\''; S = '\\\\'; X = '\\x41'; };",
      ),
    ).toBe(
      lines(
        "instance of A {",
        "    R = .5;",
        "    E = -1.25E+10;",
        "    T = true;",
        "    F = false;",
        "    N = null;",
        "    C = 'x';",
        "    Q = '\\'';",
        "    S = '\\\\';",
        "    X = 'A';",
        "};",
      ),
    );
  });

  it("prints strings with escapes and joins concatenated literals", () => {
    expect(print(`instance of A { S = "a\\"b\\\\c\\n\\t\\r\\b\\f" "\\x41BC" "\\x1" "'"; };`)).toBe(
      lines("instance of A {", `    S = "a\\"b\\\\c\\n\\t\\r\\b\\f\u41bc\\x0001'";`, "};"),
    );
  });

  it("escapes control characters, C1 controls and lone surrogates as \\xHHHH", () => {
    const value = "\u0000\u0007\u001f\u007f\u0085\u009f\ud800x\udc00\ud83d\ude00";
    expect(printBuilt([propWith(str(value))])).toBe(
      lines(
        "instance of Ex_T {",
        '    P = "\\x0000\\x0007\\x001F\\x007F\\x0085\\x009F\\xD800x\\xDC00\ud83d\ude00";',
        "};",
      ),
    );
    expect(printBuilt([propWith({ kind: "Char", value: "\ud800", span })])).toBe(
      lines("instance of Ex_T {", "    P = '\\xD800';", "};"),
    );
  });

  it("prints empty arrays and the error-value text", () => {
    expect(print("instance of A { E = {}; };")).toBe(lines("instance of A {", "    E = {};", "};"));
    expect(printMof([propWith({ kind: "ErrorValue", text: "08", span })])).toBe(
      lines("instance of Ex_T {", "    P = 08;", "};"),
    );
  });

  it("splits long strings into adjacent literals, but never inside arrays", () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    expect(print(`class A { [Description("${words}")] string P; };`)).toBe(
      lines(
        "class A {",
        '    [Description("word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 "',
        '         "word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 "',
        '         "word24 word25 word26 word27 word28 word29")]',
        "    string P;",
        "};",
      ),
    );
    const printed = print(`instance of A { S = {"${words}"}; };`);
    expect(printed).toBe(lines("instance of A {", `    S = {"${words}"};`, "};"));
    // A break after a "\n" escape is preferred.
    expect(print(`instance of A { S = "${"x".repeat(50)}\\n${"y".repeat(60)}"; };`)).toBe(
      lines("instance of A {", `    S = "${"x".repeat(50)}\\n"`, `        "${"y".repeat(60)}";`, "};"),
    );
  });
});

describe("printMof: options", () => {
  it("uses the given indentation and line ending", () => {
    const printed = printMof(parse("class A { string B; string C; }; class D {};"), { indent: "\t", newline: "\r\n" });
    expect(printed).toBe("class A {\r\n\tstring B;\r\n\tstring C;\r\n};\r\n\r\nclass D {};\r\n");
    expect(strip(parse(printed))).toBe(strip(parse("class A { string B; string C; }; class D {};")));
  });

  it("does not throw on a malformed production", () => {
    const bogus = { kind: "Class", name: id("A") } as unknown as A.Production;
    expect(() => printMof([bogus, { kind: "Nonsense" } as unknown as A.Production])).not.toThrow();
  });
});

describe("printer-values", () => {
  it("formats integers", () => {
    expect(formatInteger(255n, 16)).toBe("0xFF");
    expect(formatInteger(-255n, 16)).toBe("-0xFF");
    expect(formatInteger(8n, 8)).toBe("010");
    expect(formatInteger(0n, 8)).toBe("00");
    expect(formatInteger(-5n, 2)).toBe("-101b");
    expect(formatInteger(0n, 2)).toBe("0b");
    expect(formatInteger(-18446744073709551615n, 10)).toBe("-18446744073709551615");
  });

  it("quotes strings and chars", () => {
    expect(quoteString(`it's "x"`)).toBe(`"it's \\"x\\""`);
    expect(quoteChar('"')).toBe(`'"'`);
    expect(quoteChar("'")).toBe(`'\\''`);
    expect(escapedUnits("a\ud83d\ude00\\", '"')).toEqual(["a", "\ud83d\ude00", "\\\\"]);
  });

  it("splits strings at unit boundaries only, for every budget", () => {
    const value = 'ab\ud83d\ude00\u0001 \\"\ud800 \n\u4e00\udfff.\ud83d\ude00\ud83d\ude00x';
    for (let budget = 1; budget <= 12; budget++) {
      const pieces = splitStringLiteral(value, budget, budget);
      for (const p of pieces) {
        expect(p.length).toBeGreaterThan(2);
        expect(/[\ud800-\udbff]"$/.test(p), `piece ${p} ends in a high surrogate`).toBe(false);
      }
      const [decoded] = parse(`instance of A { S = ${pieces.join(" ")}; };`) as A.InstanceDeclaration[];
      expect((decoded.properties[0].value as A.StringValue).value).toBe(value);
    }
  });
});

describe("printMof: round trips of tricky inputs", () => {
  const cases: [string, string, Dialect[]][] = [
    [
      "keywords as names",
      "class Indication { string Indication; [key] string Key; uint32 Class; string Ref; boolean Object; };",
      ["wmi", "dmtf"],
    ],
    ["keyword-named types and refs", "class Ref { Ref ref Ref; Void Void(); Flavor Scope; };", ["wmi"]],
    ["a hex escape of four digits", 'instance of A { S = "\\x41BC"; T = "\\x41"; U = "\\X7fz"; };', ["wmi", "dmtf"]],
    ["an escaped quote char", "instance of A { C = '\\''; D = '\"'; E = '\\x0'; };", ["wmi", "dmtf"]],
    ["64-bit hex", "instance of A { H = 0xFFFFFFFFFFFFFFFF; L = -0x8000000000000000; };", ["wmi", "dmtf"]],
    ["negative octal and binary", "instance of A { O = -0777; B = -1010b; C = 0B; };", ["wmi", "dmtf"]],
    ["reals", "instance of A { R = .5; S = -0.0; T = 1.5e-3; U = +2.25; };", ["wmi", "dmtf"]],
    ["concatenated strings", 'instance of A { S = "a" "b"\n "c"; T = {"x" "y", "z"}; };', ["wmi"]],
    ["empty arrays", "class A { [Values{}] string S[] = {}; };", ["wmi"]],
    [
      "pragmas",
      '#PRAGMA AUTORECOVER\n#pragma deleteclass("X", NoFail)\n#pragma namespace("\\\\\\\\.\\\\root\\\\x")',
      ["wmi"],
    ],
    [
      "nested embedded instances",
      "instance of A { E = instance of B { F = instance of C { G = {instance of D { H = 1; }}; }; }; };",
      ["wmi"],
    ],
    ["object ref arrays", "class A { object ref Refs[]; object ref One; object Objs[3]; };", ["wmi"]],
    ["class alias", "class X as $c : Y { }; instance of X as $i { R = $c; L = {$c, $i}; };", ["wmi", "dmtf"]],
    ["unknown escapes kept literally", 'instance of A { S = "MS\\0x409"; };', ["wmi"]],
    [
      "qualifier flavors everywhere",
      '[Description("c") : Amended ToSubclass Translatable] class A { [In : ToSubclass] string P; };',
      ["wmi"],
    ],
    [
      "method parameter defaults",
      'class A { uint32 M([In] uint32 X = 0x10, [Out] string Y[] = {"a", "b"}); };',
      ["wmi"],
    ],
    [
      "instance qualifiers and valueless properties",
      '[Dynamic, Provider("P")] instance of A { [Key] Name; [Q(1)] Value = 1; };',
      ["wmi"],
    ],
    ["ref as a property name", "class A { string ref; Ex ref ref; Ref Ref; Ref ref R[]; };", ["wmi"]],
    [
      "keywords as property-value names",
      "instance of A { Instance = 1; Of = 2; Class = 3; Qualifier = 4; };",
      ["wmi", "dmtf"],
    ],
    [
      "upper-case keywords and types",
      "QUALIFIER Q : STRING = NULL, SCOPE(ANY); CLASS A AS $A { UINT32 X = TRUE; OBJECT REF R; VOID M(); };",
      ["wmi"],
    ],
    ["comments and odd spacing", "/* c */ class A // x\n{ [ Key ] string\tK ; } ;", ["wmi", "dmtf"]],
    ["non-ASCII text", "instance of A { S = \"Größe \u2028 \ufeff ∑\"; C = 'é'; };", ["wmi", "dmtf"]],
  ];

  for (const [name, src, dialects] of cases) {
    for (const dialect of dialects) {
      it(`${name} (${dialect})`, () => {
        print(src, dialect);
      });
    }
  }

  it("a long string with escapes and surrogate pairs in a property", () => {
    const value = `${"\ud83d\ude00".repeat(40)} ${'\\"\u0001'.repeat(40)} ${"é\ud800x".repeat(30)}`;
    const printed = printBuilt([propWith(str(value))]);
    expect(printed.split("\n").length).toBeGreaterThan(4);
    expect(errorsOf(printed, "dmtf")).toEqual([]);
  });

  it("every code unit survives a string round trip", () => {
    let value = "";
    for (let c = 0; c < 0x10000; c++) value += String.fromCharCode(c);
    const printed = printBuilt([propWith(str(value))]);
    expect(errorsOf(printed, "wmi")).toEqual([]);
  });
});
