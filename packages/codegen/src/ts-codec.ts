/**
 * Specialised codecs: for one BlockLayout, a writer and a reader as straight-line code storing and
 * loading bytes at the layout's fixed offsets (loops only over array elements), following the
 * generic codec of @mofkit/layout step for step so that both produce the same bytes and the same
 * values: alignment, strides, the fixed size of a fixed block, the tight end of a variable one,
 * WmiSizeIs counts and the checks with their MOF365x codes. No DataView: creating one for each
 * output array or each decoded buffer would cost more than the codec itself.
 */
import { scalarTable, type BlockLayout, type ElementType, type LayoutItem, type ScalarType } from "@mofkit/layout";

/** The generated identifier of a block (interface name; codec functions derive from it). */
export type BlockNamer = (block: BlockLayout) => string;

/**
 * Integer types: range and the one-operation test that a number is an integer of the type (the
 * operation maps every other number, NaN and fractions included, to a different value).
 */
const intRange: Partial<Record<ScalarType, [number, number, (x: string) => string]>> = {
  uint8: [0, 0xff, (x) => `(${x} & 255) !== ${x}`],
  sint8: [-0x80, 0x7f, (x) => `(${x} << 24) >> 24 !== ${x}`],
  uint16: [0, 0xffff, (x) => `(${x} & 65535) !== ${x}`],
  sint16: [-0x8000, 0x7fff, (x) => `(${x} << 16) >> 16 !== ${x}`],
  uint32: [0, 0xffffffff, (x) => `${x} >>> 0 !== ${x}`],
  sint32: [-0x80000000, 0x7fffffff, (x) => `(${x} | 0) !== ${x}`],
};

export const writerName = (name: string) => `$w_${name}`;
export const readerName = (name: string) => `$r_${name}`;

/**
 * Statements checking scalar `x` (an identifier; item path `path`, element `k`) and storing it at
 * byte `pos` of `t` little-endian. Checks and stores are inline, only the error paths and the
 * 64-bit and floating-point conversions call helpers: the writer of a block stays one function
 * the JIT compiles whole, whatever its inlining budget.
 */
function writeScalar(type: ScalarType, x: string, pos: string, path: string, k: string, t: string): string {
  const p = JSON.stringify(path);
  const r = intRange[type];
  const bytes = (n: number, shift: ">>>" | ">>") =>
    Array.from({ length: n }, (_, i) => `${t}[${plus(pos, i)}] = ${i === 0 ? x : `${x} ${shift} ${8 * i}`};`).join(" ");
  if (r) {
    const check = `if (typeof ${x} !== "number" || ${r[2](x)}) $badInt(${x}, ${r[0]}, ${r[1]}, "${type}", ${p}, ${k});`;
    return `${check} ${bytes(scalarTable[type].size, type.startsWith("u") ? ">>>" : ">>")}`;
  }
  switch (type) {
    case "boolean":
      return `if (typeof ${x} !== "boolean") $type(${x}, "a boolean", ${p}, ${k}); ${t}[${pos}] = ${x} ? 1 : 0;`;
    case "char16":
      return `$w16(${pos}, $char(${x}, ${p}, ${k}));`;
    case "real32":
    case "real64":
      return `if (typeof ${x} !== "number") $type(${x}, "a number", ${p}, ${k}); $wf${type.slice(4)}(${pos}, ${x});`;
    case "uint64":
      return `if (typeof ${x} !== "bigint" || BigInt.asUintN(64, ${x}) !== ${x}) $badBig(${x}, "uint64", ${p}, ${k}); $w64(${pos}, ${x});`;
    case "sint64":
      return `if (typeof ${x} !== "bigint" || BigInt.asIntN(64, ${x}) !== ${x}) $badBig(${x}, "sint64", ${p}, ${k}); $w64(${pos}, ${x});`;
  }
  throw new Error(`unknown scalar ${String(type)}`);
}

