// The TextMate grammar (grammar/mof.tmLanguage.json) must match the lexer and must scope real MOF:
//   - it is regenerated in memory from the TypeScript sources and compared with the committed
//     file (refresh it with `pnpm generate`);
//   - sample lines are tokenized with the engine VS Code uses (vscode-textmate on
//     vscode-oniguruma) and their scopes checked;
//   - the DMTF CIM schema's Core folder from ../shared/corpus is tokenized whole: no token may be
//     scoped invalid.illegal, and every `Description (` qualifier (found by mofkit's own lexer)
//     must be scoped as a qualifier name.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import vsctm from "vscode-textmate";
import oniguruma from "vscode-oniguruma";
import * as tokens from "../packages/syntax/src/tokens.js";
import { decodeEscapes } from "../packages/syntax/src/literals.js";
import { lex } from "../packages/syntax/src/lexer.js";
// @ts-expect-error -- plain JavaScript generator without type declarations
import * as gen from "../scripts/gen-textmate.js";

const generator = gen as {
  renderTextMateGrammar(syntax: { tokens: unknown; decodeEscapes: unknown }): string;
  grammarPath: string;
  refreshCommand: string;
};

const root = new URL("../", import.meta.url);
const corpusCore = new URL("../shared/corpus/mof/dmtf__cim_schema_2.49.0/Core/", root);

const rendered = generator.renderTextMateGrammar({ tokens, decodeEscapes });
const committedUrl = new URL(generator.grammarPath, root);
const committed = existsSync(committedUrl) ? readFileSync(committedUrl, "utf8").replace(/\r\n/g, "\n") : undefined;

interface Tok {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(new URL("node_modules/vscode-oniguruma/release/onig.wasm", root));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // The committed file is what editors load; the first test proves it matches the generator.
    loadGrammar: async (scopeName: string) =>
      scopeName === "source.mof" ? vsctm.parseRawGrammar(committed ?? rendered, generator.grammarPath) : null,
  });
  const loaded = await registry.loadGrammar("source.mof");
  if (!loaded) throw new Error("vscode-textmate did not load source.mof");
  grammar = loaded;
});

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let state = vsctm.INITIAL;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end > t.startIndex) {
        out.push({ line: i, start: t.startIndex, end, text: line.slice(t.startIndex, end), scopes: t.scopes });
      }
    }
    state = r.ruleStack;
  });
  return out;
}

/** True when one of the scopes is `prefix` or starts with `prefix.`. */
const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));

/** Tokenizes `text` and checks that the `nth` token reading exactly `piece` has a scope starting with `scope`. */
function expectScope(toks: Tok[], piece: string, scope: string, nth = 0): void {
  const found = toks.filter((t) => t.text === piece);
  const tok = found[nth];
  const dump = toks.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(" ")}`).join("\n");
  expect(tok, `no token ${JSON.stringify(piece)} (#${nth}) in:\n${dump}`).toBeDefined();
  expect(has(tok.scopes, scope), `${JSON.stringify(piece)} has ${tok.scopes.join(" ")}, wanted ${scope}\n${dump}`).toBe(
    true,
  );
}

function expectNoScope(toks: Tok[], piece: string, scope: string): void {
  for (const t of toks.filter((x) => x.text === piece)) {
    expect(has(t.scopes, scope), `${JSON.stringify(piece)} should not have ${scope}: ${t.scopes.join(" ")}`).toBe(
      false,
    );
  }
}

