/**
 * Instances (top-level and Microsoft inline `instance of` values). An instance receives its
 * class's qualifiers that carry the ToInstance flavor (WMI); class defaults apply to properties
 * it does not set (see values/object-path.ts).
 */
import type * as A from "@mofkit/syntax";
import { QualifierSet, type Instance, type SchemaClass, type SchemaModel } from "../model/index.js";
import { bindQualifiers, type QualifierContext } from "./qualifiers.js";

export interface InstanceContext extends QualifierContext {
  model: SchemaModel;
  findClass(name: string): SchemaClass | undefined;
  defineAlias(alias: A.Alias, target: Instance | SchemaClass, doc: A.MofDocument): void;
}

export function bindInstance(
  ctx: InstanceContext,
  node: A.InstanceDeclaration | A.EmbeddedInstanceValue,
  doc: A.MofDocument,
  embedded: boolean,
): Instance {
  const cls = ctx.findClass(node.className.name);
  const localQualifiers = bindQualifiers(ctx, node.qualifiers, doc);
  let inherited = QualifierSet.empty;
  if (cls) {
    const toInstance = [...cls.qualifiers.values()]
      .filter((q) => q.flavors.toInstance)
      .map((q) => ({ ...q, propagated: true }));
    if (toInstance.length > 0) inherited = new QualifierSet(toInstance);
  }
  const inst: Instance = {
    kind: "instance",
    className: node.className,
    class: cls,
    namespace: ctx.ns,
    alias: node.alias,
    embedded,
    node,
    doc,
    localQualifiers,
    qualifiers: QualifierSet.merge(localQualifiers, inherited),
    values: [],
  };
  for (const pv of node.properties) {
    if (pv.name.name === "") continue;
    const property = cls?.propertyMap.get(pv.name.name.toLowerCase());
    inst.values.push({
      name: pv.name.name,
      key: pv.name.name.toLowerCase(),
      value: pv.value,
      property,
      localQualifiers: bindQualifiers(ctx, pv.qualifiers, doc),
      node: pv,
    });
    if (pv.value) bindEmbeddedValues(ctx, pv.value, doc);
  }
  if (node.alias) ctx.defineAlias(node.alias, inst, doc);
  if (embedded) {
    ctx.model.embeddedInstances.push(inst);
    ctx.model.embeddedByNode.set(node as A.EmbeddedInstanceValue, inst);
  }
  return inst;
}

/** Binds the inline instances inside a value (a default, or an instance's property value). */
export function bindEmbeddedValues(ctx: InstanceContext, value: A.Value, doc: A.MofDocument): void {
  if (value.kind === "EmbeddedInstance" && value.className.name !== "") bindInstance(ctx, value, doc, true);
  else if (value.kind === "Array") for (const e of value.elements) bindEmbeddedValues(ctx, e, doc);
}
