/**
 * What the generated C header declares, decided once from the layouts and the model and shared by
 * the header writer, the skeleton writer and the compiler checks: per class its GUID names and
 * struct, per method its id define and parameter structs, per member its declaration and
 * defines (wmi-kernel.md §10.2–§10.4).
 */
import {
  createDiagnostic,
  layoutDiagnostics as codes,
  type Diagnostic,
  type DiagnosticDef,
  type MessageParams,
} from "@mofkit/diagnostics";
import {
  classKind,
  declaredQualifier,
  findBlock,
  intValue,
  isWmiClass,
  stringList,
  type BlockLayout,
  type LayoutItem,
  type LayoutSet,
} from "@mofkit/layout";
import type { Method, Parameter, Property, Qualifier, SchemaClass, SchemaModel } from "@mofkit/schema";
import type { MofDocument, Span } from "@mofkit/syntax";
import { parseGuid, zeroGuid, type GuidParts } from "./guid.js";
import { isCIdentifier } from "./text.js";

export interface HeaderOptions {
  /** The `-h` file name; the include guard is made from it. Default `wmidata.h`. */
  fileName?: string;
  /** wmimofck `-m`: `<Method>_IN` / `<Method>_OUT` structs for method parameters. */
  methodStructs?: boolean;
  /**
   * wmimofck `-u`: declare every struct, commenting out the members after a variable-length one
   * instead of writing a placeholder struct. Implies `methodStructs`, as in wmimofck.
   */
  unconditional?: boolean;
  /**
   * Keep Description and Values qualifiers flagged `amended` (default true: mofkit's compiled
   * model keeps them, like a BMF built without splitting off the localizable part).
   */
  keepAmended?: boolean;
  /** Line terminator of generated lines (default CRLF, as wmimofck writes). cpp_quote text is kept verbatim. */
  newline?: "\r\n" | "\n";
  /**
   * Which WMI classes get a section: `generated` (default, as wmimofck: all but those marked
   * WmiGenerateHeader(FALSE)), `not-generated` (only those, e.g. for the companion header a MOF
   * like the WDK iSCSI one expects from elsewhere), or `all`.
   */
  select?: "generated" | "not-generated" | "all";
}

export interface MemberPlan {
  item: LayoutItem;
  /** The declaration without the leading two characters: `ULONG Which;`. */
  decl: string;
  /** The C member name (`VariableData` for a string without MaxLen). */
  cMember: string;
  /** Written as `//  decl` (after a variable-length member, with `-u`). */
  commented: boolean;
  /** `<D>_SIZE`, when the member block has one. */
  sizeDefine: string | null;
  /** The right-hand side of the `_SIZE` define. */
  sizeExpr: string | null;
  idDefine: string;
  /** True when FIELD_OFFSET of this member equals the layout offset (used by the compiler checks). */
  offsetMatches: boolean;
  /** True when `<D>_SIZE` equals the layout size. */
  sizeMatches: boolean;
  description: string | undefined;
  cppQuote: string | undefined;
  enumDefines: { comment: string | undefined; name: string; value: string }[] | undefined;
  bitDefines: { comment: string | undefined; name: string; value: string }[] | undefined;
}

export interface StructPlan {
  name: string;
  block: BlockLayout;
  /** `full`: the members are declared; `stub`: a member follows a variable-length one (no `-u`). */
  form: "full" | "stub";
  members: MemberPlan[];
  /** `<T>_SIZE`, when written (the last member has a `_SIZE` line). */
  sizeDefine: string | null;
  /** The last member, for `<T>_SIZE`. */
  last: MemberPlan | null;
  /** True when `<T>_SIZE` equals the block's fixedSize and sizeof(T) its sizeofC. */
  sizeMatches: boolean;
}

export interface MethodPlan {
  method: Method;
  name: string;
  id: number | null;
  cppQuote: string | undefined;
  input: StructPlan | null;
  output: StructPlan | null;
  inBlock: BlockLayout | undefined;
  outBlock: BlockLayout | undefined;
}

