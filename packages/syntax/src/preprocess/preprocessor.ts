import { codes, createDiagnostic, locate, SourceFile } from "@mofkit/diagnostics";
import { decodeSource } from "../decode.js";
import type { FileHost } from "../host.js";
import { joinPath } from "../paths.js";
import { ConditionalStack } from "./conditionals.js";
import { parseIncludeOperand, restText, splitDirective, type DirectiveLine } from "./directive-line.js";
import { Expander, wouldMerge } from "./expander.js";
import { evaluateExpression } from "./expression.js";
import { resolveInclude } from "./include-resolver.js";
import { countLineBreaks, directiveHash, lexAll, lexRun, squeezeSpaces, type PPToken } from "./lexer.js";
import { readLogicalLine, type LogicalLine } from "./logical-line.js";
import { parseDefine, sameDefinition, type MacroDef } from "./macro.js";
import { OutputBuilder, PreprocessAbort } from "./output.js";
import { describeToken, Reporter } from "./reporter.js";
import type { PreprocessOptions, PreprocessResult } from "./types.js";

/** Default cap on output size: far above any real MOF, low enough to stop exponential macros. */
export const DEFAULT_MAX_OUTPUT_LENGTH = 64 * 1024 * 1024;
/** Per outermost macro invocation; real MOF macros produce at most a few hundred tokens. */
const MAX_TOKENS = 4_000_000;
const MAX_EXPANSION_DEPTH = 256;
const MAX_INCLUDE_DEPTH = 64;

/** One preprocessing run: the macro table, include stack and output shared by all files. */
export class Preprocessor {
  private readonly reporter = new Reporter();
  private readonly macros = new Map<string, MacroDef>();
  private readonly expander: Expander;
  private readonly out: OutputBuilder;
  private readonly includeStack: string[] = [];
  private readonly loaded = new Map<string, SourceFile>();
  private readonly warnedHeaders = new Set<string>();
  private readonly onceFiles = new Set<string>();
  private file: SourceFile | undefined;
  /** Where processing is, for the location of an output-size abort. */
  private cursor = 0;

  constructor(
    private readonly host: FileHost,
    private readonly options: PreprocessOptions,
  ) {
    const maxOutput = options.maxOutputLength ?? DEFAULT_MAX_OUTPUT_LENGTH;
    this.out = new OutputBuilder(maxOutput, () =>
      this.abort(
        this.file!,
        `preprocessed output is longer than ${maxOutput} characters; preprocessing stopped`,
        this.cursor,
      ),
    );
    const limits = { maxTokens: Math.min(MAX_TOKENS, maxOutput), maxDepth: MAX_EXPANSION_DEPTH };
    this.expander = new Expander(this.macros, this.reporter, limits, (file, detail, at) =>
      this.abort(file, detail, at),
    );
  }

  run(main: SourceFile): PreprocessResult {
    this.file = main;
    try {
      this.predefine();
      this.processFile(main, false);
    } catch (e) {
      if (!(e instanceof PreprocessAbort)) {
        const detail = e instanceof Error ? e.message : String(e);
        this.reporter.error(
          this.file ?? main,
          `internal preprocessor error (${detail}); output is incomplete`,
          this.cursor,
        );
      }
    }
    const { text, segments } = this.out.finish(main);
    return { text, segments, diagnostics: this.reporter.diagnostics };
  }

  private abort(file: SourceFile, detail: string, at: number): never {
    this.reporter.error(file, detail, at);
    throw new PreprocessAbort(detail);
  }

  /** `__FILE__`, `__LINE__` and the `-D` definitions. */
  private predefine(): void {
    const builtin = new SourceFile("<built-in>", "");
    for (const [name, kind] of [
      ["__FILE__", "file"],
      ["__LINE__", "line"],
    ] as const) {
      this.macros.set(name, {
        name,
        params: undefined,
        variadic: false,
        body: [],
        builtin: kind,
        file: builtin,
        start: 0,
        end: 0,
      });
    }
    for (const [name, value] of Object.entries(this.options.defines ?? {})) {
      const text = `${name} ${value ?? "1"}`;
      const file = new SourceFile("<command line>", text);
      const m = parseDefine(squeezeSpaces(lexAll(text)), file, 0, text.length, this.reporter);
      if (m) this.define(m, file);
    }
  }

  /** Preprocesses one file into the output; returns whether a header had text that was dropped. */
  private processFile(file: SourceFile, header: boolean): boolean {
    const outer = this.file;
    const outerCursor = this.cursor;
    this.file = file;
    this.includeStack.push(pathKey(file.path));
    const conds = new ConditionalStack(file, this.reporter);
    const text = file.text;
    let pos = 0;
    let droppedText = false;
    while (pos < text.length) {
      this.cursor = pos;
      const hash = directiveHash(text, pos);
      if (hash >= 0) {
        const line = readLogicalLine(text, hash);
        this.directive(file, header, conds, pos, line);
        pos = line.end;
        continue;
      }
      if (conds.active && !header) {
        const tokens: PPToken[] = [];
        const run = lexRun(text, pos, tokens);
        this.expander.expandRun(file, tokens, this.out);
        pos = run.end;
      } else {
        // Skipped text is still lexed, so comments hide `#` lines as they do in active text.
        const run = lexRun(text, pos, undefined);
        if (header) droppedText ||= conds.active && run.code;
        else this.out.filler(countLineBreaks(text, pos, run.end), file, pos);
        pos = run.end;
      }
    }
    conds.finish();
    this.includeStack.pop();
    this.file = outer;
    this.cursor = outerCursor;
    return droppedText;
  }

