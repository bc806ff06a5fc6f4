/**
 * The fixed part of every generated TypeScript module: the error class, the datetime type and the
 * small typed helpers the specialised codecs call (one per value type, never driven by a layout).
 * Messages and MOF365x codes are those of the generic codec in @mofkit/layout. Helper names start
 * with `$`, which MOF identifiers cannot contain, so they never collide with class names.
 */
export const preamble = String.raw`
/** An encoding or decoding problem: the MOF365x code of the generic codec and the path of the value. */
export class WmiCodecError extends Error {
  readonly code: string;
  /** Where in the value (encode) or the block (decode): ${"`"}Block.Item[2].Inner${"`"}. */
  readonly path: string;
  readonly detail: string;
  constructor(code: string, detail: string, path: string, message = path + ": " + detail) {
    super(message);
    this.name = "WmiCodecError";
    this.code = code;
    this.path = path;
    this.detail = detail;
  }
}

declare const $datetimeBrand: unique symbol;
/** A CIM datetime: 25 characters, yyyymmddhhmmss.mmmmmmsutc or the interval ddddddddhhmmss.mmmmmm:000. */
export type WmiDatetime = string & { readonly [$datetimeBrand]: true };

const $datetimePattern = /^[0-9*]{14}\.[0-9*]{6}[+\-:][0-9*]{3}$/;

/** Checks a datetime string (digits or ${"`"}*${"`"} in every field) and gives it the WmiDatetime type. */
export function wmiDatetime(text: string): WmiDatetime {
  if (!$datetimePattern.test(text)) $fail("MOF3658", "a datetime is 25 characters (yyyymmddhhmmss.mmmmmmsutc), not " + $describe(text), "wmiDatetime");
  return text as WmiDatetime;
}

export interface DecodeOptions {
  /** Start of the instance in the bytes (default 0). */
  offset?: number;
  /** Accept bytes after the instance (default: only tail padding to the block alignment). */
  allowTrailing?: boolean;
}

export interface BlockCodec<T> {
  /** The layout key: ${"`"}namespace:Class${"`"} or ${"`"}namespace:Class.Method:in${"`"}. */
  readonly key: string;
  readonly guid: string | null;
  /** The length of a fixed-size block; where the variable part starts otherwise. */
  readonly fixedSize: number;
  readonly variable: boolean;
  readonly alignment: number;
  encode(value: T): Uint8Array;
  decode(bytes: Uint8Array, options?: DecodeOptions): T;
}

function $fail(code: string, detail: string, path: string): never {
  throw new WmiCodecError(code, detail, path);
}

/** The same error with a path prefix (an item name, an index, the block name). */
function $under(e: unknown, prefix: string): unknown {
  return e instanceof WmiCodecError ? new WmiCodecError(e.code, e.detail, prefix + e.path) : e;
}

function $at(path: string, k: number): string {
  return k < 0 ? path : path + "[" + k + "]";
}

function $describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return "the string " + JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
  if (typeof v === "object") return ArrayBuffer.isView(v) ? "a typed array" : "an object";
  return typeof v + " " + String(v);
}

function $type(v: unknown, expected: string, path: string, k: number): never {
  if (v === undefined && k < 0) $fail("MOF3651", "no value for data item '" + path.slice(path.lastIndexOf(".") + 1) + "'", path);
  $fail("MOF3652", "expected " + expected + ", got " + $describe(v), $at(path, k));
}

function $up(n: number, a: number): number {
  const r = n % a;
  return r === 0 ? n : n + a - r;
}

// Encoding: one scratch buffer serves every call; the bytes the previous call touched are zeroed.
let $b: Uint8Array = new Uint8Array(4096);
let $d: DataView = new DataView($b.buffer);
let $dirty = 0;

function $ensure(n: number): void {
  if (n <= $b.length) return;
  let cap = $b.length * 2;
  while (cap < n) cap *= 2;
  const next = new Uint8Array(cap);
  next.set($b);
  $b = next;
  $d = new DataView(next.buffer);
}

function $begin(size: number): void {
  $b.fill(0, 0, Math.min($dirty, $b.length));
  $dirty = Number.MAX_SAFE_INTEGER;
  $ensure(size);
}

function $finish(length: number): Uint8Array {
  $ensure(length);
  $dirty = length;
  return $b.slice(0, length);
}

function $obj(v: unknown, path: string, k: number): void {
  if (typeof v !== "object" || v === null || Array.isArray(v) || ArrayBuffer.isView(v)) $type(v, "an object", path, k);
}

function $arr(v: unknown, path: string): ArrayLike<unknown> {
  if (!Array.isArray(v) && !(ArrayBuffer.isView(v) && !(v instanceof DataView))) $type(v, "an array", path, -1);
  return v as ArrayLike<unknown>;
}

function $fixedCount(a: ArrayLike<unknown>, n: number, path: string): void {
  if (a.length !== n) $fail("MOF3654", "the fixed array needs " + n + " elements, the value has " + a.length, path);
}

function $sizeIs(a: ArrayLike<unknown>, count: unknown, name: string, path: string): void {
  const n = typeof count === "number" ? count : typeof count === "bigint" ? Number(count) : Number.NaN;
  if (n !== a.length) $fail("MOF3654", "the array has " + a.length + " elements but '" + name + "' is " + (Number.isNaN(n) ? "not a count" : n), path);
}

function $len(v: unknown): unknown {
  return Array.isArray(v) || ArrayBuffer.isView(v) ? (v as ArrayLike<unknown>).length : undefined;
}

function $int(v: unknown, lo: number, hi: number, type: string, path: string, k: number): number {
  if (typeof v !== "number" || !Number.isInteger(v)) $type(v, type + " (an integer)", path, k);
  if (v < lo || v > hi) $fail("MOF3653", String(v) + " does not fit " + type, $at(path, k));
  return v;
}

function $big(v: unknown, lo: bigint, hi: bigint, type: string, path: string, k: number): bigint {
  if (typeof v !== "bigint") $type(v, type + " (a bigint)", path, k);
  if (v < lo || v > hi) $fail("MOF3653", v.toString() + " does not fit " + type, $at(path, k));
  return v;
}

function $bool(v: unknown, path: string, k: number): number {
  if (typeof v !== "boolean") $type(v, "a boolean", path, k);
  return v ? 1 : 0;
}

function $real(v: unknown, path: string, k: number): number {
  if (typeof v !== "number") $type(v, "a number", path, k);
  return v;
}

function $char(v: unknown, path: string, k: number): number {
  if (typeof v !== "string" || v.length !== 1) $type(v, "one UTF-16 character", path, k);
  return v.charCodeAt(0);
}

function $utf16(pos: number, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    $b[pos + 2 * i] = c & 0xff;
    $b[pos + 2 * i + 1] = c >>> 8;
  }
}

function $datetime(v: unknown, pos: number, path: string, k: number): void {
  if (typeof v !== "string" || v.length !== 25) $fail("MOF3658", "a datetime is 25 characters (yyyymmddhhmmss.mmmmmmsutc), not " + $describe(v), $at(path, k));
  $ensure(pos + 50);
  $utf16(pos, v);
}

function $maxLen(v: unknown, pos: number, max: number, path: string, k: number): void {
  if (typeof v !== "string") $type(v, "a string", path, k);
  if (v.length > max) $fail("MOF3655", v.length + " characters do not fit MaxLen(" + max + ")", $at(path, k));
  $ensure(pos + 2 + 2 * max);
  $d.setUint16(pos, 2 * max, true);
  $utf16(pos + 2, v);
}

/** A counted string; returns the offset after it. */
function $string(v: unknown, pos: number, path: string, k: number): number {
  if (typeof v !== "string") $type(v, "a string", path, k);
  const n = v.length * 2;
  if (n > 0xffff) $fail("MOF3655", v.length + " characters exceed the 65535-byte count", $at(path, k));
  $ensure(pos + 2 + n);
  $d.setUint16(pos, n, true);
  $utf16(pos + 2, v);
  return pos + 2 + n;
}

// Decoding: the bytes being decoded, and the offset after the element decoded last.
let $rb: Uint8Array = new Uint8Array(0);
let $rd: DataView = new DataView($rb.buffer);
let $end = 0;

function $need(pos: number, n: number, path: string): void {
  if (pos + n > $rb.length) $fail("MOF3650", "needs bytes " + pos + " to " + (pos + n) + ", but the buffer is " + $rb.length + " bytes long", path);
}

function $text(pos: number, chars: number): string {
  let s = "";
  if (chars <= 64) {
    for (let i = 0; i < chars; i++) s += String.fromCharCode($rb[pos + 2 * i] | ($rb[pos + 2 * i + 1] << 8));
    return s;
  }
  const units = new Array<number>(chars);
  for (let i = 0; i < chars; i++) units[i] = $rb[pos + 2 * i] | ($rb[pos + 2 * i + 1] << 8);
  for (let i = 0; i < chars; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return s;
}

function $trim(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0) e--;
  return e === s.length ? s : s.slice(0, e);
}

function $readDatetime(pos: number, path: string, k: number): WmiDatetime {
  $need(pos, 50, $at(path, k));
  $end = pos + 50;
  return $text(pos, 25) as WmiDatetime;
}

function $readMaxLen(pos: number, max: number, path: string, k: number): string {
  $need(pos, 2, $at(path, k));
  const count = $rd.getUint16(pos, true);
  if (count % 2 !== 0) $fail("MOF3655", "the string count " + count + " at offset " + pos + " is odd", $at(path, k));
  if (count > 2 * max) $fail("MOF3655", "the string count " + count + " at offset " + pos + " exceeds the MaxLen(" + max + ") slot", $at(path, k));
  $need(pos, 2 + 2 * max, $at(path, k));
  $end = pos + 2 + 2 * max;
  return $trim($text(pos + 2, count / 2));
}

function $readString(pos: number, path: string, k: number): string {
  $need(pos, 2, $at(path, k));
  const count = $rd.getUint16(pos, true);
  if (count % 2 !== 0) $fail("MOF3655", "the string count " + count + " at offset " + pos + " is odd", $at(path, k));
  $need(pos + 2, count, $at(path, k));
  $end = pos + 2 + count;
  return $trim($text(pos + 2, count / 2));
}

/** A WmiSizeIs count the bytes left cannot hold is refused before anything is allocated for it. */
function $count(c: unknown, pos: number, each: number, last: number, path: string): number {
  const n = Number(c);
  const need = n > 0 ? (n - 1) * each + last : 0;
  if (!(n >= 0) || (each > 0 ? pos + need > $rb.length : n > 0x10000))
    $fail("MOF3650", "needs bytes " + pos + " to " + (pos + need) + ", but the buffer is " + $rb.length + " bytes long", path);
  return n;
}

/** Sets up the reader on the bytes (the DataView is kept while the same bytes come back); returns the start. */
function $reader(bytes: Uint8Array, options: DecodeOptions | undefined, name: string): number {
  const start = options?.offset ?? 0;
  if (bytes !== $rb) {
    $rb = bytes;
    $rd = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  if (start < 0 || start > bytes.length) $need(start, 0, name);
  return start;
}

/** Refuses bytes after the instance beyond its tail padding, unless allowTrailing. */
function $trailing(start: number, options: DecodeOptions | undefined, name: string, alignment: number): void {
  const end = $end;
  if (options?.allowTrailing || $rb.length <= start + $up(end - start, alignment)) return;
  const detail = $rb.length - end + " bytes follow the end of " + name + " at offset " + (end - start);
  throw new WmiCodecError("MOF3656", detail, name, detail);
}
`;