describe("generated TextMate grammar", () => {
  it("is up to date with the lexer", () => {
    const message =
      committed === undefined
        ? `${generator.grammarPath} is missing`
        : committed !== rendered
          ? `${generator.grammarPath} is stale`
          : "";
    expect(message && `${message}\nRefresh it with \`${generator.refreshCommand}\` and commit the result.`).toBe("");
  });

  it("renders the same bytes every time, as 2-space JSON with a trailing newline", () => {
    expect(generator.renderTextMateGrammar({ tokens, decodeEscapes })).toBe(rendered);
    const parsed = JSON.parse(rendered);
    expect(rendered).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.scopeName).toBe("source.mof");
    expect(parsed.fileTypes).toEqual(["mof", "mfl"]);
  });

  it("takes its keywords from the lexer's table and refuses tokens it has no scope for", () => {
    const withKeyword = (word: string, type: unknown) => ({
      tokens: { ...tokens, keywordTable: new Map([...tokens.keywordTable, [word, type]]) },
      decodeEscapes,
    });
    // A new spelling of a known token type is picked up without touching the generator...
    expect(generator.renderTextMateGrammar(withKeyword("uint128", tokens.DataType))).toContain("uint128");
    // ...and a new token type stops generation with a message naming it.
    expect(() => generator.renderTextMateGrammar(withKeyword("enum", { name: "Enum" }))).toThrow(/Enum/);
  });

  it("scopes every keyword of the lexer's table, in any letter case", () => {
    for (const word of tokens.keywordTable.keys()) {
      const mixed = [...word].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join("");
      for (const spelling of [word, word.toUpperCase(), mixed]) {
        const [tok] = tokenize(spelling);
        expect(tok?.text, spelling).toBe(spelling);
        expect(
          tok.scopes.some((s) => /^(keyword|storage|constant\.language)\./.test(s)),
          `${spelling}: ${tok.scopes.join(" ")}`,
        ).toBe(true);
      }
    }
  });
});

