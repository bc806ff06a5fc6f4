/**
 * Loads a compilation: decodes each input, optionally preprocesses it, parses it, follows
 * `#pragma include` / `#include` (textual inclusion), and runs the per-document syntax checks.
 * Every file is parsed once; `walkProductions` replays them in textual order.
 */
import {
  codes,
  compareDiagnostics,
  createDiagnostic,
  locate as locateIn,
  SourceFile,
  type Diagnostic,
  type Location,
} from "@mofkit/diagnostics";
import type { IncludeDirective, MofDocument, PragmaDirective, Production } from "./ast.js";
import { decodeSource } from "./decode.js";
import type { FileHost } from "./host.js";
import type { Dialect } from "./lexer.js";
import { parseText, type RawDiagnostic } from "./parse.js";
import { checkDialect } from "./check-dialect.js";
import { checkPragma, PragmaContext } from "./check-pragmas.js";
import { dirname, joinPath, toSlashes } from "./paths.js";
import { mapOffset, preprocess } from "./preprocess/index.js";

export interface LoadOptions {
  dialect: Dialect;
  /** `-I` folders, searched after the including file's folder. */
  includeDirs?: string[];
  /** Run the C-style preprocessor on every file first (`--preprocess`). */
  preprocess?: boolean;
  /** `-D` definitions for the preprocessor. */
  defines?: Record<string, string>;
  /**
   * Readers of binary inputs by lower-case file extension (`".bmf"`), so this package needs no
   * dependency on them. A decoded document's `text` is for people (e.g. the printed MOF); its
   * productions' spans are byte offsets, located as line 1, column offset + 1. The decoder's
   * diagnostics keep their own locations.
   */
  decoders?: Record<string, InputDecoder>;
}

export type InputDecoder = (
  bytes: Uint8Array,
  path: string,
) => { productions: Production[]; diagnostics: Diagnostic[]; text: string };

export interface Program {
  /** The input files, in the order given. */
  roots: MofDocument[];
  /** Every document read (inputs and includes), in the order they were first read. */
  documents: MofDocument[];
  /** Where each include directive led (absent when the file could not be found). */
  includeTargets: Map<PragmaDirective | IncludeDirective, MofDocument>;
  diagnostics: Diagnostic[];
  /** Original source text by path, for code frames. */
  sources: Map<string, SourceFile>;
  options: LoadOptions;
}

/** Includes nest no deeper than this (OpenWBEM uses a fixed cap as well). */
export const maxIncludeDepth = 64;

export function loadProgram(inputs: string[], host: FileHost, options: LoadOptions): Program {
  return new Loader(host, options).load(inputs);
}

/** Visits productions in textual order, entering included documents where they are included. */
export function walkProductions(program: Program, visit: (p: Production, doc: MofDocument) => void): void {
  const walk = (doc: MofDocument, depth: number) => {
    for (const p of doc.productions) {
      visit(p, doc);
      if ((p.kind === "Pragma" || p.kind === "Include") && depth < maxIncludeDepth) {
        const target = program.includeTargets.get(p);
        if (target) walk(target, depth + 1);
      }
    }
  };
  for (const root of program.roots) walk(root, 0);
}

class Loader {
  private readonly documents: MofDocument[] = [];
  private readonly byPath = new Map<string, MofDocument>();
  private readonly includeTargets = new Map<PragmaDirective | IncludeDirective, MofDocument>();
  private readonly diagnostics: Diagnostic[] = [];
  private readonly sources = new Map<string, SourceFile>();
  private readonly dirCache = new Map<string, string[] | undefined>();

  constructor(
    private readonly host: FileHost,
    private readonly options: LoadOptions,
  ) {}