export interface ClassPlan {
  cls: SchemaClass;
  block: BlockLayout;
  kind: ReturnType<typeof classKind>;
  headerName: string;
  description: string | undefined;
  cppQuote: string | undefined;
  guid: GuidParts;
  guidDefine: string;
  guidVariable: string;
  methods: MethodPlan[];
  struct: StructPlan | null;
}

export interface HeaderPlan {
  fileName: string;
  guard: string;
  options: Required<HeaderOptions>;
  classes: ClassPlan[];
  diagnostics: Diagnostic[];
}

export function resolveHeaderOptions(options: HeaderOptions = {}): Required<HeaderOptions> {
  const unconditional = options.unconditional ?? false;
  return {
    fileName: options.fileName ?? "wmidata.h",
    methodStructs: unconditional || (options.methodStructs ?? false),
    unconditional,
    keepAmended: options.keepAmended ?? true,
    newline: options.newline ?? "\r\n",
    select: options.select ?? "generated",
  };
}

/** `wmidata.h` → `_wmidata_h_`: the name after the last backslash, dots turned into underscores. */
export function includeGuard(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf("\\") + 1);
  return `_${base.replace(/\./g, "_")}_`;
}

/**
 * Decides what the header declares. Classes come from the layout set (which is in declaration
 * order when it was computed with the program): the WMI classes, without those marked
 * WmiGenerateHeader(FALSE).
 */
export function planHeader(model: SchemaModel, layouts: LayoutSet, options: HeaderOptions = {}): HeaderPlan {
  const opts = resolveHeaderOptions(options);
  const p = new Planner(opts);
  const classes: ClassPlan[] = [];
  for (const block of layouts.blocks) {
    if (block.method !== null) continue;
    const ns = model.namespaceMap.get(block.namespace);
    const cls = ns?.classes.get(block.className);
    if (!cls || !isWmiClass(cls)) continue;
    const gen = cls.qualifiers.get("WmiGenerateHeader");
    const generated = !(gen && gen.value?.kind === "Boolean" && !gen.value.value);
    if (opts.select !== "all" && generated !== (opts.select === "generated")) continue;
    classes.push(p.classPlan(cls, block, layouts));
  }
  return {
    fileName: opts.fileName,
    guard: includeGuard(opts.fileName),
    options: opts,
    classes,
    diagnostics: p.diagnostics,
  };
}

class Planner {
  readonly diagnostics: Diagnostic[] = [];
  /** C names declared so far (typedefs, GUID names, member/struct/enum defines) → what declared them and its value. */
  private readonly names = new Map<string, { what: string; value: string }>();
  private readonly methodDefines = new Map<string, { cls: SchemaClass; method: Method; id: number | null }>();

  constructor(private readonly opts: Required<HeaderOptions>) {}

  private report<K extends string>(
    def: DiagnosticDef<K>,
    params: MessageParams<K>,
    at: { doc: MofDocument; span: Span } | undefined,
  ): void {
    this.diagnostics.push(createDiagnostic(def, params, at ? at.doc.locate(at.span.start, at.span.end) : undefined));
  }

  /** Records a C name; reports a clash with a different meaning. */
  private declare(name: string, what: string, value: string, at: { doc: MofDocument; span: Span } | undefined): void {
    const first = this.names.get(name);
    if (!first) {
      this.names.set(name, { what, value });
      return;
    }
    if (first.value === value && first.what === what) return; // the same define written again is harmless
    this.report(codes.headerDuplicateName, { cname: name, first: first.what, second: what }, at);
  }

  private identifier(what: string, name: string, q: Qualifier | undefined): string {
    if (!isCIdentifier(name))
      this.report(
        codes.headerInvalidIdentifier,
        { what, name },
        q ? { doc: q.doc, span: (q.written ?? q.node).span } : undefined,
      );
    return name;
  }

