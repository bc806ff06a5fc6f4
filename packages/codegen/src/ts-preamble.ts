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
  /**
   * Encodes into target at offset (default 0) and returns the number of bytes written, the same
   * bytes as encode; a target too small is refused (MOF3650). On any error, bytes of target from
   * offset on may have been written.
   */
  encodeInto(value: T, target: Uint8Array, offset?: number): number;
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

// Encoding. Writers store bytes into $b one by one (a DataView would have to be created for every
// fresh output array, which costs more than encoding a small block). The output of a fixed block
// is allocated at its size and written directly; a variable block is written into one growing
// scratch buffer and copied out at its final length; encodeInto writes into the caller's bytes.
let $scratch: Uint8Array = new Uint8Array(4096);
let $b: Uint8Array = $scratch;
/** Bytes of $b below $z are zeroed or written by this call; $ensure zeroes up to what it is asked for. */
let $z = 0;
/** Where the instance starts in $b (for the too-small message of encodeInto). */
let $start = 0;

// 64-bit and floating-point values are converted through one 8-byte scratch in the platform's
// byte order, copied byte by byte to or from little-endian.
const $c8 = new Uint8Array(8);
const $c64 = new BigUint64Array($c8.buffer);
const $ci64 = new BigInt64Array($c8.buffer);
const $cf32 = new Float32Array($c8.buffer);
const $cf64 = new Float64Array($c8.buffer);
const $le = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A fixed block's output: its writer covers every byte of it. */
function $fresh(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  $b = bytes;
  $start = 0;
  $z = size;
  return bytes;
}

/** A variable block is written from the start of the scratch, zeroed as far as it goes. */
function $begin(): void {
  $b = $scratch;
  $start = 0;
  $z = 0;
}

/** Points the writers at a caller's bytes (checked: the fixed part must fit); returns the start. */
function $into(target: Uint8Array, offset: number | undefined, size: number, variable: boolean, name: string): number {
  if (!(target instanceof Uint8Array)) $fail("MOF3652", "expected a Uint8Array to encode into, got " + $describe(target), name);
  const p = offset === undefined ? 0 : offset;
  if (!Number.isSafeInteger(p)) $fail("MOF3652", "expected an integer offset, got " + $describe(offset), name);
  if (p < 0 || p + size > target.length) $fail("MOF3650", "needs bytes " + p + " to " + (p + size) + ", but the buffer is " + target.length + " bytes long", name);
  $b = target;
  $start = p;
  // A fixed block's writer covers all its bytes; a variable block's padding is zeroed as it grows.
  $z = variable ? p : p + size;
  return p;
}

/** Makes $b writable up to n, the bytes from $z on zeroed (padding is always zero). */
function $ensure(n: number): void {
  if (n > $z) $extend(n);
}

