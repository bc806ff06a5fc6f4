/**
 * The generic layout-driven codec: encodes an instance (a plain object keyed by item name) into
 * the bytes of a data block, event block or method parameter block, and decodes such bytes back,
 * following a BlockLayout (wmi-kernel.md §7.2). Every read is checked against the buffer first;
 * every problem is a LayoutCodecError with a MOF365x code and the path of the offending value.
 *
 * Values: boolean for boolean; number for 8/16/32-bit integers and reals (bigint accepted);
 * bigint for 64-bit integers (safe-integer numbers accepted); a one-character string for char16
 * (a number accepted); a 25-character string for datetime; a string for string; an array for an
 * array (a typed array accepted for numbers); a plain object for an embedded class. Item names
 * match case-insensitively; InstanceName and Active are ignored.
 *
 * Lengths: a fixed-size block encodes to exactly its fixedSize (the header's `_SIZE`). A variable
 * block encodes to the last byte written (tight); `padTail` rounds it up to the block alignment.
 */
import { layoutDiagnostics as codes, type DiagnosticDef, type MessageParams } from "@mofkit/diagnostics";
import { datetimeChars, scalarTable } from "./type-table.js";
import type { BlockLayout, ElementType, LayoutItem, ScalarType } from "./types.js";

export type InstanceValue =
  | boolean
  | number
  | bigint
  | string
  | InstanceValue[]
  | ArrayLike<number>
  | { [name: string]: InstanceValue | undefined };

export type Instance = { [name: string]: InstanceValue | undefined };

export class LayoutCodecError extends Error {
  readonly code: string;
  /** Where in the value (encode) or the block (decode) the problem is: `Block.Item[2].Inner`. */
  readonly path: string;
  constructor(code: string, message: string, path: string) {
    super(message);
    this.name = "LayoutCodecError";
    this.code = code;
    this.path = path;
  }
}

export interface EncodeOptions {
  /** Round a variable block's length up to its alignment (the padded stride of its last element). */
  padTail?: boolean;
  /** Append a NUL character (counted) to every string without MaxLen. */
  terminateStrings?: boolean;
}

export interface DecodeOptions {
  /** Start of the instance in `bytes` (default 0). */
  offset?: number;
  /** Accept bytes after the instance (default: only tail padding to the block alignment). */
  allowTrailing?: boolean;
  /** Keep trailing NUL characters of strings (default: removed). */
  keepNul?: boolean;
}

export interface DecodeResult {
  value: Instance;
  /** Offset just after the last byte of the instance (relative to the start of `bytes`). */
  end: number;
}

/**
 * Where the codec is: the names and indexes from the top block down, kept as a stack so that a
 * path string is only built when an error is reported.
 */
class Path {
  readonly parts: (string | number)[] = [];
  constructor(readonly root: string) {}
  toString(): string {
    let s = this.root;
    for (const p of this.parts) s += typeof p === "number" ? `[${p}]` : `.${p}`;
    return s;
  }
}

function fail<K extends string>(
  def: DiagnosticDef<K>,
  params: Omit<MessageParams<K>, "path">,
  path: Path | string,
): never {
  const p = String(path);
  throw new LayoutCodecError(def.code, def.message.format({ path: p, ...params } as unknown as MessageParams<K>), p);
}

/** Per-block facts the codec needs on every call, computed once. */
interface Plan {
  /** Lower-case item name → index. */
  index: Map<string, number>;
  /** Indexes of items that hold a WmiSizeIs count, with the index of their array. */
  countOf: Map<number, number>;
}

const plans = new WeakMap<BlockLayout, Plan>();

function planOf(block: BlockLayout): Plan {
  let p = plans.get(block);
  if (!p) {
    const index = new Map(block.items.map((item, i) => [item.name.toLowerCase(), i]));
    const countOf = new Map<number, number>();
    block.items.forEach((item, i) => {
      if (item.array.kind === "variable") countOf.set(item.array.sizeIsIndex, i);
    });
    p = { index, countOf };
    plans.set(block, p);
  }
  return p;
}