describe("TextMate tokenization (vscode-textmate)", () => {
  it("directives", () => {
    let t = tokenize("#PRAGMA AUTORECOVER");
    expectScope(t, "#", "keyword.control.directive.pragma");
    expectScope(t, "PRAGMA", "keyword.control.directive.pragma");
    expectScope(t, "AUTORECOVER", "entity.name.function.pragma");

    t = tokenize('#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")');
    expectScope(t, "#", "punctuation.definition.directive");
    expectScope(t, "pragma", "keyword.control.directive");
    expectScope(t, "namespace", "entity.name.function.pragma");
    expectScope(t, "\\\\", "constant.character.escape", 0);
    expectScope(t, "\\\\", "constant.character.escape", 2);
    expectScope(t, ".", "string.quoted.double");
    expectScope(t, "root", "string.quoted.double");
    expect(t.some((x) => has(x.scopes, "invalid.illegal"))).toBe(false);

    t = tokenize('# pragma deleteclass("Ex_Old", NOFAIL)');
    expectScope(t, "deleteclass", "entity.name.function.pragma");
    expectScope(t, '"', "punctuation.definition.string.begin");

    t = tokenize('#include "common.mof"');
    expectScope(t, "include", "keyword.control.directive");
    expectScope(t, "common.mof", "string.quoted.double");

    t = tokenize("#define EX_MAX(a) \\\n   (a + 1) // c\nclass Ex {");
    expectScope(t, "define", "keyword.control.directive");
    expectScope(t, "EX_MAX", "entity.name.function.preprocessor");
    expectScope(t, "1", "meta.preprocessor"); // the continued line
    expectScope(t, "class", "keyword.other"); // back to MOF after the logical line
    expectScope(t, "Ex", "entity.name.type.class");

    t = tokenize("#ifdef EX \\  \n  EX_MORE\n#endif\nclass Ex {");
    expectScope(t, "#", "keyword.control.directive", 1);
    expectScope(t, "  EX_MORE", "meta.preprocessor"); // continued despite blanks after the backslash
    expectScope(t, "endif", "keyword.control.directive");
    expectScope(t, "Ex", "entity.name.type.class");
  });

  it("qualifier lists, qualifier names, values and flavors", () => {
    const t = tokenize(
      '[WMI, guid("{05901221-D566-11d1-B2F0-00A0C9062910}"), Description("a \\"q\\" b") : Amended ToSubclass]',
    );
    expectScope(t, "[", "punctuation.definition.qualifier-list.begin");
    expectScope(t, "WMI", "entity.other.attribute-name");
    expectScope(t, "guid", "entity.other.attribute-name");
    expectScope(t, "{05901221-D566-11d1-B2F0-00A0C9062910}", "string.quoted.double");
    expectScope(t, "Description", "entity.other.attribute-name");
    expectScope(t, '\\"', "constant.character.escape", 0);
    expectScope(t, '\\"', "constant.character.escape", 1);
    expectScope(t, "Amended", "storage.modifier.flavor");
    expectScope(t, "ToSubclass", "storage.modifier.flavor");
    expectScope(t, "]", "punctuation.definition.qualifier-list.end");

    const multi = tokenize(
      '   [Abstract, Version ( "2.45.0" ), \n    Description ( \n       "one "\n       "two" ), ValueMap { "0", "1" }, Values {"Unknown", "Other"}]\nclass CIM_X {',
    );
    expectScope(multi, "Abstract", "entity.other.attribute-name");
    expectScope(multi, "Version", "entity.other.attribute-name");
    expectScope(multi, "Description", "entity.other.attribute-name");
    expectScope(multi, "ValueMap", "entity.other.attribute-name");
    expectScope(multi, "Values", "entity.other.attribute-name");
    expectScope(multi, "two", "string.quoted.double");
    expectScope(multi, "CIM_X", "entity.name.type.class");

    const strings = tokenize('[Description("tab\\t bad\\q hex\\x41 nohex\\xg"), Key]');
    expectScope(strings, "\\t", "constant.character.escape");
    expectScope(strings, "\\x41", "constant.character.escape");
    expectScope(strings, "\\q", "invalid.illegal");
    expectScope(strings, "\\x", "invalid.illegal");
    expectScope(strings, "Key", "entity.other.attribute-name");
  });

  it("class declarations, properties, methods and parameters", () => {
    let t = tokenize("class Ex_A : Ex_Base {");
    expectScope(t, "class", "keyword.other");
    expectScope(t, "Ex_A", "entity.name.type.class");
    expectScope(t, ":", "punctuation.separator.inheritance");
    expectScope(t, "Ex_Base", "entity.name.type.class");

    t = tokenize("CLASS Ex_B AS $B:Ex_A{");
    expectScope(t, "CLASS", "keyword.other");
    expectScope(t, "Ex_B", "entity.name.type.class");
    expectScope(t, "AS", "keyword.other");
    expectScope(t, "$B", "variable.other.alias");
    expectScope(t, "Ex_A", "entity.name.type.class");

    t = tokenize("class CIM_X :\n    CIM_Y // base\n{\n  string Class;\n};");
    expectScope(t, "CIM_X", "entity.name.type.class");
    expectScope(t, "CIM_Y", "entity.name.type.class"); // superclass on the next line
    expectScope(t, " base", "comment.line");
    expectScope(t, "Class", "variable.other.property");

    t = tokenize("  [key, read] string InstanceName;");
    expectScope(t, "key", "entity.other.attribute-name");
    expectScope(t, "read", "entity.other.attribute-name");
    expectScope(t, "string", "storage.type");
    expectScope(t, "InstanceName", "variable.other.property");
    expectScope(t, ";", "punctuation.terminator");

    t = tokenize("  uint8 V[4] = {0x1F, 017, 101b, -.5e3, 'c', TRUE, null};");
    expectScope(t, "uint8", "storage.type");
    expectScope(t, "V", "variable.other.property");
    expectScope(t, "[", "punctuation.definition.array.begin");
    expectScope(t, "4", "constant.numeric.integer.decimal");
    expectNoScope(t, "[", "meta.qualifier-list");
    expectScope(t, "0x1F", "constant.numeric.integer.hexadecimal");
    expectScope(t, "017", "constant.numeric.integer.octal");
    expectScope(t, "101b", "constant.numeric.integer.binary");
    expectScope(t, "-.5e3", "constant.numeric.float");
    expectScope(t, "c", "string.quoted.single");
    expectScope(t, "TRUE", "constant.language");
    expectScope(t, "null", "constant.language");

    t = tokenize("  CIM_ManagedElement REF Antecedent;");
    expectScope(t, "CIM_ManagedElement", "entity.name.type.class");
    expectScope(t, "REF", "storage.modifier");
    expectScope(t, "Antecedent", "variable.other.property");

    t = tokenize("  Ex_Disk ref;");
    expectScope(t, "Ex_Disk", "entity.name.type.class");
    expectScope(t, "ref", "variable.other.property");

    t = tokenize('  uint32 Reset([IN, Description("why")] string Reason, [OUT] Ex_A REF Result[], sint8 Level = -1);');
    expectScope(t, "uint32", "storage.type");
    expectScope(t, "Reset", "entity.name.function.method");
    expectScope(t, "IN", "entity.other.attribute-name");
    expectScope(t, "Description", "entity.other.attribute-name");
    expectScope(t, "Reason", "variable.parameter");
    expectScope(t, "OUT", "entity.other.attribute-name");
    expectScope(t, "Ex_A", "entity.name.type.class");
    expectScope(t, "REF", "storage.modifier");
    expectScope(t, "Result", "variable.parameter");
    expectScope(t, "sint8", "storage.type");
    expectScope(t, "Level", "variable.parameter");
    expectScope(t, "-1", "constant.numeric");
    expectScope(t, ";", "punctuation.terminator");

    t = tokenize("  void Stop();");
    expectScope(t, "void", "storage.type");
    expectScope(t, "Stop", "entity.name.function.method");
  });

  it("keywords used as names do not break the line", () => {
    let t = tokenize("string Indication;");
    expectScope(t, "string", "storage.type");
    expectScope(t, "Indication", "variable.other.property");

    for (const [word, next] of [
      ["Class", "Ex_Next"],
      ["Scope", "Ex_Next"],
      ["Flavor", "Ex_Next"],
      ["Qualifier", "Ex_Next"],
      ["Instance", "Ex_Next"],
      ["Of", "Ex_Next"],
      ["Ref", "Ex_Next"],
    ]) {
      t = tokenize(`  [Key] string ${word}; uint8 ${next}[2];\n  boolean After;`);
      expectScope(t, word, "variable.other.property");
      expectScope(t, next, "variable.other.property");
      expectScope(t, "After", "variable.other.property");
      expectScope(t, "boolean", "storage.type");
    }

    t = tokenize('instance of Ex { Class = "x"; Scope = 1; };');
    expectScope(t, "Class", "variable.other.property");
    expectScope(t, "Scope", "variable.other.property");
    expectScope(t, "x", "string.quoted.double");
  });

  it("instances and aliases", () => {
    const t = tokenize("instance of X as $a { P = $b; Q = instance of Ex_Item { Id = 1; }; };");
    expectScope(t, "instance", "keyword.other", 0);
    expectScope(t, "of", "keyword.other", 0);
    expectScope(t, "X", "entity.name.type.class");
    expectScope(t, "as", "keyword.other");
    expectScope(t, "$a", "variable.other.alias");
    expectScope(t, "P", "variable.other.property");
    expectScope(t, "$b", "variable.other.alias");
    expectScope(t, "instance", "keyword.other", 1);
    expectScope(t, "Ex_Item", "entity.name.type.class");
    expectScope(t, "Id", "variable.other.property");
    expectScope(t, "1", "constant.numeric");
  });

  it("comments", () => {
    let t = tokenize("/* block */ // line");
    expectScope(t, " block ", "comment.block");
    expectScope(t, "/*", "punctuation.definition.comment");
    expectScope(t, " line", "comment.line.double-slash");

    t = tokenize("/* a\n [Key] class\n*/ class Ex {");
    expectScope(t, " [Key] class", "comment.block");
    expectScope(t, "Ex", "entity.name.type.class");
  });

  it("qualifier declarations", () => {
    let t = tokenize(
      "Qualifier Description : string = null, Scope(any, class), Flavor(EnableOverride, ToSubclass, Translatable);",
    );
    expectScope(t, "Qualifier", "keyword.other");
    expectScope(t, "Description", "entity.name.type.qualifier");
    expectScope(t, "string", "storage.type");
    expectScope(t, "null", "constant.language");
    expectScope(t, "Scope", "keyword.other");
    expectScope(t, "class", "constant.other.scope");
    expectScope(t, "Flavor", "keyword.other");
    expectScope(t, "Translatable", "storage.modifier.flavor");

    t = tokenize("qualifier Description : Amended ToSubclass;");
    expectScope(t, "Amended", "storage.modifier.flavor");
    expectScope(t, "ToSubclass", "storage.modifier.flavor");
  });

  it("malformed input is marked invalid", () => {
    expectScope(tokenize('  string S = "open'), '"open', "invalid.illegal");
    expectScope(tokenize("  uint8 N = 08;"), "08", "invalid.illegal");
    expectScope(tokenize("  uint8 N = 12ab;"), "12ab", "invalid.illegal");
  });
});

