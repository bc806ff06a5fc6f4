import type { SourceFile } from "@mofkit/diagnostics";
import { isIdentPart, isSpaceKind, lexAll, makeToken, type PPToken } from "./lexer.js";
import { macroSignature, type MacroDef } from "./macro.js";
import type { OutputBuilder } from "./output.js";
import { describeToken, type Reporter } from "./reporter.js";
import { TokenReader } from "./token-reader.js";

export interface ExpanderLimits {
  /** Tokens the replacements of one outermost invocation may produce before expansion is stopped. */
  maxTokens: number;
  /** Nesting of replacements being rescanned, and of macro arguments inside arguments. */
  maxDepth: number;
}

/** Stops preprocessing after reporting why (a limit was hit); never returns. */
export type AbortFn = (file: SourceFile, detail: string, at: number) => never;

/** Macro expansion of ordinary text, #if lines, #include operands and macro arguments. */
export class Expander {
  private readonly disabled = new Map<string, number>();
  private produced = 0;
  private listDepth = 0;

  constructor(
    private readonly macros: Map<string, MacroDef>,
    private readonly reporter: Reporter,
    private readonly limits: ExpanderLimits,
    private readonly abort: AbortFn,
  ) {}

  /**
   * Expands one run of ordinary lines (a token list covering the text without gaps) into `out`.
   * Text without macros is copied through; each outermost invocation becomes one expansion
   * segment mapped to the invocation's source range.
   */
  expandRun(file: SourceFile, tokens: PPToken[], out: OutputBuilder): void {
    const reader = this.reader(file, tokens, tokens.length > 0 ? tokens[0].start : 0);
    let copyStart = -1;
    let copyEnd = -1;
    let groupStart = -1;
    const parts: string[] = [];
    let prev: PPToken | undefined;
    const flushGroup = (end: number): void => {
      if (groupStart < 0) return;
      out.expansion(parts.join(""), file, groupStart, end);
      parts.length = 0;
      prev = undefined;
      groupStart = -1;
    };
    for (;;) {
      const tok = reader.next();
      if (tok === undefined) break;
      if (reader.inBase) {
        // Base tokens are contiguous, so this token's start is where the open invocation ended.
        flushGroup(tok.start);
        this.produced = 0; // the budget is per outermost invocation
        if (tok.kind === "ident" && this.tryExpand(reader, tok, file, tok.start, false)) {
          if (copyStart >= 0) out.copy(file, copyStart, copyEnd);
          copyStart = -1;
          groupStart = tok.start;
          continue;
        }
        if (copyStart < 0) copyStart = tok.start;
        copyEnd = tok.end;
        continue;
      }
      if (tok.kind === "ident" && this.tryExpand(reader, tok, file, groupStart, false)) continue;
      if (prev !== undefined && (tok.spaceBefore || wouldMerge(prev.text, tok.text))) parts.push(" ");
      parts.push(tok.text);
      prev = tok;
    }
    flushGroup(tokens.length > 0 ? tokens[tokens.length - 1].end : 0);
    if (copyStart >= 0) out.copy(file, copyStart, copyEnd);
  }

  /** Expands the operands of a #if or #include line (with a fresh budget). */
  expandDirective(file: SourceFile, tokens: PPToken[], at: number, ifMode: boolean): PPToken[] {
    this.produced = 0;
    return this.expandList(file, tokens, at, ifMode);
  }

  /**
   * Fully expands a token list on its own (nothing is read past its end). In `ifMode`,
   * `defined X` / `defined(X)` are replaced by 1 or 0 before their operand could expand.
   * `at` is the source offset diagnostics point to.
   */
  private expandList(file: SourceFile, tokens: PPToken[], at: number, ifMode: boolean): PPToken[] {
    if (this.listDepth >= this.limits.maxDepth) {
      this.abort(file, `macro arguments are nested more than ${this.limits.maxDepth} levels deep`, at);
    }
    this.listDepth++;
    try {
      const reader = this.reader(file, tokens, at);
      const out: PPToken[] = [];
      for (;;) {
        const tok = reader.next();
        if (tok === undefined) break;
        if (tok.kind === "ident" && this.tryExpand(reader, tok, file, tok.start >= 0 ? tok.start : at, ifMode))
          continue;
        out.push(tok);
      }
      return out;
    } finally {
      this.listDepth--;
    }
  }

