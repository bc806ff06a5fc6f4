/**
 * Walks the model once and dispatches every element to the rules that subscribe to it. Hooks
 * are collected into plain function arrays up front (a rule object per call site would make the
 * property loads megamorphic; hooks do not use `this`), and rules marked `appliesTo: "driver-classes"` are only called
 * for classes qualified `[WMI]`, which keeps a large CIM schema from paying for the WMI rules.
 */
import { createDiagnostic, type Diagnostic, type DiagnosticDef, type MessageParams } from "@mofkit/diagnostics";
import {
  classElementKind,
  QualifierSet,
  type DataType,
  type ElementKind,
  type Instance,
  type Method,
  type Parameter,
  type Property,
  type Qualifier,
  type SchemaClass,
  type SchemaModel,
} from "../model/index.js";
import type { At, QualifierSite, ReportOptions, Rule, RuleContext } from "./rule.js";
import { isDriverClass } from "./wmi/driver-classes.js";

type ClassHook = (c: SchemaClass, ctx: RuleContext) => void;
type PropertyHook = (p: Property, c: SchemaClass, ctx: RuleContext) => void;
type MethodHook = (m: Method, c: SchemaClass, ctx: RuleContext) => void;
type ParameterHook = (p: Parameter, m: Method, c: SchemaClass, ctx: RuleContext) => void;

interface ClassHooks {
  cls: ClassHook[];
  property: PropertyHook[];
  method: MethodHook[];
  parameter: ParameterHook[];
}

function classHooks(rules: readonly Rule[]): ClassHooks {
  const h: ClassHooks = { cls: [], property: [], method: [], parameter: [] };
  for (const r of rules) {
    if (r.class) h.cls.push(r.class);
    if (r.property) h.property.push(r.property);
    if (r.method) h.method.push(r.method);
    if (r.parameter) h.parameter.push(r.parameter);
  }
  return h;
}

