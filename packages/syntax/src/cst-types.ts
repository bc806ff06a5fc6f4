// Generated from the grammar by scripts/gen-cst-types.js; do not edit.
import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface MofSpecificationCstNode extends CstNode {
  name: "mofSpecification";
  children: MofSpecificationCstChildren;
}

export type MofSpecificationCstChildren = {
  production?: ProductionCstNode[];
};

export interface ProductionCstNode extends CstNode {
  name: "production";
  children: ProductionCstChildren;
}

export type ProductionCstChildren = {
  pragmaDirective?: PragmaDirectiveCstNode[];
  includeDirective?: IncludeDirectiveCstNode[];
  qualifierDeclaration?: QualifierDeclarationCstNode[];
  classOrInstance?: ClassOrInstanceCstNode[];
};

export interface PragmaDirectiveCstNode extends CstNode {
  name: "pragmaDirective";
  children: PragmaDirectiveCstChildren;
}

export type PragmaDirectiveCstChildren = {
  Pragma: IToken[];
  pragmaName: IToken[];
  LParen?: IToken[];
  pragmaArg?: (PragmaArgCstNode)[];
  Comma?: IToken[];
  RParen?: IToken[];
};

export interface PragmaArgCstNode extends CstNode {
  name: "pragmaArg";
  children: PragmaArgCstChildren;
}

export type PragmaArgCstChildren = {
  stringValue?: StringValueCstNode[];
  NumberLiteral?: IToken[];
  Name?: IToken[];
};

export interface IncludeDirectiveCstNode extends CstNode {
  name: "includeDirective";
  children: IncludeDirectiveCstChildren;
}

export type IncludeDirectiveCstChildren = {
  Include: IToken[];
  LParen?: IToken[];
  stringValue?: (StringValueCstNode)[];
  RParen?: IToken[];
};

export interface QualifierDeclarationCstNode extends CstNode {
  name: "qualifierDeclaration";
  children: QualifierDeclarationCstChildren;
}

export type QualifierDeclarationCstChildren = {
  Qualifier: IToken[];
  qualifierName: IToken[];
  Colon: IToken[];
  DataType?: IToken[];
  arraySpec?: ArraySpecCstNode[];
  Equals?: IToken[];
  initializer?: InitializerCstNode[];
  Comma?: (IToken)[];
  scopeClause?: ScopeClauseCstNode[];
  flavorClause?: FlavorClauseCstNode[];
  defaultFlavor?: IToken[];
  Semicolon: IToken[];
};

export interface ScopeClauseCstNode extends CstNode {
  name: "scopeClause";
  children: ScopeClauseCstChildren;
}

export type ScopeClauseCstChildren = {
  Scope: IToken[];
  nameList: NameListCstNode[];
};

export interface FlavorClauseCstNode extends CstNode {
  name: "flavorClause";
  children: FlavorClauseCstChildren;
}

export type FlavorClauseCstChildren = {
  Flavor: IToken[];
  nameList: NameListCstNode[];
};

export interface NameListCstNode extends CstNode {
  name: "nameList";
  children: NameListCstChildren;
}

