/**
 * The layout pass (wmi-kernel.md §7.2): for every WMI class of a model — data blocks, event
 * blocks, embedded classes — and for the [in] and [out] parameter blocks of every method, the
 * items in WmiDataId (parameter id) order with their offsets, sizes and alignments under MSVC
 * /Zp8 natural alignment, where the variable part starts, the fixed size and the alignment.
 *
 * Problems that keep a block from being laid out are reported as MOF36xx diagnostics at the
 * offending span; such a block is still returned, marked `incomplete`.
 */
import {
  createDiagnostic,
  layoutDiagnostics as codes,
  type Diagnostic,
  type DiagnosticDef,
  type MessageParams,
  type RelatedInformation,
} from "@mofkit/diagnostics";
import {
  arraySuffix,
  isIntegerType,
  typeName,
  type Method,
  type Parameter,
  type Property,
  type SchemaClass,
  type SchemaModel,
} from "@mofkit/schema";
import type { MofDocument, Program, Span } from "@mofkit/syntax";
import {
  classKind,
  dataItems,
  direction,
  declaredQualifier,
  headerName,
  intValue,
  numberedParameters,
  stringValue,
  wmiClassesInOrder,
} from "./schema-view.js";
import { datetimeSize, isScalarType, maxLenLimit, roundUp, scalarTable } from "./type-table.js";
import type { ArrayShape, BlockKind, BlockLayout, ElementType, LayoutItem, LayoutSet } from "./types.js";

export interface LayoutOptions {
  /** The program the model was built from: gives the textual class order across files and namespaces. */
  program?: Program;
}

export interface LayoutResult {
  layouts: LayoutSet;
  diagnostics: Diagnostic[];
}

type Feature = Property | Parameter;

interface Source {
  feature: Feature;
  id: number;
}

/** Lays out every WMI class of the model and the parameter blocks of its methods. */
export function layoutModel(model: SchemaModel, options: LayoutOptions = {}): LayoutResult {
  return new LayoutPass().run(model, options);
}

class LayoutPass {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly byClass = new Map<SchemaClass, BlockLayout>();
  private readonly inProgress: SchemaClass[] = [];
  /** Embedded classes laid out because a WMI class uses them, though they are not WMI classes themselves. */
  private readonly extra: BlockLayout[] = [];
  private wmi = new Set<SchemaClass>();

  run(model: SchemaModel, options: LayoutOptions): LayoutResult {
    const classes = wmiClassesInOrder(model, options.program);
    this.wmi = new Set(classes);
    const blocks: BlockLayout[] = [];
    for (const c of classes) {
      blocks.push(this.classLayout(c));
      for (const m of c.methods) blocks.push(...this.methodLayouts(c, m));
    }
    blocks.push(...this.extra);
    return { layouts: { blocks }, diagnostics: this.diagnostics };
  }

  private report<K extends string>(
    def: DiagnosticDef<K>,
    params: MessageParams<K>,
    doc: MofDocument | undefined,
    span: Span | undefined,
    related?: { message: string; doc: MofDocument; span: Span }[],
  ): void {
    const location = doc && span ? doc.locate(span.start, span.end) : undefined;
    const rel: RelatedInformation[] | undefined = related?.map((r) => ({
      message: r.message,
      location: r.doc.locate(r.span.start, r.span.end),
    }));
    this.diagnostics.push(createDiagnostic(def, params, location, rel));
  }

