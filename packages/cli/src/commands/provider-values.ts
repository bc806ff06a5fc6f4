/**
 * Values for `mofkit set` and `mofkit invoke`: a `--json` object and `Name=value` assignments
 * applied to a starting value (the current instance, or zero input parameters), each value read
 * by its item's type as the provider's block table describes it (ShapeItem), then encoded with
 * the block's codec.
 *
 * A WmiSizeIs count the user did not assign follows its array's length (what someone typing
 * `Readings=1,2,3` means); one the user did assign must agree with it.
 */
import type { InstanceCodec, ItemArray, ShapeItem, ValueShape } from "@mofkit/runtime";

/** A value that cannot be read as its item's type, or that the codec refuses. */
export class ValueError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = "ValueError";
  }
}

/** A name that matches no data item, parameter or member. */
export class NameError extends Error {
  constructor(
    readonly owner: string,
    readonly what: string,
    readonly wanted: string,
    readonly known: readonly string[],
  ) {
    super(`'${owner}' has no ${what} '${wanted}'`);
    this.name = "NameError";
  }
}

type Segment = string | number;
type Obj = Record<string, unknown>;
type ScalarType = Extract<ValueShape, { kind: "scalar" }>["type"];

/**
 * Builds a value of `items`: `rootName` names it in messages (`Class` or `Class.Method`), `what`
 * its top-level members ("data item", "input parameter"). `start` is the value to change (the
 * current instance); items it lacks, or all without it, start zero or empty.
 */
export class ValueBuilder {
  value: Obj;
  /** Relative paths (`TripPoint`, `Origin.X`, `Inner[0].A`) the user gave a value for. */
  readonly assigned = new Set<string>();

  constructor(
    readonly items: readonly ShapeItem[],
    start: Obj | null,
    readonly rootName: string,
    readonly what: string,
  ) {
    this.value = startObject(items, start);
  }

