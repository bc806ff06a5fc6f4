/**
 * The MOF grammar as a pure chevrotain CST parser (no actions): DSP0004 2.x plus the Microsoft
 * mofcomp extensions, as one union grammar. Dialect differences are reported on the AST by
 * check-dialect.ts, so both dialects share this parser. grammar/mof-grammar.md documents each rule.
 */
import { CstParser, type CstNode, type IOrAlt, type IToken } from "chevrotain";
import * as T from "./tokens.js";
import { errorMessageProvider } from "./parser-messages.js";

export class MofParser extends CstParser {
  /** OR alternatives built once per parser instead of on every call (chevrotain's advice for hot ORs). */
  private readonly alts: IOrAlt<unknown>[][] = [];

  constructor(skipValidations: boolean) {
    super(T.parserTokens, {
      recoveryEnabled: true,
      maxLookahead: 3,
      nodeLocationTracking: "none",
      errorMessageProvider,
      skipValidations,
    });
    this.performSelfAnalysis();
  }

  /** mofSpecification = { production } */
  mofSpecification = this.RULE("mofSpecification", () => {
    this.MANY(() => this.SUBRULE(this.production));
  });

  production = this.RULE("production", () => {
    this.OR(
      (this.alts[0] ??= [
        { ALT: () => this.SUBRULE(this.pragmaDirective) },
        { ALT: () => this.SUBRULE(this.includeDirective) },
        { ALT: () => this.SUBRULE(this.qualifierDeclaration) },
        { ALT: () => this.SUBRULE(this.classOrInstance) },
      ]),
    );
  });

