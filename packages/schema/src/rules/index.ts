/**
 * Every checker rule, in a fixed order (diagnostics are sorted afterwards anyway).
 */
import type { Rule } from "./rule.js";
import { abstractAndTerminal } from "./abstract-and-terminal.js";
import { abstractInstance } from "./abstract-instance.js";
import { aliasCycle } from "./alias-cycle.js";
import { associationAndIndication } from "./association-and-indication.js";
import { associationReferences } from "./association-references.js";
import { associationSuperclass } from "./association-superclass.js";
import { classNotFound } from "./class-not-found.js";
import { conflictingFlavors } from "./conflicting-flavors.js";
import { defaultValues } from "./default-values.js";
import { disableOverride } from "./disable-override.js";
import { duplicateAlias } from "./duplicate-alias.js";
import { duplicateClass } from "./duplicate-class.js";
import { duplicateFeature } from "./duplicate-feature.js";
import { duplicateInstance } from "./duplicate-instance.js";
import { duplicateQualifier } from "./duplicate-qualifier.js";
import { embeddedInstanceString } from "./embedded-instance-string.js";
import { flavorOnUse } from "./flavor-on-use.js";
import { flavorWeakensDeclaration } from "./flavor-weakens-declaration.js";
import { inheritedKeyChanged } from "./inherited-key-changed.js";
import { instanceClass } from "./instance-class.js";
import { instanceKeys } from "./instance-keys.js";
import { instancePropertyTwice } from "./instance-property-twice.js";
import { instanceProperty } from "./instance-property.js";
import { instanceValues } from "./instance-values.js";
import { keyDefault } from "./key-default.js";
import { keyType } from "./key-type.js";
import { overrideMissing } from "./override-missing.js";
import { overrideSignature } from "./override-signature.js";
import { overrideTarget } from "./override-target.js";
import { parameterDirectionRule } from "./parameter-direction.js";
import { parameterIds } from "./parameter-ids.js";
import { propertyMethodSameName } from "./property-method-same-name.js";
import { qualifierNeedsValue } from "./qualifier-needs-value.js";
import { qualifierRedeclaration } from "./qualifier-redeclaration.js";
import { qualifierScope } from "./qualifier-scope.js";
import { qualifierValueType } from "./qualifier-value-type.js";
import { referenceOutsideAssociation } from "./reference-outside-association.js";
import { schemaClassName } from "./schema-class-name.js";
import { singletonKeys } from "./singleton-keys.js";
import { subclassNewKey } from "./subclass-new-key.js";
import { superclassNotFound } from "./superclass-not-found.js";
import { systemClassName } from "./system-class-name.js";
import { systemProperty } from "./system-property.js";
import { terminalSuperclass } from "./terminal-superclass.js";
import { undeclaredQualifier } from "./undeclared-qualifier.js";
import { undefinedAlias } from "./undefined-alias.js";
import { valueMapEntries } from "./value-map-entries.js";
import { valueMapValues } from "./value-map-values.js";
import { wmiAbstractEvent } from "./wmi/wmi-abstract-event.js";
import { wmiBlockRegistration } from "./wmi/wmi-block-registration.js";
import { wmiDataIds } from "./wmi/wmi-data-ids.js";
import { wmiDuplicateGuid } from "./wmi/wmi-duplicate-guid.js";
import { wmiEmbeddedClass } from "./wmi/wmi-embedded-class.js";
import { wmiEventBase } from "./wmi/wmi-event-base.js";
import { wmiExtraKey } from "./wmi/wmi-extra-key.js";
import { wmiGuid } from "./wmi/wmi-guid.js";
import { wmiItemTypes } from "./wmi/wmi-item-types.js";
import { wmiMaxLen } from "./wmi/wmi-maxlen.js";
import { wmiMethodIds } from "./wmi/wmi-method-ids.js";
import { wmiMethodImplemented } from "./wmi/wmi-method-implemented.js";
import { wmiMethodReturn } from "./wmi/wmi-method-return.js";
import { wmiRequiredItems } from "./wmi/wmi-required-items.js";
import { wmiSizeIs } from "./wmi/wmi-size-is.js";
import { wmiTimestamp } from "./wmi/wmi-timestamp.js";
import { wmiVariableArray } from "./wmi/wmi-variable-array.js";

export const allRules: readonly Rule[] = [
  abstractAndTerminal,
  abstractInstance,
  aliasCycle,
  associationAndIndication,
  associationReferences,
  associationSuperclass,
  classNotFound,
  conflictingFlavors,
  defaultValues,
  disableOverride,
  duplicateAlias,
  duplicateClass,
  duplicateFeature,
  duplicateInstance,
  duplicateQualifier,
  embeddedInstanceString,
  flavorOnUse,
  flavorWeakensDeclaration,
  inheritedKeyChanged,
  instanceClass,
  instanceKeys,
  instancePropertyTwice,
  instanceProperty,
  instanceValues,
  keyDefault,
  keyType,
  overrideMissing,
  overrideSignature,
  overrideTarget,
  parameterDirectionRule,
  parameterIds,
  propertyMethodSameName,
  qualifierNeedsValue,
  qualifierRedeclaration,
  qualifierScope,
  qualifierValueType,
  referenceOutsideAssociation,
  schemaClassName,
  singletonKeys,
  subclassNewKey,
  superclassNotFound,
  systemClassName,
  systemProperty,
  terminalSuperclass,
  undeclaredQualifier,
  undefinedAlias,
  valueMapEntries,
  valueMapValues,
  wmiAbstractEvent,
  wmiBlockRegistration,
  wmiDataIds,
  wmiDuplicateGuid,
  wmiEmbeddedClass,
  wmiEventBase,
  wmiExtraKey,
  wmiGuid,
  wmiItemTypes,
  wmiMaxLen,
  wmiMethodIds,
  wmiMethodImplemented,
  wmiMethodReturn,
  wmiRequiredItems,
  wmiSizeIs,
  wmiTimestamp,
  wmiVariableArray,
];