  /** Merges a JSON object (text, or `@file` already read by the caller) into the value. */
  applyJson(text: string, source = "--json"): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new ValueError(source, `not valid JSON: ${(e as Error).message}`);
    }
    if (!isPlainObject(parsed)) throw new ValueError(source, `expected a JSON object, got ${describe(parsed)}`);
    this.value = this.toObject(this.items, this.value, parsed, []);
  }

  /** Applies `Name=value`, `Outer.Inner=value`, `Name[2]=value` or `Name[2].Member=value`. */
  assign(text: string): void {
    const eq = text.indexOf("=");
    const segments = eq > 0 ? parsePath(text.slice(0, eq)) : null;
    if (!segments || segments.length === 0 || typeof segments[0] !== "string")
      throw new ValueError(
        text,
        "expected Name=value (or Outer.Member=value, Name[index]=value); values are read by the item's type",
      );
    this.assignAt(this.value, this.items, segments, text.slice(eq + 1), []);
  }

  /** The value with every unassigned WmiSizeIs count set from its array (assigned ones checked). */
  finish(): Obj {
    this.followCounts(this.value, this.items, []);
    return this.value;
  }

  /** Encodes the finished value; the codec's own refusals (a string beyond 65535 bytes) become ValueErrors. */
  encode(codec: Pick<InstanceCodec, "encode">): Uint8Array {
    const value = this.finish();
    try {
      return codec.encode(value as never);
    } catch (e) {
      const info = codecError(e);
      if (!info) throw e;
      throw new ValueError(info.path || this.rootName, info.detail);
    }
  }

  // -------------------------------------------------------------------------------------------

  private display(path: readonly Segment[]): string {
    return this.rootName + formatPath(path, true);
  }

  /** The item of `items` named `name`, compared without regard to case. */
  private item(items: readonly ShapeItem[], name: string, at: readonly Segment[]): ShapeItem {
    const item = items.find((i) => i.name.toLowerCase() === name.toLowerCase());
    if (item) return item;
    const names = items.map((i) => i.name);
    if (at.length === 0) throw new NameError(this.rootName, this.what, name, names);
    throw new NameError(this.display(at), "member", name, names);
  }

  /** Sets the member `segments` names (below `obj`, whose members are `items`) from command-line text. */
  private assignAt(obj: Obj, items: readonly ShapeItem[], segments: Segment[], input: string, at: Segment[]): void {
    const [name, ...rest] = segments as [string, ...Segment[]];
    const item = this.item(items, name, at);
    const path = [...at, item.name];
    if (rest.length === 0) {
      obj[item.name] = this.coerceItem(item, obj[item.name], input, path);
      return;
    }
    const next = rest[0];
    if (typeof next === "string") {
      if (item.array || item.shape.kind !== "object")
        throw new ValueError(this.display(path), `has no members (it is ${typeName(item)})`);
      this.assignAt(obj[item.name] as Obj, item.shape.items, rest as [string, ...Segment[]], input, path);
      return;
    }
    if (!item.array) throw new ValueError(this.display(path), `cannot be indexed (it is ${typeName(item)})`);
    const list = obj[item.name] as unknown[];
    const fixed = "fixed" in item.array;
    // One past the end of a variable array appends: `Readings[3]=250` on a 3-element array.
    if (next > list.length || (fixed && next === list.length))
      throw new ValueError(
        this.display([...path, next]),
        `index ${next} is past the end of the ${list.length}-element${fixed ? " fixed-size" : ""} array`,
      );
    const element = [...path, next];
    const after = rest.slice(1);
    if (after.length === 0) list[next] = this.coerce(item.shape, list[next], input, element);
    else if (typeof after[0] === "number" || item.shape.kind !== "object")
      throw new ValueError(this.display(element), `has no ${typeof after[0] === "number" ? "elements" : "members"}`);
    else {
      if (next === list.length) list.push(zeroOf(item.shape));
      this.assignAt(list[next] as Obj, item.shape.items, after as [string, ...Segment[]], input, element);
    }
  }

  /** `input` (command-line text or a JSON value) as the item's value, merged into `current` where it is an object. */
  private coerceItem(item: ShapeItem, current: unknown, input: unknown, at: Segment[]): unknown {
    if (!item.array) return this.coerce(item.shape, current, input, at);
    this.assigned.add(formatPath(at, false));
    const path = this.display(at);
    let list: unknown;
    if (typeof input !== "string") list = input;
    else if (input.trim().startsWith("[")) list = parseJsonText(input, path, "a JSON array");
    else list = input.trim() === "" ? [] : input.split(",").map((s) => s.trim());
    if (!Array.isArray(list)) throw new ValueError(path, `expected an array, got ${describe(list)}`);
    if ("fixed" in item.array && list.length !== item.array.fixed)
      throw new ValueError(path, `expected ${item.array.fixed} elements (a fixed-size array), got ${list.length}`);
    // Elements merge into the element they replace (objects keep the members not given).
    const old = Array.isArray(current) ? current : [];
    return list.map((x, i) => this.coerce(item.shape, old[i], x, [...at, i]));
  }

  /** One value (an item, or an element of an array item) of `shape`. */
  private coerce(shape: ValueShape, current: unknown, input: unknown, at: Segment[]): unknown {
    this.assigned.add(formatPath(at, false));
    const path = this.display(at);
    switch (shape.kind) {
      case "scalar":
        return scalar(shape.type, input, path);
      case "string":
        if (typeof input !== "string") throw new ValueError(path, `expected a string, got ${describe(input)}`);
        if (shape.maxLen !== undefined && input.length > shape.maxLen)
          throw new ValueError(path, `${input.length} characters do not fit MaxLen(${shape.maxLen})`);
        return input;
      case "datetime":
        if (typeof input !== "string" || !datetimePattern.test(input))
          throw new ValueError(
            path,
            `expected a datetime of 25 characters, yyyymmddhhmmss.mmmmmmsutc (or the interval ddddddddhhmmss.mmmmmm:000), got ${describe(input)}`,
          );
        return input;
      case "object": {
        const value = typeof input === "string" ? parseJsonText(input, path, "a JSON object") : input;
        if (!isPlainObject(value)) throw new ValueError(path, `expected a JSON object, got ${describe(value)}`);
        const base = isPlainObject(current) ? current : startObject(shape.items, null);
        return this.toObject(shape.items, base, value, at);
      }
    }
  }

  private toObject(items: readonly ShapeItem[], base: Obj, input: Obj, at: Segment[]): Obj {
    const out = { ...base };
    for (const [name, v] of Object.entries(input)) {
      const item = this.item(items, name, at);
      out[item.name] = this.coerceItem(item, base[item.name], v, [...at, item.name]);
    }
    return out;
  }

  /** Sets unassigned WmiSizeIs counts from their arrays, in `obj` and every embedded object below it. */
  private followCounts(obj: Obj, items: readonly ShapeItem[], at: Segment[]): void {
    for (const item of items) {
      if (item.shape.kind !== "object") continue;
      const inner = item.shape.items;
      const v = obj[item.name];
      if (item.array && Array.isArray(v))
        v.forEach((x, i) => isPlainObject(x) && this.followCounts(x, inner, [...at, item.name, i]));
      else if (isPlainObject(v)) this.followCounts(v, inner, [...at, item.name]);
    }
    // The length each count was set to here: two arrays sharing a count must agree.
    const followed = new Map<string, { n: number; by: string }>();
    for (const item of items) {
      const sizeIs = item.array && sizeIsOf(item.array);
      const list = obj[item.name];
      if (!sizeIs || !Array.isArray(list)) continue;
      const count = items.find((i) => i.name.toLowerCase() === sizeIs.toLowerCase());
      if (!count || count.shape.kind !== "scalar") continue;
      const n = list.length;
      const elements = `${n} element${n === 1 ? "" : "s"}`;
      const path = this.display([...at, item.name]);
      const current = obj[count.name];
      if (this.assigned.has(formatPath([...at, count.name], false))) {
        if (Number(current) !== n)
          throw new ValueError(
            path,
            `the array has ${elements} but '${count.name}' is ${String(current)} (leave '${count.name}' out and it follows the array)`,
          );
        continue;
      }
      const prior = followed.get(count.name);
      if (prior && prior.n !== n)
        throw new ValueError(
          path,
          `the array has ${elements} but '${prior.by}', which shares '${count.name}', has ${prior.n}`,
        );
      followed.set(count.name, { n, by: item.name });
      const type = count.shape.type;
      if (!fits(type, BigInt(n)))
        throw new ValueError(path, `${elements} do not fit its count '${count.name}' (${type})`);
      obj[count.name] = type === "uint64" || type === "sint64" ? BigInt(n) : n;
    }
  }
}