  /** The layout of a class, computed once; embedded classes are laid out on first use. */
  private classLayout(c: SchemaClass): BlockLayout {
    const done = this.byClass.get(c);
    if (done) return done;
    this.inProgress.push(c);
    const kind: BlockKind = classKind(c);
    const sources: Source[] = [];
    const seen = new Map<number, Property>();
    let problem: string | null = null;
    for (const p of dataItems(c)) {
      const q = declaredQualifier(p, "WmiDataId");
      const id = intValue(q);
      if (id === undefined) {
        this.report(codes.layoutDataIdMissing, { name: p.name, className: c.name }, p.doc, p.node.name.span);
        problem ??= `'${p.name}' has no WmiDataId`;
        continue;
      }
      const first = seen.get(id);
      if (first) {
        this.report(
          codes.layoutDataIdDuplicate,
          { id, name: p.name, other: first.name, className: c.name },
          q!.doc,
          (q!.written ?? q!.node).span,
          [{ message: `'${first.name}' has WmiDataId(${id})`, doc: first.doc, span: first.node.name.span }],
        );
        problem ??= `WmiDataId(${id}) is used twice`;
        continue;
      }
      seen.set(id, p);
      sources.push({ feature: p, id });
    }
    sources.sort((a, b) => a.id - b.id);
    const outOfPlace = sources.filter((s, i) => s.id !== i + 1);
    if (outOfPlace.length > 0) {
      const ids = new Set(sources.map((s) => s.id));
      const missing: number[] = [];
      for (let n = 1; n <= sources.length; n++) if (!ids.has(n)) missing.push(n);
      const wrong = sources.filter((s) => s.id < 1 || s.id > sources.length);
      const detail =
        (missing.length > 0 ? `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing` : "") +
        (missing.length > 0 && wrong.length > 0 ? " and " : "") +
        (wrong.length > 0 ? wrong.map((s) => `'${s.feature.name}' has ${s.id}`).join(", ") : "");
      const at = wrong[0] ?? outOfPlace[0];
      const q = declaredQualifier(at.feature, "WmiDataId")!;
      this.report(
        codes.layoutDataIdGap,
        { className: c.name, count: sources.length, detail },
        q.doc,
        (q.written ?? q.node).span,
      );
      problem ??= "its WmiDataIds have gaps";
    }
    const block = this.buildBlock({
      key: `${c.namespace.name}:${c.name}`,
      name: c.name,
      namespace: c.namespace.name,
      className: c.name,
      method: null,
      methodId: null,
      kind,
      cStruct: headerName(c),
      guid: c.qualifiers.stringValue("guid") ?? null,
      sources,
      owner: c.name,
      problem,
    });
    this.inProgress.pop();
    this.byClass.set(c, block);
    if (!this.wmi.has(c)) this.extra.push(block);
    return block;
  }

  private methodLayouts(c: SchemaClass, m: Method): BlockLayout[] {
    const params = numberedParameters(m);
    const methodId = intValue(m.qualifiers.get("WmiMethodId")) ?? null;
    const m_ = headerName(m);
    const out: BlockLayout[] = [];
    for (const dir of ["in", "out"] as const) {
      const sources = params
        .filter(({ param }) => (dir === "in" ? direction(param).input : direction(param).output))
        .map(({ param, id }) => ({ feature: param, id }));
      out.push(
        this.buildBlock({
          key: `${c.namespace.name}:${c.name}.${m.name}:${dir}`,
          name: `${c.name}.${m.name}`,
          namespace: c.namespace.name,
          className: c.name,
          method: m.name,
          methodId,
          kind: dir === "in" ? "method-in" : "method-out",
          cStruct: `${m_}_${dir === "in" ? "IN" : "OUT"}`,
          guid: null,
          sources,
          owner: `${m.name} [${dir}]`,
          problem: null,
        }),
      );
    }
    return out;
  }

