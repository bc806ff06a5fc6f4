/**
 * Type checking of a literal against the type it initialises (mof-language.md §4.10): shared
 * by the rules for defaults, qualifier values and instance values. Reports through the rule
 * context; the caller says what the value initialises and where.
 */
import { codes } from "@mofkit/diagnostics";
import type { MofDocument, Value } from "@mofkit/syntax";
import {
  findClass,
  integerRanges,
  isKey,
  isSubclassOf,
  typeName,
  type ArrayKind,
  type DataType,
  type Namespace,
  type Property,
  type SchemaClass,
  type SchemaModel,
} from "../model/index.js";
import type { RuleContext } from "../rules/rule.js";
import { checkDatetime } from "../util/datetime.js";
import { parseObjectPath } from "../util/object-path.js";

export interface ValueTarget {
  /** For messages: `property 'P'`, `the default of 'P'`, `qualifier 'Q'`. */
  what: string;
  type: DataType;
  array: ArrayKind;
  /** The namespace classes in object paths are looked up in. */
  namespace?: Namespace;
  /** In a WMI driver block a fixed array size is exact: a mismatch is an error. */
  exactArraySize?: boolean;
  /** Qualifier values: a scalar for an array is tolerated in `wmi` (mofcomp infers the type). */
  qualifier?: boolean;
  /**
   * A string holding an embedded object (`EmbeddedObject`, or `EmbeddedInstance("X")` with X
   * resolved when it exists): OMI and mofcomp also accept an alias or an inline instance there.
   */
  embedded?: { className: string | undefined; target: SchemaClass | undefined };
  /** Reports a literal of the wrong kind (qualifier values use MOF2002, others MOF2201). */
  onTypeMismatch?: (expected: string, found: string, value: Value) => void;
}

export function describeValue(v: Value): string {
  switch (v.kind) {
    case "Integer":
      return `the integer ${v.value}`;
    case "Real":
      return `the real ${v.text}`;
    case "String":
      return `a string`;
    case "Char":
      return `a char16 literal`;
    case "Boolean":
      return `the boolean ${v.value}`;
    case "Null":
      return "null";
    case "AliasRef":
      return `the alias $${v.name}`;
    case "Array":
      return "an array";
    case "EmbeddedInstance":
      return `an instance of '${v.className.name}'`;
    case "ErrorValue":
      return "an invalid literal";
  }
}

export function describeType(type: DataType, array: ArrayKind): string {
  const base = typeName(type);
  const article = /^[aeiou]/i.test(base) ? "an" : "a";
  if (array.kind === "scalar") return type.kind === "reference" ? `a reference (${base})` : `${article} ${base}`;
  return `an array of ${base}${array.kind === "fixed" ? ` [${array.size}]` : ""}`;
}

export function checkValue(ctx: RuleContext, doc: MofDocument, target: ValueTarget, value: Value): void {
  if (value.kind === "ErrorValue" || value.kind === "Null") return;
  const wmi = ctx.dialect === "wmi";
  if (target.array.kind !== "scalar") {
    if (value.kind !== "Array") {
      if (target.qualifier && wmi) return checkScalar(ctx, doc, target, value);
      ctx.report(
        codes.arrayScalarMismatch,
        { what: target.what, expected: describeType(target.type, target.array), found: describeValue(value) },
        { doc, span: value.span },
      );
      return;
    }
    if (target.array.kind === "fixed" && value.elements.length !== target.array.size) {
      ctx.report(
        codes.fixedArraySize,
        { what: target.what, size: target.array.size, count: value.elements.length },
        { doc, span: value.span },
        { severity: target.exactArraySize ? "error" : "warning" },
      );
    }
    for (const e of value.elements) checkScalar(ctx, doc, target, e);
    return;
  }
  if (value.kind === "Array") {
    ctx.report(
      codes.arrayScalarMismatch,
      { what: target.what, expected: describeType(target.type, target.array), found: "an array" },
      { doc, span: value.span },
    );
    return;
  }
  checkScalar(ctx, doc, target, value);
}