  /** A text qualifier, honouring keepAmended. */
  private text(q: Qualifier | undefined): string | undefined {
    if (!q || (q.flavors.amended && !this.opts.keepAmended)) return undefined;
    const v = q.value;
    if (v?.kind === "String") return v.value;
    if (v?.kind === "Array") return v.elements.map((e) => (e.kind === "String" ? e.value : "")).join("");
    return undefined;
  }

  private list(q: Qualifier | undefined): string[] | undefined {
    if (!q || (q.flavors.amended && !this.opts.keepAmended)) return undefined;
    return stringList(q);
  }

  classPlan(cls: SchemaClass, block: BlockLayout, layouts: LayoutSet): ClassPlan {
    const q = cls.qualifiers;
    const at = cls.node && cls.doc ? { doc: cls.doc, span: cls.node.name.span } : undefined;
    const headerNameQ = q.get("HeaderName");
    const headerName = this.identifier("HeaderName", block.cStruct, headerNameQ);
    const g1 = q.get("GuidName1");
    const g2 = q.get("GuidName2");
    const guidDefine = this.identifier("GuidName1", q.stringValue("GuidName1") ?? `${cls.name}Guid`, g1);
    const guidVariable = this.identifier("GuidName2", q.stringValue("GuidName2") ?? `${cls.name}_GUID`, g2);
    const guid = parseGuid(q.stringValue("guid")) ?? zeroGuid;
    this.declare(guidDefine, `the GUID of '${cls.name}'`, guidDefine, at);
    this.declare(guidVariable, `the GUID variable of '${cls.name}'`, guidVariable, at);

    const methods: MethodPlan[] = [];
    for (const m of cls.methods) {
      const id = intValue(m.qualifiers.get("WmiMethodId")) ?? null;
      const prior = this.methodDefines.get(m.name);
      if (prior) {
        this.report(
          codes.headerDuplicateMethodDefine,
          {
            name: m.name,
            first: `${prior.cls.name}.${prior.method.name}`,
            second: `${cls.name}.${m.name}`,
            detail:
              prior.id === id
                ? " (with the same id)"
                : ` with a different id (${prior.id} and ${id}), so the header does not compile`,
          },
          { doc: m.doc, span: m.node.name.span },
        );
      } else this.methodDefines.set(m.name, { cls, method: m, id });
      const inBlock = findBlock(layouts, `${block.namespace}:${cls.name}.${m.name}:in`);
      const outBlock = findBlock(layouts, `${block.namespace}:${cls.name}.${m.name}:out`);
      const mh = m.qualifiers.get("HeaderName");
      if (mh) this.identifier("HeaderName", mh.value?.kind === "String" ? mh.value.value : "", mh);
      const params = (b: BlockLayout | undefined) =>
        b && this.opts.methodStructs && b.items.length > 0
          ? this.structPlan(b, (name) => m.parameters.find((x) => x.name === name))
          : null;
      methods.push({
        method: m,
        name: m.name,
        id,
        cppQuote: this.text(m.qualifiers.get("cpp_quote")),
        input: params(inBlock),
        output: params(outBlock),
        inBlock,
        outBlock,
      });
    }
    const struct =
      block.items.length > 0 ? this.structPlan(block, (name) => cls.propertyMap.get(name.toLowerCase())) : null;
    return {
      cls,
      block,
      kind: classKind(cls),
      headerName,
      description: this.text(q.get("Description")),
      cppQuote: this.text(q.get("cpp_quote")),
      guid,
      guidDefine,
      guidVariable,
      methods,
      struct,
    };
  }

