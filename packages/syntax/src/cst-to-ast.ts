/**
 * The typed CST visitor: turns chevrotain's CST into our AST with exact spans, decoding literals
 * on the way. The CST may be partial after error recovery, so every child is treated as optional.
 */
import type { IToken } from "chevrotain";
import { codes, createDiagnostic } from "@mofkit/diagnostics";
import type * as C from "./cst-types.js";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { decodeEscapes, parseIntegerImage, type LiteralReport } from "./literals.js";
import type { Dialect } from "./lexer.js";

const closedChar = /^'(?:[^'\\\r\n]|\\[^\r\n])*'$/;

/** Start offset of a token, or undefined when missing or inserted by recovery (no position). */
function ts(t: IToken | undefined): number | undefined {
  return t !== undefined && t.startOffset === t.startOffset ? t.startOffset : undefined;
}

/** End offset (exclusive) of a token, or undefined like ts(). */
function te(t: IToken | undefined): number | undefined {
  return t !== undefined && t.startOffset === t.startOffset ? t.startOffset + t.image.length : undefined;
}

export class AstBuilder {
  constructor(
    private readonly text: string,
    private readonly dialect: Dialect,
    private readonly report: LiteralReport,
  ) {}

  // ---- spans ----------------------------------------------------------------------------

  /**
   * A span from the first known start to the last known end. Call sites pass `a ?? b ?? ...`
   * chains in source order, skipping parts that are missing after error recovery; plain numbers
   * keep this hot path monomorphic (it runs for every node).
   */
  private range(start: number | undefined, end: number | undefined): A.Span {
    if (start === undefined) return { start: 0, end: 0 };
    return { start, end: end === undefined || end < start ? start : end };
  }

  private ident(tok: IToken | undefined): A.Identifier {
    if (!tok || !Number.isFinite(tok.startOffset))
      return {
        kind: "Identifier",
        name: "",
        span: this.range(ts(tok), te(tok)),
      };
    return {
      kind: "Identifier",
      name: tok.image,
      span: this.range(ts(tok), te(tok)),
    };
  }

  // ---- productions ----------------------------------------------------------------------

  document(cst: C.MofSpecificationCstNode): A.Production[] {
    const out: A.Production[] = [];
    for (const p of cst.children.production ?? []) {
      const c = p.children;
      if (c.pragmaDirective) out.push(this.pragma(c.pragmaDirective[0]));
      else if (c.includeDirective) out.push(this.include(c.includeDirective[0]));
      else if (c.qualifierDeclaration) out.push(this.qualifierDeclaration(c.qualifierDeclaration[0]));
      else if (c.classOrInstance) {
        const prod = this.classOrInstance(c.classOrInstance[0]);
        if (prod) out.push(prod);
      }
    }
    return out;
  }

  private pragma(n: C.PragmaDirectiveCstNode): A.PragmaDirective {
    const c = n.children;
    const args = c.LParen ? (c.pragmaArg ?? []).map((a) => this.pragmaArg(a)) : undefined;
    return {
      kind: "Pragma",
      name: this.ident(c.pragmaName?.[0]),
      args,
      span: this.range(
        ts(c.Pragma?.[0]) ?? ts(c.pragmaName?.[0]) ?? ts(c.RParen?.[0]),
        te(c.RParen?.[0]) ?? te(c.pragmaName?.[0]) ?? te(c.Pragma?.[0]),
      ),
    };
  }

  private pragmaArg(n: C.PragmaArgCstNode): A.PragmaArgument {
    const c = n.children;
    if (c.stringValue) return this.stringValue(c.stringValue[0], false);
    if (c.NumberLiteral) {
      const v = this.number(c.NumberLiteral[0]);
      if (v.kind === "Integer") return v;
      return {
        kind: "Identifier",
        name: c.NumberLiteral[0].image,
        span: v.span,
      };
    }
    return this.ident(c.Name?.[0]);
  }

  private include(n: C.IncludeDirectiveCstNode): A.IncludeDirective {
    const c = n.children;
    const sv = c.stringValue?.[0];
    const path: A.StringValue = sv
      ? this.stringValue(sv, false)
      : {
          kind: "String",
          value: "",
          span: this.range(ts(c.Include?.[0]), te(c.Include?.[0])),
        };
    return {
      kind: "Include",
      path,
      parenthesised: c.LParen !== undefined,
      span: this.range(
        ts(c.Include?.[0]) ?? path.span.start ?? ts(c.RParen?.[0]),
        te(c.RParen?.[0]) ?? path.span.end ?? te(c.Include?.[0]),
      ),
    };
  }

