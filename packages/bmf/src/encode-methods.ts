/**
 * Methods → method records (bmf-format.md §4.7). A method's value is an `object[]` of one or
 * two `__PARAMETERS` instances: the inputs first, then the outputs with the return value as the
 * property `ReturnValue`. A parameter that is both in and out appears in both objects, the
 * input copy without its `out` qualifier and the output copy without its `in`. What mofcomp
 * adds on its own, in this order after the parameter's own qualifiers:
 *
 * - `MAX(n)` for an array bound `[n]`;
 * - `IN` and `OUT` (upper case, no flavor) when the parameter states no direction: it is then
 *   both an input and an output;
 * - `ID(position)` with flavors ToInstance | DisableOverride when the parameter has no `ID`
 *   (positions count the parameters in declaration order from 0);
 * - CIMTYPE, always last.
 *
 * A method with no parameters and a void result is a record of type void with no value.
 */
import type { MethodDeclaration, ParameterDeclaration, Qualifier } from "@mofkit/syntax";
import { objectRecord, propertyRecord, qualifierRecord, type EncodeContext } from "./encode-context.js";
import { encodeQualifiers, type ValueSite } from "./encode-values.js";
import { encodeDeclaration } from "./encode-properties.js";
import type { BmfObject, BmfProperty } from "./model.js";
import { arrayFlag, typeCode } from "./type-codes.js";

/** The flavors mofcomp gives the `ID` it generates: ToInstance | DisableOverride. */
const generatedIdFlavor = 0x11;

function isTrue(q: Qualifier): boolean {
  return q.value === undefined || (q.value.kind === "Boolean" && q.value.value);
}

function named(qs: readonly Qualifier[], name: string): Qualifier[] {
  return qs.filter((q) => q.name.name.toLowerCase() === name);
}

export function encodeMethod(
  ctx: EncodeContext,
  m: MethodDeclaration,
  className: string,
  embed: ValueSite["embed"],
): BmfProperty {
  const label = `${className}.${m.name.name}`;
  const qualifiers = encodeQualifiers(ctx, m.qualifiers, () => `method ${label}`);
  const inputs: BmfProperty[] = [];
  const outputs: BmfProperty[] = [];
  m.parameters.forEach((p, position) => {
    const copies = encodeParameter(ctx, p, position, label, embed);
    if (copies.input) inputs.push(copies.input);
    if (copies.output) outputs.push(copies.output);
  });
  const returns = m.returnType.kind !== "VoidType";
  if (returns) {
    const ret = encodeDeclaration(ctx, {
      name: "ReturnValue",
      type: m.returnType,
      array: undefined,
      defaultValue: undefined,
      qualifiers: [],
      what: () => `the return value of ${label}`,
      embed,
    });
    outputs.push(ret);
  }
  if (inputs.length === 0 && outputs.length === 0) {
    return propertyRecord(m.name.name, typeCode.void, undefined, qualifiers);
  }
  const objects: BmfObject[] = [];
  if (inputs.length > 0) objects.push(parameterObject(inputs));
  if (outputs.length > 0) objects.push(parameterObject(outputs));
  return propertyRecord(m.name.name, typeCode.object | arrayFlag, objects, qualifiers);
}

function parameterObject(properties: BmfProperty[]): BmfObject {
  const cls = propertyRecord("__CLASS", typeCode.string, "__PARAMETERS", null);
  return objectRecord("instance", null, [...properties, cls]);
}

function encodeParameter(
  ctx: EncodeContext,
  p: ParameterDeclaration,
  position: number,
  method: string,
  embed: ValueSite["embed"],
): { input?: BmfProperty; output?: BmfProperty } {
  const ins = named(p.qualifiers, "in");
  const outs = named(p.qualifiers, "out");
  const stated = ins.length > 0 || outs.length > 0;
  const isIn = stated ? ins.some(isTrue) : true;
  const isOut = stated ? outs.some(isTrue) : true;
  const hasId = named(p.qualifiers, "id").length > 0;
  const copy = (drop: string, generatedDirection: string) => {
    const generated = [];
    if (!stated) generated.push(qualifierRecord(generatedDirection, typeCode.boolean, true));
    if (!hasId) generated.push(qualifierRecord("ID", typeCode.sint32, position, generatedIdFlavor));
    return encodeDeclaration(ctx, {
      name: p.name.name,
      type: p.type,
      array: p.array,
      defaultValue: p.defaultValue,
      qualifiers: p.qualifiers.filter((q) => q.name.name.toLowerCase() !== drop),
      generated,
      what: () => `parameter ${p.name.name} of ${method}`,
      embed,
    });
  };
  const result: { input?: BmfProperty; output?: BmfProperty } = {};
  if (isIn) result.input = copy("out", "IN");
  if (isOut) result.output = copy("in", "OUT");
  if (!isIn && !isOut) {
    // `[in(false), out(false)]`: mofcomp has nowhere to put it; keep it as an input.
    result.input = copy("", "IN");
  }
  return result;
}