  private structPlan(block: BlockLayout, feature: (name: string) => Property | Parameter | undefined): StructPlan {
    const T = block.cStruct;
    const items = block.items;
    const firstVariable = items.findIndex(headerVariable);
    const stubbed = firstVariable >= 0 && firstVariable < items.length - 1 && !this.opts.unconditional;
    const firstFeature = items.length > 0 ? feature(items[0].name) : undefined;
    const structAt = firstFeature ? { doc: firstFeature.doc, span: firstFeature.node.name.span } : undefined;
    this.declare(T, `the struct of ${block.name}${block.method ? ` (${block.kind})` : ""}`, "typedef", structAt);
    this.declare(
      `P${T}`,
      `the struct pointer of ${block.name}${block.method ? ` (${block.kind})` : ""}`,
      "typedef",
      structAt,
    );
    if (stubbed) {
      this.report(
        codes.headerStructStub,
        { struct: T, after: items[firstVariable + 1].name, variable: items[firstVariable].name },
        structAt,
      );
      return { name: T, block, form: "stub", members: [], sizeDefine: null, last: null, sizeMatches: false };
    }
    const members: MemberPlan[] = [];
    let offsetsGood = true;
    items.forEach((item, index) => {
      const f = feature(item.name);
      const at = f ? { doc: f.doc, span: f.node.name.span } : undefined;
      const defineQ = f ? declaredQualifier(f, "DefineDataId") : undefined;
      const D =
        defineQ?.value?.kind === "String"
          ? this.identifier("DefineDataId", defineQ.value.value, defineQ)
          : `${T}_${item.name}`;
      const { decl, sizeExpr, mismatch } = declaration(item);
      if (mismatch)
        this.report(
          codes.headerFixedDeclaresVariable,
          { member: item.name, struct: T, decl: decl.replace(/;$/, ""), reason: mismatch },
          at,
        );
      const commented = firstVariable >= 0 && index > firstVariable;
      const offsetMatches = offsetsGood && !commented && item.offset !== null && item.cMember !== "VariableData";
      if (mismatch) offsetsGood = false;
      const sizeDefine = sizeExpr !== null ? `${D}_SIZE` : null;
      if (sizeDefine) this.declare(sizeDefine, `the size of '${item.name}' in ${T}`, sizeExpr!, at);
      this.declare(`${D}_ID`, `the id of '${item.name}' in ${T}`, String(item.id), at);
      const enumDefines = f ? this.enumDefines(f, at) : undefined;
      const bitDefines = f ? this.bitDefines(f, at) : undefined;
      members.push({
        item,
        decl,
        cMember: item.cMember,
        commented,
        sizeDefine,
        sizeExpr,
        idDefine: `${D}_ID`,
        offsetMatches,
        sizeMatches: offsetMatches && sizeDefine !== null && item.size !== null && !mismatch,
        description: f ? this.text(declaredQualifier(f, "Description")) : undefined,
        cppQuote: f ? this.text(declaredQualifier(f, "cpp_quote")) : undefined,
        enumDefines,
        bitDefines,
      });
    });
    const last = members[members.length - 1];
    const sizeDefine = last.sizeDefine !== null ? `${T}_SIZE` : null;
    if (sizeDefine) this.declare(sizeDefine, `the size of ${T}`, "struct", undefined);
    return {
      name: T,
      block,
      form: "full",
      members,
      sizeDefine,
      last,
      sizeMatches: sizeDefine !== null && !block.variable && members.every((m) => m.sizeMatches),
    };
  }

  private enumDefines(f: Property | Parameter, at: { doc: MofDocument; span: Span } | undefined) {
    const dq = declaredQualifier(f, "DefineValues");
    const names = stringList(dq);
    if (!dq || !names) return undefined;
    const values = stringList(declaredQualifier(f, "ValueMap"));
    const comments = this.list(declaredQualifier(f, "Values"));
    if (values && values.length !== names.length)
      this.report(
        codes.headerDefineValuesMismatch,
        {
          qualifier: "DefineValues",
          name: f.name,
          defines: names.length,
          other: "ValueMap",
          values: values.length,
          effect:
            values.length < names.length
              ? "the names without a ValueMap entry get their index as value"
              : "the extra ValueMap entries get no define",
        },
        { doc: dq.doc, span: (dq.written ?? dq.node).span },
      );
    return names.map((name, i) => {
      const value = values?.[i] ?? String(i);
      this.declare(this.identifier("DefineValues entry", name, dq), `the value define '${name}'`, value, at);
      return { comment: comments?.[i], name, value };
    });
  }

