/**
 * AST → MOF text. The output is canonical (the same AST always prints the same text) and
 * round-trips: parsing what printMof writes gives the same AST, spans aside.
 *
 * Layout: one production per block, blocks separated by a blank line; class features and
 * instance property values one per line, indented. Anything that fits in `lineWidth` columns
 * stays on one line; otherwise qualifier lists move to their own line (one qualifier per line
 * when still too long), arrays and embedded instances open into blocks, method parameters go
 * one per line, and long strings that overrun the line are split into adjacent literals (never
 * inside an array value, where a line break between literals draws a warning).
 */
import type * as A from "./ast.js";
import { formatInteger, quoteChar, quoteString, splitStringLiteral } from "./printer-values.js";

export interface PrintOptions {
  /** One level of indentation; four spaces by default. */
  indent?: string;
  /** Line ending; `\n` by default. */
  newline?: "\n" | "\r\n";
}

const lineWidth = 100;
/** Strings no longer than this (quotes included) are never split. */
const minSplitString = 60;

/** Prints productions as MOF text ending in a newline (the empty string for no productions). */
export function printMof(productions: readonly A.Production[], options: PrintOptions = {}): string {
  const printer = new MofPrinter(options.indent ?? "    ", options.newline ?? "\n");
  const blocks: string[] = [];
  for (const p of productions) blocks.push(printer.production(p));
  return blocks.length === 0 ? "" : blocks.join(printer.nl + printer.nl) + printer.nl;
}

type Body = (col: number) => string;

class MofPrinter {
  /** Single-line spellings of composite values and strings, which layout asks for repeatedly. */
  private readonly flatCache = new WeakMap<object, string>();

  constructor(
    private readonly unit: string,
    readonly nl: string,
  ) {}

  production(p: A.Production): string {
    try {
      switch (p.kind) {
        case "Pragma":
          return this.pragma(p);
        case "Include": {
          const path = quoteString(p.path?.value ?? "");
          return p.parenthesised ? `#include (${path})` : `#include ${path}`;
        }
        case "QualifierDeclaration":
          return this.qualifierDeclaration(p);
        case "QualifierFlavorDefault":
          return `Qualifier ${p.name.name} : ${p.flavors.map((f) => f.name).join(" ")};`;
        case "Class":
          return this.classDeclaration(p);
        case "Instance":
          return this.instanceDeclaration(p);
        default:
          return `// unknown production kind '${String((p as { kind?: unknown }).kind)}'`;
      }
    } catch (e) {
      // Only reachable with a malformed AST (the types rule it out); keep going, say what happened.
      return `// could not print a ${String((p as { kind?: unknown })?.kind)} production: ${String(e).replace(/[\r\n]+/g, " ")}`;
    }
  }

  // ---- productions ----------------------------------------------------------------------

  private pragma(p: A.PragmaDirective): string {
    const head = `#pragma ${p.name.name}`;
    if (p.args === undefined || p.args.length === 0) return head;
    return `${head}(${p.args.map((a) => this.pragmaArg(a)).join(", ")})`;
  }

  private pragmaArg(a: A.PragmaArgument): string {
    switch (a.kind) {
      case "String":
        return quoteString(a.value);
      case "Integer":
        return formatInteger(a.value, a.radix);
      default:
        return a.name;
    }
  }

  private qualifierDeclaration(q: A.QualifierDeclaration): string {
    let s = `Qualifier ${q.name.name} : ${q.type.name}${this.arraySpec(q.array)}`;
    if (q.defaultValue) s += ` = ${this.value(q.defaultValue, "", s.length + 3, false)}`;
    if (q.scopes.length > 0) s += `, Scope(${q.scopes.map((n) => n.name).join(", ")})`;
    if (q.flavors && q.flavors.length > 0) s += `, Flavor(${q.flavors.map((n) => n.name).join(", ")})`;
    return `${s};`;
  }

  private classDeclaration(c: A.ClassDeclaration): string {
    let head = `class ${c.name.name}${this.alias(c.alias)}`;
    if (c.superClass) head += ` : ${c.superClass.name}`;
    const inner = this.unit;
    const body = this.block(c.features.map((f) => this.feature(f, inner)));
    return this.ownLineQualifiers(c.qualifiers) + head + body + ";";
  }

  private instanceDeclaration(i: A.InstanceDeclaration): string {
    const head = `instance of ${i.className.name}${this.alias(i.alias)}`;
    const body = this.block(i.properties.map((p) => this.propertyValue(p, this.unit)));
    return this.ownLineQualifiers(i.qualifiers) + head + body + ";";
  }

  /** Qualifiers of a class or instance declaration: always on a line of their own. */
  private ownLineQualifiers(quals: readonly A.Qualifier[]): string {
    return quals.length === 0 ? "" : this.qualifierList(quals, "") + this.nl;
  }