function mismatch(ctx: RuleContext, doc: MofDocument, target: ValueTarget, value: Value, expected?: string): void {
  const exp = expected ?? describeType(target.type, { kind: "scalar" });
  if (target.onTypeMismatch) target.onTypeMismatch(exp, describeValue(value), value);
  else
    ctx.report(
      codes.valueTypeMismatch,
      { what: target.what, expected: exp, found: describeValue(value) },
      { doc, span: value.span },
    );
}

function checkScalar(ctx: RuleContext, doc: MofDocument, target: ValueTarget, value: Value): void {
  if (value.kind === "ErrorValue" || value.kind === "Null") return;
  const wmi = ctx.dialect === "wmi";
  const t = target.type;
  if (value.kind === "Array") return mismatch(ctx, doc, target, value);
  switch (t.kind) {
    case "void":
      return;
    case "reference":
      return checkReference(ctx, doc, target, t.target, value);
    case "object":
      if (t.className && !t.target) return; // the missing class is reported by class-not-found
      if (value.kind === "EmbeddedInstance") {
        const inst = ctx.model.embeddedByNode.get(value);
        if (t.target && inst?.class && !isSubclassOf(inst.class, t.target)) {
          mismatch(ctx, doc, target, value, `an instance of '${t.target.name}' or a subclass`);
        }
        return;
      }
      if (value.kind === "AliasRef" && wmi) return;
      return mismatch(ctx, doc, target, value);
    case "primitive":
      break;
  }
  const name = t.name;
  const range = integerRanges[name];
  if (range) {
    let v: bigint;
    if (value.kind === "Integer") v = value.value;
    else if (value.kind === "Real" && wmi) {
      v = BigInt(Math.round(value.value));
      ctx.report(
        codes.realRoundedToInteger,
        { value: value.text, rounded: v.toString(), type: name, what: target.what },
        { doc, span: value.span },
      );
    } else return mismatch(ctx, doc, target, value);
    if (v < range.min || v > range.max) {
      ctx.report(
        codes.integerOutOfRange,
        {
          value: value.kind === "Integer" ? integerText(value) : v.toString(),
          type: name,
          min: range.min.toString(),
          max: range.max.toString(),
        },
        { doc, span: value.span },
      );
    }
    return;
  }
  switch (name) {
    case "real32":
    case "real64":
      if (value.kind !== "Integer" && value.kind !== "Real") mismatch(ctx, doc, target, value);
      return;
    case "boolean":
      if (value.kind !== "Boolean") mismatch(ctx, doc, target, value);
      return;
    case "char16":
      if (value.kind === "Char") return;
      if (value.kind === "Integer" && wmi) {
        if (value.value < 0n || value.value > 0xffffn) {
          ctx.report(
            codes.integerOutOfRange,
            { value: integerText(value), type: "char16", min: "0", max: "65535" },
            { doc, span: value.span },
          );
        }
        return;
      }
      return mismatch(ctx, doc, target, value);
    case "string":
      if (value.kind === "String") return;
      if (target.embedded && (value.kind === "AliasRef" || value.kind === "EmbeddedInstance")) {
        return checkEmbeddedForString(ctx, doc, target, target.embedded.target, value);
      }
      if (value.kind === "Integer" && wmi && !target.qualifier) {
        ctx.report(codes.integerAsString, { value: value.value.toString() }, { doc, span: value.span });
        return;
      }
      return mismatch(ctx, doc, target, value);
    case "datetime": {
      if (value.kind !== "String") return mismatch(ctx, doc, target, value, "a datetime string");
      const r = checkDatetime(value.value, { allowIntervalStars: !wmi });
      if (!r.ok) ctx.report(codes.invalidDatetime, { value: value.value, reason: r.reason }, { doc, span: value.span });
      else if (r.unzoned && !wmi) ctx.report(codes.datetimeUnzoned, { value: value.value }, { doc, span: value.span });
      return;
    }
  }
}

