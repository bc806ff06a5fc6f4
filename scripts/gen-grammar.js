// Railroad diagrams of the MOF grammar, drawn from the chevrotain parser itself.
//
// Reads the serialized grammar (parser.getSerializedGastProductions()) and writes
//   grammar/diagrams/<rule>.svg   one self-contained SVG per parser rule
//   grammar/diagrams/index.html   every rule, its diagrams inlined, non-terminals linked
// The renderer below is ours: plain string building, integer geometry, no scripts, no network,
// so the output is the same bytes on every run and every machine.
//
// `pnpm generate` runs this (through scripts/generate.js) after `tsc -b`; running
// `node scripts/gen-grammar.js` after a build does the same. test/grammar.test.ts renders the
// files again in memory from the TypeScript sources and fails when the committed copies differ.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Where the generated files live, relative to the repository root. */
export const diagramsDir = "grammar/diagrams";
/** The command that refreshes every generated file. */
export const refreshCommand = "pnpm generate";

// ---- geometry (all integers, so coordinates print the same everywhere) ----------------------

const ARC = 10; // radius of every curve in a track
const BOX_HALF = 12; // half the height of a box: boxes are 24 high, centred on the track
const CHAR_W = 8; // advance of one character of 13px monospace, rounded up
const CAPTION_CHAR_W = 7; // the same for the 11px caption above a labelled terminal
const CAPTION_H = 14; // room for that caption
const PAD = 10; // space between a box's edge and its text
const GAP = 10; // track between two items of a sequence
const VGAP = 8; // vertical space between stacked branches
const MARGIN = 10; // around the whole diagram
const LEAD = 20; // track between the start/end markers and the body

// ---- small helpers ---------------------------------------------------------------------------

