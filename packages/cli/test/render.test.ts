import { describe, expect, it, vi } from "vitest";
import { SourceFile, codes, compareDiagnostics, createDiagnostic, locate, type Diagnostic } from "@mofkit/diagnostics";
import {
  render,
  shouldUseColor,
  toSarifUri,
  type Format,
  type RenderInput,
  type Summary,
} from "../src/render/index.js";
import type { JsonOutput, SarifLog } from "../src/render/index.js";

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

const mainText = ["class Ex_NoSemi {", "\tuint32\tA = 1 @ 2; }", "class Ex_Next { };", ""].join("\n");
const main = new SourceFile("schemas/main.mof", mainText);
const other = new SourceFile("schemas/other.mof", '#pragma vendor_tuning("fast")\n');

function at(file: SourceFile, needle: string, from = 0): number {
  const i = file.text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: '${needle}' not in ${file.path}`);
  return i;
}

function sources(...files: SourceFile[]): Map<string, SourceFile> {
  return new Map(files.map((f) => [f.path, f]));
}

function summary(overrides: Partial<Summary> = {}): Summary {
  return { files: 2, classes: 2, qualifierTypes: 0, instances: 0, errors: 0, warnings: 0, ...overrides };
}

function input(diagnostics: Diagnostic[], over: Partial<RenderInput> = {}): RenderInput {
  const sorted = diagnostics.slice().sort(compareDiagnostics);
  const errors = sorted.filter((d) => d.severity === "error").length;
  return {
    diagnostics: sorted,
    summary: summary({ errors, warnings: sorted.length - errors }),
    sources: sources(main, other),
    color: false,
    toolVersion: "0.1.0",
    ...over,
  };
}

/** `expected ';' but found 'class'` on the whole `class` keyword of line 3. */
const missingSemi = (): Diagnostic => {
  const start = at(main, "class Ex_Next");
  return createDiagnostic(
    codes.unexpectedToken,
    { expected: "';'", found: "'class'" },
    locate(main, start, start + "class".length),
  );
};

/** `illegal character '@'` on line 2, which has tabs before it. */
const illegalAt = (): Diagnostic => {
  const start = at(main, "@");
  return createDiagnostic(codes.illegalCharacter, { char: "'@'" }, locate(main, start, start + 1));
};

const unknownPragma = (): Diagnostic =>
  createDiagnostic(codes.unknownPragma, { name: "vendor_tuning" }, locate(other, 8, 8 + "vendor_tuning".length));

const fileNotFound = (): Diagnostic =>
  createDiagnostic(codes.fileNotFound, { path: "missing.mof", reason: "no such file or directory" });

const ESC = "\u001b";

// ---------------------------------------------------------------------------------------------------------------

describe("pretty", () => {
  it("prints header, code frame, underline and summary", () => {
    const out = render("pretty", input([missingSemi()]));
    expect(out).toBe(
      [
        "schemas/main.mof:3:1 - error MOF1100: expected ';' but found 'class'",
        "",
        "3 | class Ex_Next { };",
        "  | ~~~~~",
        "",
        "Found 1 error in 2 files.",
        "",
      ].join("\n"),
    );
  });

  it("expands tabs identically in the source line and the underline", () => {
    const out = render("pretty", input([illegalAt()]));
    expect(out).toBe(
      [
        "schemas/main.mof:2:15 - error MOF1001: illegal character '@'",
        "",
        "2 |     uint32  A = 1 @ 2; }",
        "  |                   ~",
        "",
        "Found 1 error in 2 files.",
        "",
      ].join("\n"),
    );
    // The caret column in the frame must equal the position of '@' in the displayed line.
    const lines = out.split("\n");
    expect(lines[3].indexOf("~")).toBe(lines[2].indexOf("@"));
  });

  it("underlines a span that contains a tab with the tab's expanded width", () => {
    const start = at(main, "\tA"); // the tab after uint32 sits at display column 10 and expands to 12
    const d = createDiagnostic(codes.unexpectedToken, { expected: "x", found: "y" }, locate(main, start, start + 2));
    const lines = render("pretty", input([d])).split("\n");
    expect(lines[2]).toBe("2 |     uint32  A = 1 @ 2; }");
    expect(lines[3]).toBe("  |           ~~~");
  });

  it("uses a caret for zero-width spans and underlines multi-line spans to the end of the first line", () => {
    const eol = at(main, "{") + 1; // just after '{' on line 1
    const zero = createDiagnostic(codes.unexpectedToken, { expected: "'}'", found: "end of line" }, locate(main, eol));
    const brace = at(main, "{");
    const multi = createDiagnostic(
      codes.unexpectedToken,
      { expected: "a", found: "b" },
      locate(main, brace - "Ex_NoSemi ".length, at(main, "uint32") + 3),
    );
    const out = render("pretty", input([zero, multi]));
    expect(out).toBe(
      [
        "schemas/main.mof:1:7 - error MOF1100: expected a but found b",
        "",
        "1 | class Ex_NoSemi {",
        "  |       ~~~~~~~~~~~",
        "",
        "schemas/main.mof:1:18 - error MOF1100: expected '}' but found end of line",
        "",
        "1 | class Ex_NoSemi {",
        "  |                  ^",
        "",
        "Found 2 errors in 2 files.",
        "",
      ].join("\n"),
    );
  });

  it("widens the gutter with the line number", () => {
    const text = Array.from({ length: 12 }, (_, i) => `class Ex_${i} { };`).join("\n");
    const f = new SourceFile("big.mof", text);
    const start = at(f, "Ex_11");
    const d = createDiagnostic(codes.unexpectedToken, { expected: "a", found: "b" }, locate(f, start, start + 5));
    const lines = render("pretty", input([d], { sources: sources(f) })).split("\n");
    expect(lines.slice(2, 4)).toEqual(["12 | class Ex_11 { };", "   |       ~~~~~"]);
  });

  it("prints warnings, related locations, location-less diagnostics and skips frames for unknown sources", () => {
    const related = createDiagnostic(
      codes.includeCycle,
      { detail: "'schemas/main.mof' includes itself" },
      locate(main, 0, 5),
      [{ message: "included from here", location: locate(other, 0, 7) }],
    );
    const ghost = createDiagnostic(
      codes.unknownPragma,
      { name: "x" },
      { file: "gone.mof", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    );
    const out = render("pretty", input([fileNotFound(), related, unknownPragma(), ghost]));
    expect(out).toBe(
      [
        "error MOF5001: cannot read input file 'missing.mof': no such file or directory",
        "",
        "gone.mof:1:1 - warning MOF1200: unknown pragma 'x' is ignored",
        "",
        "schemas/main.mof:1:1 - error MOF1203: 'schemas/main.mof' includes itself",
        "",
        "1 | class Ex_NoSemi {",
        "  | ~~~~~",
        "  schemas/other.mof:1:1 - included from here",
        "",
        "schemas/other.mof:1:9 - warning MOF1200: unknown pragma 'vendor_tuning' is ignored",
        "",
        '1 | #pragma vendor_tuning("fast")',
        "  |         ~~~~~~~~~~~~~",
        "",
        "Found 2 errors and 2 warnings in 2 files.",
        "",
      ].join("\n"),
    );
  });

  it("keeps the underline aligned after wide (CJK) characters and astral code points", () => {
    const f = new SourceFile("jp.mof", '[Description("日本語😀")] class Ex_J { uint32 A @; };');
    const start = at(f, "@");
    const d = createDiagnostic(codes.illegalCharacter, { char: "'@'" }, locate(f, start, start + 1));
    const lines = render("pretty", input([d], { sources: sources(f) })).split("\n");
    // "日本語😀" occupies 8 terminal columns but 5 UTF-16 code units; the header reports UTF-16 columns.
    expect(lines[0]).toBe("jp.mof:1:46 - error MOF1001: illegal character '@'");
    const prefix = '[Description("日本語😀")] class Ex_J { uint32 A ';
    const displayWidth = [...prefix].length + 4; // 4 wide characters count twice
    expect(lines[3]).toBe("  | " + " ".repeat(displayWidth) + "~");
  });

  it("blanks control characters so they cannot reach the terminal", () => {
    const f = new SourceFile("ctl.mof", "class \u001b[31mX { };");
    const d = createDiagnostic(codes.illegalCharacter, { char: "U+001B" }, locate(f, 6, 7));
    const lines = render("pretty", input([d], { sources: sources(f) })).split("\n");
    expect(lines[2]).toBe("1 | class  [31mX { };");
    expect(lines[3]).toBe("  |       ~");
  });

  it("shows a window of very long lines", () => {
    const f = new SourceFile("long.mof", "x".repeat(300) + "@" + "y".repeat(300));
    const d = createDiagnostic(codes.illegalCharacter, { char: "'@'" }, locate(f, 300, 301));
    const lines = render("pretty", input([d], { sources: sources(f) })).split("\n");
    expect(lines[2].length).toBeLessThan(140);
    expect(lines[2].startsWith("1 | ...")).toBe(true);
    expect(lines[2].endsWith("...")).toBe(true);
    expect(lines[3].indexOf("~")).toBe(lines[2].indexOf("@"));
  });

  it("pluralises the summary", () => {
    const line = (s: Partial<Summary>) => render("pretty", { ...input([]), summary: summary(s) });
    expect(line({ files: 3 })).toBe("No problems found in 3 files.\n");
    expect(line({ files: 1 })).toBe("No problems found in 1 file.\n");
    expect(line({ files: 1, errors: 1 })).toBe("Found 1 error in 1 file.\n");
    expect(line({ files: 3, errors: 2, warnings: 1 })).toBe("Found 2 errors and 1 warning in 3 files.\n");
    expect(line({ files: 3, warnings: 2 })).toBe("Found 2 warnings in 3 files.\n");
    expect(line({ files: 0, errors: 1 })).toBe("Found 1 error.\n");
  });

  it("emits no escape codes without colour", () => {
    const out = render("pretty", input([missingSemi(), unknownPragma(), fileNotFound()]));
    expect(out).not.toContain(ESC);
  });

  it("colours severity, code, location and underline when asked, even when stdout is not a TTY", () => {
    const out = render("pretty", input([missingSemi(), unknownPragma()], { color: true }));
    expect(out).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(out).toContain(`${ESC}[90mMOF1100:${ESC}[39m`);
    expect(out).toContain(`${ESC}[36mschemas/main.mof${ESC}[39m`);
    expect(out).toContain(`${ESC}[31m~~~~~${ESC}[39m`);
    // Stripping the codes gives exactly the uncoloured output.
    const plain = render("pretty", input([missingSemi(), unknownPragma()]));
    expect(out.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("falls back to raw ANSI codes when util.styleText is missing", async () => {
    vi.resetModules();
    vi.doMock("node:util", async (importOriginal) => ({
      ...(await importOriginal<typeof import("node:util")>()),
      styleText: undefined,
    }));
    try {
      const fresh = await import("../src/render/index.js");
      const out = fresh.render("pretty", input([missingSemi()], { color: true }));
      expect(out).toContain(`${ESC}[31merror${ESC}[39m`);
      expect(out.replace(/\u001b\[\d+m/g, "")).toBe(render("pretty", input([missingSemi()])));
    } finally {
      vi.doUnmock("node:util");
      vi.resetModules();
    }
  });
});

describe("msbuild", () => {
  it("prints one canonical line per diagnostic and nothing else", () => {
    const out = render("msbuild", input([missingSemi(), unknownPragma(), fileNotFound(), illegalAt()]));
    expect(out).toBe(
      [
        "mofkit : error MOF5001: cannot read input file 'missing.mof': no such file or directory",
        "schemas/main.mof(2,15,2,16): error MOF1001: illegal character '@'",
        "schemas/main.mof(3,1,3,6): error MOF1100: expected ';' but found 'class'",
        "schemas/other.mof(1,9,1,22): warning MOF1200: unknown pragma 'vendor_tuning' is ignored",
        "",
      ].join("\n"),
    );
  });

  it("matches the MSBuild canonical error regex and keeps messages on one line", () => {
    const d = createDiagnostic(codes.preprocessor, { detail: "#error line one\nline two" }, locate(main, 0, 1));
    const out = render("msbuild", input([d]));
    expect(out).toBe("schemas/main.mof(1,1,1,2): error MOF1208: #error line one line two\n");
    const canonical = /^(\S.*)\((\d+,\d+,\d+,\d+)\)\s*:\s+(error|warning)\s+(\w+\d+)\s*:\s*(.*)$/;
    expect(out.trimEnd()).toMatch(canonical);
  });

  it("prints nothing when there is nothing to report", () => {
    expect(render("msbuild", input([]))).toBe("");
  });
});

describe("json", () => {
  it("prints one indented object with the documented field names", () => {
    const related = createDiagnostic(codes.includeCycle, { detail: "cycle" }, locate(main, 0, 5), [
      { message: "included from here", location: locate(other, 0, 7) },
    ]);
    const inp = input([missingSemi(), fileNotFound(), related]);
    inp.summary = { files: 2, classes: 2, qualifierTypes: 1, instances: 3, errors: 3, warnings: 0 };
    const out = render("json", inp);
    expect(out.endsWith("}\n")).toBe(true);
    expect(out).toContain('\n  "diagnostics": [\n    {\n      "code": "MOF5001"');
    const parsed = JSON.parse(out) as JsonOutput;
    expect(Object.keys(parsed)).toEqual(["diagnostics", "summary"]);
    expect(parsed.summary).toEqual({ files: 2, classes: 2, qualifierTypes: 1, instances: 3, errors: 3, warnings: 0 });
    expect(Object.keys(parsed.summary)).toEqual([
      "files",
      "classes",
      "qualifierTypes",
      "instances",
      "errors",
      "warnings",
    ]);
    expect(parsed.diagnostics).toEqual([
      {
        code: "MOF5001",
        severity: "error",
        message: "cannot read input file 'missing.mof': no such file or directory",
        file: null,
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
      },
      {
        code: "MOF1203",
        severity: "error",
        message: "cycle",
        file: "schemas/main.mof",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 6,
        related: [
          {
            message: "included from here",
            file: "schemas/other.mof",
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 8,
          },
        ],
      },
      {
        code: "MOF1100",
        severity: "error",
        message: "expected ';' but found 'class'",
        file: "schemas/main.mof",
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 6,
      },
    ]);
    expect(Object.keys(parsed.diagnostics[2])).toEqual([
      "code",
      "severity",
      "message",
      "file",
      "line",
      "column",
      "endLine",
      "endColumn",
    ]);
    expect("related" in parsed.diagnostics[2]).toBe(false);
  });

  it("prints an empty list when clean", () => {
    const parsed = JSON.parse(render("json", input([]))) as JsonOutput;
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.summary.errors).toBe(0);
  });
});

describe("sarif", () => {
  function sarif(diagnostics: Diagnostic[]): SarifLog {
    const out = render("sarif", input(diagnostics, { toolVersion: "1.2.3" }));
    expect(out.endsWith("\n")).toBe(true);
    return JSON.parse(out) as SarifLog;
  }

  it("produces a structurally valid SARIF 2.1.0 log", () => {
    const related = createDiagnostic(codes.includeCycle, { detail: "cycle" }, locate(main, 0, 5), [
      { message: "included from here", location: locate(other, 0, 7) },
    ]);
    const log = sarif([missingSemi(), unknownPragma(), related, illegalAt(), missingSemi()]);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    const driver = run.tool.driver;
    expect(driver).toMatchObject({
      name: "mofkit",
      version: "1.2.3",
      informationUri: "https://github.com/mofkit/mofkit",
    });

    // One rule per code that occurs, sorted, with descriptions from the registry.
    expect(driver.rules.map((r) => r.id)).toEqual(["MOF1001", "MOF1100", "MOF1200", "MOF1203"]);
    const rule1100 = driver.rules[1];
    expect(rule1100).toEqual({
      id: "MOF1100",
      shortDescription: { text: codes.unexpectedToken.message.template },
      fullDescription: { text: codes.unexpectedToken.description },
      defaultConfiguration: { level: "error" },
    });
    expect(driver.rules[2].defaultConfiguration?.level).toBe("warning");

    expect(run.results).toHaveLength(5);
    for (const r of run.results) {
      expect(typeof r.ruleId).toBe("string");
      expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(["error", "warning"]).toContain(r.level);
      expect(typeof r.message.text).toBe("string");
      expect(r.locations.length).toBeGreaterThan(0);
      for (const l of r.locations) {
        const { region, artifactLocation } = l.physicalLocation;
        expect(artifactLocation.uri).toMatch(/^schemas\/(main|other)\.mof$/);
        expect(region.startLine).toBeGreaterThanOrEqual(1);
        expect(region.startColumn).toBeGreaterThanOrEqual(1);
        expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
        if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
      }
    }
    const semi = run.results.find((r) => r.ruleId === "MOF1100")!;
    expect(semi).toMatchObject({
      level: "error",
      message: { text: "expected ';' but found 'class'" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "schemas/main.mof" },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 6 },
          },
        },
      ],
    });
    expect(run.results.find((r) => r.ruleId === "MOF1200")!.level).toBe("warning");
    expect(run.results.find((r) => r.ruleId === "MOF1203")!.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: "included from here" },
        physicalLocation: {
          artifactLocation: { uri: "schemas/other.mof" },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 8 },
        },
      },
    ]);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("reports location-less diagnostics as tool execution notifications, never as results without locations", () => {
    const log = sarif([fileNotFound(), missingSemi()]);
    const run = log.runs[0];
    expect(run.results.map((r) => r.ruleId)).toEqual(["MOF1100"]);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["MOF1100"]);
    expect(run.tool.driver.notifications?.map((r) => r.id)).toEqual(["MOF5001"]);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            descriptor: { id: "MOF5001", index: 0 },
            level: "error",
            message: { text: "cannot read input file 'missing.mof': no such file or directory" },
          },
        ],
      },
    ]);
  });

  it("produces an empty but valid run when clean", () => {
    const run = sarif([]).runs[0];
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
  });

  it("turns paths into URIs: forward slashes, relative kept relative, absolute as file URIs", () => {
    expect(toSarifUri("schemas\\sub\\a.mof")).toBe("schemas/sub/a.mof");
    expect(toSarifUri("./a.mof")).toBe("./a.mof");
    expect(toSarifUri("../x/a b#1.mof")).toBe("../x/a%20b%231.mof");
    expect(toSarifUri("/home/u/a.mof")).toBe("file:///home/u/a.mof");
    expect(toSarifUri("C:\\src\\a.mof")).toBe("file:///C:/src/a.mof");
    expect(toSarifUri("\\\\server\\share\\a.mof")).toBe("file://server/share/a.mof");
    expect(toSarifUri("日本/a.mof")).toBe("%E6%97%A5%E6%9C%AC/a.mof");
  });
});

describe("github", () => {
  it("prints one workflow command per diagnostic", () => {
    const out = render("github", input([missingSemi(), unknownPragma(), fileNotFound()]));
    expect(out).toBe(
      [
        "::error title=MOF5001::cannot read input file 'missing.mof': no such file or directory",
        "::error file=schemas/main.mof,line=3,col=1,endLine=3,endColumn=6,title=MOF1100::expected ';' but found 'class'",
        "::warning file=schemas/other.mof,line=1,col=9,endLine=1,endColumn=22,title=MOF1200::unknown pragma 'vendor_tuning' is ignored",
        "",
      ].join("\n"),
    );
  });

  it("escapes data and properties", () => {
    const f = new SourceFile("odd,dir/a:b%.mof", "x");
    const d = createDiagnostic(codes.preprocessor, { detail: "100% wrong:\r\nsee a,b" }, locate(f, 0, 1));
    const out = render("github", input([d], { sources: sources(f) }));
    expect(out).toBe(
      "::error file=odd%2Cdir/a%3Ab%25.mof,line=1,col=1,endLine=1,endColumn=2,title=MOF1208::100%25 wrong:%0D%0Asee a,b\n",
    );
  });

  it("prints nothing when there is nothing to report", () => {
    expect(render("github", input([]))).toBe("");
  });
});

describe("render", () => {
  it("ends every non-empty output with exactly one newline", () => {
    for (const format of ["pretty", "msbuild", "json", "sarif", "github"] satisfies Format[]) {
      const out = render(format, input([missingSemi()]));
      expect(out.endsWith("\n"), format).toBe(true);
      expect(out.endsWith("\n\n"), format).toBe(false);
    }
  });

  it("never colours machine formats", () => {
    for (const format of ["msbuild", "json", "sarif", "github"] satisfies Format[]) {
      expect(render(format, input([missingSemi()], { color: true }))).not.toContain(ESC);
    }
  });
});

describe("shouldUseColor", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each<[string, { isTTY?: boolean }, NodeJS.ProcessEnv, boolean]>([
    ["TTY, plain env", tty, {}, true],
    ["pipe, plain env", pipe, {}, false],
    ["stream without isTTY", {}, {}, false],
    ["NO_COLOR on a TTY", tty, { NO_COLOR: "1" }, false],
    ["empty NO_COLOR is ignored", tty, { NO_COLOR: "" }, true],
    ["NO_COLOR beats FORCE_COLOR", tty, { NO_COLOR: "1", FORCE_COLOR: "1" }, false],
    ["FORCE_COLOR on a pipe", pipe, { FORCE_COLOR: "1" }, true],
    ["FORCE_COLOR=3 on a pipe", pipe, { FORCE_COLOR: "3" }, true],
    ["FORCE_COLOR=true", pipe, { FORCE_COLOR: "true" }, true],
    ["FORCE_COLOR=0 on a TTY", tty, { FORCE_COLOR: "0" }, false],
    ["FORCE_COLOR=false on a TTY", tty, { FORCE_COLOR: "false" }, false],
    ["empty FORCE_COLOR is ignored", pipe, { FORCE_COLOR: "" }, false],
    ["FORCE_COLOR beats TERM=dumb", pipe, { FORCE_COLOR: "1", TERM: "dumb" }, true],
    ["TERM=dumb on a TTY", tty, { TERM: "dumb" }, false],
    ["TERM=xterm on a TTY", tty, { TERM: "xterm-256color" }, true],
  ])("%s", (_name, stream, env, expected) => {
    expect(shouldUseColor(stream, env)).toBe(expected);
  });
});