export function runRules(model: SchemaModel, rules: readonly Rule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ctx: RuleContext = {
    model,
    dialect: model.dialect,
    report<K extends string>(def: DiagnosticDef<K>, params: MessageParams<K>, at: At, options?: ReportOptions) {
      const related = options?.related?.map((r) => ({
        message: r.message,
        location: r.doc.locate(r.span.start, r.span.end),
      }));
      diagnostics.push(
        createDiagnostic(
          def,
          params,
          at.doc.locate(at.span.start, at.span.end),
          related,
          options?.severity ?? def.severity,
        ),
      );
    },
  };
  const active = rules.filter((r) => !r.dialects || r.dialects.includes(model.dialect));
  const general = classHooks(active.filter((r) => r.appliesTo !== "driver-classes"));
  const driver = classHooks(active);
  const onModel = active.filter((r) => r.model);
  const onQualifierType = active.filter((r) => r.qualifierType).map((r) => r.qualifierType!);
  const onQualifiers = active.filter((r) => r.qualifiers).map((r) => r.qualifiers!);
  const onInstance = active.filter((r) => r.instance).map((r) => r.instance!);
  const onInstanceValue = active.filter((r) => r.instanceValue).map((r) => r.instanceValue!);

  const shared = new SiteImpl();
  const nq = onQualifiers.length;
  const site = (
    kind: ElementKind,
    what: string,
    name: string,
    owner: string,
    local: readonly Qualifier[],
    effective: QualifierSet,
    inherited: QualifierSet | undefined,
    cls: SchemaClass | undefined,
    type: DataType | undefined,
  ) => {
    shared.kind = kind;
    shared.what = what;
    shared.name = name;
    shared.owner = owner;
    shared.local = local;
    shared.effective = effective;
    shared.inherited = inherited;
    shared.cls = cls;
    shared.type = type;
    for (let i = 0; i < nq; i++) onQualifiers[i](shared, ctx);
  };

  for (const r of onModel) r.model!(model, ctx);
  for (const ns of model.namespaces) {
    for (const t of ns.qualifierTypes.values())
      for (let i = 0; i < onQualifierType.length; i++) onQualifierType[i](t, ctx);
    for (const c of ns.classList) {
      const h = isDriverClass(c) ? driver : general;
      for (let i = 0; i < h.cls.length; i++) h.cls[i](c, ctx);
      if (nq > 0 && c.localQualifiers.length > 0) {
        site(
          classElementKind(c),
          "class",
          c.name,
          "",
          c.localQualifiers,
          c.qualifiers,
          c.superClass?.qualifiers.propagate(),
          c,
          undefined,
        );
      }
      const props = c.localProperties;
      for (let k = 0; k < props.length; k++) {
        const p = props[k];
        for (let i = 0; i < h.property.length; i++) h.property[i](p, c, ctx);
        if (nq > 0 && p.localQualifiers.length > 0) {
          const kind = p.isReference ? "reference" : "property";
          site(
            kind,
            kind,
            p.name,
            c.name,
            p.localQualifiers,
            p.qualifiers,
            p.inherited?.qualifiers.propagate(),
            c,
            p.type,
          );
        }
      }
      const methods = c.localMethods;
      for (let k = 0; k < methods.length; k++) {
        const m = methods[k];
        for (let i = 0; i < h.method.length; i++) h.method[i](m, c, ctx);
        if (nq > 0 && m.localQualifiers.length > 0) {
          site(
            "method",
            "method",
            m.name,
            c.name,
            m.localQualifiers,
            m.qualifiers,
            m.inherited?.qualifiers.propagate(),
            c,
            m.returnType,
          );
        }
        for (const p of m.parameters) {
          for (let i = 0; i < h.parameter.length; i++) h.parameter[i](p, m, c, ctx);
          if (nq > 0 && p.localQualifiers.length > 0) {
            site(
              "parameter",
              "parameter",
              p.name,
              m.name,
              p.localQualifiers,
              p.qualifiers,
              p.inherited?.qualifiers.propagate(),
              c,
              p.type,
            );
          }
        }
      }
    }
  }
  const instances: Instance[] = [];
  for (const ns of model.namespaces) instances.push(...ns.instances);
  instances.push(...model.embeddedInstances);
  for (const inst of instances) {
    for (let i = 0; i < onInstance.length; i++) onInstance[i](inst, ctx);
    if (nq > 0 && inst.localQualifiers.length > 0) {
      site(
        "instance",
        "instance of",
        inst.className.name,
        "",
        inst.localQualifiers,
        inst.qualifiers,
        undefined,
        inst.class,
        undefined,
      );
    }
    for (const v of inst.values) {
      for (let i = 0; i < onInstanceValue.length; i++) onInstanceValue[i](v, inst, ctx);
      if (nq > 0 && v.localQualifiers.length > 0) {
        const kind = v.property?.isReference ? "reference" : "property";
        site(
          kind,
          kind,
          v.name,
          "",
          v.localQualifiers,
          new QualifierSet(v.localQualifiers),
          undefined,
          inst.class,
          v.property?.type,
        );
      }
    }
  }
  return diagnostics;
}

/** The site handed to `qualifiers` hooks; its description is built only when a rule reports. */
class SiteImpl implements QualifierSite {
  kind: ElementKind = "class";
  what = "";
  name = "";
  owner = "";
  local: readonly Qualifier[] = [];
  effective: QualifierSet = QualifierSet.empty;
  inherited: QualifierSet | undefined = undefined;
  cls: SchemaClass | undefined = undefined;
  type: DataType | undefined = undefined;

  get description(): string {
    if (this.what === "instance of") return `instance of '${this.name}'`;
    const head = `${this.what} '${this.name}'`;
    if (this.what === "class") return head;
    if (this.owner === "") return `${head} of this instance`;
    return this.what === "parameter" ? `${head} of method '${this.owner}'` : `${head} of '${this.owner}'`;
  }
}