/** Expression reading a scalar at `pos` of `t` (already bounds-checked), little-endian. */
function readScalar(type: ScalarType, pos: string, t: string): string {
  const byte = (i: number) => `${t}[${plus(pos, i)}]`;
  const u16 = `(${byte(0)} | (${byte(1)} << 8))`;
  const i32 = `(${byte(0)} | (${byte(1)} << 8) | (${byte(2)} << 16) | (${byte(3)} << 24))`;
  switch (type) {
    case "boolean":
      return `${byte(0)} !== 0`;
    case "uint8":
      return byte(0);
    case "sint8":
      return `(${byte(0)} << 24) >> 24`;
    case "uint16":
      return u16;
    case "sint16":
      return `(${u16} << 16) >> 16`;
    case "char16":
      return `String.fromCharCode(${u16})`;
    case "uint32":
      return `${i32} >>> 0`;
    case "sint32":
      return i32;
    case "real32":
      return `$rf32(${pos})`;
    case "real64":
      return `$rf64(${pos})`;
    case "uint64":
      return `$ru64(${pos})`;
    case "sint64":
      return `$rs64(${pos})`;
  }
  throw new Error(`unknown scalar ${String(type)}`);
}

/** Bytes of one element when fixed (the end of an object element, not its stride), else null. */
function elementSize(el: ElementType): number | null {
  switch (el.kind) {
    case "scalar":
      return scalarTable[el.type].size;
    case "datetime":
      return 50;
    case "string":
      return el.maxLen === null ? null : 2 + 2 * el.maxLen;
    case "object":
      return el.layout && !el.layout.variable ? el.layout.fixedSize : null;
  }
}

/** `p + 12` (or `p`), the position of a fixed offset. */
const at = (off: number) => (off === 0 ? "p" : `p + ${off}`);

/**
 * Where the generator is: `s` a fixed offset from the block start, or `q` the running position
 * (a local) once a variable item has been passed.
 */
type Cursor = { fixed: true; off: number } | { fixed: false };

/** Items that hold the WmiSizeIs count of a later array: index → array index. */
function countItems(block: BlockLayout): Map<number, number> {
  const m = new Map<number, number>();
  block.items.forEach((item, i) => {
    if (item.array.kind === "variable") m.set(item.array.sizeIsIndex, i);
  });
  return m;
}

/** End of the fixed-offset part: every item before it is read at a constant offset. */
function fixedEnd(block: BlockLayout): number {
  let end = 0;
  for (const item of block.items)
    if (item.offset !== null && item.size !== null && !item.variable) end = Math.max(end, item.offset + item.size);
  return end;
}

/** The TypeScript type of one element. */
export function elementType(el: ElementType, nameOf: BlockNamer): string {
  switch (el.kind) {
    case "scalar":
      if (el.type === "boolean") return "boolean";
      if (el.type === "char16") return "string";
      if (el.type === "uint64" || el.type === "sint64") return "bigint";
      return "number";
    case "datetime":
      return "WmiDatetime";
    case "string":
      return "string";
    case "object":
      return el.layout ? nameOf(el.layout) : "unknown";
  }
}

/** The fewest bytes an element takes, and the last element (which may omit its tail padding). */
function minElementSize(item: LayoutItem): [number, number] {
  const el = item.element;
  if (el.kind === "object" && el.layout) return [item.stride ?? el.layout.fixedSize, el.layout.fixedSize];
  if (item.stride !== null) return [item.stride, item.stride];
  if (el.kind === "string") return [2, 2];
  return [0, 0];
}

interface ItemPlace {
  /** The aligned position of the item: `p + 8` or `q`. */
  pos: string;
  dynamic: boolean;
}

/** Code shared by the writer and the reader: positions, the running offset, the end of the last item. */
class Gen {
  readonly out: string[] = [];
  private fixed = true;
  constructor(readonly block: BlockLayout) {}
  place(item: LayoutItem): ItemPlace {
    if (item.offset !== null && this.fixed) return { pos: at(item.offset), dynamic: false };
    this.fixed = false;
    if (item.alignment > 1) this.out.push(`q = p + $up(q - p, ${item.alignment});`);
    return { pos: "q", dynamic: true };
  }
  /**
   * After an item: `end` is the offset after its last byte, `next` where the next item may start
   * (before alignment), or null when `q` already holds it. Records the block's end after the last item.
   */
  after(i: number, place: ItemPlace, end: string, next: string | null): void {
    const last = i === this.block.items.length - 1;
    if (last && this.block.variable) this.out.push(`const e = ${end};`);
    const following = this.block.items[i + 1];
    if (next === null) this.fixed = false;
    else if (place.dynamic || !following || following.offset === null) {
      if (following && next !== "q") this.out.push(`q = ${next};`);
      this.fixed = false;
    }
  }
}

const plus = (pos: string, n: number | string): string => {
  if (typeof n === "number" && n === 0) return pos;
  const m = /^p(?: \+ (\d+))?$/.exec(pos);
  if (m && typeof n === "number") return at(Number(m[1] ?? 0) + n);
  return `${pos} + ${n}`;
};