  private buildBlock(b: {
    key: string;
    name: string;
    namespace: string;
    className: string;
    method: string | null;
    methodId: number | null;
    kind: BlockKind;
    cStruct: string;
    guid: string | null;
    sources: Source[];
    owner: string;
    problem: string | null;
  }): BlockLayout {
    let problem = b.problem;
    const items: LayoutItem[] = [];
    for (const s of b.sources) {
      const { item, problem: p } = this.buildItem(s.feature, s.id);
      items.push(item);
      problem ??= p;
    }
    // WmiSizeIs: the count is another scalar integer item of the same block, placed before the array.
    items.forEach((item, index) => {
      if (item.array.kind !== "variable" || item.array.sizeIs === "") return; // no count: already reported
      const feature = b.sources[index].feature;
      const q = declaredQualifier(feature, "WmiSizeIs")!;
      const target = item.array.sizeIs;
      const at = (problemText: string, related?: Feature) => {
        this.report(
          codes.layoutSizeIsInvalid,
          { target, name: item.name, problem: problemText },
          q.doc,
          (q.written ?? q.node).span,
          related
            ? [{ message: `'${related.name}' is declared here`, doc: related.doc, span: related.node.name.span }]
            : undefined,
        );
        problem ??= `the count of '${item.name}' is not usable`;
      };
      const ti = items.findIndex((x) => x.name.toLowerCase() === target.toLowerCase());
      if (ti < 0) {
        const where = b.method ? `parameter of ${b.owner}` : `data item of '${b.className}'`;
        return at(`names no ${where}`);
      }
      const tf = b.sources[ti].feature;
      if (!isIntegerType(tf.type) || tf.array.kind !== "scalar" || declaredQualifier(tf, "WmiSizeIs"))
        return at(`names '${tf.name}', which is not a scalar integer`, tf);
      if (ti >= index) return at(`names '${tf.name}', which comes after the array in the block`, tf);
      item.array = { kind: "variable", sizeIs: items[ti].name, sizeIsIndex: ti };
    });
    // Offsets: natural alignment from 0; after the first variable-size item, offsets depend on the values.
    let off = 0;
    let variableStart: number | null = null;
    let alignment = 1;
    for (const item of items) {
      alignment = Math.max(alignment, item.alignment);
      if (variableStart !== null) {
        item.offset = null;
        continue;
      }
      off = roundUp(off, item.alignment);
      item.offset = off;
      if (item.variable || item.size === null) variableStart = off;
      else off += item.size;
    }
    const variable = variableStart !== null;
    const fixedSize = variableStart ?? off;
    return {
      key: b.key,
      name: b.name,
      namespace: b.namespace,
      className: b.className,
      method: b.method,
      methodId: b.methodId,
      kind: b.kind,
      cStruct: b.cStruct,
      guid: b.guid,
      items,
      alignment,
      fixedSize,
      variable,
      sizeofC: variable ? null : roundUp(fixedSize, alignment),
      incomplete: problem,
    };
  }