  private bitDefines(f: Property | Parameter, at: { doc: MofDocument; span: Span } | undefined) {
    const dq = declaredQualifier(f, "DefineBitMap");
    const names = stringList(dq);
    if (!dq || !names) return undefined;
    const bits = stringList(declaredQualifier(f, "BitMap")) ?? [];
    const comments = this.list(declaredQualifier(f, "BitValues"));
    if (bits.length !== names.length)
      this.report(
        codes.headerDefineValuesMismatch,
        {
          qualifier: "DefineBitMap",
          name: f.name,
          defines: names.length,
          other: "BitMap",
          values: bits.length,
          effect: "names without a BitMap position get no define",
        },
        { doc: dq.doc, span: (dq.written ?? dq.node).span },
      );
    const out: { comment: string | undefined; name: string; value: string }[] = [];
    names.forEach((name, i) => {
      const bit = bits[i] !== undefined && /^\s*\d+\s*$/.test(bits[i]) ? BigInt(bits[i].trim()) : undefined;
      if (bit === undefined) return;
      const value = `0x${(1n << bit).toString(16)}`;
      this.declare(this.identifier("DefineBitMap entry", name, dq), `the bit define '${name}'`, value, at);
      out.push({ comment: comments?.[i], name, value });
    });
    return out;
  }
}

/**
 * wmimofck's notion of a variable-length member (§10.4): a WmiSizeIs array, a string without
 * MaxLen, or a `[]` string array. (Embedded classes holding strings are not, although their size
 * in the data varies; see `declaration`.)
 */
export function headerVariable(item: LayoutItem): boolean {
  return (
    item.array.kind === "variable" ||
    (item.element.kind === "string" && item.element.maxLen === null && item.array.kind === "scalar")
  );
}

/** The member declaration and `_SIZE` expression of §10.2.5, and why it misdescribes the data, if it does. */
export function declaration(item: LayoutItem): { decl: string; sizeExpr: string | null; mismatch: string | null } {
  const el = item.element;
  const T = item.cType;
  const name = item.cMember;
  if (item.array.kind === "variable") return { decl: `${T} ${name}[1];`, sizeExpr: null, mismatch: null };
  if (el.kind === "string") {
    if (item.array.kind === "scalar") {
      if (el.maxLen === null) return { decl: "CHAR VariableData[1];", sizeExpr: null, mismatch: null };
      return { decl: `WCHAR ${name}[${el.maxLen} + 1];`, sizeExpr: null, mismatch: null };
    }
    const k = item.array.count;
    return {
      decl: `WCHAR ${name}[${k}];`,
      sizeExpr: `sizeof(WCHAR[${k}])`,
      mismatch: "an array of counted strings is not an array of WCHARs",
    };
  }
  if (el.kind === "datetime") {
    if (item.array.kind === "scalar")
      return { decl: `WCHAR ${name}[25];`, sizeExpr: "sizeof(WCHAR[25])", mismatch: null };
    const k = item.array.count;
    return { decl: `WCHAR ${name}[${k}][25];`, sizeExpr: `sizeof(WCHAR[${k}][25])`, mismatch: null };
  }
  const mismatch =
    el.kind === "object" && el.layout?.variable
      ? `'${el.className}' holds a string or variable array, so its size varies`
      : null;
  if (item.array.kind === "scalar") return { decl: `${T} ${name};`, sizeExpr: `sizeof(${T})`, mismatch };
  const k = item.array.count;
  return { decl: `${T} ${name}[${k}];`, sizeExpr: `sizeof(${T}[${k}])`, mismatch };
}