/** `Outer.Inner[2].X` as segments; null when it is not such a path. */
export function parsePath(text: string): Segment[] | null {
  const re = /^(?:([A-Za-z_][A-Za-z0-9_]*)|\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\])/;
  const out: Segment[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const m = re.exec(rest);
    if (!m) return null;
    // A bare name starts the path and only starts it; later names follow a dot.
    if ((out.length === 0) !== (m[1] !== undefined)) return null;
    out.push(m[3] !== undefined ? Number(m[3]) : (m[1] ?? m[2]));
    rest = rest.slice(m[0].length);
  }
  return out;
}

function formatPath(path: readonly Segment[], leadingDot: boolean): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s === "" && !leadingDot ? p : `.${p}`;
  return s;
}

function sizeIsOf(array: ItemArray): string | null {
  return "sizeIs" in array ? array.sizeIs : null;
}

/** The starting value of `items`: the member of `start` where it has one, else zero or empty. */
function startObject(items: readonly ShapeItem[], start: Obj | null): Obj {
  const out: Obj = {};
  for (const item of items) {
    const v = start?.[item.name];
    out[item.name] = v === undefined ? zeroItem(item) : plain(v);
  }
  return out;
}

function zeroItem(item: ShapeItem): unknown {
  if (!item.array) return zeroOf(item.shape);
  return "fixed" in item.array ? Array.from({ length: item.array.fixed }, () => zeroOf(item.shape)) : [];
}

/** What the generated `empty<X>()` factories hold: zeros, empty strings, the zero interval. */
function zeroOf(shape: ValueShape): unknown {
  switch (shape.kind) {
    case "scalar":
      if (shape.type === "boolean") return false;
      if (shape.type === "char16") return "\0";
      return shape.type === "uint64" || shape.type === "sint64" ? 0n : 0;
    case "string":
      return "";
    case "datetime":
      return "00000000000000.000000:000";
    case "object":
      return startObject(shape.items, null);
  }
}