  load(inputs: string[]): Program {
    const roots: MofDocument[] = [];
    for (const input of inputs) {
      const path = toSlashes(input);
      const bytes = this.host.readFile(path);
      if (!bytes) {
        this.diagnostics.push(createDiagnostic(codes.fileNotFound, { path: input, reason: "no such file" }));
        continue;
      }
      const doc = this.parseFile(path, bytes);
      roots.push(doc);
      this.followIncludes(doc, [doc.path]);
    }
    const program: Program = {
      roots,
      documents: this.documents,
      includeTargets: this.includeTargets,
      diagnostics: this.diagnostics,
      sources: this.sources,
      options: this.options,
    };
    // Pragma checks run in textual order: classflags and exclusive pairs carry over.
    const ctx = new PragmaContext(this.options.dialect, () => {});
    walkProductions(program, (p, doc) => {
      if (p.kind !== "Pragma") return;
      const report = (d: Diagnostic, start: number, end: number) =>
        this.diagnostics.push(withLocation(d, doc.locate(start, end)));
      ctx.report = report;
      checkPragma(p, ctx);
    });
    this.diagnostics.sort(compareDiagnostics);
    return program;
  }

  private parseFile(path: string, bytes: Uint8Array): MofDocument {
    const decoder = this.decoderFor(path);
    if (decoder) return this.decodeFile(path, bytes, decoder);
    const decoded = decodeSource(bytes);
    const original = new SourceFile(path, decoded.text);
    this.sources.set(path, original);
    const raw: RawDiagnostic[] = [];
    for (const note of decoded.notes) {
      raw.push({ diagnostic: createDiagnostic(codes.encoding, { detail: note }), start: 0, end: 0 });
    }
    if (decoded.encoding !== "utf-8" && decoded.notes.length === 0 && this.options.dialect === "dmtf") {
      const what = decoded.encoding === "utf-8-bom" ? "UTF-8 with a byte-order mark" : decoded.encoding.toUpperCase();
      raw.push({
        diagnostic: createDiagnostic(codes.encoding, {
          detail: `file is ${what}; DSP0221 asks for UTF-8 without a signature`,
        }),
        start: 0,
        end: 0,
      });
    }

    let text = decoded.text;
    let locate = (start: number, end: number): Location => locateIn(original, start, end);
    if (this.options.preprocess) {
      const pp = preprocess(original, this.host, {
        defines: this.options.defines ?? {},
        includeDirs: this.options.includeDirs ?? [],
      });
      for (const d of pp.diagnostics) this.diagnostics.push(d);
      text = pp.text;
      const segments = pp.segments;
      locate = (start, end) => {
        const a = mapOffset(segments, start);
        const b = mapOffset(segments, Math.max(start, end));
        this.sources.set(a.file.path, a.file);
        return locateIn(a.file, a.offset, b.file === a.file ? b.offset : a.offset);
      };
    }

    const parsed = parseText(text, { dialect: this.options.dialect, preprocessed: this.options.preprocess });
    raw.push(...parsed.diagnostics);
    checkDialect(parsed.productions, this.options.dialect, (diagnostic, start, end) =>
      raw.push({ diagnostic, start, end }),
    );
    const doc: MofDocument = { kind: "Document", path, text, productions: parsed.productions, locate };
    for (const r of raw) this.diagnostics.push(withLocation(r.diagnostic, locate(r.start, r.end)));
    this.documents.push(doc);
    this.byPath.set(path.toLowerCase(), doc);
    return doc;
  }

  private decoderFor(path: string): InputDecoder | undefined {
    const lower = path.toLowerCase();
    for (const [ext, decoder] of Object.entries(this.options.decoders ?? {})) {
      if (lower.endsWith(ext.toLowerCase())) return decoder;
    }
    return undefined;
  }

  /** A binary input: no source text to frame, so `sources` gets nothing for it. */
  private decodeFile(path: string, bytes: Uint8Array, decoder: InputDecoder): MofDocument {
    const decoded = decoder(bytes, path);
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const locate = (start: number, end: number): Location => ({
      file: path,
      start: at(start),
      end: at(Math.max(start, end)),
    });
    for (const d of decoded.diagnostics) this.diagnostics.push(withLocation(d, locate(0, 0)));
    checkDialect(decoded.productions, this.options.dialect, (diagnostic, start, end) =>
      this.diagnostics.push(withLocation(diagnostic, locate(start, end))),
    );
    const doc: MofDocument = { kind: "Document", path, text: decoded.text, productions: decoded.productions, locate };
    this.documents.push(doc);
    this.byPath.set(path.toLowerCase(), doc);
    return doc;
  }

