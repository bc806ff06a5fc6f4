/**
 * Syntax that only one dialect accepts. The parser reads the union of DSP0004 2.x and the
 * Microsoft extensions; this pass reports what `--dialect dmtf` rejects (mof-language.md §8),
 * and checks scope and flavor keywords, which the grammar reads as plain names.
 */
import { codes, createDiagnostic, type Diagnostic, type Severity } from "@mofkit/diagnostics";
import type * as A from "./ast.js";
import type { Dialect } from "./lexer.js";

type Report = (d: Diagnostic, start: number, end: number) => void;

const scopeKinds = [
  "class",
  "association",
  "indication",
  "property",
  "reference",
  "method",
  "parameter",
  "any",
  "qualifier",
  "schema",
];
const dmtfFlavors = ["enableoverride", "disableoverride", "restricted", "tosubclass", "translatable"];
const msFlavors = ["toinstance", "nottoinstance", "nottosubclass", "amended"];

export function checkDialect(productions: A.Production[], dialect: Dialect, report: Report): void {
  new DialectChecker(dialect, report).productions(productions);
}

class DialectChecker {
  constructor(
    private readonly dialect: Dialect,
    private readonly report: Report,
  ) {}

  private ms(construct: string, span: A.Span, hint = "", severity: Severity = "error"): void {
    if (this.dialect !== "dmtf") return;
    this.report(
      createDiagnostic(
        codes.dialectConstruct,
        { construct, dialect: this.dialect, hint },
        undefined,
        undefined,
        severity,
      ),
      span.start,
      span.end,
    );
  }

  productions(list: A.Production[]): void {
    for (const p of list) {
      switch (p.kind) {
        case "Include":
          this.ms("#include", p.span, "; use #pragma include");
          break;
        case "QualifierFlavorDefault":
          this.ms("a qualifier flavor default statement", p.span, "; a data type must follow ':'");
          this.flavors(p.flavors);
          break;
        case "QualifierDeclaration":
          this.scopes(p.scopes);
          if (p.flavors) this.flavors(p.flavors);
          if (p.defaultValue) this.value(p.defaultValue, false);
          break;
        case "Class":
          this.qualifiers(p.qualifiers);
          if (p.alias && this.dialect === "dmtf") {
            this.report(
              createDiagnostic(codes.deprecatedConstruct, {
                construct: "a class alias",
                detail: "DSP0004 deprecated class aliases (DMTF CR817)",
              }),
              p.alias.span.start,
              p.alias.span.end,
            );
          }
          for (const f of p.features) this.feature(f);
          break;
        case "Instance":
          this.qualifiers(p.qualifiers);
          this.propertyValues(p.properties);
          break;
        case "Pragma":
          break;
      }
    }
  }

  private feature(f: A.Feature): void {
    this.qualifiers(f.qualifiers);
    if (f.kind === "Method") {
      this.type(f.returnType, true);
      for (const p of f.parameters) {
        this.qualifiers(p.qualifiers);
        this.type(p.type, false);
        if (p.defaultValue) {
          this.ms("a parameter default value", p.defaultValue.span, " (added in MOF 3.0)");
          this.value(p.defaultValue, false);
        }
      }
      return;
    }
    this.type(f.type, false);
    if (f.type.kind === "ReferenceType" && f.array) this.ms("a reference array property", f.array.span);
    if (f.defaultValue) this.value(f.defaultValue, false);
  }

  private type(t: A.TypeRef, isReturn: boolean): void {
    switch (t.kind) {
      case "VoidType":
        if (!isReturn) {
          // `void` is never a data type, in either dialect.
          this.report(
            createDiagnostic(codes.unexpectedToken, { expected: "a data type", found: "'void'" }),
            t.span.start,
            t.span.end,
          );
        } else this.ms("a 'void' method", t.span, " (added in MOF 3.0)");
        break;
      case "ObjectType":
        this.ms("the 'object' type", t.span, "; use string with EmbeddedObject");
        break;
      case "ClassType":
        this.ms(`a class-typed embedded object '${t.className.name}'`, t.span, "; use string with EmbeddedInstance");
        break;
      case "ReferenceType":
        if (!t.className) this.ms("'object ref'", t.span);
        break;
      case "PrimitiveType":
        break;
    }
  }

  private propertyValues(list: A.PropertyValue[]): void {
    for (const pv of list) {
      this.qualifiers(pv.qualifiers);
      if (pv.value === undefined) this.ms("a property named without a value", pv.span, "; write Name = value;");
      else this.value(pv.value, false);
    }
  }

  private value(v: A.Value, inArray: boolean): void {
    switch (v.kind) {
      case "EmbeddedInstance":
        this.ms("an inline 'instance of' value", v.span, "; write the instance as a string with EmbeddedInstance");
        this.qualifiers(v.qualifiers);
        this.propertyValues(v.properties);
        break;
      case "AliasRef":
        if (inArray) this.ms("an alias inside an array value", v.span);
        break;
      case "Array":
        for (const e of v.elements) this.value(e, true);
        break;
      default:
        break;
    }
  }

  private qualifiers(list: A.Qualifier[]): void {
    for (const q of list) {
      if (q.valueForm === "list") {
        if (this.dialect === "dmtf")
          this.ms("a parenthesised qualifier value list", q.value!.span, `; write ${q.name.name}{...}`);
        else
          this.report(
            createDiagnostic(codes.parenthesisedList, { name: q.name.name }),
            q.value!.span.start,
            q.value!.span.end,
          );
      }
      if (q.value) this.value(q.value, false);
      this.flavors(q.flavors);
    }
  }

  private flavors(list: A.Identifier[]): void {
    for (const f of list) {
      const lower = f.name.toLowerCase();
      if (dmtfFlavors.includes(lower)) continue;
      if (msFlavors.includes(lower)) {
        // ToInstance is widely used (CIM-XML, Microsoft exports); the other three have no DMTF meaning.
        if (lower === "toinstance") this.ms("the ToInstance flavor", f.span, "", "warning");
        else if (this.dialect === "dmtf") this.unknown("flavor", f, dmtfFlavors);
        continue;
      }
      this.unknown("flavor", f, this.dialect === "dmtf" ? dmtfFlavors : [...dmtfFlavors, ...msFlavors]);
    }
  }

  private scopes(list: A.Identifier[]): void {
    for (const s of list) {
      if (!scopeKinds.includes(s.name.toLowerCase())) this.unknown("scope", s, scopeKinds.slice(0, 8));
    }
  }

  private unknown(kind: string, id: A.Identifier, expected: string[]): void {
    if (id.name === "") return; // a name the parser's error recovery inserted; the syntax error is reported
    this.report(
      createDiagnostic(codes.unknownKeyword, { kind, name: id.name, expected: expected.join(", ") }),
      id.span.start,
      id.span.end,
    );
  }
}