  private directive(
    file: SourceFile,
    header: boolean,
    conds: ConditionalStack,
    lineStart: number,
    line: LogicalLine,
  ): void {
    const d = splitDirective(line);
    const name = d.name;
    const lineEnd = line.toSource(line.text.length);
    const wasActive = conds.active;
    // MOF's own `#pragma` lines go to the MOF parser untouched (a C header's are dropped).
    if (wasActive && name !== undefined && name.toLowerCase() === "pragma") {
      if (/^once\b/.test(restText(d))) this.onceFiles.add(pathKey(file.path));
      if (!header) this.out.copy(file, lineStart, line.end);
      return;
    }
    switch (name) {
      case "if":
        conds.open("if", line.start, lineEnd, () => this.evaluateIf(file, d));
        break;
      case "ifdef":
      case "ifndef":
        conds.open(name, line.start, lineEnd, () => this.isDefinedTest(file, d) === (name === "ifdef"));
        break;
      case "elif":
        conds.elif(name, line.start, lineEnd, () => this.evaluateIf(file, d));
        break;
      case "elifdef":
      case "elifndef":
        conds.elif(name, line.start, lineEnd, () => this.isDefinedTest(file, d) === (name === "elifdef"));
        break;
      case "else":
      case "endif":
        if (name === "else") conds.else(line.start, lineEnd);
        else conds.endif(line.start, lineEnd);
        if (d.operands.length > 0 && (wasActive || conds.active)) {
          this.reporter.warning(file, `extra tokens after #${name} are ignored`, d.operands[0].start, lineEnd);
        }
        break;
      default:
        // Inside a skipped region only the nesting matters.
        if (wasActive) this.activeDirective(file, d, lineStart, lineEnd);
    }
    if (!header) this.out.filler(countLineBreaks(file.text, lineStart, line.end), file, lineStart);
  }

  private activeDirective(file: SourceFile, d: DirectiveLine, lineStart: number, lineEnd: number): void {
    const start = d.line.start;
    switch (d.name) {
      case "define": {
        const m = parseDefine(d.operands, file, start, lineEnd, this.reporter);
        if (m) this.define(m, file);
        return;
      }
      case "undef": {
        const t = d.operands[0];
        if (t === undefined || t.kind !== "ident") {
          this.reporter.error(
            file,
            `expected a macro name after #undef but found ${describeToken(t?.text)}`,
            t ? t.start : lineEnd,
            t ? t.end : lineEnd,
          );
          return;
        }
        if (d.operands.length > 1)
          this.reporter.warning(
            file,
            "extra tokens after the macro name in #undef are ignored",
            d.operands[1].start,
            lineEnd,
          );
        this.macros.delete(t.text);
        return;
      }
      case "include":
        this.include(file, d, lineStart, lineEnd);
        return;
      case "error":
        this.reporter.error(file, `#error ${restText(d)}`.trimEnd(), start, lineEnd);
        return;
      case "warning":
        this.reporter.warning(file, `#warning ${restText(d)}`.trimEnd(), start, lineEnd);
        return;
      case "line":
        return;
      case undefined: {
        // `#` alone is the null directive; `# 12 "file"` is a line marker; both are ignored.
        const first = d.operands[0];
        if (first !== undefined && first.kind !== "number") {
          this.reporter.error(
            file,
            `expected a directive name after '#' but found ${describeToken(first.text)}`,
            first.start,
            first.end,
          );
        }
        return;
      }
      default:
        this.reporter.error(file, `unknown preprocessor directive '#${d.name}'`, start, d.nameEnd);
    }
  }

  private define(m: MacroDef, file: SourceFile): void {
    const prev = this.macros.get(m.name);
    if (prev && !sameDefinition(prev, m)) {
      const where = prev.builtin
        ? "it is predefined"
        : `previous definition in ${prev.file.path}:${prev.file.positionAt(prev.start).line}`;
      this.reporter.warning(file, `macro '${m.name}' redefined with a different body (${where})`, m.start, m.end, [
        { message: `previous definition of '${m.name}'`, location: locate(prev.file, prev.start, prev.end) },
      ]);
    }
    this.macros.set(m.name, m);
  }