  /**
   * ` {` + members + `}` for members already indented; an empty body is ` {}`. A member that
   * spans several lines is set off from its neighbours by blank lines.
   */
  private block(members: string[]): string {
    if (members.length === 0) return " {}";
    let s = ` {${this.nl}${members[0]}`;
    for (let i = 1; i < members.length; i++) {
      const tall = members[i - 1].includes("\n") || members[i].includes("\n");
      s += (tall ? this.nl + this.nl : this.nl) + members[i];
    }
    return `${s}${this.nl}}`;
  }

  private alias(a: A.Alias | undefined): string {
    return a ? ` as $${a.name}` : "";
  }

  // ---- class features -------------------------------------------------------------------

  private feature(f: A.Feature, indent: string): string {
    if (f.kind === "Method") return this.method(f, indent);
    return this.element(f.qualifiers, indent, (col) => this.typedName(f, indent, col) + ";");
  }

  /** `type name[array] = default` of a property or parameter, starting at column `col`. */
  private typedName(d: A.PropertyDeclaration | A.ParameterDeclaration, indent: string, col: number): string {
    const s = `${this.type(d.type)} ${d.name.name}${this.arraySpec(d.array)}`;
    if (!d.defaultValue) return s;
    return `${s} = ${this.value(d.defaultValue, indent, col + s.length + 3, false)}`;
  }

  private method(m: A.MethodDeclaration, indent: string): string {
    return this.element(m.qualifiers, indent, (col) => {
      const head = `${this.type(m.returnType)} ${m.name.name}(`;
      if (m.parameters.length === 0) return `${head});`;
      const flat = `${head}${m.parameters.map((p) => this.flatParameter(p)).join(", ")});`;
      if (col + flat.length <= lineWidth) return flat;
      const inner = indent + this.unit;
      const params = m.parameters.map((p) => this.element(p.qualifiers, inner, (c) => this.typedName(p, inner, c)));
      return `${head}${this.nl}${params.join("," + this.nl)});`;
    });
  }

  private flatParameter(p: A.ParameterDeclaration): string {
    let s = `${this.type(p.type)} ${p.name.name}${this.arraySpec(p.array)}`;
    if (p.defaultValue) s += ` = ${this.flat(p.defaultValue)}`;
    return p.qualifiers.length > 0 ? `${this.flatQualifierList(p.qualifiers)} ${s}` : s;
  }

  private type(t: A.TypeRef): string {
    switch (t.kind) {
      case "PrimitiveType":
        return t.name;
      case "ObjectType":
        return "object";
      case "VoidType":
        return "void";
      case "ClassType":
        return t.className.name;
      case "ReferenceType":
        return `${t.className ? t.className.name : "object"} ref`;
      default:
        return "object";
    }
  }

  private arraySpec(a: A.ArraySpec | undefined): string {
    if (!a) return "";
    return a.size === undefined ? "[]" : `[${a.size}]`;
  }

  /**
   * An element preceded by its qualifiers: `indent [quals] body` when that fits on one line,
   * otherwise the qualifier list on its own line and the body below it at the same indentation.
   * `body` gets the column it starts at.
   */
  private element(quals: readonly A.Qualifier[], indent: string, body: Body): string {
    if (quals.length === 0) return indent + body(indent.length);
    const q = this.qualifierList(quals, indent);
    if (!q.includes("\n")) {
      const col = indent.length + q.length + 1;
      const b = body(col);
      if (!b.includes("\n") && col + b.length <= lineWidth) return `${indent}${q} ${b}`;
    }
    return `${indent}${q}${this.nl}${indent}${body(indent.length)}`;
  }

  // ---- instances --------------------------------------------------------------------------

  private propertyValue(p: A.PropertyValue, indent: string): string {
    return this.element(p.qualifiers, indent, (col) => {
      const name = p.name.name;
      if (!p.value) return `${name};`;
      return `${name} = ${this.value(p.value, indent, col + name.length + 3, false)};`;
    });
  }

  private flatPropertyValue(p: A.PropertyValue): string {
    const s = p.value ? `${p.name.name} = ${this.flat(p.value)};` : `${p.name.name};`;
    return p.qualifiers.length > 0 ? `${this.flatQualifierList(p.qualifiers)} ${s}` : s;
  }

  // ---- qualifiers -------------------------------------------------------------------------

  /** `[A, B(1)]` when it fits after `indent`; otherwise one qualifier per line, aligned after `[`. */
  private qualifierList(quals: readonly A.Qualifier[], indent: string): string {
    const flat = this.flatQualifierList(quals);
    if (indent.length + flat.length <= lineWidth) return flat;
    const inner = indent + " ";
    const parts = quals.map((q) => this.qualifier(q, inner));
    return `[${parts.join("," + this.nl + inner)}]`;
  }

  private flatQualifierList(quals: readonly A.Qualifier[]): string {
    return `[${quals.map((q) => this.qualifier(q, undefined)).join(", ")}]`;
  }