/** Encodes one instance of a block. */
export function encodeInstance(block: BlockLayout, value: Instance, options: EncodeOptions = {}): Uint8Array {
  checkComplete(block);
  // One scratch buffer serves every call (allocating small ArrayBuffers dominates otherwise);
  // the bytes the previous call touched are zeroed first, so padding is always zero.
  const w = scratch;
  w.bytes.fill(0, 0, Math.min(w.dirty, w.bytes.length));
  w.dirty = Number.MAX_SAFE_INTEGER; // if encoding throws, the next call zeroes everything
  w.terminate = options.terminateStrings ?? false;
  if (!block.variable) w.ensure(block.fixedSize);
  const end = encodeBlock(block, value, w, 0, new Path(block.name));
  const length = block.variable ? (options.padTail ? roundUp(end, block.alignment) : end) : block.fixedSize;
  w.ensure(length);
  w.dirty = Math.max(length, end);
  return w.bytes.slice(0, length);
}

/** Decodes one instance of a block. */
export function decodeInstance(block: BlockLayout, bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  checkComplete(block);
  const start = options.offset ?? 0;
  const r = new Reader(bytes, options.keepNul ?? false);
  const path = new Path(block.name);
  if (start < 0 || start > bytes.length) fail(codes.codecTruncated, { start, end: start, length: bytes.length }, path);
  const value = decodeBlock(block, r, start, path);
  const end = r.end;
  if (!options.allowTrailing && bytes.length > start + roundUp(end - start, block.alignment))
    fail(codes.codecTrailingBytes, { count: bytes.length - end, block: block.name, offset: end - start }, path);
  return { value, end };
}

/** The number of bytes `encodeInstance` produces for a value. */
export function encodedLength(block: BlockLayout, value: Instance, options: EncodeOptions = {}): number {
  return encodeInstance(block, value, options).length;
}

function checkComplete(block: BlockLayout): void {
  if (block.incomplete)
    throw new LayoutCodecError(
      codes.codecLayoutIncomplete.code,
      codes.codecLayoutIncomplete.message.format({ block: block.name, reason: block.incomplete }),
      block.name,
    );
}

function roundUp(n: number, a: number): number {
  const r = n % a;
  return r === 0 ? n : n + a - r;
}

// ---------------------------------------------------------------------------------------------
// Encoding

class Writer {
  bytes: Uint8Array;
  view: DataView;
  terminate = false;
  /** Bytes of `bytes` that may be non-zero. */
  dirty = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
    this.view = new DataView(this.bytes.buffer);
  }
  ensure(n: number): void {
    if (n <= this.bytes.length) return;
    let cap = this.bytes.length * 2 || 64;
    while (cap < n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.bytes);
    this.bytes = next;
    this.view = new DataView(next.buffer);
  }
}

const scratch = new Writer(4096);

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  if (typeof v === "object") return ArrayBuffer.isView(v) ? "a typed array" : "an object";
  return `${typeof v} ${String(v)}`;
}