  private buildItem(f: Feature, id: number): { item: LayoutItem; problem: string | null } {
    let problem: string | null = null;
    const fail = (why: string) => {
      problem ??= why;
    };
    const t = f.type;
    let element: ElementType;
    let cType: string;
    let alignment = 1;
    let stride: number | null = null;
    let elementVariable = false;
    const typeText = `${typeName(t)}${arraySuffix(f.array)}`;

    if (t.kind === "primitive" && isScalarType(t.name)) {
      const info = scalarTable[t.name];
      element = { kind: "scalar", type: t.name };
      cType = info.cType;
      alignment = stride = info.size;
    } else if (t.kind === "primitive" && t.name === "datetime") {
      element = { kind: "datetime" };
      cType = "WCHAR";
      alignment = 2;
      stride = datetimeSize;
    } else if (t.kind === "primitive" && t.name === "string") {
      const q = declaredQualifier(f, "MaxLen");
      let maxLen: number | null = null;
      if (q) {
        const v = q.value;
        const n = v?.kind === "Integer" ? v.value : undefined;
        if (n === undefined || n < 0n || n > BigInt(maxLenLimit)) {
          this.report(
            codes.layoutMaxLenInvalid,
            {
              name: f.name,
              value: v?.kind === "Integer" ? v.value.toString() : q.node.value ? "a non-integer" : "nothing",
            },
            q.doc,
            (q.written ?? q.node).span,
          );
          fail(`MaxLen of '${f.name}' is invalid`);
        } else maxLen = Number(n);
      }
      element = { kind: "string", maxLen };
      alignment = 2;
      if (maxLen !== null) stride = 2 + 2 * maxLen;
      else elementVariable = true;
      cType = maxLen === null && f.array.kind === "scalar" ? "CHAR" : "WCHAR";
    } else if (t.kind === "object" && t.className) {
      const target = t.target;
      if (!target) {
        this.report(codes.layoutEmbeddedUndefined, { name: f.name, type: t.className.name }, f.doc, f.node.type.span);
        fail(`the class of '${f.name}' is not defined`);
        element = { kind: "object", className: t.className.name, layout: null };
        cType = "UNKNOWN";
        elementVariable = true;
      } else if (this.inProgress.includes(target)) {
        const path = [...this.inProgress.slice(this.inProgress.indexOf(target)), target].map((c) => c.name).join(" → ");
        this.report(codes.layoutEmbeddedCycle, { className: target.name, path }, f.doc, f.node.type.span);
        fail(`'${target.name}' contains itself`);
        element = { kind: "object", className: target.name, layout: null };
        cType = headerName(target);
        elementVariable = true;
      } else {
        const inner = this.classLayout(target);
        element = { kind: "object", className: target.name, layout: inner };
        cType = inner.cStruct;
        alignment = inner.alignment;
        if (inner.incomplete) fail(`embedded class '${target.name}' is incomplete`);
        if (inner.variable) elementVariable = true;
        else stride = inner.sizeofC;
      }
    } else {
      this.report(codes.layoutTypeWithoutLayout, { name: f.name, type: typeText }, f.doc, f.node.type.span);
      fail(`'${f.name}' has no wire format`);
      element = { kind: "scalar", type: "uint8" };
      cType = "UNKNOWN";
      elementVariable = true;
    }

    // Array shape: WmiSizeIs makes any item variable (even one declared without []); []+MAX(n) is [n].
    let array: ArrayShape = { kind: "scalar" };
    const sizeIs = declaredQualifier(f, "WmiSizeIs");
    const sizeIsName = stringValue(sizeIs);
    if (sizeIs) {
      if (f.array.kind === "fixed") {
        this.report(
          codes.layoutSizeIsInvalid,
          {
            target: sizeIsName ?? "?",
            name: f.name,
            problem: `is on the fixed array [${f.array.size}]; an item cannot be both fixed and variable`,
          },
          sizeIs.doc,
          (sizeIs.written ?? sizeIs.node).span,
        );
        fail(`'${f.name}' is both fixed and variable`);
        array = { kind: "fixed", count: f.array.size };
      } else if (sizeIsName === undefined) {
        this.report(
          codes.layoutSizeIsInvalid,
          { target: "?", name: f.name, problem: "does not name an item (it needs a string)" },
          sizeIs.doc,
          (sizeIs.written ?? sizeIs.node).span,
        );
        fail(`the count of '${f.name}' is not named`);
        array = { kind: "variable", sizeIs: "", sizeIsIndex: -1 };
      } else array = { kind: "variable", sizeIs: sizeIsName, sizeIsIndex: -1 };
    } else if (f.array.kind === "fixed") {
      array = { kind: "fixed", count: f.array.size };
    } else if (f.array.kind === "variable") {
      const max = intValue(declaredQualifier(f, "MAX"));
      if (max !== undefined && max >= 0) array = { kind: "fixed", count: max };
      else {
        this.report(codes.layoutArrayWithoutCount, { name: f.name }, f.doc, f.node.array?.span ?? f.node.name.span);
        fail(`'${f.name}' has no element count`);
        array = { kind: "variable", sizeIs: "", sizeIsIndex: -1 };
      }
    }

    const count = array.kind === "scalar" ? 1 : array.kind === "fixed" ? array.count : null;
    const variable = elementVariable || array.kind === "variable";
    const size = variable || stride === null || count === null ? null : stride * count;
    const cMember =
      element.kind === "string" && element.maxLen === null && array.kind === "scalar" ? "VariableData" : f.name;
    return {
      item: {
        name: f.name,
        id,
        type: typeText,
        element,
        array,
        count,
        alignment,
        stride: elementVariable ? null : stride,
        size,
        offset: null,
        variable,
        cMember,
        cType,
      },
      problem,
    };
  }
}

/** The block of a set by key (`namespace:Class`, `namespace:Class.Method:in`). */
export function findBlock(set: LayoutSet, key: string): BlockLayout | undefined {
  let index = indexCache.get(set);
  if (!index || index.size !== set.blocks.length) {
    index = new Map(set.blocks.map((b) => [b.key.toLowerCase(), b]));
    indexCache.set(set, index);
  }
  return index.get(key.toLowerCase());
}

/** Every block of a class (its data block and method parameter blocks), by class name. */
export function blocksOfClass(set: LayoutSet, className: string): BlockLayout[] {
  const key = className.toLowerCase();
  return set.blocks.filter((b) => b.className.toLowerCase() === key);
}

const indexCache = new WeakMap<LayoutSet, Map<string, BlockLayout>>();
