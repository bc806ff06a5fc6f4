/**
 * Values for `mofkit set` and `mofkit invoke`: a `--json` object and `Name=value` assignments
 * applied to a template (the current instance, or a method's empty input), each value read by the
 * type of the value it replaces, then encoded with the block's codec.
 *
 * A ProviderBlock carries codecs but no item types, so the template's values stand in for the
 * types: a number is read as a number, a bigint (64-bit integers) as a bigint, and so on. Where
 * there is no template value (an element of an empty array) the literal decides, and two codec
 * complaints are repaired before giving up: a number where a 64-bit integer wants a bigint (or a
 * string wants its text), and a WmiSizeIs count the user did not assign that disagrees with the new
 * array's length (the count follows the array: what someone typing `Readings=1,2,3` means).
 */
import type { InstanceCodec } from "@mofkit/runtime";

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

/**
 * Builds a value from `template`: `rootName` names it in messages (`Class` or `Class.Method`),
 * `what` its top-level members ("data item", "parameter").
 */
export class ValueBuilder {
  readonly value: Obj;
  /** Relative paths (`TripPoint`, `Origin.X`, `Inner[0].A`) the user gave a value for. */
  readonly assigned = new Set<string>();

  /**
   * `open`: the template does not list the members (a method block without `emptyInput`), so any
   * name is accepted and its value read by its look.
   */
  constructor(
    template: Obj,
    readonly rootName: string,
    readonly what: string,
    readonly open = false,
  ) {
    this.value = plain(template) as Obj;
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
    const merged = this.toObject(this.value, parsed, []);
    for (const k of Object.keys(this.value)) delete this.value[k];
    Object.assign(this.value, merged);
  }

  /** Applies `Name=value`, `Outer.Inner=value` or `Name[2]=value`. */
  assign(text: string): void {
    const eq = text.indexOf("=");
    const segments = eq > 0 ? parsePath(text.slice(0, eq)) : null;
    if (!segments || segments.length === 0 || typeof segments[0] !== "string")
      throw new ValueError(
        text,
        "expected Name=value (or Outer.Member=value, Name[index]=value); values are read by the item's type",
      );
    const input = text.slice(eq + 1);
    let container: unknown = this.value;
    const resolved: Segment[] = [];
    for (const [n, seg] of segments.entries()) {
      const last = n === segments.length - 1;
      if (typeof seg === "string") {
        if (!isPlainObject(container))
          throw new ValueError(this.display(resolved), `has no members (it is ${describe(container)})`);
        const key = this.key(container, seg, resolved);
        resolved.push(key);
        if (last) container[key] = this.coerce(container[key], input, resolved);
        else container = container[key];
      } else {
        if (!Array.isArray(container))
          throw new ValueError(this.display(resolved), `cannot be indexed (it is ${describe(container)})`);
        // One past the end appends: `Readings[3]=250` on a 3-element array.
        if (seg > container.length)
          throw new ValueError(
            this.display([...resolved, seg]),
            `index ${seg} is past the end of the ${container.length}-element array`,
          );
        resolved.push(seg);
        const template = seg < container.length ? container[seg] : zeroLike(container[0]);
        if (last) container[seg] = this.coerce(template, input, resolved);
        else if (seg === container.length) container.push(template);
        container = container[seg];
      }
    }
  }

  /** Encodes the value, repairing what the template could not tell (see the file comment). */
  encode(codec: Pick<InstanceCodec, "encode">): Uint8Array {
    for (let attempt = 0; attempt < 64; attempt++) {
      try {
        return codec.encode(this.value as never);
      } catch (e) {
        const info = codecError(e);
        if (!info) throw e;
        const rel = this.relative(info.path);
        if (rel !== null && this.repair(rel, info)) continue;
        throw new ValueError(info.path || this.rootName, info.detail);
      }
    }
    throw new ValueError(this.rootName, "the codec keeps refusing the value");
  }

  // -------------------------------------------------------------------------------------------

  private display(path: readonly Segment[]): string {
    return this.rootName + formatPath(path, true);
  }