function isPlainObject(v: unknown): v is Instance {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** The values of a block's items in layout order, matched by name (exactly, else case-insensitively). */
function collect(block: BlockLayout, plan: Plan, value: Instance, path: Path): (InstanceValue | undefined)[] {
  const items = block.items;
  const values: (InstanceValue | undefined)[] = new Array(items.length);
  let found = 0;
  for (let i = 0; i < items.length; i++) {
    const v = value[items[i].name];
    values[i] = v;
    if (v !== undefined) found++;
  }
  // Any other defined key is a differently-cased item name, InstanceName/Active, or a mistake.
  let keys = 0;
  for (const k in value) if (value[k] !== undefined) keys++;
  if (keys !== found) {
    for (const k in value) {
      const v = value[k];
      if (v === undefined) continue;
      const i = plan.index.get(k.toLowerCase());
      if (i === undefined) {
        const lower = k.toLowerCase();
        if (lower === "instancename" || lower === "active") continue;
        fail(codes.codecUnknownProperty, { name: k, block: block.name }, path);
      }
      if (values[i] === undefined) values[i] = v;
    }
  }
  return values;
}

function encodeBlock(block: BlockLayout, value: Instance, w: Writer, base: number, path: Path): number {
  if (!isPlainObject(value)) fail(codes.codecTypeMismatch, { expected: "an object", actual: describe(value) }, path);
  const plan = planOf(block);
  const values = collect(block, plan, value, path);
  const items = block.items;
  let counts: number[] | undefined;
  let pos = base;
  let end = base;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let v = values[i];
    path.parts.push(item.name);
    const arrayIndex = plan.countOf.get(i);
    if (arrayIndex !== undefined) {
      // A WmiSizeIs count: taken from the array when left out.
      if (v === undefined) {
        const arr = values[arrayIndex];
        if (arr !== undefined && isArrayLike(arr)) v = arr.length;
      }
      (counts ??= [])[i] = typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : Number.NaN;
    }
    if (v === undefined) fail(codes.codecMissingValue, { name: item.name }, path);
    pos = roundUp(pos, item.alignment);
    if (item.array.kind === "scalar") {
      end = encodeElement(item.element, v, w, pos, path);
      pos = item.stride !== null ? pos + item.stride : end;
      path.parts.pop();
      continue;
    }
    if (!isArrayLike(v)) fail(codes.codecTypeMismatch, { expected: "an array", actual: describe(v) }, path);
    const arr = v as ArrayLike<InstanceValue>;
    if (item.array.kind === "fixed") {
      if (arr.length !== item.array.count)
        fail(
          codes.codecCountMismatch,
          { detail: `the fixed array needs ${item.array.count} elements, the value has ${arr.length}` },
          path,
        );
    } else {
      const expected = counts?.[item.array.sizeIsIndex];
      if (expected !== arr.length)
        fail(
          codes.codecCountMismatch,
          {
            detail: `the array has ${arr.length} elements but '${item.array.sizeIs}' is ${expected === undefined || Number.isNaN(expected) ? "not a count" : expected}`,
          },
          path,
        );
    }
    end = pos;
    const el = item.element;
    if (el.kind === "scalar") {
      // Scalars pack without padding; the index joins the path only if an element is rejected.
      const size = item.stride!;
      w.ensure(pos + size * arr.length);
      let k = 0;
      try {
        const write = scalarWriters[el.type];
        for (; k < arr.length; k++, pos += size) write(arr[k], w, pos, path);
      } catch (e) {
        throw withIndex(e, path, k);
      }
      end = pos;
    } else {
      for (let k = 0; k < arr.length; k++) {
        pos = roundUp(pos, item.alignment);
        path.parts.push(k);
        end = encodeElement(el, arr[k], w, pos, path);
        path.parts.pop();
        pos = item.stride !== null ? pos + item.stride : end;
      }
    }
    if (arr.length === 0) end = pos;
    path.parts.pop();
  }
  return block.variable ? end : Math.max(end, base + block.fixedSize);
}

/** The same error with the array index added to its path. */
function withIndex(e: unknown, path: Path, k: number): unknown {
  if (!(e instanceof LayoutCodecError)) return e;
  path.parts.push(k);
  const p = path.toString();
  path.parts.pop();
  return new LayoutCodecError(e.code, e.message.startsWith(e.path) ? p + e.message.slice(e.path.length) : e.message, p);
}

const ranges: Record<string, [number, number]> = {
  uint8: [0, 0xff],
  sint8: [-0x80, 0x7f],
  uint16: [0, 0xffff],
  sint16: [-0x8000, 0x7fff],
  uint32: [0, 0xffffffff],
  sint32: [-0x80000000, 0x7fffffff],
};
const ranges64: Record<string, [bigint, bigint]> = {
  uint64: [0n, 0xffffffffffffffffn],
  sint64: [-0x8000000000000000n, 0x7fffffffffffffffn],
};