  private qualifierDeclaration(n: C.QualifierDeclarationCstNode): A.QualifierDeclaration | A.QualifierFlavorDefault {
    const c = n.children;
    const name = this.ident(c.qualifierName?.[0]);
    const span = this.range(
      ts(c.Qualifier?.[0]) ?? name.span.start ?? ts(c.Semicolon?.[0]),
      te(c.Semicolon?.[0]) ?? name.span.end ?? te(c.Qualifier?.[0]),
    );
    if (c.defaultFlavor) {
      return {
        kind: "QualifierFlavorDefault",
        name,
        flavors: c.defaultFlavor.map((t) => this.ident(t)),
        span,
      };
    }
    const typeTok = c.DataType?.[0];
    const type: A.PrimitiveType = {
      kind: "PrimitiveType",
      name: (typeTok?.image.toLowerCase() ?? "string") as A.PrimitiveTypeName,
      span: this.range(ts(typeTok), te(typeTok)),
    };
    const scopes = c.scopeClause ? this.names(c.scopeClause[0].children.nameList?.[0]) : [];
    const flavors = c.flavorClause ? this.names(c.flavorClause[0].children.nameList?.[0]) : undefined;
    if (!c.scopeClause && typeTok) {
      this.report(createDiagnostic(codes.missingScope, { name: name.name }), name.span.start, name.span.end);
    }
    return {
      kind: "QualifierDeclaration",
      name,
      type,
      array: c.arraySpec ? this.arraySpec(c.arraySpec[0]) : undefined,
      defaultValue: c.initializer ? this.initializer(c.initializer[0], false) : undefined,
      scopes,
      flavors,
      span,
    };
  }

  private names(n: C.NameListCstNode | undefined): A.Identifier[] {
    return (n?.children.Name ?? []).filter((t) => Number.isFinite(t.startOffset)).map((t) => this.ident(t));
  }

  private classOrInstance(n: C.ClassOrInstanceCstNode): A.ClassDeclaration | A.InstanceDeclaration | undefined {
    const c = n.children;
    const qualifiers = c.qualifierList ? this.qualifierList(c.qualifierList[0]) : [];
    const qualStart = c.qualifierList?.[0].children.LBracket?.[0];
    if (c.classDeclaration) {
      const d = c.classDeclaration[0].children;
      const name = this.ident(d.className?.[0]);
      return {
        kind: "Class",
        qualifiers,
        name,
        alias: d.alias ? this.alias(d.alias[0]) : undefined,
        superClass: d.superClass ? this.ident(d.superClass[0]) : undefined,
        features: (d.classFeature ?? []).map((f) => this.feature(f)),
        span: this.range(
          ts(qualStart) ?? ts(d.Class?.[0]) ?? name.span.start ?? ts(d.RBrace?.[0]) ?? ts(d.Semicolon?.[0]),
          te(d.Semicolon?.[0]) ?? te(d.RBrace?.[0]) ?? name.span.end ?? te(d.Class?.[0]) ?? te(qualStart),
        ),
      };
    }
    if (c.instanceBody) {
      const body = this.instanceBody(c.instanceBody[0], qualifiers);
      if (body.properties.length === 0 && this.dialect === "dmtf") {
        const b = c.instanceBody[0].children;
        const sp = this.range(ts(b.LBrace?.[0]) ?? ts(b.RBrace?.[0]), te(b.RBrace?.[0]) ?? te(b.LBrace?.[0]));
        this.report(createDiagnostic(codes.emptyInstance, { dialect: this.dialect }), sp.start, sp.end);
      }
      return {
        kind: "Instance",
        qualifiers,
        className: body.className,
        alias: body.alias,
        properties: body.properties,
        span: this.range(
          ts(qualStart) ?? body.span.start ?? ts(c.Semicolon?.[0]),
          te(c.Semicolon?.[0]) ?? body.span.end ?? te(qualStart),
        ),
      };
    }
    return undefined;
  }

  private alias(n: C.AliasCstNode): A.Alias {
    const c = n.children;
    const id = c.AliasIdentifier?.[0];
    if (id)
      return {
        kind: "Alias",
        name: id.image.slice(1),
        span: this.range(ts(id), te(id)),
      };
    const dollar = c.Dollar?.[0];
    const nameTok = c.Name?.[0];
    const span = this.range(ts(dollar) ?? ts(nameTok), te(nameTok) ?? te(dollar));
    this.report(createDiagnostic(codes.aliasWhitespace, {}), span.start, span.end);
    return { kind: "Alias", name: nameTok?.image ?? "", span };
  }