  private followIncludes(doc: MofDocument, chain: string[]): void {
    for (const p of doc.productions) {
      let target: string | undefined;
      let at: PragmaDirective | IncludeDirective | undefined;
      if (p.kind === "Pragma" && p.name.name.toLowerCase() === "include") {
        // Malformed include pragmas are reported by the pragma checks.
        if (p.args?.length === 1 && p.args[0].kind === "String") target = p.args[0].value;
        at = p;
      } else if (p.kind === "Include") {
        target = p.path.value;
        at = p;
      }
      if (at === undefined || target === undefined) continue;
      const report = (d: Diagnostic) => this.diagnostics.push(withLocation(d, doc.locate(at.span.start, at.span.end)));
      const resolved = this.resolveInclude(target, dirname(doc.path));
      if (!resolved.path) {
        report(createDiagnostic(codes.includeNotFound, { path: target, searched: resolved.searched.join(", ") }));
        continue;
      }
      const key = resolved.path.toLowerCase();
      if (chain.some((c) => c.toLowerCase() === key)) {
        report(
          createDiagnostic(codes.includeCycle, { detail: `include cycle: ${[...chain, resolved.path].join(" -> ")}` }),
        );
        continue;
      }
      if (chain.length >= maxIncludeDepth) {
        report(createDiagnostic(codes.includeCycle, { detail: `includes nest deeper than ${maxIncludeDepth} levels` }));
        continue;
      }
      let included = this.byPath.get(key);
      if (!included) {
        included = this.parseFile(resolved.path, resolved.bytes!);
        this.followIncludes(included, [...chain, resolved.path]);
      }
      this.includeTargets.set(at, included);
    }
  }

  /** The including file's folder first, then each -I folder; names match case-insensitively. */
  private resolveInclude(target: string, fromDir: string): { path?: string; bytes?: Uint8Array; searched: string[] } {
    const dirs = [fromDir, ...(this.options.includeDirs ?? []).map(toSlashes)];
    const searched: string[] = [];
    for (const dir of dirs) {
      const candidate = joinPath(dir, target);
      searched.push(dir);
      const found = this.findFile(candidate);
      if (found) return { ...found, searched };
      if (/^([A-Za-z]:)?[\\/]/.test(target)) break;
    }
    return { searched };
  }

  /** The file's path as it exists, and its bytes (undefined bytes: already parsed). */
  private findFile(path: string): { path: string; bytes?: Uint8Array } | undefined {
    const known = this.byPath.get(path.toLowerCase());
    if (known) return { path: known.path };
    const bytes = this.host.readFile(path);
    if (bytes) return { path, bytes };
    // Windows sources name files in any case (e.g. "QuaLIFIErs.mof"); match segment by segment.
    const segs = path.split("/");
    let cur = segs[0] === "" ? "/" : segs[0] === "." || segs[0] === ".." ? segs[0] : ".";
    const start = segs[0] === "" || segs[0] === "." || segs[0] === ".." ? 1 : 0;
    for (let i = start; i < segs.length; i++) {
      const names = this.listDir(cur);
      const hit = names?.find((n) => n === segs[i]) ?? names?.find((n) => n.toLowerCase() === segs[i].toLowerCase());
      if (hit === undefined) return undefined;
      cur = cur === "." ? hit : cur === "/" ? `/${hit}` : `${cur}/${hit}`;
    }
    const known2 = this.byPath.get(cur.toLowerCase());
    if (known2) return { path: known2.path };
    const found = this.host.readFile(cur);
    return found ? { path: cur, bytes: found } : undefined;
  }

  private listDir(dir: string): string[] | undefined {
    if (!this.dirCache.has(dir)) this.dirCache.set(dir, this.host.readDirectory(dir));
    return this.dirCache.get(dir);
  }
}

function withLocation(d: Diagnostic, location: Location): Diagnostic {
  return d.location ? d : { ...d, location };
}
