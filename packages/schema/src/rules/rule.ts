/**
 * The shape of a checker rule. Each rule lives in its own file, names the DSP0004 clause or
 * Microsoft page it enforces, and subscribes to the model elements it needs (graphql-js style
 * visitors): the checker walks the model once and calls every subscribed rule.
 */
import type { Diagnostic, DiagnosticDef, MessageParams, RelatedInformation, Severity } from "@mofkit/diagnostics";
import type { Dialect, MofDocument, Span } from "@mofkit/syntax";
import type {
  DataType,
  ElementKind,
  Instance,
  InstanceValue,
  Method,
  Parameter,
  Property,
  Qualifier,
  QualifierSet,
  QualifierType,
  SchemaClass,
  SchemaModel,
} from "../model/index.js";

/** A place in the input: the document and a span of its text. */
export interface At {
  doc: MofDocument;
  span: Span;
}

export interface RelatedAt extends At {
  message: string;
}

export interface ReportOptions {
  related?: RelatedAt[];
  /** Overrides the registry's severity (rules that are softer in the `wmi` dialect). */
  severity?: Severity;
}

export interface RuleContext {
  readonly model: SchemaModel;
  readonly dialect: Dialect;
  /** Reports a registry diagnostic at the exact offending span. */
  report<K extends string>(def: DiagnosticDef<K>, params: MessageParams<K>, at: At, options?: ReportOptions): void;
}

/**
 * An element together with the qualifiers written on it. The checker refills one site object for
 * every element, so rules must not keep a reference to it.
 */
export interface QualifierSite {
  /** The kind the scope check uses (a class may be an association or an indication). */
  kind: ElementKind;
  /** For messages: `class 'X'`, `property 'P' of 'X'`, ... */
  readonly description: string;
  /** Qualifiers written here, in order, duplicates included. */
  local: readonly Qualifier[];
  /** Effective qualifiers (local plus propagated). */
  effective: QualifierSet;
  /** What the element inherits from its ancestor element (for override checks). */
  inherited: QualifierSet | undefined;
  /** The class the element belongs to (the class itself for class qualifiers). */
  cls: SchemaClass | undefined;
  /** The element's type (properties, parameters; a method's return type). */
  type?: DataType;
}

/** A rule's hooks are plain functions: the checker calls them without `this`. */
export interface Rule {
  /** kebab-case; the file name. */
  name: string;
  /** The DSP0004 clause or Microsoft page the rule enforces. */
  source: string;
  /** Dialects in which the rule runs (both when absent). */
  dialects?: readonly Dialect[];
  /**
   * `driver-classes`: the class, property, method and parameter hooks run only for classes
   * qualified `[WMI]` (the WMI driver rules).
   */
  appliesTo?: "driver-classes";
  model?(model: SchemaModel, ctx: RuleContext): void;
  qualifierType?(t: QualifierType, ctx: RuleContext): void;
  qualifiers?(site: QualifierSite, ctx: RuleContext): void;
  /** Every class declaration of the input (also ones a later declaration replaced). */
  class?(c: SchemaClass, ctx: RuleContext): void;
  /** Properties declared in a class body. */
  property?(p: Property, c: SchemaClass, ctx: RuleContext): void;
  /** Methods declared in a class body. */
  method?(m: Method, c: SchemaClass, ctx: RuleContext): void;
  parameter?(p: Parameter, m: Method, c: SchemaClass, ctx: RuleContext): void;
  /** Top-level and inline instances. */
  instance?(i: Instance, ctx: RuleContext): void;
  instanceValue?(v: InstanceValue, i: Instance, ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Diagnostic, RelatedInformation };