  private feature(n: C.ClassFeatureCstNode): A.Feature {
    const c = n.children;
    const qualifiers = c.qualifierList ? this.qualifierList(c.qualifierList[0]) : [];
    const type = this.typeSpec(c.typeSpec?.[0]);
    const name = this.ident(c.featureName?.[0]);
    const array = c.arraySpec ? this.arraySpec(c.arraySpec[0]) : undefined;
    const start = c.qualifierList?.[0].children.LBracket?.[0];
    if (c.parameterList) {
      const pl = c.parameterList[0].children;
      if (array)
        this.report(createDiagnostic(codes.arrayReturnType, { name: name.name }), array.span.start, array.span.end);
      return {
        kind: "Method",
        qualifiers,
        returnType: type,
        name,
        parameters: (pl.parameter ?? []).map((p) => this.parameter(p)),
        span: this.range(
          ts(start) ?? type.span.start ?? name.span.start ?? ts(pl.RParen?.[0]) ?? ts(c.Semicolon?.[0]),
          te(c.Semicolon?.[0]) ?? te(pl.RParen?.[0]) ?? name.span.end ?? type.span.end ?? te(start),
        ),
      };
    }
    const defaultValue = c.initializer ? this.initializer(c.initializer[0], false) : undefined;
    return {
      kind: "Property",
      qualifiers,
      type,
      name,
      array,
      defaultValue,
      span: this.range(
        ts(start) ?? type.span.start ?? name.span.start ?? ts(c.Semicolon?.[0]),
        te(c.Semicolon?.[0]) ?? name.span.end ?? type.span.end ?? te(start),
      ),
    };
  }

  private typeSpec(n: C.TypeSpecCstNode | undefined): A.TypeRef {
    const tok = n?.children.typeName?.[0];
    const ref = n?.children.Ref?.[0];
    const span = this.range(ts(tok) ?? ts(ref), te(ref) ?? te(tok));
    if (!tok) return { kind: "ClassType", className: this.ident(undefined), span };
    if (ref) {
      const isObject = tok.tokenType === T.Object;
      return {
        kind: "ReferenceType",
        className: isObject ? undefined : this.ident(tok),
        span,
      };
    }
    if (tok.tokenType === T.DataType)
      return {
        kind: "PrimitiveType",
        name: tok.image.toLowerCase() as A.PrimitiveTypeName,
        span,
      };
    if (tok.tokenType === T.Object) return { kind: "ObjectType", span };
    if (tok.tokenType === T.Void) return { kind: "VoidType", span };
    return { kind: "ClassType", className: this.ident(tok), span };
  }

  private parameter(n: C.ParameterCstNode): A.ParameterDeclaration {
    const c = n.children;
    const qualifiers = c.qualifierList ? this.qualifierList(c.qualifierList[0]) : [];
    const type = this.typeSpec(c.typeSpec?.[0]);
    const name = this.ident(c.parameterName?.[0]);
    const array = c.arraySpec ? this.arraySpec(c.arraySpec[0]) : undefined;
    const defaultValue = c.initializer ? this.initializer(c.initializer[0], false) : undefined;
    return {
      kind: "Parameter",
      qualifiers,
      type,
      name,
      array,
      defaultValue,
      span: this.range(
        ts(c.qualifierList?.[0].children.LBracket?.[0]) ??
          type.span.start ??
          name.span.start ??
          array?.span?.start ??
          defaultValue?.span?.start,
        defaultValue?.span?.end ??
          array?.span?.end ??
          name.span.end ??
          type.span.end ??
          te(c.qualifierList?.[0].children.LBracket?.[0]),
      ),
    };
  }

  private arraySpec(n: C.ArraySpecCstNode): A.ArraySpec {
    const c = n.children;
    const span = this.range(ts(c.LBracket?.[0]) ?? ts(c.RBracket?.[0]), te(c.RBracket?.[0]) ?? te(c.LBracket?.[0]));
    const tok = c.NumberLiteral?.[0];
    if (!tok) return { kind: "ArraySpec", size: undefined, span };
    if (tok.tokenType !== T.DecimalLiteral || tok.image[0] === "-" || tok.image[0] === "+" || tok.image === "0") {
      if (tok.tokenType !== T.BadNumber) {
        this.report(
          createDiagnostic(codes.badArraySize, { text: tok.image }),
          tok.startOffset,
          tok.startOffset + tok.image.length,
        );
      }
      return { kind: "ArraySpec", size: undefined, span };
    }
    return { kind: "ArraySpec", size: Number(tok.image), span };
  }