  /** #pragma name [ "(" pragmaArg { "," pragmaArg } ")" ] */
  pragmaDirective = this.RULE("pragmaDirective", () => {
    this.CONSUME(T.Pragma);
    this.CONSUME(T.Name, { LABEL: "pragmaName" });
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.SUBRULE(this.pragmaArg);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.pragmaArg);
      });
      this.CONSUME(T.RParen);
    });
  });

  pragmaArg = this.RULE("pragmaArg", () => {
    this.OR(
      (this.alts[1] ??= [
        { ALT: () => this.SUBRULE(this.stringValue) },
        { ALT: () => this.CONSUME(T.NumberLiteral) },
        { ALT: () => this.CONSUME(T.Name) },
      ]),
    );
  });

  /** #include "(" stringValue ")" | #include stringValue   (Microsoft) */
  includeDirective = this.RULE("includeDirective", () => {
    this.CONSUME(T.Include);
    this.OR(
      (this.alts[2] ??= [
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            this.SUBRULE(this.stringValue);
            this.CONSUME(T.RParen);
          },
        },
        { ALT: () => this.SUBRULE2(this.stringValue) },
      ]),
    );
  });

  /**
   * qualifier name ":" dataType [array] ["=" initializer] "," scope ["," flavor] ";"
   * | qualifier name ":" flavorName { flavorName } ";"      (Microsoft flavor defaults)
   */
  qualifierDeclaration = this.RULE("qualifierDeclaration", () => {
    this.CONSUME(T.Qualifier);
    this.CONSUME(T.Name, { LABEL: "qualifierName" });
    this.CONSUME(T.Colon);
    this.OR(
      (this.alts[3] ??= [
        {
          // A data type after the colon selects the DMTF declaration.
          GATE: () => this.LA(1).tokenType === T.DataType,
          ALT: () => {
            this.CONSUME(T.DataType);
            this.OPTION(() => this.SUBRULE(this.arraySpec));
            this.OPTION2(() => {
              this.CONSUME(T.Equals);
              this.SUBRULE(this.initializer);
            });
            this.OPTION3(() => {
              this.CONSUME(T.Comma);
              this.SUBRULE(this.scopeClause);
            });
            this.OPTION4(() => {
              this.CONSUME2(T.Comma);
              this.SUBRULE(this.flavorClause);
            });
          },
        },
        { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME2(T.Name, { LABEL: "defaultFlavor" })) },
      ]),
    );
    this.CONSUME(T.Semicolon);
  });

  /** scope "(" name { "," name } ")" */
  scopeClause = this.RULE("scopeClause", () => {
    this.CONSUME(T.Scope);
    this.SUBRULE(this.nameList);
  });

  /** flavor "(" name { "," name } ")" */
  flavorClause = this.RULE("flavorClause", () => {
    this.CONSUME(T.Flavor);
    this.SUBRULE(this.nameList);
  });

  nameList = this.RULE("nameList", () => {
    this.CONSUME(T.LParen);
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Name);
    });
    this.CONSUME(T.RParen);
  });

  /** [ qualifierList ] ( classDeclaration | instanceDeclaration ) */
  classOrInstance = this.RULE("classOrInstance", () => {
    this.OPTION(() => this.SUBRULE(this.qualifierList));
    this.OR(
      (this.alts[4] ??= [
        { ALT: () => this.SUBRULE(this.classDeclaration) },
        {
          ALT: () => {
            this.SUBRULE(this.instanceBody);
            this.CONSUME(T.Semicolon);
          },
        },
      ]),
    );
  });

  /** class name [ alias ] [ ":" superclass ] "{" { classFeature } "}" ";" */
  classDeclaration = this.RULE("classDeclaration", () => {
    this.CONSUME(T.Class);
    this.CONSUME(T.Name, { LABEL: "className" });
    this.OPTION(() => this.SUBRULE(this.alias));
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.CONSUME2(T.Name, { LABEL: "superClass" });
    });
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.classFeature));
    this.CONSUME(T.RBrace);
    this.CONSUME(T.Semicolon);
  });

  /** as $alias   (a blank after "$" is parsed, then reported) */
  alias = this.RULE("alias", () => {
    this.CONSUME(T.As);
    this.OR(
      (this.alts[5] ??= [
        { ALT: () => this.CONSUME(T.AliasIdentifier) },
        {
          ALT: () => {
            this.CONSUME(T.Dollar);
            this.CONSUME(T.Name);
          },
        },
      ]),
    );
  });

  /** property, reference or method: [qualifiers] type [ref] name ... */
  classFeature = this.RULE("classFeature", () => {
    this.OPTION(() => this.SUBRULE(this.qualifierList));
    this.SUBRULE(this.typeSpec);
    this.CONSUME(T.Name, { LABEL: "featureName" });
    this.OPTION2(() => this.SUBRULE(this.arraySpec));
    this.OR(
      (this.alts[6] ??= [
        {
          ALT: () => {
            this.SUBRULE(this.parameterList);
            this.CONSUME(T.Semicolon);
          },
        },
        {
          ALT: () => {
            this.OPTION3(() => {
              this.CONSUME(T.Equals);
              this.SUBRULE(this.initializer);
            });
            this.CONSUME2(T.Semicolon);
          },
        },
      ]),
    );
  });

  /** a data type, object, void or class name, optionally followed by ref */
  typeSpec = this.RULE("typeSpec", () => {
    this.CONSUME(T.Name, { LABEL: "typeName" });
    // `ref` is also a valid name: it is the reference keyword only when a name follows.
    this.OPTION({
      GATE: () => this.LA(2).tokenType === T.Identifier || T.Name.categoryMatchesMap![this.LA(2).tokenTypeIdx] === true,
      DEF: () => this.CONSUME(T.Ref),
    });
  });

  parameterList = this.RULE("parameterList", () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.parameter);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.parameter);
      });
    });
    this.CONSUME(T.RParen);
  });

  /** [qualifiers] type [ref] name [array] ["=" default]   (defaults: Microsoft) */
  parameter = this.RULE("parameter", () => {
    this.OPTION(() => this.SUBRULE(this.qualifierList));
    this.SUBRULE(this.typeSpec);
    this.CONSUME(T.Name, { LABEL: "parameterName" });
    this.OPTION2(() => this.SUBRULE(this.arraySpec));
    this.OPTION3(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.initializer);
    });
  });

  /** "[" [ number ] "]"   (the size is checked to be a positive decimal when building the AST) */
  arraySpec = this.RULE("arraySpec", () => {
    this.CONSUME(T.LBracket);
    this.OPTION(() => this.CONSUME(T.NumberLiteral));
    this.CONSUME(T.RBracket);
  });

  /** "[" qualifier { "," qualifier } "]" */
  qualifierList = this.RULE("qualifierList", () => {
    this.CONSUME(T.LBracket);
    this.SUBRULE(this.qualifier);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.qualifier);
    });
    this.CONSUME(T.RBracket);
  });

  /** name [ "(" value { "," value } ")" | arrayValue ] [ ":" flavor { flavor } ] */
  qualifier = this.RULE("qualifier", () => {
    this.CONSUME(T.Name, { LABEL: "qualifierName" });
    this.OPTION(() => {
      this.OR(
        (this.alts[7] ??= [
          {
            ALT: () => {
              this.CONSUME(T.LParen);
              this.SUBRULE(this.constantValue);
              this.MANY(() => {
                this.CONSUME(T.Comma);
                this.SUBRULE2(this.constantValue);
              });
              this.CONSUME(T.RParen);
            },
          },
          { ALT: () => this.SUBRULE(this.arrayValue) },
        ]),
      );
    });
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.AT_LEAST_ONE(() => this.CONSUME2(T.Name, { LABEL: "flavor" }));
    });
  });

  /** a value: constant, array, alias reference or inline instance */
  initializer = this.RULE("initializer", () => {
    this.OR(
      (this.alts[8] ??= [
        { ALT: () => this.SUBRULE(this.constantValue) },
        { ALT: () => this.SUBRULE(this.arrayValue) },
        { ALT: () => this.CONSUME(T.AliasIdentifier) },
        { ALT: () => this.SUBRULE(this.instanceBody) },
      ]),
    );
  });

  /** "{" [ element { "," element } ] "}" */
  arrayValue = this.RULE("arrayValue", () => {
    this.CONSUME(T.LBrace);
    this.OPTION(() => {
      this.arrayElement(1);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.arrayElement(2);
      });
    });
    this.CONSUME(T.RBrace);
  });

  /**
   * An array element: constant | $alias | instance of ... Inlined into arrayValue rather than a
   * rule of its own: arrays of strings are the bulk of real schemas, and each rule level is a
   * CST node per element.
   */
  private arrayElement(occurrence: 1 | 2): void {
    const alts = (this.alts[20 + occurrence] ??= [
      { ALT: () => (occurrence === 1 ? this.SUBRULE(this.constantValue) : this.SUBRULE2(this.constantValue)) },
      { ALT: () => (occurrence === 1 ? this.CONSUME(T.AliasIdentifier) : this.CONSUME2(T.AliasIdentifier)) },
      { ALT: () => (occurrence === 1 ? this.SUBRULE(this.instanceBody) : this.SUBRULE2(this.instanceBody)) },
    ]);
    if (occurrence === 1) this.OR(alts);
    else this.OR2(alts);
  }

  /** a literal; adjacent string literals concatenate */
  constantValue = this.RULE("constantValue", () => {
    this.OR(
      (this.alts[10] ??= [
        { ALT: () => this.CONSUME(T.NumberLiteral) },
        { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(T.StringLike)) },
        { ALT: () => this.CONSUME(T.CharLiteral) },
        { ALT: () => this.CONSUME(T.True) },
        { ALT: () => this.CONSUME(T.False) },
        { ALT: () => this.CONSUME(T.Null) },
      ]),
    );
  });

  /** one or more adjacent string literals (concatenated) */
  stringValue = this.RULE("stringValue", () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.StringLike));
  });

  /**
   * instance of className [ alias ] "{" { propertyValue } "}"
   * Used for instance declarations (followed by ";") and inline embedded instances.
   */
  instanceBody = this.RULE("instanceBody", () => {
    this.CONSUME(T.Instance);
    this.CONSUME(T.Of);
    this.CONSUME(T.Name, { LABEL: "className" });
    this.OPTION(() => this.SUBRULE(this.alias));
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.propertyValue));
    this.CONSUME(T.RBrace);
  });

  /** [qualifiers] name [ "=" initializer ] ";"   (no value: Microsoft/OMI, e.g. dynamic properties) */
  propertyValue = this.RULE("propertyValue", () => {
    this.OPTION(() => this.SUBRULE(this.qualifierList));
    this.CONSUME(T.Name, { LABEL: "propertyName" });
    this.OPTION2(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.initializer);
    });
    this.CONSUME(T.Semicolon);
  });
}

let parserInstance: MofParser | undefined;

/** One parser for the process: construction runs grammar analysis, reuse only resets state. */
export function getParser(): MofParser {
  parserInstance ??= new MofParser(process.env.MOFKIT_VALIDATE_GRAMMAR !== "1" && process.env.VITEST === undefined);
  return parserInstance;
}

export interface ParseCstResult {
  cst: CstNode;
  errors: import("chevrotain").IRecognitionException[];
}

export function parseTokens(tokens: IToken[]): ParseCstResult {
  const parser = getParser();
  parser.input = tokens;
  const cst = parser.mofSpecification();
  return { cst, errors: parser.errors };
}