/** Writes one element at `pos` (already aligned); returns the offset after its last byte. */
function encodeElement(el: ElementType, v: InstanceValue, w: Writer, pos: number, path: Path): number {
  switch (el.kind) {
    case "scalar":
      return scalarWriters[el.type](v, w, pos, path);
    case "datetime": {
      if (typeof v !== "string" || v.length !== datetimeChars)
        fail(codes.codecDatetimeInvalid, { value: describe(v) }, path);
      w.ensure(pos + datetimeChars * 2);
      writeUtf16(w, pos, v as string);
      return pos + datetimeChars * 2;
    }
    case "string": {
      if (typeof v !== "string") fail(codes.codecTypeMismatch, { expected: "a string", actual: describe(v) }, path);
      const text = el.maxLen === null && w.terminate ? (v as string) + "\0" : (v as string);
      if (el.maxLen !== null) {
        if (text.length > el.maxLen)
          fail(codes.codecStringInvalid, { detail: `${text.length} characters do not fit MaxLen(${el.maxLen})` }, path);
        const slot = 2 + 2 * el.maxLen;
        w.ensure(pos + slot);
        w.view.setUint16(pos, 2 * el.maxLen, true); // the count covers the zero padding (§7.2 note 8)
        writeUtf16(w, pos + 2, text);
        return pos + slot;
      }
      const bytes = text.length * 2;
      if (bytes > 0xffff)
        fail(codes.codecStringInvalid, { detail: `${text.length} characters exceed the 65535-byte count` }, path);
      w.ensure(pos + 2 + bytes);
      w.view.setUint16(pos, bytes, true);
      writeUtf16(w, pos + 2, text);
      return pos + 2 + bytes;
    }
    case "object": {
      const inner = el.layout!;
      if (!inner.variable) w.ensure(pos + inner.fixedSize);
      return encodeBlock(inner, v as Instance, w, pos, path);
    }
  }
}

function writeUtf16(w: Writer, pos: number, text: string): void {
  const b = w.bytes;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    b[pos + 2 * i] = c & 0xff;
    b[pos + 2 * i + 1] = c >>> 8;
  }
}

type ScalarWriter = (v: InstanceValue, w: Writer, pos: number, path: Path) => number;

function intWriter(type: "uint8" | "sint8" | "uint16" | "sint16" | "uint32" | "sint32", size: 1 | 2 | 4): ScalarWriter {
  const [lo, hi] = ranges[type];
  return (v, w, pos, path) => {
    let n: number;
    if (typeof v === "number" && Number.isInteger(v)) n = v;
    else if (typeof v === "bigint") n = Number(v);
    else fail(codes.codecTypeMismatch, { expected: `${type} (an integer)`, actual: describe(v) }, path);
    if (n < lo || n > hi) fail(codes.codecOutOfRange, { value: String(v), type }, path);
    if (pos + size > w.bytes.length) w.ensure(pos + size);
    if (size === 1) w.bytes[pos] = n & 0xff;
    else if (size === 2) w.view.setUint16(pos, n & 0xffff, true);
    else w.view.setUint32(pos, n >>> 0, true);
    return pos + size;
  };
}

function int64Writer(type: "uint64" | "sint64"): ScalarWriter {
  const [lo, hi] = ranges64[type];
  return (v, w, pos, path) => {
    let b: bigint;
    if (typeof v === "bigint") b = v;
    else if (typeof v === "number" && Number.isSafeInteger(v)) b = BigInt(v);
    else fail(codes.codecTypeMismatch, { expected: `${type} (a bigint)`, actual: describe(v) }, path);
    if (b < lo || b > hi) fail(codes.codecOutOfRange, { value: b.toString(), type }, path);
    if (pos + 8 > w.bytes.length) w.ensure(pos + 8);
    if (type === "uint64") w.view.setBigUint64(pos, b, true);
    else w.view.setBigInt64(pos, b, true);
    return pos + 8;
  };
}