  // ---- qualifiers -----------------------------------------------------------------------

  private qualifierList(n: C.QualifierListCstNode): A.Qualifier[] {
    return (n.children.qualifier ?? []).map((q) => this.qualifier(q));
  }

  private qualifier(n: C.QualifierCstNode): A.Qualifier {
    const c = n.children;
    const name = this.ident(c.qualifierName?.[0]);
    let valueForm: A.Qualifier["valueForm"] = "none";
    let value: A.Value | undefined;
    if (c.arrayValue) {
      valueForm = "array";
      value = this.arrayValue(c.arrayValue[0]);
    } else if (c.LParen) {
      const values = (c.constantValue ?? []).map((v) => this.constantValue(v, false));
      if (values.length > 1) {
        valueForm = "list";
        value = {
          kind: "Array",
          elements: values,
          span: this.range(ts(c.LParen[0]) ?? ts(c.RParen?.[0]), te(c.RParen?.[0]) ?? te(c.LParen[0])),
        };
      } else {
        valueForm = "paren";
        value = values[0];
      }
    }
    const flavors = (c.flavor ?? []).map((t) => this.ident(t));
    return {
      kind: "Qualifier",
      name,
      valueForm,
      value,
      flavors,
      span: this.range(
        name.span.start ?? value?.span?.start ?? ts(c.RParen?.[0]) ?? flavors[flavors.length - 1]?.span?.start,
        flavors[flavors.length - 1]?.span?.end ?? te(c.RParen?.[0]) ?? value?.span?.end ?? name.span.end,
      ),
    };
  }

  // ---- values ---------------------------------------------------------------------------

  private initializer(n: C.InitializerCstNode, inArray: boolean): A.Value {
    const c = n.children;
    if (c.constantValue) return this.constantValue(c.constantValue[0], inArray);
    if (c.arrayValue) return this.arrayValue(c.arrayValue[0]);
    if (c.AliasIdentifier) return this.aliasRef(c.AliasIdentifier[0]);
    if (c.instanceBody) return this.embeddedInstance(c.instanceBody[0]);
    return { kind: "ErrorValue", text: "", span: { start: 0, end: 0 } };
  }

  private aliasRef(tok: IToken): A.AliasRef {
    return {
      kind: "AliasRef",
      name: tok.image.slice(1),
      span: this.range(ts(tok), te(tok)),
    };
  }

  private arrayValue(n: C.ArrayValueCstNode): A.ArrayValue {
    const c = n.children;
    const elements: A.Value[] = [];
    for (const v of c.constantValue ?? []) elements.push(this.constantValue(v, true));
    for (const t of c.AliasIdentifier ?? []) elements.push(this.aliasRef(t));
    for (const b of c.instanceBody ?? []) elements.push(this.embeddedInstance(b));
    // The CST groups elements by kind; mixed arrays are rare, so only they pay for a sort.
    const kinds = (c.constantValue ? 1 : 0) + (c.AliasIdentifier ? 1 : 0) + (c.instanceBody ? 1 : 0);
    if (kinds > 1) elements.sort((a, b) => a.span.start - b.span.start);
    return {
      kind: "Array",
      elements,
      span: this.range(ts(c.LBrace?.[0]) ?? ts(c.RBrace?.[0]), te(c.RBrace?.[0]) ?? te(c.LBrace?.[0])),
    };
  }

  private embeddedInstance(n: C.InstanceBodyCstNode): A.EmbeddedInstanceValue {
    const body = this.instanceBody(n, []);
    return { kind: "EmbeddedInstance", ...body };
  }

  private instanceBody(n: C.InstanceBodyCstNode, qualifiers: A.Qualifier[]): Omit<A.EmbeddedInstanceValue, "kind"> {
    const c = n.children;
    return {
      qualifiers,
      className: this.ident(c.className?.[0]),
      alias: c.alias ? this.alias(c.alias[0]) : undefined,
      properties: (c.propertyValue ?? []).map((p) => this.propertyValue(p)),
      span: this.range(
        ts(c.Instance?.[0]) ?? ts(c.className?.[0]) ?? ts(c.RBrace?.[0]),
        te(c.RBrace?.[0]) ?? te(c.className?.[0]) ?? te(c.Instance?.[0]),
      ),
    };
  }