describe("TextMate tokenization of the DMTF CIM schema (Core)", () => {
  const present = existsSync(corpusCore);
  if (!present) {
    console.warn(
      `\n*** SKIPPED: ${corpusCore.pathname} is missing, so the TextMate grammar is not checked against the ` +
        "CIM schema. Put the shared corpus beside this repository (../shared/corpus) to run it. ***\n",
    );
  }

  it.skipIf(!present)("has no invalid.illegal token and scopes every Description qualifier", () => {
    const files = readdirSync(corpusCore)
      .filter((f) => /\.mof$/i.test(f))
      .sort();
    expect(files.length).toBeGreaterThan(100);
    const invalid: string[] = [];
    const missed: string[] = [];
    let descriptions = 0;
    for (const file of files) {
      const text = readFileSync(new URL(file, corpusCore), "utf8").replace(/^\uFEFF/, "");
      const toks = tokenize(text);

      // Line starts, to turn the lexer's offsets into (line, column).
      const starts = [0];
      for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
      const at = (offset: number) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo, col: offset - starts[lo] };
      };
      const byLine = new Map<number, Tok[]>();
      for (const t of toks) {
        if (!byLine.has(t.line)) byLine.set(t.line, []);
        byLine.get(t.line)!.push(t);
        if (has(t.scopes, "invalid.illegal")) {
          invalid.push(`${file}:${t.line + 1}:${t.start + 1} ${JSON.stringify(t.text)} ${t.scopes.join(" ")}`);
        }
      }

      // Every `Description (` that mofkit's lexer sees right after `[` or `,` is a qualifier name.
      const lexed = lex(text, { dialect: "wmi" }, () => {});
      lexed.forEach((tok, i) => {
        if (tok.image !== "Description" || lexed[i + 1]?.tokenType !== tokens.LParen) return;
        const prev = lexed[i - 1]?.tokenType;
        if (prev !== tokens.LBracket && prev !== tokens.Comma) return;
        descriptions++;
        const { line, col } = at(tok.startOffset);
        const tm = byLine.get(line)?.find((t) => t.start <= col && col < t.end);
        if (!tm || tm.start !== col || tm.text !== "Description" || !has(tm.scopes, "entity.other.attribute-name")) {
          missed.push(
            `${file}:${line + 1}:${col + 1} ${tm ? `${JSON.stringify(tm.text)} ${tm.scopes.join(" ")}` : "no token"}`,
          );
        }
      });
    }
    expect(descriptions).toBeGreaterThan(1000);
    expect(invalid.slice(0, 20), `${invalid.length} invalid.illegal tokens`).toEqual([]);
    expect(missed.slice(0, 20), `${missed.length} Description qualifiers not scoped as qualifier names`).toEqual([]);
  });
});