/** One writer per scalar type, so the hot loops call a monomorphic function. */
const scalarWriters: Record<ScalarType, ScalarWriter> = {
  boolean: (v, w, pos, path) => {
    if (typeof v !== "boolean") fail(codes.codecTypeMismatch, { expected: "a boolean", actual: describe(v) }, path);
    if (pos + 1 > w.bytes.length) w.ensure(pos + 1);
    w.bytes[pos] = v ? 1 : 0;
    return pos + 1;
  },
  char16: (v, w, pos, path) => {
    let c: number;
    if (typeof v === "string" && v.length === 1) c = v.charCodeAt(0);
    else if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 0xffff) c = v;
    else fail(codes.codecTypeMismatch, { expected: "one UTF-16 character", actual: describe(v) }, path);
    w.ensure(pos + 2);
    w.view.setUint16(pos, c, true);
    return pos + 2;
  },
  real32: (v, w, pos, path) => {
    if (typeof v !== "number") fail(codes.codecTypeMismatch, { expected: "a number", actual: describe(v) }, path);
    w.ensure(pos + 4);
    w.view.setFloat32(pos, v as number, true);
    return pos + 4;
  },
  real64: (v, w, pos, path) => {
    if (typeof v !== "number") fail(codes.codecTypeMismatch, { expected: "a number", actual: describe(v) }, path);
    w.ensure(pos + 8);
    w.view.setFloat64(pos, v as number, true);
    return pos + 8;
  },
  uint8: intWriter("uint8", 1),
  sint8: intWriter("sint8", 1),
  uint16: intWriter("uint16", 2),
  sint16: intWriter("sint16", 2),
  uint32: intWriter("uint32", 4),
  sint32: intWriter("sint32", 4),
  uint64: int64Writer("uint64"),
  sint64: int64Writer("sint64"),
};

// ---------------------------------------------------------------------------------------------
// Decoding

class Reader {
  readonly view: DataView;
  /** Offset after the last byte of the element decoded last. */
  end = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly keepNul: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(pos: number, n: number, path: Path): void {
    if (pos + n > this.bytes.length)
      fail(codes.codecTruncated, { start: pos, end: pos + n, length: this.bytes.length }, path);
  }
}

/** Decodes a block at `base`; leaves the offset after its last byte in `r.end`. */
function decodeBlock(block: BlockLayout, r: Reader, base: number, path: Path): Instance {
  const value: Instance = {};
  const plan = planOf(block);
  const items = block.items;
  let counts: number[] | undefined;
  let pos = base;
  let end = base;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    path.parts.push(item.name);
    pos = roundUp(pos, item.alignment);
    if (item.array.kind === "scalar") {
      const v = decodeElement(item.element, r, pos, path);
      value[item.name] = v;
      if (plan.countOf.has(i)) (counts ??= [])[i] = Number(v);
      end = r.end;
      pos = item.stride !== null ? pos + item.stride : end;
      path.parts.pop();
      continue;
    }
    let n: number;
    if (item.array.kind === "fixed") n = item.array.count;
    else {
      n = counts?.[item.array.sizeIsIndex] ?? Number.NaN;
      // Refuse a count the remaining bytes cannot hold before allocating anything for it (the
      // last element may end without its tail padding).
      const [each, last] = minElementSize(item);
      const need = n > 0 ? (n - 1) * each + last : 0;
      if (!(n >= 0) || (each > 0 ? pos + need > r.bytes.length : n > 0x10000))
        fail(codes.codecTruncated, { start: pos, end: pos + need, length: r.bytes.length }, path);
    }
    const arr: InstanceValue[] = new Array(n);
    end = pos;
    const el = item.element;
    if (el.kind === "scalar") {
      // One bounds check for the whole run of scalars, then plain reads.
      const size = item.stride!;
      r.need(pos, size * n, path);
      for (let k = 0; k < n; k++, pos += size) arr[k] = readScalar(el.type, r, pos);
      end = pos;
    } else {
      for (let k = 0; k < n; k++) {
        pos = roundUp(pos, item.alignment);
        path.parts.push(k);
        arr[k] = decodeElement(el, r, pos, path);
        path.parts.pop();
        end = r.end;
        pos = item.stride !== null ? pos + item.stride : end;
      }
    }
    if (n === 0) end = pos;
    value[item.name] = arr;
    path.parts.pop();
  }
  r.end = block.variable ? end : Math.max(end, Math.min(base + block.fixedSize, r.bytes.length));
  return value;
}