  private propertyValue(n: C.PropertyValueCstNode): A.PropertyValue {
    const c = n.children;
    const qualifiers = c.qualifierList ? this.qualifierList(c.qualifierList[0]) : [];
    const name = this.ident(c.propertyName?.[0]);
    const value = c.initializer ? this.initializer(c.initializer[0], false) : undefined;
    return {
      kind: "PropertyValue",
      qualifiers,
      name,
      value,
      span: this.range(
        ts(c.qualifierList?.[0].children.LBracket?.[0]) ?? name.span.start ?? ts(c.Semicolon?.[0]),
        te(c.Semicolon?.[0]) ?? name.span.end ?? te(c.qualifierList?.[0].children.LBracket?.[0]),
      ),
    };
  }

  private constantValue(n: C.ConstantValueCstNode, inArray: boolean): A.Value {
    const c = n.children;
    if (c.StringLike) return this.strings(c.StringLike, inArray);
    if (c.NumberLiteral) return this.number(c.NumberLiteral[0]);
    if (c.CharLiteral) return this.charValue(c.CharLiteral[0]);
    if (c.True)
      return {
        kind: "Boolean",
        value: true,
        span: this.range(ts(c.True[0]), te(c.True[0])),
      };
    if (c.False)
      return {
        kind: "Boolean",
        value: false,
        span: this.range(ts(c.False[0]), te(c.False[0])),
      };
    if (c.Null) return { kind: "Null", span: this.range(ts(c.Null[0]), te(c.Null[0])) };
    return { kind: "ErrorValue", text: "", span: { start: 0, end: 0 } };
  }

  private number(tok: IToken): A.IntegerValue | A.RealValue | A.ErrorValue {
    const span = this.range(ts(tok), te(tok));
    switch (tok.tokenType) {
      case T.DecimalLiteral:
        return {
          kind: "Integer",
          value: parseIntegerImage(tok.image, 10),
          radix: 10,
          span,
        };
      case T.HexLiteral:
        return {
          kind: "Integer",
          value: parseIntegerImage(tok.image, 16),
          radix: 16,
          span,
        };
      case T.OctalLiteral:
        return {
          kind: "Integer",
          value: parseIntegerImage(tok.image, 8),
          radix: 8,
          span,
        };
      case T.BinaryLiteral:
        return {
          kind: "Integer",
          value: parseIntegerImage(tok.image, 2),
          radix: 2,
          span,
        };
      case T.RealLiteral:
        return {
          kind: "Real",
          value: Number(tok.image),
          text: tok.image,
          span,
        };
      default:
        return { kind: "ErrorValue", text: tok.image, span };
    }
  }

  stringValue(n: C.StringValueCstNode, inArray: boolean): A.StringValue {
    return this.strings(n.children.StringLike ?? [], inArray);
  }

  /** Adjacent literals concatenate; inside `{...}` pieces on different lines get a warning. */
  private strings(toks: IToken[], inArray: boolean): A.StringValue {
    let value = "";
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!Number.isFinite(t.startOffset)) continue;
      const closed = t.tokenType === T.StringLiteral;
      const body = t.image.slice(1, closed ? -1 : undefined);
      value += decodeEscapes(body, t.startOffset + 1, "a string", this.dialect, this.report);
      if (inArray && i > 0 && this.lineBreakBetween(toks[i - 1], t)) {
        this.report(
          createDiagnostic(codes.concatenationInArray, {}),
          toks[i - 1].startOffset,
          t.startOffset + t.image.length,
        );
      }
    }
    return {
      kind: "String",
      value,
      span: this.range(ts(toks[0]) ?? ts(toks[toks.length - 1]), te(toks[toks.length - 1]) ?? te(toks[0])),
    };
  }

  private lineBreakBetween(a: IToken, b: IToken): boolean {
    const gap = this.text.slice(a.startOffset + a.image.length, b.startOffset);
    return gap.includes("\n") || gap.includes("\r");
  }

  private charValue(tok: IToken): A.CharValue | A.ErrorValue {
    const span = this.range(ts(tok), te(tok));
    const closed = closedChar.test(tok.image);
    if (!closed) {
      this.report(
        createDiagnostic(codes.badCharLiteral, {
          count: "an unterminated literal",
        }),
        span.start,
        span.end,
      );
      return { kind: "ErrorValue", text: tok.image, span };
    }
    const value = decodeEscapes(
      tok.image.slice(1, -1),
      tok.startOffset + 1,
      "a char16 literal",
      this.dialect,
      this.report,
    );
    if (value.length !== 1) {
      const count = value.length === 0 ? "none" : `${value.length} characters`;
      this.report(createDiagnostic(codes.badCharLiteral, { count }), span.start, span.end);
      return { kind: "ErrorValue", text: tok.image, span };
    }
    return { kind: "Char", value, span };
  }
}