  /** One qualifier starting at column `indent.length`; flat (single-line) when `indent` is undefined. */
  private qualifier(q: A.Qualifier, indent: string | undefined): string {
    let s = q.name.name;
    const v = q.value;
    const form = q.valueForm === "none" && v ? (v.kind === "Array" ? "array" : "paren") : q.valueForm;
    const col = (indent?.length ?? 0) + s.length;
    if (v && form === "array") {
      s += v.kind === "Array" ? this.valueAt(v, indent, col, false) : `{${this.valueAt(v, indent, col + 1, true)}}`;
    } else if (v && form === "list" && v.kind === "Array") {
      s += indent === undefined ? this.flatList(v.elements, "(", ")") : this.list(v.elements, "(", ")", indent, col);
    } else if (v && (form === "paren" || form === "list")) {
      s += `(${this.valueAt(v, indent, col + 1, false)})`;
    }
    if (q.flavors.length > 0) s += ` : ${q.flavors.map((f) => f.name).join(" ")}`;
    return s;
  }

  // ---- values -----------------------------------------------------------------------------

  private valueAt(v: A.Value, indent: string | undefined, col: number, inArray: boolean): string {
    return indent === undefined ? this.flat(v) : this.value(v, indent, col, inArray);
  }

  /**
   * A value starting at column `col` of a line indented by `indent`: its single-line spelling
   * when that fits, otherwise a block or split string whose continuation lines are indented one
   * level deeper than `indent`.
   */
  private value(v: A.Value, indent: string, col: number, inArray: boolean): string {
    const flat = this.flat(v);
    if (col + flat.length <= lineWidth) return flat;
    switch (v.kind) {
      case "String": {
        if (inArray || flat.length <= minSplitString) return flat;
        const cont = indent + this.unit;
        const first = Math.max(30, lineWidth - col - 4);
        return splitStringLiteral(v.value, first, Math.max(60, lineWidth - cont.length - 4)).join(this.nl + cont);
      }
      case "Array":
        return this.list(v.elements, "{", "}", indent, col);
      case "EmbeddedInstance": {
        if (v.properties.length === 0) return flat;
        const inner = indent + this.unit;
        const head = `instance of ${v.className.name}${this.alias(v.alias)}`;
        const props = v.properties.map((p) => this.propertyValue(p, inner));
        return `${head} {${this.nl}${props.join(this.nl)}${this.nl}${indent}}`;
      }
      default:
        return flat;
    }
  }

  /**
   * Elements between `open` and `close`: on one line when they fit, otherwise in a block below
   * the opener, filled line by line, or one per line when an element is itself composite.
   */
  private list(elements: readonly A.Value[], open: string, close: string, indent: string, col: number): string {
    const flat = this.flatList(elements, open, close);
    if (elements.length === 0 || col + flat.length <= lineWidth) return flat;
    const nested = elements.some((e) => e.kind === "Array" || e.kind === "EmbeddedInstance");
    // A lone scalar (a long string, say) gains nothing from a block.
    if (elements.length === 1 && !nested) return flat;
    const inner = indent + this.unit;
    let lines: string[];
    if (nested) {
      lines = elements.map((e, i) => this.value(e, inner, inner.length, true) + (i < elements.length - 1 ? "," : ""));
    } else {
      lines = [];
      let line = "";
      for (const e of elements) {
        const f = this.flat(e);
        if (line === "") line = f;
        else if (inner.length + line.length + 2 + f.length + 1 <= lineWidth) line += `, ${f}`;
        else {
          lines.push(`${line},`);
          line = f;
        }
      }
      lines.push(line);
    }
    return `${open}${this.nl}${inner}${lines.join(this.nl + inner)}${this.nl}${indent}${close}`;
  }

  private flatList(elements: readonly A.Value[], open: string, close: string): string {
    return `${open}${elements.map((e) => this.flat(e)).join(", ")}${close}`;
  }

  /** The single-line spelling of a value (no line breaks, strings unsplit). */
  private flat(v: A.Value): string {
    switch (v.kind) {
      case "Integer":
        return formatInteger(v.value, v.radix);
      case "Real":
        return v.text;
      case "Boolean":
        return v.value ? "true" : "false";
      case "Null":
        return "null";
      case "Char":
        return quoteChar(v.value);
      case "AliasRef":
        return `$${v.name}`;
      case "ErrorValue":
        return v.text;
      default:
        break;
    }
    const cached = this.flatCache.get(v);
    if (cached !== undefined) return cached;
    let s: string;
    switch (v.kind) {
      case "String":
        s = quoteString(v.value);
        break;
      case "Array":
        s = this.flatList(v.elements, "{", "}");
        break;
      case "EmbeddedInstance": {
        // `qualifiers` of an embedded instance has no syntax (the parser always leaves it empty).
        const head = `instance of ${v.className.name}${this.alias(v.alias)}`;
        s =
          v.properties.length === 0
            ? `${head} {}`
            : `${head} { ${v.properties.map((p) => this.flatPropertyValue(p)).join(" ")} }`;
        break;
      }
      default:
        s = String((v as { text?: unknown }).text ?? "");
    }
    this.flatCache.set(v, s);
    return s;
  }
}