export type NameListCstChildren = {
  LParen: IToken[];
  Name: (IToken)[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface ClassOrInstanceCstNode extends CstNode {
  name: "classOrInstance";
  children: ClassOrInstanceCstChildren;
}

export type ClassOrInstanceCstChildren = {
  qualifierList?: QualifierListCstNode[];
  classDeclaration?: ClassDeclarationCstNode[];
  instanceBody?: InstanceBodyCstNode[];
  Semicolon?: IToken[];
};

export interface ClassDeclarationCstNode extends CstNode {
  name: "classDeclaration";
  children: ClassDeclarationCstChildren;
}

export type ClassDeclarationCstChildren = {
  Class: IToken[];
  className: IToken[];
  alias?: AliasCstNode[];
  Colon?: IToken[];
  superClass?: IToken[];
  LBrace: IToken[];
  classFeature?: ClassFeatureCstNode[];
  RBrace: IToken[];
  Semicolon: IToken[];
};

export interface AliasCstNode extends CstNode {
  name: "alias";
  children: AliasCstChildren;
}

export type AliasCstChildren = {
  As: IToken[];
  AliasIdentifier?: IToken[];
  Dollar?: IToken[];
  Name?: IToken[];
};

export interface ClassFeatureCstNode extends CstNode {
  name: "classFeature";
  children: ClassFeatureCstChildren;
}

export type ClassFeatureCstChildren = {
  qualifierList?: QualifierListCstNode[];
  typeSpec: TypeSpecCstNode[];
  featureName: IToken[];
  arraySpec?: ArraySpecCstNode[];
  parameterList?: ParameterListCstNode[];
  Semicolon?: (IToken)[];
  Equals?: IToken[];
  initializer?: InitializerCstNode[];
};

export interface TypeSpecCstNode extends CstNode {
  name: "typeSpec";
  children: TypeSpecCstChildren;
}

export type TypeSpecCstChildren = {
  typeName: IToken[];
  Ref?: IToken[];
};

export interface ParameterListCstNode extends CstNode {
  name: "parameterList";
  children: ParameterListCstChildren;
}

export type ParameterListCstChildren = {
  LParen: IToken[];
  parameter?: (ParameterCstNode)[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface ParameterCstNode extends CstNode {
  name: "parameter";
  children: ParameterCstChildren;
}

export type ParameterCstChildren = {
  qualifierList?: QualifierListCstNode[];
  typeSpec: TypeSpecCstNode[];
  parameterName: IToken[];
  arraySpec?: ArraySpecCstNode[];
  Equals?: IToken[];
  initializer?: InitializerCstNode[];
};

export interface ArraySpecCstNode extends CstNode {
  name: "arraySpec";
  children: ArraySpecCstChildren;
}

export type ArraySpecCstChildren = {
  LBracket: IToken[];
  NumberLiteral?: IToken[];
  RBracket: IToken[];
};

export interface QualifierListCstNode extends CstNode {
  name: "qualifierList";
  children: QualifierListCstChildren;
}

export type QualifierListCstChildren = {
  LBracket: IToken[];
  qualifier: (QualifierCstNode)[];
  Comma?: IToken[];
  RBracket: IToken[];
};

export interface QualifierCstNode extends CstNode {
  name: "qualifier";
  children: QualifierCstChildren;
}

export type QualifierCstChildren = {
  qualifierName: IToken[];
  LParen?: IToken[];
  constantValue?: (ConstantValueCstNode)[];
  Comma?: IToken[];
  RParen?: IToken[];
  arrayValue?: ArrayValueCstNode[];
  Colon?: IToken[];
  flavor?: IToken[];
};

export interface InitializerCstNode extends CstNode {
  name: "initializer";
  children: InitializerCstChildren;
}

export type InitializerCstChildren = {
  constantValue?: ConstantValueCstNode[];
  arrayValue?: ArrayValueCstNode[];
  AliasIdentifier?: IToken[];
  instanceBody?: InstanceBodyCstNode[];
};

export interface ArrayValueCstNode extends CstNode {
  name: "arrayValue";
  children: ArrayValueCstChildren;
}

export type ArrayValueCstChildren = {
  LBrace: IToken[];
  constantValue?: (ConstantValueCstNode)[];
  AliasIdentifier?: (IToken)[];
  instanceBody?: (InstanceBodyCstNode)[];
  Comma?: IToken[];
  RBrace: IToken[];
};

export interface ConstantValueCstNode extends CstNode {
  name: "constantValue";
  children: ConstantValueCstChildren;
}

export type ConstantValueCstChildren = {
  NumberLiteral?: IToken[];
  StringLike?: IToken[];
  CharLiteral?: IToken[];
  True?: IToken[];
  False?: IToken[];
  Null?: IToken[];
};

export interface StringValueCstNode extends CstNode {
  name: "stringValue";
  children: StringValueCstChildren;
}

export type StringValueCstChildren = {
  StringLike: IToken[];
};

export interface InstanceBodyCstNode extends CstNode {
  name: "instanceBody";
  children: InstanceBodyCstChildren;
}

export type InstanceBodyCstChildren = {
  Instance: IToken[];
  Of: IToken[];
  className: IToken[];
  alias?: AliasCstNode[];
  LBrace: IToken[];
  propertyValue?: PropertyValueCstNode[];
  RBrace: IToken[];
};

export interface PropertyValueCstNode extends CstNode {
  name: "propertyValue";
  children: PropertyValueCstChildren;
}

export type PropertyValueCstChildren = {
  qualifierList?: QualifierListCstNode[];
  propertyName: IToken[];
  Equals?: IToken[];
  initializer?: InitializerCstNode[];
  Semicolon: IToken[];
};