function checkEmbeddedForString(
  ctx: RuleContext,
  doc: MofDocument,
  target: ValueTarget,
  want: SchemaClass | undefined,
  value: Value,
): void {
  if (!want) return;
  let cls: SchemaClass | undefined;
  if (value.kind === "EmbeddedInstance") cls = ctx.model.embeddedByNode.get(value)?.class;
  else if (value.kind === "AliasRef") {
    const def = ctx.model.aliases.get(value.name);
    cls = def?.target.kind === "instance" ? def.target.class : undefined;
  }
  if (cls && !isSubclassOf(cls, want))
    mismatch(ctx, doc, target, value, `an instance of '${want.name}' or a subclass (EmbeddedInstance)`);
}

function integerText(v: Extract<Value, { kind: "Integer" }>): string {
  if (v.radix === 10) return v.value.toString();
  const neg = v.value < 0n;
  const abs = neg ? -v.value : v.value;
  const body =
    v.radix === 16
      ? `0x${abs.toString(16).toUpperCase()}`
      : v.radix === 8
        ? `0${abs.toString(8)}`
        : `${abs.toString(2)}b`;
  return `${neg ? "-" : ""}${body} (${v.value})`;
}

function checkReference(
  ctx: RuleContext,
  doc: MofDocument,
  target: ValueTarget,
  refClass: SchemaClass | undefined,
  value: Value,
): void {
  if (value.kind === "AliasRef") {
    const def = ctx.model.aliases.get(value.name);
    if (!def) return; // reported by the undefined-alias rule
    const cls = def.target.kind === "class" ? def.target : def.target.class;
    if (def.target.kind === "instance" && refClass && cls && !isSubclassOf(cls, refClass)) {
      ctx.report(
        codes.aliasTypeMismatch,
        {
          name: value.name,
          problem: `names an instance of '${cls.name}', but ${target.what} refers to '${refClass.name}'`,
        },
        { doc, span: value.span },
        { related: [{ message: `$${def.name} is defined here`, doc: def.doc, span: def.span }] },
      );
    }
    return;
  }
  if (value.kind === "String") return checkPathString(ctx, doc, target, refClass, value);
  mismatch(ctx, doc, target, value, "a reference (an alias or an object path string)");
}

function checkPathString(
  ctx: RuleContext,
  doc: MofDocument,
  target: ValueTarget,
  refClass: SchemaClass | undefined,
  value: Extract<Value, { kind: "String" }>,
): void {
  const forWhat = refClass ? ` for a reference to '${refClass.name}'` : "";
  const bad = (reason: string) =>
    ctx.report(codes.invalidObjectPath, { value: value.value, target: forWhat, reason }, { doc, span: value.span });
  const parsed = parseObjectPath(value.value);
  if (!parsed.ok) return bad(parsed.reason);
  if (parsed.namespace !== undefined || !target.namespace) return; // another namespace: not checkable here
  const cls = findClass(ctx.model, target.namespace, parsed.className);
  if (!cls) return bad(`class '${parsed.className}' is not declared`);
  if (refClass && !isSubclassOf(cls, refClass))
    return bad(`'${cls.name}' is not '${refClass.name}' or a subclass of it`);
  if (parsed.singleton) return;
  const keys = cls.properties.filter(isKey);
  if (parsed.shorthand) {
    if (keys.length !== 1)
      bad(`the short form Class="value" needs a class with exactly one key; '${cls.name}' has ${keys.length}`);
    return;
  }
  for (const k of parsed.keys) {
    if (!keys.some((p) => p.key === k.name.toLowerCase())) return bad(`'${k.name}' is not a key of '${cls.name}'`);
  }
  for (const p of keys) {
    if (!parsed.keys.some((k) => k.name.toLowerCase() === p.key))
      return bad(`key '${p.name}' of '${cls.name}' is missing`);
  }
}

/** The embedded-object facts of a string property, from its EmbeddedInstance / EmbeddedObject qualifiers. */
export function embeddedOf(
  model: SchemaModel,
  p: Pick<Property, "qualifiers">,
  ns: Namespace,
): ValueTarget["embedded"] {
  const ei = p.qualifiers.get("EmbeddedInstance");
  if (ei?.value?.kind === "String") return { className: ei.value.value, target: findClass(model, ns, ei.value.value) };
  if (ei || p.qualifiers.isTrue("EmbeddedObject")) return { className: undefined, target: undefined };
  return undefined;
}
