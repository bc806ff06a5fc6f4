export * from "./model/index.js";
export { bindProgram, createModel } from "./binder/binder.js";
export { checkProgram, type CheckOptions, type CheckResult } from "./check.js";
export { allRules } from "./rules/index.js";
export type { Rule, RuleContext, QualifierSite, At } from "./rules/rule.js";
export {
  dmtfQualifierCatalogue,
  dmtfQualifierDeclarationsMof,
  type CatalogueEntry,
} from "./builtins/dmtf-qualifiers.js";
export { wmiQualifierCatalogue } from "./builtins/wmi-qualifiers.js";
export { wmiSystemClassesMof } from "./builtins/wmi-system-classes.js";
export { predeclaredClasses } from "./binder/predeclared.js";
export { pathResolver } from "./values/instance-paths.js";
export {
  modelToJson,
  stringifyModel,
  type ModelJson,
  type NamespaceJson,
  type ClassJson,
  type PropertyJson,
  type MethodJson,
  type ParameterJson,
  type QualifierJson,
  type QualifierTypeJson,
  type InstanceJson,
  type InstancePropertyJson,
  type EmbeddedInstanceJson,
  type JsonValue,
} from "./model-json.js";