/**
 * The byte ranges of a fixed block that no item covers (alignment gaps, tail padding): its writer
 * zeroes them itself, so a fixed block is written completely without clearing the target first.
 * Nested fixed blocks and MaxLen slots cover themselves; gaps between array elements are zeroed in
 * the element loop.
 */
function fixedGaps(block: BlockLayout): [number, number][] {
  const covered = new Uint8Array(block.fixedSize);
  for (const item of block.items) {
    const size = elementSize(item.element);
    const count = item.array.kind === "fixed" ? item.array.count : 1;
    if (item.offset === null || size === null || count === 0) continue;
    covered.fill(1, item.offset, item.offset + (count - 1) * (item.stride ?? size) + size);
  }
  const gaps: [number, number][] = [];
  for (let i = 0; i < covered.length; i++) {
    if (covered[i]) continue;
    const from = i;
    while (i < covered.length && !covered[i]) i++;
    gaps.push([from, i]);
  }
  return gaps;
}

/**
 * The writer `$w_X(v, p): number` of a block: writes at `p`, returns the offset after the instance.
 * A fixed block's writer stores every byte of it, padding included; a variable block's relies on
 * `$ensure` zeroing what it makes writable.
 */
export function emitWriter(block: BlockLayout, name: string, nameOf: BlockNamer): string {
  const g = new Gen(block);
  const out = g.out;
  const counts = countItems(block);
  out.push(`function ${writerName(name)}(v: ${name}, p: number): number {`);
  out.push(`$obj(v, "", -1);`);
  if (block.fixedSize > 0) out.push(`if (p + ${block.fixedSize} > $z) $extend(p + ${block.fixedSize});`);
  // The bytes: a fixed block's writer never grows them, a variable one's may (the scratch).
  const t = block.variable ? "$b" : "t";
  if (block.variable) out.push("let q = p;");
  else out.push("const t = $b;");
  block.items.forEach((item, i) => {
    const path = `.${item.name}`;
    const ps = JSON.stringify(path);
    const place = g.place(item);
    const pos = place.pos;
    const local = `v${i}`;
    const key = `v.${item.name}`;
    if (counts.has(i)) {
      // A WmiSizeIs count: taken from the array's length when left out.
      const arrayName = block.items[counts.get(i)!].name;
      out.push(`const ${local}: unknown = ${key} !== undefined ? ${key} : $len(v.${arrayName});`);
    } else out.push(`const ${local} = ${key};`);
    const el = item.element;
    const size = elementSize(el);
    if (item.array.kind === "scalar") {
      if (el.kind === "object") {
        out.push(`if (${local} === undefined) $type(undefined, "", ${ps}, -1);`);
        const call = `${writerName(nameOf(el.layout!))}(${local}, ${pos})`;
        out.push(`try { ${size === null ? "q = " : ""}${call}; } catch (e) { throw $under(e, ${ps}); }`);
      } else if (el.kind === "scalar") {
        const ensure = place.dynamic ? `if (${pos} + ${size} > $z) $extend(${pos} + ${size}); ` : "";
        out.push(ensure + writeScalar(el.type, local, pos, path, "-1", t));
      } else out.push(`${size === null ? "q = " : ""}${writeElement(el, local, pos, path, "-1")};`);
      if (size === null) g.after(i, place, "q", null);
      else g.after(i, place, plus(pos, size), plus(pos, item.stride ?? size));
      return;
    }
    const a = `a${i}`;
    out.push(`const ${a} = $arr(${local}, ${ps});`);
    if (item.array.kind === "fixed") out.push(`$fixedCount(${a}, ${item.array.count}, ${ps});`);
    else {
      const sizeIs = item.array.sizeIsIndex;
      out.push(
        `$sizeIs(${a}, ${sizeIs < i ? `v${sizeIs}` : "undefined"}, ${JSON.stringify(item.array.sizeIs)}, ${ps});`,
      );
    }
    const stride = item.stride;
    if (stride !== null && size !== null) {
      // Elements of one size: element k at base + k * stride.
      const fixedCount = item.array.kind === "fixed" && !place.dynamic ? item.array.count : null;
      const base = fixedCount === null ? `b${i}` : pos;
      if (fixedCount === null) {
        // Up to the end of the last element, not its stride: the instance may end there.
        const tail = stride > size ? ` - (${a}.length > 0 ? ${stride - size} : 0)` : "";
        out.push(`const ${base} = ${pos};`, `$ensure(${base} + ${a}.length * ${stride}${tail});`);
      }
      const epos = stride === 1 ? `${base} + k` : `${base} + k * ${stride}`;
      let body =
        el.kind === "object"
          ? `try { ${writerName(nameOf(el.layout!))}(${a}[k] as ${nameOf(el.layout!)}, ${epos}); } catch (e) { throw $under(e, ${ps} + "[" + k + "]"); }`
          : el.kind === "scalar"
            ? `const x = ${a}[k]; ${writeScalar(el.type, "x", epos, path, "k", t)}`
            : `${writeElement(el, `${a}[k]`, epos, path, "k")};`;
      // A fixed block zeroes the padding between elements (a variable one had it zeroed by $ensure).
      if (!block.variable && stride > size) body += ` if (k > 0) $zero(${epos} - ${stride - size}, ${epos});`;
      out.push(`for (let k = 0; k < ${a}.length; k++) { ${body} }`);
      if (fixedCount !== null) {
        g.after(
          i,
          place,
          fixedCount === 0 ? pos : plus(pos, (fixedCount - 1) * stride + size),
          plus(pos, fixedCount * stride),
        );
      } else {
        out.push(`q = ${base} + ${a}.length * ${stride};`);
        g.after(i, place, stride === size ? "q" : `(${a}.length === 0 ? q : q - ${stride - size})`, null);
      }
      return;
    }
    // Elements of varying size, one after the other.
    if (pos !== "q") out.push(`q = ${pos};`);
    const body =
      el.kind === "object"
        ? `try { q = ${writerName(nameOf(el.layout!))}(${a}[k] as ${nameOf(el.layout!)}, q); } catch (e) { throw $under(e, ${ps} + "[" + k + "]"); }`
        : `q = ${writeElement(el, `${a}[k]`, "q", path, "k")};`;
    const align = item.alignment > 1 ? `q = p + $up(q - p, ${item.alignment}); ` : "";
    out.push(`for (let k = 0; k < ${a}.length; k++) { ${align}${body} }`);
    g.after(i, place, "q", null);
  });
  if (!block.variable)
    for (const [from, to] of fixedGaps(block))
      out.push(
        to - from <= 4
          ? range(from, to)
              .map((i) => `t[${at(i)}] = 0;`)
              .join(" ")
          : `$zero(${at(from)}, ${at(to)});`,
      );
  out.push(`return ${block.variable ? (block.items.length ? "e" : "p") : at(block.fixedSize)};`);
  out.push("}");
  return withoutUnusedAlias(out);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** An expression writing a datetime or string element; a counted string's value is its end. */
function writeElement(el: ElementType, v: string, pos: string, path: string, k: string): string {
  const p = JSON.stringify(path);
  switch (el.kind) {
    case "datetime":
      return `$datetime(${v}, ${pos}, ${p}, ${k})`;
    case "string":
      if (el.maxLen !== null) return `$maxLen(${v}, ${pos}, ${el.maxLen}, ${p}, ${k})`;
      return `$string(${v}, ${pos}, ${p}, ${k})`;
    default:
      throw new Error(`${el.kind} elements are written inline or by their block writer`);
  }
}

/** An expression reading one non-object element at `pos` (of `t`); strings and datetimes set `$end`. */
function readElement(el: ElementType, pos: string, path: string, k: string): string {
  const p = JSON.stringify(path);
  switch (el.kind) {
    case "scalar":
      return readScalar(el.type, pos, "t");
    case "datetime":
      return `$readDatetime(${pos}, ${p}, ${k})`;
    case "string":
      return el.maxLen !== null ? `$readMaxLen(${pos}, ${el.maxLen}, ${p}, ${k})` : `$readString(${pos}, ${p}, ${k})`;
    case "object":
      throw new Error("objects are read by their block reader");
  }
}

/** The reader `$r_X(p): X` of a block: reads at `p`, leaves the offset after the instance in `$end`. */
export function emitReader(block: BlockLayout, name: string, nameOf: BlockNamer): string {
  const g = new Gen(block);
  const out = g.out;
  out.push(`function ${readerName(name)}(p: number): ${name} {`);
  const checked = fixedEnd(block);
  out.push("const t = $rb;");
  // One check covers every item at a fixed offset.
  if (checked > 0) out.push(`if (p + ${checked} > t.length) $need(p, ${checked}, "");`);
  if (block.variable) out.push("let q = p;");
  block.items.forEach((item, i) => {
    const path = `.${item.name}`;
    const ps = JSON.stringify(path);
    const place = g.place(item);
    const pos = place.pos;
    const local = `v${i}`;
    const el = item.element;
    const size = elementSize(el);
    const type = elementType(el, nameOf);
    if (item.array.kind === "scalar") {
      if (el.kind === "object") {
        out.push(`let ${local}: ${type};`);
        out.push(`try { ${local} = ${readerName(nameOf(el.layout!))}(${pos}); } catch (e) { throw $under(e, ${ps}); }`);
      } else {
        if (el.kind === "scalar" && place.dynamic) out.push(`if (q + ${size} > t.length) $need(q, ${size}, ${ps});`);
        out.push(`const ${local} = ${readElement(el, pos, path, "-1")};`);
      }
      if (size === null) {
        out.push("q = $end;");
        g.after(i, place, "q", null);
      } else g.after(i, place, plus(pos, size), plus(pos, item.stride ?? size));
      return;
    }
    const n = `n${i}`;
    if (item.array.kind === "fixed") out.push(`const ${n} = ${item.array.count};`);
    else {
      const [each, last] = minElementSize(item);
      const sizeIs = item.array.sizeIsIndex;
      out.push(`const ${n} = $count(${sizeIs < i ? `v${sizeIs}` : "NaN"}, ${pos}, ${each}, ${last}, ${ps});`);
    }
    out.push(`const ${local} = new Array<${type}>(${n});`);
    const stride = item.stride;
    if (stride !== null && size !== null) {
      const fixedCount = item.array.kind === "fixed" && !place.dynamic ? item.array.count : null;
      const base = fixedCount === null ? `b${i}` : pos;
      if (fixedCount === null) out.push(`const ${base} = ${pos};`);
      if (el.kind === "scalar" && fixedCount === null) out.push(`$need(${base}, ${n} * ${stride}, ${ps});`);
      const epos = stride === 1 ? `${base} + k` : `${base} + k * ${stride}`;
      const body =
        el.kind === "object"
          ? `try { ${local}[k] = ${readerName(nameOf(el.layout!))}(${epos}); } catch (e) { throw $under(e, ${ps} + "[" + k + "]"); }`
          : `${local}[k] = ${readElement(el, epos, path, "k")};`;
      out.push(`for (let k = 0; k < ${n}; k++) { ${body} }`);
      if (fixedCount !== null) {
        g.after(
          i,
          place,
          fixedCount === 0 ? pos : plus(pos, (fixedCount - 1) * stride + size),
          plus(pos, fixedCount * stride),
        );
      } else {
        out.push(`q = ${base} + ${n} * ${stride};`);
        g.after(i, place, stride === size ? "q" : `(${n} === 0 ? q : q - ${stride - size})`, null);
      }
      return;
    }
    if (pos !== "q") out.push(`q = ${pos};`);
    const align = item.alignment > 1 ? `q = p + $up(q - p, ${item.alignment}); ` : "";
    const body =
      el.kind === "object"
        ? `try { ${local}[k] = ${readerName(nameOf(el.layout!))}(q); } catch (e) { throw $under(e, ${ps} + "[" + k + "]"); }`
        : `${local}[k] = ${readElement(el, "q", path, "k")};`;
    out.push(`for (let k = 0; k < ${n}; k++) { ${align}${body} q = $end; }`);
    g.after(i, place, "q", null);
  });
  const fields = block.items.map((item, i) => `${item.name}: v${i}`).join(", ");
  let end: string;
  if (block.variable) end = block.items.length ? "e" : "p";
  else if (checked === block.fixedSize) end = at(block.fixedSize);
  else end = `Math.max(p, Math.min(${at(block.fixedSize)}, $rb.length))`;
  out.push(`$end = ${end};`);
  out.push(`return { ${fields} };`);
  out.push("}");
  return withoutUnusedAlias(out);
}

/**
 * Drops `const t = ...` when nothing reads it (a block of embedded objects only, or no items), so
 * the module also compiles under noUnusedLocals.
 */
function withoutUnusedAlias(lines: string[]): string {
  const decl = lines.findIndex((l) => l.startsWith("const t = "));
  if (decl >= 0 && !lines.some((l, i) => i !== decl && /(?<![\w$."])t(?![\w$])/.test(l))) lines.splice(decl, 1);
  return lines.join("\n");
}