  private reader(file: SourceFile, tokens: PPToken[], at: number): TokenReader {
    return new TokenReader(tokens, this.disabled, this.limits.maxDepth, () =>
      this.abort(file, `macro expansion nested more than ${this.limits.maxDepth} levels deep`, at),
    );
  }

  /**
   * When `tok` (an identifier) starts a macro invocation, consumes it and pushes the replacement
   * onto the reader (or drops a malformed invocation after reporting it) and returns true.
   */
  private tryExpand(reader: TokenReader, tok: PPToken, file: SourceFile, at: number, ifMode: boolean): boolean {
    if (ifMode && tok.text === "defined") {
      reader.push(undefined, [makeToken("number", this.readDefined(reader, file, at) ? "1" : "0", tok.spaceBefore)]);
      return true;
    }
    if (tok.noExpand) return false;
    const m = this.macros.get(tok.text);
    if (m === undefined) return false;
    if (reader.isDisabled(m.name)) {
      tok.noExpand = true; // painted: it will not expand in any later rescan either
      return false;
    }
    if (m.builtin) {
      const value =
        m.builtin === "line"
          ? makeToken("number", String(file.positionAt(at).line), tok.spaceBefore)
          : makeToken("string", JSON.stringify(file.path), tok.spaceBefore);
      reader.push(undefined, [value]);
      return true;
    }
    if (m.params === undefined) {
      reader.push(m.name, this.substitute(m, [], file, at, tok.spaceBefore));
      return true;
    }
    // A function-like macro name not followed by `(` is an ordinary identifier.
    if (!reader.nextIsOpenParen()) return false;
    const args = this.collectArgs(reader, m, file, at);
    if (args !== undefined) reader.push(m.name, this.substitute(m, args, file, at, tok.spaceBefore));
    return true;
  }

  private readDefined(reader: TokenReader, file: SourceFile, at: number): boolean {
    let t = reader.nextNonSpace();
    const paren = t !== undefined && t.kind === "punct" && t.text === "(";
    if (paren) t = reader.nextNonSpace();
    if (t === undefined || t.kind !== "ident") {
      this.reporter.error(
        file,
        `expected a macro name after 'defined' in #if expression but found ${describeToken(t?.text)}`,
        t && t.start >= 0 ? t.start : at,
      );
      return false;
    }
    if (paren) {
      const close = reader.nextNonSpace();
      if (close === undefined || close.kind !== "punct" || close.text !== ")") {
        this.reporter.error(
          file,
          `expected ')' after 'defined(${t.text}' in #if expression but found ${describeToken(close?.text)}`,
          close && close.start >= 0 ? close.start : at,
        );
      }
    }
    return this.macros.has(t.text);
  }

  /** Reads `( arg, arg ... )`; undefined (after reporting) when malformed or the count is wrong. */
  private collectArgs(reader: TokenReader, m: MacroDef, file: SourceFile, at: number): PPToken[][] | undefined {
    const params = m.params!;
    reader.nextNonSpace(); // the `(` nextIsOpenParen saw
    const args: PPToken[][] = [[]];
    let depth = 0;
    let space = false;
    for (;;) {
      const t = reader.next();
      if (t === undefined) {
        this.reporter.error(
          file,
          `unterminated argument list invoking macro '${m.name}': expected ')' before the end of the text`,
          at,
          at + m.name.length,
        );
        return undefined;
      }
      if (isSpaceKind(t.kind)) {
        space = true;
        continue;
      }
      if (t.kind === "punct") {
        if (t.text === "(") depth++;
        else if (t.text === ")") {
          if (depth === 0) break;
          depth--;
        } else if (t.text === "," && depth === 0 && !(m.variadic && args.length >= params.length)) {
          args.push([]);
          space = false;
          continue;
        }
      }
      const cur = args[args.length - 1];
      const sb = cur.length > 0 && (space || t.spaceBefore);
      // substitute() copies argument tokens anyway, so only copy here when the flag changes.
      cur.push(t.spaceBefore === sb ? t : { ...t, spaceBefore: sb });
      space = false;
    }
    if (params.length === 0 && args.length === 1 && args[0].length === 0) args.pop();
    if (m.variadic && args.length === params.length - 1) args.push([]);
    if (args.length !== params.length) {
      const expected = m.variadic ? `at least ${params.length - 1}` : String(params.length);
      this.reporter.error(
        file,
        `wrong number of arguments for macro '${macroSignature(m)}': expected ${expected} but found ${args.length}`,
        at,
        at + m.name.length,
      );
      return undefined;
    }
    return args;
  }

