// The committed grammar documentation must match the parser:
//   - grammar/diagrams/* are regenerated in memory (from the TypeScript sources, not dist) and
//     compared byte for byte with the committed files;
//   - every parser rule has a production in grammar/mof-grammar.md, and that production says
//     the same as the parser (compared token by token with the generator's canonical EBNF);
//   - every parser rule has its diagram.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serializedGrammar } from "../packages/syntax/src/grammar-info.js";
// @ts-expect-error -- plain JavaScript generator without type declarations
import * as gen from "../scripts/gen-grammar.js";

interface Rule {
  name: string;
  type: string;
  definition: unknown[];
}
const generator = gen as {
  renderGrammarFiles(grammar: unknown[]): [string, string][];
  ruleEbnf(rule: unknown): string;
  diagramsDir: string;
  refreshCommand: string;
};

const root = new URL("../", import.meta.url);
const read = (path: string): string | undefined => {
  const url = new URL(path, root);
  // Compare content, not the line endings a checkout may have applied.
  return existsSync(url) ? readFileSync(url, "utf8").replace(/\r\n/g, "\n") : undefined;
};

const grammar = serializedGrammar() as unknown as Rule[];
const ruleNames = grammar.map((r) => r.name);
const files = generator.renderGrammarFiles(grammar);

describe("generated railroad diagrams", () => {
  it("are up to date with the parser", () => {
    const stale: string[] = [];
    for (const [path, content] of files) {
      const committed = read(path);
      if (committed === undefined) stale.push(`${path} is missing`);
      else if (committed !== content) stale.push(`${path} is stale`);
    }
    const produced = new Set(files.map(([path]) => path));
    const dir = new URL(`${generator.diagramsDir}/`, root);
    for (const entry of existsSync(dir) ? readdirSync(dir) : []) {
      const path = `${generator.diagramsDir}/${entry}`;
      if (!produced.has(path)) stale.push(`${path} is no longer generated (a rule was removed or renamed)`);
    }
    const message = stale.length
      ? `${stale.join("\n")}\nRefresh the generated grammar files with \`${generator.refreshCommand}\` and commit the result.`
      : "";
    expect(message).toBe("");
  });

  it("render the same bytes every time", () => {
    expect(generator.renderGrammarFiles(serializedGrammar())).toEqual(files);
  });

  it("cover every parser rule", () => {
    const paths = new Set(files.map(([path]) => path));
    const index = files.find(([path]) => path.endsWith("/index.html"))?.[1] ?? "";
    for (const name of ruleNames) {
      expect(paths.has(`${generator.diagramsDir}/${name}.svg`), `no diagram for rule ${name}`).toBe(true);
      expect(index.includes(`<section id="${name}">`), `index.html has no section for rule ${name}`).toBe(true);
      expect(index.includes(`data-rule="${name}"`), `index.html has no diagram for rule ${name}`).toBe(true);
    }
  });

  it("are self-contained SVG: no scripts, no external references", () => {
    for (const [path, content] of files) {
      expect(content, path).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg")|@import|url\(/i);
    }
  });

  it("link every non-terminal to a rule that exists", () => {
    const known = new Set(ruleNames);
    for (const [path, content] of files) {
      for (const m of content.matchAll(/<a href="([^"]*)"/g)) {
        const target = m[1].replace(/^#/, "").replace(/\.svg$/, "");
        if (m[1] === "../mof-grammar.md") continue;
        expect(known.has(target), `${path} links to unknown rule '${m[1]}'`).toBe(true);
      }
    }
  });
});

// ---- the hand-written EBNF ---------------------------------------------------------------------

const docPath = "grammar/mof-grammar.md";

/** `name = body ;` productions of every ```ebnf block, each body as a list of tokens. */
function docProductions(markdown: string): Map<string, string[][]> {
  const productions = new Map<string, string[][]>();
  for (const block of markdown.matchAll(/^```ebnf\n([\s\S]*?)^```/gm)) {
    const tokens = tokenize(block[1]);
    let i = 0;
    while (i < tokens.length) {
      // name "=" ... ";" (a ";" inside quotes is a token of its own, so it never ends a production)
      const name = tokens[i];
      if (tokens[i + 1] !== "=") throw new Error(`${docPath}: expected '=' after '${name}' in an ebnf block`);
      const end = tokens.indexOf(";", i + 2);
      if (end < 0) throw new Error(`${docPath}: production '${name}' has no closing ';'`);
      const list = productions.get(name) ?? [];
      list.push(tokens.slice(i + 2, end));
      productions.set(name, list);
      i = end + 1;
    }
  }
  return productions;
}

/** EBNF tokens: quoted strings, names, punctuation; (* comments *) and whitespace dropped. */
function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /\(\*[\s\S]*?\*\)|"[^"\n]*"|'[^'\n]*'|[A-Za-z_][A-Za-z0-9_]*|\.\.|\s+|./g;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    if (/^\s+$/.test(t) || t.startsWith("(*")) continue;
    out.push(t);
  }
  return out;
}

describe(docPath, () => {
  const markdown = read(docPath) ?? "";

  it("exists", () => {
    expect(markdown, `${docPath} is missing`).not.toBe("");
  });

  const productions = docProductions(markdown);

  it.each(ruleNames)("documents rule %s exactly as the parser reads it", (name) => {
    const found = productions.get(name);
    expect(found, `${docPath} has no production for parser rule '${name}'`).toBeDefined();
    expect(found!.length, `${docPath} defines '${name}' more than once`).toBe(1);
    const rule = grammar.find((r) => r.name === name)!;
    const expected = tokenize(generator.ruleEbnf(rule)).slice(2, -1);
    expect(
      found![0].join(" "),
      `${docPath}: the production for '${name}' no longer matches parser.ts; the parser reads it as\n  ${generator.ruleEbnf(rule)}`,
    ).toBe(expected.join(" "));
  });

  it("links each parser rule to its diagram", () => {
    for (const name of ruleNames) {
      expect(markdown.includes(`(diagrams/${name}.svg)`), `${docPath} does not link diagrams/${name}.svg`).toBe(true);
    }
  });

  it("marks each parser rule with its source: a DSP0004 clause or [Microsoft]", () => {
    // Each rule's section runs from its heading to the next heading.
    for (const name of ruleNames) {
      const start = markdown.search(new RegExp(`^#{2,4} \`${name}\`\\s*$`, "m"));
      expect(start, `${docPath} has no heading \`${name}\``).toBeGreaterThanOrEqual(0);
      const rest = markdown.slice(markdown.indexOf("\n", start) + 1);
      const next = rest.search(/^#{1,4} /m);
      const section = next < 0 ? rest : rest.slice(0, next);
      expect(
        /DSP0004|\*\*\[Microsoft\]\*\*/.test(section),
        `the section of '${name}' cites neither DSP0004 nor [Microsoft]`,
      ).toBe(true);
    }
  });
});