/** A deep copy of `v` with typed arrays (the generic codec's) as plain arrays, so they can be edited. */
function plain(v: unknown): unknown {
  if (isArrayLike(v)) return Array.from(v as ArrayLike<unknown>, plain);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

const datetimePattern = /^[0-9*]{14}\.[0-9*]{6}[+\-:][0-9*]{3}$/;

const ranges: Record<Exclude<ScalarType, "boolean" | "char16" | "real32" | "real64">, [bigint, bigint]> = {
  uint8: [0n, 0xffn],
  sint8: [-0x80n, 0x7fn],
  uint16: [0n, 0xffffn],
  sint16: [-0x8000n, 0x7fffn],
  uint32: [0n, 0xffffffffn],
  sint32: [-0x80000000n, 0x7fffffffn],
  uint64: [0n, 0xffffffffffffffffn],
  sint64: [-0x8000000000000000n, 0x7fffffffffffffffn],
};

function fits(type: ScalarType, n: bigint): boolean {
  if (!(type in ranges)) return true;
  const [lo, hi] = ranges[type as keyof typeof ranges];
  return n >= lo && n <= hi;
}

function rangeError(type: keyof typeof ranges, value: number | bigint, path: string): ValueError {
  const [lo, hi] = ranges[type];
  return new ValueError(path, `${value} does not fit ${type} (${lo} to ${hi})`);
}

/** A scalar of `type`: bigint for 64-bit integers, number for the others, boolean, one character for char16. */
function scalar(type: ScalarType, input: unknown, path: string): unknown {
  switch (type) {
    case "boolean":
      if (typeof input === "boolean") return input;
      if (typeof input === "string" && /^(true|false)$/i.test(input.trim()))
        return input.trim().toLowerCase() === "true";
      throw new ValueError(path, `expected true or false, got ${describe(input)}`);
    case "char16":
      if (typeof input === "string" && input.length === 1) return input;
      throw new ValueError(path, `expected one character (char16), got ${describe(input)}`);
    case "real32":
    case "real64": {
      const n = toNumber(input, path);
      // Beyond the largest float32 the value would be stored as infinity.
      if (type === "real32" && Math.abs(n) > 3.4028234663852886e38)
        throw new ValueError(path, `${n} does not fit real32`);
      return n;
    }
    case "uint64":
    case "sint64": {
      const b = toBigInt(input, path);
      if (!fits(type, b)) throw rangeError(type, b, path);
      return b;
    }
    default: {
      const n = toNumber(input, path);
      if (!Number.isInteger(n)) throw new ValueError(path, `expected an integer (${type}), got ${describe(input)}`);
      if (!Number.isSafeInteger(n) || !fits(type, BigInt(n))) throw rangeError(type, n, path);
      return n;
    }
  }
}

/** The code, path and detail of a codec error (generated WmiCodecError or the layout codec's), else null. */
function codecError(e: unknown): { path: string; detail: string } | null {
  if (!(e instanceof Error)) return null;
  const { code, path, detail } = e as Error & { code?: unknown; path?: unknown; detail?: unknown };
  if (typeof code !== "string" || !/^MOF\d{4}$/.test(code) || typeof path !== "string") return null;
  if (typeof detail === "string") return { path, detail };
  return { path, detail: e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message };
}

function toNumber(input: unknown, path: string): number {
  if (typeof input === "number" && Number.isFinite(input)) return input;
  const n = typeof input === "string" ? numberText(input) : null;
  if (n !== null) return n;
  throw new ValueError(path, `expected a number, got ${describe(input)}`);
}

/** Decimal, exponent, or 0x/0b/0o text with an optional sign (Number() refuses a signed 0x); null if none. */
function numberText(text: string): number | null {
  const t = text.trim();
  const radix = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+)$/.exec(t);
  const n = radix ? (radix[1] === "-" ? -Number(radix[2]) : Number(radix[2])) : t === "" ? NaN : Number(t);
  return Number.isFinite(n) ? n : null;
}

function toBigInt(input: unknown, path: string): bigint {
  if (typeof input === "bigint") return input;
  if (typeof input === "number" && Number.isInteger(input)) {
    // JSON.parse has already rounded an integer beyond 2^53.
    if (!Number.isSafeInteger(input))
      throw new ValueError(path, `${input} is beyond 2^53, where JSON numbers lose digits: give it as a string`);
    return BigInt(input);
  }
  const m =
    typeof input === "string" ? /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|\d+)$/.exec(input.trim()) : null;
  if (m) return m[1] === "-" ? -BigInt(m[2]) : BigInt(m[2]);
  throw new ValueError(path, `expected an integer (64-bit), got ${describe(input)}`);
}

function parseJsonText(text: string, path: string, expected: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValueError(path, `expected ${expected}, got ${describe(text)}`);
  }
}

export function isPlainObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

function isArrayLike(v: unknown): boolean {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** `uint64[]`, `Ex_Point`, `string` in messages. */
function typeName(item: ShapeItem): string {
  const s = item.shape;
  const t = s.kind === "scalar" ? s.type : s.kind === "object" ? s.className : s.kind;
  return `${t}${item.array ? "[]" : ""}`;
}

function describe(v: unknown): string {
  if (typeof v === "string") return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `${typeof v === "bigint" ? "the integer" : `the ${typeof v}`} ${String(v)}`;
}