  /** Builds the replacement list: parameters replaced, `#` stringized, `##` pasted. */
  private substitute(m: MacroDef, args: PPToken[][], file: SourceFile, at: number, firstSpace: boolean): PPToken[] {
    const body = m.body;
    const expanded: (PPToken[] | undefined)[] = [];
    let out: PPToken[] = [];
    let hasPaste = false;
    for (let i = 0; i < body.length; i++) {
      const bt = body[i];
      if (bt.kind === "stringize") {
        out.push(makeToken("string", stringize(args[bt.param]), bt.spaceBefore));
      } else if (bt.param >= 0) {
        // Operands of `##` use the argument as written; elsewhere it is fully expanded first.
        const raw = body[i - 1]?.kind === "paste" || body[i + 1]?.kind === "paste";
        const src = raw ? args[bt.param] : (expanded[bt.param] ??= this.expandList(file, args[bt.param], at, false));
        if (src.length === 0 && raw) out.push(makeToken("placemarker", "", bt.spaceBefore));
        for (let k = 0; k < src.length; k++) {
          const t = src[k];
          out.push({
            kind: t.kind,
            text: t.text,
            start: -1,
            end: -1,
            spaceBefore: k === 0 ? bt.spaceBefore : t.spaceBefore,
            noExpand: t.noExpand,
          });
        }
      } else {
        if (bt.kind === "paste") hasPaste = true;
        out.push(makeToken(bt.kind, bt.text, bt.spaceBefore));
      }
    }
    if (hasPaste) out = this.applyPastes(out, file, at);
    if (out.length > 0) out[0].spaceBefore = firstSpace;
    this.produced += out.length;
    if (this.produced > this.limits.maxTokens) {
      this.abort(
        file,
        `macro expansion produced more than ${this.limits.maxTokens} tokens; is '${m.name}' growing without bound?`,
        at,
      );
    }
    return out;
  }

  private applyPastes(tokens: PPToken[], file: SourceFile, at: number): PPToken[] {
    const out: PPToken[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== "paste" || out.length === 0 || i + 1 >= tokens.length) {
        out.push(t);
        continue;
      }
      const lhs = out.pop()!;
      const rhs = tokens[++i];
      out.push(this.paste(lhs, rhs, file, at));
    }
    return out.filter((t) => t.kind !== "placemarker");
  }

  private paste(lhs: PPToken, rhs: PPToken, file: SourceFile, at: number): PPToken {
    if (lhs.kind === "placemarker") return { ...rhs, spaceBefore: lhs.spaceBefore };
    if (rhs.kind === "placemarker") return lhs;
    const text = lhs.text + rhs.text;
    const lexed = lexAll(text);
    if (lexed.length === 1 && !isSpaceKind(lexed[0].kind)) return makeToken(lexed[0].kind, text, lhs.spaceBefore);
    this.reporter.warning(
      file,
      `pasting '${lhs.text}' and '${rhs.text}' does not give a single valid token; kept as '${text}'`,
      at,
    );
    return makeToken("other", text, lhs.spaceBefore);
  }
}

/** The `#param` operator: the argument's spelling as a string literal. */
function stringize(tokens: readonly PPToken[]): string {
  const parts: string[] = ['"'];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (k > 0 && t.spaceBefore) parts.push(" ");
    parts.push(t.kind === "string" || t.kind === "char" ? t.text.replace(/[\\"]/g, "\\$&") : t.text);
  }
  parts.push('"');
  return parts.join("");
}

/** Whether writing `b` right after `a` would read back as different tokens, so a blank is needed. */
export function wouldMerge(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const x = a.charCodeAt(a.length - 1);
  const y = b.charCodeAt(0);
  if (isIdentPart(x) && isIdentPart(y)) return true;
  // A pp-number swallows a following `.`: `1` then `.5` must not become `1.5`.
  if (y === 46 /* . */ && /^\.?\d/.test(a)) return true;
  if (x === 47 /* / */ && (y === 47 || y === 42)) return true;
  if ((x === 43 || x === 45 || x === 38 || x === 124 || x === 60 || x === 62 || x === 35) && y === x) return true;
  return false;
}