  /** The key of `obj` named `name`, compared without regard to case. */
  private key(obj: Obj, name: string, at: readonly Segment[]): string {
    const keys = Object.keys(obj);
    const key = keys.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) return key;
    if (this.open && at.length === 0) return name;
    if (at.length === 0) throw new NameError(this.rootName, this.what, name, keys);
    throw new NameError(this.display(at), "member", name, keys);
  }

  /** `input` (command-line text or a JSON value) as the type of `template`. */
  private coerce(template: unknown, input: unknown, at: Segment[]): unknown {
    this.assigned.add(formatPath(at, false));
    const path = this.display(at);
    if (typeof template === "bigint") return toBigInt(input, path);
    if (typeof template === "number") return toNumber(input, path);
    if (typeof template === "boolean") return toBoolean(input, path);
    if (typeof template === "string") {
      if (typeof input === "string") return input;
      throw new ValueError(path, `expected a string, got ${describe(input)}`);
    }
    if (isArrayLike(template)) return this.toArray(Array.from(template as ArrayLike<unknown>), input, at);
    if (isPlainObject(template)) {
      const value = typeof input === "string" ? parseJsonText(input, path, "a JSON object") : input;
      if (!isPlainObject(value)) throw new ValueError(path, `expected a JSON object, got ${describe(value)}`);
      return this.toObject(template, value, at);
    }
    return literal(input);
  }

  private toArray(template: unknown[], input: unknown, at: Segment[]): unknown[] {
    const path = this.display(at);
    let list: unknown;
    if (typeof input !== "string") list = input;
    else if (input.trim().startsWith("[")) list = parseJsonText(input, path, "a JSON array");
    else list = input.trim() === "" ? [] : input.split(",").map((s) => s.trim());
    if (!Array.isArray(list)) throw new ValueError(path, `expected an array, got ${describe(list)}`);
    // Elements merge into the element they replace; new ones into a zeroed copy of the first.
    return list.map((x, i) => this.coerce(i < template.length ? template[i] : zeroLike(template[0]), x, [...at, i]));
  }

  private toObject(template: Obj, input: Obj, at: Segment[]): Obj {
    const out = plain(template) as Obj;
    for (const [name, v] of Object.entries(input)) {
      const key = this.key(template, name, at);
      out[key] = this.coerce(template[key], v, [...at, key]);
    }
    return out;
  }

  /** The part of a codec error path below the root (`Class.Method.Items[2]` → `Items[2]`), or null. */
  private relative(path: string): string | null {
    const keys = Object.keys(this.value).map((k) => k.toLowerCase());
    if (!path.includes(".")) return path === this.rootName ? "" : null;
    for (let i = path.indexOf("."); i >= 0; i = path.indexOf(".", i + 1)) {
      const rest = parsePath(path.slice(i + 1));
      if (rest && typeof rest[0] === "string" && keys.includes(rest[0].toLowerCase())) return path.slice(i + 1);
    }
    return null;
  }

  private repair(rel: string, info: { code: string; detail: string }): boolean {
    const at = parsePath(rel);
    if (!at) return false;
    const target = getAt(this.value, at);
    if (info.code === "MOF3652" && info.detail.includes("(a bigint)")) {
      if (typeof target !== "number" || !Number.isInteger(target)) return false;
      return setAt(this.value, at, BigInt(target));
    }
    // An element of an empty string array typed as `1,2` looked like numbers.
    if (info.code === "MOF3652" && /expected (a )?string/.test(info.detail)) {
      if (typeof target !== "number" && typeof target !== "bigint" && typeof target !== "boolean") return false;
      return setAt(this.value, at, String(target));
    }
    const sizeIs = /elements but '([^']+)' is/.exec(info.detail);
    if (info.code === "MOF3654" && sizeIs && isArrayLike(target)) {
      const parent = getAt(this.value, at.slice(0, -1));
      if (!isPlainObject(parent)) return false;
      const key = Object.keys(parent).find((k) => k.toLowerCase() === sizeIs[1].toLowerCase());
      if (key === undefined || this.assigned.has(formatPath([...at.slice(0, -1), key], false))) return false;
      const n = (target as ArrayLike<unknown>).length;
      const count = typeof parent[key] === "bigint" ? BigInt(n) : n;
      if (parent[key] === count) return false;
      parent[key] = count;
      return true;
    }
    return false;
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

function getAt(root: unknown, path: readonly Segment[]): unknown {
  let v: unknown = root;
  for (const p of path)
    v = v === null || typeof v !== "object" ? undefined : (v as Record<string | number, unknown>)[p];
  return v;
}

function setAt(root: unknown, path: readonly Segment[], value: unknown): boolean {
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== "object") return false;
  (parent as Record<string | number, unknown>)[path[path.length - 1]] = value;
  return true;
}

/** The code, path and detail of a codec error (generated WmiCodecError or the layout codec's), else null. */
function codecError(e: unknown): { code: string; path: string; detail: string } | null {
  if (!(e instanceof Error)) return null;
  const { code, path, detail } = e as Error & { code?: unknown; path?: unknown; detail?: unknown };
  if (typeof code !== "string" || !/^MOF\d{4}$/.test(code) || typeof path !== "string") return null;
  const text =
    typeof detail === "string"
      ? detail
      : e.message.startsWith(`${path}: `)
        ? e.message.slice(path.length + 2)
        : e.message;
  return { code, path, detail: text };
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
  const b = typeof input === "string" ? bigintText(input) : null;
  if (b !== null) return b;
  throw new ValueError(path, `expected an integer (64-bit), got ${describe(input)}`);
}

function bigintText(text: string): bigint | null {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|\d+)$/.exec(text.trim());
  return m ? (m[1] === "-" ? -BigInt(m[2]) : BigInt(m[2])) : null;
}

function toBoolean(input: unknown, path: string): boolean {
  if (typeof input === "boolean") return input;
  if (typeof input === "string" && /^(true|false)$/i.test(input.trim())) return input.trim().toLowerCase() === "true";
  throw new ValueError(path, `expected true or false, got ${describe(input)}`);
}

/** A value without a template: JSON values as they are, command-line text by its look. */
function literal(input: unknown): unknown {
  if (typeof input !== "string") return input;
  const t = input.trim();
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  const n = numberText(t);
  if (n === null || t === "") return input;
  // An integer beyond 2^53 keeps its digits as a bigint.
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return bigintText(t) ?? n;
  return n;
}

/** A deep copy of `v` with typed arrays (the generic codec's) as plain arrays, so they can be edited. */
function plain(v: unknown): unknown {
  if (isArrayLike(v)) return Array.from(v as ArrayLike<unknown>, plain);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** A copy of `v` with every number zero, string empty, boolean false and array empty. */
function zeroLike(v: unknown): unknown {
  if (typeof v === "number") return 0;
  if (typeof v === "bigint") return 0n;
  if (typeof v === "boolean") return false;
  if (typeof v === "string") return "";
  if (isArrayLike(v)) return [];
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, zeroLike(x)]));
  return undefined;
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

function describe(v: unknown): string {
  if (typeof v === "string") return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `${typeof v === "bigint" ? "the integer" : `the ${typeof v}`} ${String(v)}`;
}