/** The fewest bytes an element takes, and the last element (which may omit its tail padding). */
function minElementSize(item: LayoutItem): [number, number] {
  const el = item.element;
  if (el.kind === "object" && el.layout) return [item.stride ?? el.layout.fixedSize, el.layout.fixedSize];
  if (item.stride !== null) return [item.stride, item.stride];
  if (el.kind === "string") return [2, 2];
  return [0, 0];
}

/** Decodes one element at `pos`; leaves the offset after its last byte in `r.end`. */
function decodeElement(el: ElementType, r: Reader, pos: number, path: Path): InstanceValue {
  const view = r.view;
  switch (el.kind) {
    case "scalar": {
      const size = scalarTable[el.type].size;
      r.need(pos, size, path);
      r.end = pos + size;
      return readScalar(el.type, r, pos);
    }
    case "datetime":
      r.need(pos, datetimeChars * 2, path);
      r.end = pos + datetimeChars * 2;
      return readUtf16(r.bytes, pos, datetimeChars);
    case "string": {
      r.need(pos, 2, path);
      const count = view.getUint16(pos, true);
      if (count % 2 !== 0)
        fail(codes.codecStringInvalid, { detail: `the string count ${count} at offset ${pos} is odd` }, path);
      if (el.maxLen !== null) {
        const slot = 2 + 2 * el.maxLen;
        if (count > 2 * el.maxLen)
          fail(
            codes.codecStringInvalid,
            { detail: `the string count ${count} at offset ${pos} exceeds the MaxLen(${el.maxLen}) slot` },
            path,
          );
        r.need(pos, slot, path);
        r.end = pos + slot;
        return trimNul(readUtf16(r.bytes, pos + 2, count / 2), r.keepNul);
      }
      r.need(pos + 2, count, path);
      r.end = pos + 2 + count;
      return trimNul(readUtf16(r.bytes, pos + 2, count / 2), r.keepNul);
    }
    case "object":
      return decodeBlock(el.layout!, r, pos, path);
  }
  throw new Error("unreachable");
}

/** Reads a scalar whose bytes were checked to be in the buffer. */
function readScalar(type: ScalarType, r: Reader, pos: number): InstanceValue {
  const view = r.view;
  switch (type) {
    case "boolean":
      return r.bytes[pos] !== 0;
    case "uint8":
      return r.bytes[pos];
    case "sint8":
      return view.getInt8(pos);
    case "uint16":
      return view.getUint16(pos, true);
    case "sint16":
      return view.getInt16(pos, true);
    case "char16":
      return String.fromCharCode(view.getUint16(pos, true));
    case "uint32":
      return view.getUint32(pos, true);
    case "sint32":
      return view.getInt32(pos, true);
    case "uint64":
      return view.getBigUint64(pos, true);
    case "sint64":
      return view.getBigInt64(pos, true);
    case "real32":
      return view.getFloat32(pos, true);
    case "real64":
      return view.getFloat64(pos, true);
  }
}

/** UTF-16LE code units to a string, unpaired surrogates kept (TextDecoder would replace them). */
function readUtf16(bytes: Uint8Array, pos: number, chars: number): string {
  if (chars <= 64) {
    let s = "";
    for (let i = 0; i < chars; i++) s += String.fromCharCode(bytes[pos + 2 * i] | (bytes[pos + 2 * i + 1] << 8));
    return s;
  }
  const units = new Array<number>(chars);
  for (let i = 0; i < chars; i++) units[i] = bytes[pos + 2 * i] | (bytes[pos + 2 * i + 1] << 8);
  let s = "";
  for (let i = 0; i < chars; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return s;
}

function trimNul(s: string, keep: boolean): string {
  if (keep) return s;
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0) e--;
  return e === s.length ? s : s.slice(0, e);
}