  private isDefinedTest(file: SourceFile, d: DirectiveLine): boolean {
    const t = d.operands[0];
    const lineEnd = d.line.toSource(d.line.text.length);
    if (t === undefined || t.kind !== "ident") {
      this.reporter.error(
        file,
        `expected a macro name after #${d.name} but found ${describeToken(t?.text)}`,
        t ? t.start : lineEnd,
        t ? t.end : lineEnd,
      );
      return false;
    }
    if (d.operands.length > 1)
      this.reporter.warning(
        file,
        `extra tokens after the macro name in #${d.name} are ignored`,
        d.operands[1].start,
        lineEnd,
      );
    return this.macros.has(t.text);
  }

  private evaluateIf(file: SourceFile, d: DirectiveLine): boolean {
    const lineEnd = d.line.toSource(d.line.text.length);
    if (d.operands.length === 0) {
      this.reporter.error(file, `#${d.name} needs an expression`, d.nameStart, d.nameEnd);
      return false;
    }
    const at = d.operands[0].start;
    const before = this.reporter.diagnostics.length;
    const tokens = this.expander.expandDirective(file, d.operands, at, true);
    if (this.reporter.diagnostics.slice(before).some((x) => x.severity === "error")) return false;
    const r = evaluateExpression(tokens);
    if ("value" in r) return r.value;
    const t = r.error.token;
    const located = t !== undefined && t.start >= 0;
    this.reporter.error(file, r.error.message, located ? t.start : at, located ? t.end : lineEnd);
    return false;
  }

  private include(file: SourceFile, d: DirectiveLine, lineStart: number, lineEnd: number): void {
    const line = d.line;
    let op = parseIncludeOperand(line.text, d.restIndex);
    let nameStart: number;
    let nameEnd: number;
    if ("needsExpansion" in op) {
      // `#include MACRO`: the operand is macro-expanded, then read as "file" or <file>.
      const first = d.operands[0];
      const last = d.operands[d.operands.length - 1];
      const expanded = this.expander.expandDirective(file, d.operands, first.start, false);
      op = parseIncludeOperand(renderTokens(expanded), 0);
      nameStart = first.start;
      nameEnd = last.end;
      if ("needsExpansion" in op) op = { error: 'expected "file", <file> or ("file") after #include', at: 0 };
      if ("error" in op) {
        this.reporter.error(file, op.error, nameStart, nameEnd);
        return;
      }
    } else if ("error" in op) {
      this.reporter.error(file, op.error, line.toSource(op.at), lineEnd);
      return;
    } else {
      nameStart = line.toSource(op.start);
      nameEnd = line.toSource(op.end);
    }
    if (op.extra)
      this.reporter.warning(file, "extra tokens after the #include file name are ignored", nameEnd, lineEnd);
    const res = resolveInclude(this.host, op.name, file.path, this.options.includeDirs ?? []);
    if ("searched" in res) {
      const searched = res.searched.map((s) => `'${s}'`).join(", ");
      this.reporter.add(
        createDiagnostic(codes.includeNotFound, { path: op.name, searched }, locate(file, nameStart, nameEnd)),
      );
      return;
    }
    const key = pathKey(res.found.path);
    if (this.onceFiles.has(key)) return;
    const cycleAt = this.includeStack.indexOf(key);
    if (cycleAt >= 0) {
      const chain = [...this.includeStack.slice(cycleAt), key].join(" -> ");
      this.reporter.add(
        createDiagnostic(codes.includeCycle, { detail: `#include cycle: ${chain}` }, locate(file, lineStart, lineEnd)),
      );
      return;
    }
    if (this.includeStack.length > MAX_INCLUDE_DEPTH) {
      const detail = `#include nested more than ${MAX_INCLUDE_DEPTH} levels deep at '${op.name}'`;
      this.reporter.add(createDiagnostic(codes.includeCycle, { detail }, locate(file, lineStart, lineEnd)));
      return;
    }
    const included = this.load(res.found.path, res.found.bytes);
    const header = /\.h$/i.test(res.found.path);
    const dropped = this.processFile(included, header);
    if (header && dropped && !this.warnedHeaders.has(key)) {
      this.warnedHeaders.add(key);
      this.reporter.warning(
        file,
        `'${op.name}' is a C header: only its macro definitions and conditionals are used, its declarations were skipped`,
        nameStart,
        nameEnd,
      );
    }
  }

  /** Decodes an included file once per run (so segments share one SourceFile object). */
  private load(path: string, bytes: Uint8Array): SourceFile {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    const decoded = decodeSource(bytes);
    const file = new SourceFile(path, decoded.text);
    for (const note of decoded.notes)
      this.reporter.add(createDiagnostic(codes.encoding, { detail: `${path}: ${note}` }, locate(file, 0)));
    this.loaded.set(path, file);
    return file;
  }
}

function pathKey(path: string): string {
  return joinPath(".", path);
}

/** Spells tokens as text, a blank wherever one separated them. */
export function renderTokens(tokens: readonly PPToken[]): string {
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && (tokens[i].spaceBefore || wouldMerge(tokens[i - 1].text, tokens[i].text))) parts.push(" ");
    parts.push(tokens[i].text);
  }
  return parts.join("");
}