function $extend(n: number): void {
  if (n > $b.length) {
    if ($b !== $scratch) $fail("MOF3650", "needs bytes " + $start + " to " + n + ", but the buffer is " + $b.length + " bytes long", "");
    let cap = $b.length * 2;
    while (cap < n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set($b.subarray(0, $z));
    $b = $scratch = next;
  }
  $b.fill(0, $z, n);
  $z = n;
}

/** Zeroes padding a fixed block's writer does not otherwise cover. */
function $zero(from: number, to: number): void {
  if (to - from > 16) $b.fill(0, from, to);
  else for (let i = from; i < to; i++) $b[i] = 0;
}

function $w16(p: number, x: number): void {
  $b[p] = x;
  $b[p + 1] = x >>> 8;
}

/** Stores the first n bytes of the conversion scratch at p, little-endian (unrolled: the usual case). */
function $wc(p: number, n: number): void {
  if (!$le) for (let i = 0; i < n; i++) $b[p + i] = $c8[n - 1 - i];
  else {
    $b[p] = $c8[0];
    $b[p + 1] = $c8[1];
    $b[p + 2] = $c8[2];
    $b[p + 3] = $c8[3];
    if (n === 4) return;
    $b[p + 4] = $c8[4];
    $b[p + 5] = $c8[5];
    $b[p + 6] = $c8[6];
    $b[p + 7] = $c8[7];
  }
}

function $w64(p: number, x: bigint): void {
  $c64[0] = x;
  $wc(p, 8);
}

function $wf32(p: number, x: number): void {
  $cf32[0] = x;
  $wc(p, 4);
}

function $wf64(p: number, x: number): void {
  $cf64[0] = x;
  $wc(p, 8);
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

/** The error for a value an inline check refused as an integer of the type. */
function $badInt(v: unknown, _lo: number, _hi: number, type: string, path: string, k: number): never {
  if (typeof v !== "number" || !Number.isInteger(v)) $type(v, type + " (an integer)", path, k);
  $fail("MOF3653", String(v) + " does not fit " + type, $at(path, k));
}

/** The same for a 64-bit integer (a bigint). */
function $badBig(v: unknown, type: string, path: string, k: number): never {
  if (typeof v !== "bigint") $type(v, type + " (a bigint)", path, k);
  $fail("MOF3653", v.toString() + " does not fit " + type, $at(path, k));
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
  $w16(pos, 2 * max);
  $utf16(pos + 2, v);
  $zero(pos + 2 + 2 * v.length, pos + 2 + 2 * max);
}

/** A counted string; returns the offset after it. */
function $string(v: unknown, pos: number, path: string, k: number): number {
  if (typeof v !== "string") $type(v, "a string", path, k);
  const n = v.length * 2;
  if (n > 0xffff) $fail("MOF3655", v.length + " characters exceed the 65535-byte count", $at(path, k));
  $ensure(pos + 2 + n);
  $w16(pos, n);
  $utf16(pos + 2, v);
  return pos + 2 + n;
}

// Decoding: the bytes being decoded (read byte by byte like the writers store them, no DataView),
// and the offset after the element decoded last.
let $rb: Uint8Array = new Uint8Array(0);
let $end = 0;

/** Loads n bytes at p into the conversion scratch (little-endian to the platform's order). */
function $rc(p: number, n: number): void {
  if (!$le) for (let i = 0; i < n; i++) $c8[n - 1 - i] = $rb[p + i];
  else {
    $c8[0] = $rb[p];
    $c8[1] = $rb[p + 1];
    $c8[2] = $rb[p + 2];
    $c8[3] = $rb[p + 3];
    if (n === 4) return;
    $c8[4] = $rb[p + 4];
    $c8[5] = $rb[p + 5];
    $c8[6] = $rb[p + 6];
    $c8[7] = $rb[p + 7];
  }
}

function $ru64(p: number): bigint {
  $rc(p, 8);
  return $c64[0];
}

function $rs64(p: number): bigint {
  $rc(p, 8);
  return $ci64[0];
}

function $rf32(p: number): number {
  $rc(p, 4);
  return $cf32[0];
}

function $rf64(p: number): number {
  $rc(p, 8);
  return $cf64[0];
}

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
  const count = $rb[pos] | ($rb[pos + 1] << 8);
  if (count % 2 !== 0) $fail("MOF3655", "the string count " + count + " at offset " + pos + " is odd", $at(path, k));
  if (count > 2 * max) $fail("MOF3655", "the string count " + count + " at offset " + pos + " exceeds the MaxLen(" + max + ") slot", $at(path, k));
  $need(pos, 2 + 2 * max, $at(path, k));
  $end = pos + 2 + 2 * max;
  return $trim($text(pos + 2, count / 2));
}

function $readString(pos: number, path: string, k: number): string {
  $need(pos, 2, $at(path, k));
  const count = $rb[pos] | ($rb[pos + 1] << 8);
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

/** Sets up the reader on the bytes; returns the start. */
function $reader(bytes: Uint8Array, options: DecodeOptions | undefined, name: string): number {
  const start = options?.offset ?? 0;
  $rb = bytes;
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

/**
 * The preamble without the helpers `body` does not use (directly or through other helpers), so a
 * generated module compiles under noUnusedLocals. Units are top-level declarations with the
 * comments before them; declarations not named with `$` (the public API) always stay.
 */
export function prunedPreamble(body: string): string {
  const units: { names: string[]; text: string }[] = [];
  let comments: string[] = [];
  for (const line of preamble.split("\n")) {
    const decl = /^(?:export )?(?:function|const|let|class|interface|type|declare const) ([\w$]+)/.exec(line);
    if (decl) {
      units.push({ names: [decl[1]], text: [...comments, line].join("\n") });
      comments = [];
    } else if (/^(\/\/|\/\*\*)/.test(line) || (comments.length > 0 && /^ \*/.test(line))) comments.push(line);
    else if (units.length > 0) units[units.length - 1].text += "\n" + line;
    else comments.push(line);
  }
  // `$name` not inside a longer identifier.
  const uses = (text: string, name: string) => new RegExp(`(?<![\\w$])\\$${name.slice(1)}(?![\\w$])`).test(text);
  const kept = new Set(units.filter((u) => !u.names[0].startsWith("$")));
  let grew = true;
  while (grew) {
    grew = false;
    // Comments name helpers too; only code counts.
    const context = (body + [...kept].map((u) => u.text).join("\n"))
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    for (const u of units)
      if (!kept.has(u) && uses(context, u.names[0])) {
        kept.add(u);
        grew = true;
      }
  }
  return [comments.join("\n"), ...units.filter((u) => kept.has(u)).map((u) => u.text)].join("\n");
}