function esc(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function hline(out, x1, x2, y) {
  if (x2 > x1) out.push(`<path d="M${x1} ${y}H${x2}"/>`);
}

/**
 * How a terminal is shown. Tokens whose label is a quoted spelling (keywords, punctuation,
 * directives) show that spelling; token classes (Name, NumberLiteral, ...) show their name.
 */
export function terminalDisplay(t) {
  const m = /^'(.*)'$/.exec(t.label ?? "");
  if (m) return { text: m[1], literal: true };
  return { text: t.name, literal: false };
}

// ---- layout nodes ----------------------------------------------------------------------------
// Every node knows its width `w` and how far it reaches above (`u`) and below (`d`) the track
// it sits on. draw(out, x, y) appends SVG for the node with the track entering at (x, y) and
// leaving at (x + w, y).

const skip = { w: 0, u: 0, d: 0, draw() {} };

/** A box: rounded for terminals, square for non-terminals (which link to their rule). */
function box({ text, cls, rounded, href, title, caption }) {
  let boxW = text.length * CHAR_W + 2 * PAD;
  const capW = caption ? caption.length * CAPTION_CHAR_W + 4 : 0;
  let w = Math.max(boxW, capW);
  if ((w - boxW) % 2 !== 0) w += 1;
  const u = BOX_HALF + (caption ? CAPTION_H : 0);
  return {
    w,
    u,
    d: BOX_HALF,
    draw(out, x, y) {
      const bx = x + (w - boxW) / 2;
      hline(out, x, bx, y);
      const rx = rounded ? BOX_HALF : 0;
      const open = href ? `<a href="${esc(href)}" class="${cls}">` : `<g class="${cls}">`;
      out.push(
        `${open}<title>${esc(title)}</title>` +
          `<rect x="${bx}" y="${y - BOX_HALF}" width="${boxW}" height="${2 * BOX_HALF}" rx="${rx}" ry="${rx}"/>` +
          `<text x="${bx + boxW / 2}" y="${y + 4}">${esc(text)}</text>` +
          (href ? "</a>" : "</g>"),
      );
      if (caption) out.push(`<text class="cap" x="${x + w / 2}" y="${y - BOX_HALF - 4}">${esc(caption)}</text>`);
      hline(out, bx + boxW, x + w, y);
    },
  };
}

function sequence(items) {
  const list = items.filter((i) => i !== skip);
  if (list.length === 0) return skip;
  if (list.length === 1) return list[0];
  return {
    w: list.reduce((s, i) => s + i.w, 0) + GAP * (list.length - 1),
    u: Math.max(...list.map((i) => i.u)),
    d: Math.max(...list.map((i) => i.d)),
    draw(out, x, y) {
      let cx = x;
      list.forEach((item, k) => {
        if (k > 0) {
          hline(out, cx, cx + GAP, y);
          cx += GAP;
        }
        item.draw(out, cx, y);
        cx += item.w;
      });
    },
  };
}

/** Branches stacked vertically; `main` stays on the track, earlier ones go above, later below. */
function choice(alts, main) {
  const inner = Math.max(...alts.map((a) => a.w));
  const offsets = new Array(alts.length).fill(0);
  let reach = alts[main].d;
  for (let i = main + 1; i < alts.length; i++) {
    offsets[i] = Math.max(2 * ARC, reach + VGAP + alts[i].u);
    reach = offsets[i] + alts[i].d;
  }
  const d = Math.max(alts[main].d, reach);
  reach = alts[main].u;
  for (let i = main - 1; i >= 0; i--) {
    offsets[i] = -Math.max(2 * ARC, reach + VGAP + alts[i].d);
    reach = -offsets[i] + alts[i].u;
  }
  const u = Math.max(alts[main].u, reach);
  const w = inner + 4 * ARC;
  return {
    w,
    u,
    d,
    draw(out, x, y) {
      alts.forEach((alt, i) => {
        const dy = offsets[i];
        const left = x + 2 * ARC;
        const right = left + inner;
        if (dy === 0) {
          hline(out, x, left, y);
        } else {
          const s = dy > 0 ? 1 : -1; // down or up
          const run = Math.abs(dy) - 2 * ARC;
          const f1 = dy > 0 ? 1 : 0;
          const f2 = 1 - f1;
          out.push(`<path d="M${x} ${y}a${ARC} ${ARC} 0 0 ${f1} ${ARC} ${s * ARC}v${s * run}a${ARC} ${ARC} 0 0 ${f2} ${ARC} ${s * ARC}"/>`);
          out.push(`<path d="M${right} ${y + dy}a${ARC} ${ARC} 0 0 ${f2} ${ARC} ${-s * ARC}v${-s * run}a${ARC} ${ARC} 0 0 ${f1} ${ARC} ${-s * ARC}"/>`);
        }
        alt.draw(out, left, y + dy);
        hline(out, left + alt.w, right, y + dy);
        if (dy === 0) hline(out, right, x + w, y);
      });
    },
  };
}

function optional(item) {
  return item === skip ? skip : choice([skip, item], 1);
}

/** The item on the track, then a loop back beneath it, through `sep` when there is one. */
function oneOrMore(item, sep) {
  const inner = Math.max(item.w, sep ? sep.w + 2 * GAP : 0);
  const w = inner + 2 * ARC;
  const dy = Math.max(2 * ARC, item.d + VGAP + (sep ? sep.u : 0));
  return {
    w,
    u: item.u,
    d: dy + (sep ? sep.d : 0),
    draw(out, x, y) {
      hline(out, x, x + ARC, y);
      item.draw(out, x + ARC, y);
      hline(out, x + ARC + item.w, x + w, y);
      const run = dy - 2 * ARC;
      const down = `a${ARC} ${ARC} 0 0 1 ${ARC} ${ARC}v${run}a${ARC} ${ARC} 0 0 1 ${-ARC} ${ARC}`;
      const up = `a${ARC} ${ARC} 0 0 1 ${-ARC} ${-ARC}v${-run}a${ARC} ${ARC} 0 0 1 ${ARC} ${-ARC}`;
      if (!sep) {
        out.push(`<path d="M${x + w - ARC} ${y}${down}H${x + ARC}${up}"/>`);
        return;
      }
      const sx = x + ARC + Math.floor((inner - sep.w) / 2);
      out.push(`<path d="M${x + w - ARC} ${y}${down}H${sx + sep.w}"/>`);
      sep.draw(out, sx, y + dy);
      out.push(`<path d="M${sx} ${y + dy}H${x + ARC}${up}"/>`);
    },
  };
}

// ---- serialized GAST → layout ----------------------------------------------------------------

function layoutTerminal(t) {
  const shown = terminalDisplay(t);
  const title = `${t.name} token: ${t.label ?? t.name}${t.terminalLabel ? ` (labelled ${t.terminalLabel})` : ""}`;
  return box({ text: shown.text, cls: shown.literal ? "t" : "k", rounded: true, title, caption: t.terminalLabel });
}

function layoutSeq(defs, link) {
  return sequence((defs ?? []).map((p) => layout(p, link)));
}

function layout(p, link) {
  switch (p.type) {
    case "Terminal":
      return layoutTerminal(p);
    case "NonTerminal":
      return box({ text: p.name, cls: "n", rounded: false, href: link(p.name), title: `rule ${p.name}`, caption: p.label });
    case "Alternative":
      return layoutSeq(p.definition, link);
    case "Alternation":
      return choice(
        p.definition.map((alt) => layout(alt, link)),
        0,
      );
    case "Option":
      return optional(layoutSeq(p.definition, link));
    case "Repetition":
      return optional(oneOrMore(layoutSeq(p.definition, link)));
    case "RepetitionMandatory":
      return oneOrMore(layoutSeq(p.definition, link));
    case "RepetitionWithSeparator":
      return optional(oneOrMore(layoutSeq(p.definition, link), layoutTerminal(p.separator)));
    case "RepetitionMandatoryWithSeparator":
      return oneOrMore(layoutSeq(p.definition, link), layoutTerminal(p.separator));
    default:
      throw new Error(`gen-grammar: unknown grammar production type '${p.type}'`);
  }
}

// ---- SVG -------------------------------------------------------------------------------------

/** Shared by the standalone SVGs (embedded) and index.html (once, in the page). */
const diagramCss = [
  ".railroad .bg{fill:#fff;stroke:none}",
  ".railroad path{fill:none;stroke:#333;stroke-width:1.5}",
  ".railroad g rect,.railroad a rect{stroke:#333;stroke-width:1.5}",
  ".railroad .t rect{fill:#e6f4e6}",
  ".railroad .k rect{fill:#fdf3d0}",
  ".railroad .n rect{fill:#e3ebfa}",
  ".railroad a.n:hover rect,.railroad a.n:focus rect{fill:#bcd0f5}",
  '.railroad text{font:13px "DejaVu Sans Mono",Menlo,Consolas,monospace;fill:#111;text-anchor:middle}',
  ".railroad text.cap{font:italic 11px sans-serif;fill:#555}",
  ".railroad .k text{font-style:italic}",
  ".railroad .marker{stroke:#333;stroke-width:2}",
].join("\n");

/** Wider top-level sequences are wrapped onto further rows. */
const MAX_ROW_W = 920;

/** Splits the rule's top-level items into rows no wider than MAX_ROW_W (at least one item each). */
function rows(items) {
  const out = [];
  let row = [];
  let w = 0;
  for (const item of items) {
    const next = row.length ? w + GAP + item.w : item.w;
    if (row.length && next > MAX_ROW_W) {
      out.push(sequence(row));
      row = [item];
      w = item.w;
    } else {
      row.push(item);
      w = next;
    }
  }
  if (row.length || out.length === 0) out.push(sequence(row));
  return out;
}

/** One rule as an SVG element; `link(ruleName)` gives each non-terminal's href. */
export function ruleSvg(rule, { link, standalone }) {
  const lines = rows((rule.definition ?? []).map((p) => layout(p, link)));
  const x0 = MARGIN + 4 + LEAD;
  const widest = Math.max(...lines.map((l) => l.w));
  const out = [];
  // Row tracks: each row is followed by a return track that leads back to the next row's start.
  let y = MARGIN + Math.max(lines[0].u, BOX_HALF);
  out.push(`<path class="marker" d="M${MARGIN} ${y - 8}v16M${MARGIN + 4} ${y - 8}v16"/>`);
  hline(out, MARGIN + 4, x0, y);
  lines.forEach((line, i) => {
    line.draw(out, x0, y);
    if (i === lines.length - 1) return;
    const right = x0 + widest;
    const back = y + Math.max(2 * ARC, line.d + VGAP);
    const nextY = back + Math.max(2 * ARC, lines[i + 1].u + VGAP);
    hline(out, x0 + line.w, right, y);
    out.push(
      `<path d="M${right} ${y}a${ARC} ${ARC} 0 0 1 ${ARC} ${ARC}v${back - y - 2 * ARC}a${ARC} ${ARC} 0 0 1 ${-ARC} ${ARC}` +
        `H${x0}a${ARC} ${ARC} 0 0 0 ${-ARC} ${ARC}v${nextY - back - 2 * ARC}a${ARC} ${ARC} 0 0 0 ${ARC} ${ARC}"/>`,
    );
    y = nextY;
  });
  const last = lines[lines.length - 1];
  const xe = x0 + last.w + LEAD;
  hline(out, x0 + last.w, xe, y);
  out.push(`<path class="marker" d="M${xe} ${y - 8}v16M${xe + 4} ${y - 8}v16"/>`);
  const width = Math.max(xe + 4, x0 + widest + (lines.length > 1 ? ARC : 0)) + MARGIN;
  const height = y + Math.max(last.d, BOX_HALF) + MARGIN;

  const head = standalone ? `<svg xmlns="http://www.w3.org/2000/svg"` : "<svg";
  const svg = [
    `${head} class="railroad" data-rule="${esc(rule.name)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="railroad diagram of rule ${esc(rule.name)}">`,
    `<title>${esc(rule.name)}</title>`,
  ];
  if (standalone) svg.push(`<style>\n${diagramCss}\n</style>`);
  svg.push(`<rect class="bg" width="${width}" height="${height}"/>`);
  svg.push(...out, "</svg>");
  return svg.join("\n");
}

// ---- EBNF text (the canonical form that grammar/mof-grammar.md is checked against) ------------

/**
 * The rule body as EBNF parts: literal tokens quoted, token classes by name, labelled tokens as
 * `label:Token`, `[ ]` optional, `{ }` zero or more, `x { x }` one or more, `( | )` choice.
 * Each part is { text, rule?, label? } so callers can link rule names.
 */
export function ebnfParts(definition) {
  const parts = [];
  const emit = (text, rule, label) => parts.push(rule ? { text, rule, label } : { text });
  const terminal = (t) => {
    const shown = terminalDisplay(t);
    const tok = shown.literal ? `"${shown.text}"` : t.name;
    emit(t.terminalLabel ? `${t.terminalLabel}:${tok}` : tok);
  };
  const seq = (defs, top) => {
    const list = defs ?? [];
    // A lone choice needs no parentheses when something else already groups it.
    if (top && list.length === 1 && list[0].type === "Alternation") alternatives(list[0]);
    else list.forEach((p) => one(p));
  };
  const alternatives = (alt) =>
    alt.definition.forEach((a, i) => {
      if (i > 0) emit("|");
      seq(a.definition, false);
    });
  const repeatBody = (p, sep) => {
    const grouped = (p.definition ?? []).length === 1 && p.definition[0].type === "Alternation";
    const body = () => {
      if (grouped) emit("(");
      seq(p.definition, true);
      if (grouped) emit(")");
    };
    body();
    emit("{");
    if (sep) {
      terminal(sep);
      body();
    } else seq(p.definition, true);
    emit("}");
  };
  const one = (p) => {
    switch (p.type) {
      case "Terminal":
        return terminal(p);
      case "NonTerminal":
        return emit(p.label ? `${p.label}:${p.name}` : p.name, p.name, p.label);
      case "Alternation":
        emit("(");
        alternatives(p);
        return emit(")");
      case "Option":
        emit("[");
        seq(p.definition, true);
        return emit("]");
      case "Repetition":
        emit("{");
        seq(p.definition, true);
        return emit("}");
      case "RepetitionMandatory":
        return repeatBody(p);
      case "RepetitionWithSeparator":
        emit("[");
        repeatBody(p, p.separator);
        return emit("]");
      case "RepetitionMandatoryWithSeparator":
        return repeatBody(p, p.separator);
      default:
        throw new Error(`gen-grammar: unknown grammar production type '${p.type}'`);
    }
  };
  seq(definition, true);
  return parts;
}

export function ruleEbnf(rule) {
  return `${rule.name} = ${ebnfParts(rule.definition)
    .map((p) => p.text)
    .join(" ")} ;`;
}

// ---- index.html ------------------------------------------------------------------------------

function referencedRules(defs, into) {
  for (const p of defs ?? []) {
    if (p.type === "NonTerminal") into.add(p.name);
    if (p.definition) referencedRules(p.definition, into);
  }
  return into;
}

function indexHtml(grammar) {
  const usedBy = new Map(grammar.map((r) => [r.name, []]));
  for (const r of grammar) {
    for (const name of referencedRules(r.definition, new Set())) usedBy.get(name)?.push(r.name);
  }
  const ruleLink = (name) => `<a href="#${esc(name)}">${esc(name)}</a>`;
  const out = [
    "<!doctype html>",
    "<!-- Generated from the parser by scripts/gen-grammar.js; do not edit. Refresh with: pnpm generate -->",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    "<title>mofkit: MOF grammar railroad diagrams</title>",
    "<style>",
    'body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:0 1rem 4rem;color:#111}',
    "h1{font-size:1.5rem}",
    "h2{font-size:1.15rem;margin:0 0 .4rem}",
    "section{border-top:1px solid #ddd;padding:1rem 0}",
    "section:target{background:#f5f8ff}",
    ".diagram{overflow-x:auto}",
    "pre{background:#f6f6f6;padding:.5rem .75rem;overflow-x:auto;white-space:pre-wrap}",
    "nav ol{columns:3 14rem;padding-left:1.5rem}",
    ".legend span{display:inline-block;border:1px solid #333;padding:0 .5rem;margin-right:.5rem;font-family:monospace}",
    diagramCss,
    "</style>",
    "</head>",
    "<body>",
    "<h1>MOF grammar: railroad diagrams</h1>",
    "<p>One diagram per rule of mofkit's chevrotain parser (<code>packages/syntax/src/parser.ts</code>), drawn from the grammar the parser reports about itself; a test fails when this page falls behind the parser. " +
      'The grammar as people read it, with DSP0004 clause links and the Microsoft extensions marked, is in <a href="../mof-grammar.md">grammar/mof-grammar.md</a>.</p>',
    '<p class="legend"><span style="background:#e6f4e6;border-radius:9px">class</span>a keyword or punctuation, written as shown (keywords in any case) ' +
      '<span style="background:#fdf3d0;border-radius:9px;font-style:italic">Name</span>a token class (see the lexical grammar); small text above it names the field ' +
      '<span style="background:#e3ebfa">rule</span>another rule: click to go to it</p>',
    "<nav><h2>Rules</h2><ol>",
    ...grammar.map((r) => `<li>${ruleLink(r.name)}</li>`),
    "</ol></nav>",
  ];
  for (const r of grammar) {
    const ebnf = ebnfParts(r.definition)
      .map((p) => (p.rule ? `${p.label ? `${esc(p.label)}:` : ""}${ruleLink(p.rule)}` : esc(p.text)))
      .join(" ");
    const users = usedBy.get(r.name) ?? [];
    out.push(
      `<section id="${esc(r.name)}">`,
      `<h2>${ruleLink(r.name)}</h2>`,
      `<div class="diagram">`,
      ruleSvg(r, { link: (name) => `#${name}`, standalone: false }),
      "</div>",
      `<pre>${esc(r.name)} = ${ebnf} ;</pre>`,
      `<p>Used by: ${users.length ? users.map(ruleLink).join(", ") : "none (the start rule)"}.</p>`,
      "</section>",
    );
  }
  out.push("</body>", "</html>");
  return out.join("\n") + "\n";
}

// ---- entry points ----------------------------------------------------------------------------

/**
 * Every generated file as [path relative to the repository root, content], in a fixed order.
 * Pure: the same grammar gives the same bytes.
 */
export function renderGrammarFiles(grammar) {
  const files = [];
  for (const rule of grammar) {
    const svg = ruleSvg(rule, { link: (name) => `${name}.svg`, standalone: true });
    files.push([
      `${diagramsDir}/${rule.name}.svg`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generated from the parser by scripts/gen-grammar.js; do not edit. Refresh with: pnpm generate -->\n${svg}\n`,
    ]);
  }
  files.push([`${diagramsDir}/index.html`, indexHtml(grammar)]);
  return files;
}

/** Writes the files under `root` (the repository root) and removes diagrams of rules that are gone. */
export async function writeGrammarFiles(root = fileURLToPath(new URL("..", import.meta.url))) {
  const { serializedGrammar } = await import("../packages/syntax/dist/grammar-info.js");
  const files = renderGrammarFiles(serializedGrammar());
  const dir = new URL(`${diagramsDir}/`, pathToFileURL(root.endsWith("/") ? root : `${root}/`));
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(files.map(([path]) => path.slice(diagramsDir.length + 1)));
  for (const entry of readdirSync(dir)) {
    if (!wanted.has(entry) && (entry.endsWith(".svg") || entry.endsWith(".html"))) rmSync(new URL(entry, dir));
  }
  for (const [path, content] of files) writeFileSync(new URL(path.slice(diagramsDir.length + 1), dir), content);
  return files.map(([path]) => path);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await writeGrammarFiles();
  console.log(`gen-grammar: wrote ${written.length} files under ${diagramsDir}/`);
}
