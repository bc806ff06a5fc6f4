/**
 * Object model → decompressed payload (bmf-format.md §4), laid out the way mofcomp lays it out:
 *
 * - Records are padded canonically (§4.9): a qualifier's value starts at align4(name bytes) and
 *   a scalar-valued qualifier is rounded to 4 bytes; a property's first heap item after its name
 *   starts at align4(name bytes), its qualifier list at align4(end of a scalar value) or right
 *   after an array value, and a property without a qualifier list is rounded to 4 bytes. Objects
 *   and lists are plain sums. Alignment counts from the record's start, never from the payload's.
 * - Packing: mofcomp leaves all padding out from the start of each element of an object array
 *   but the last (method parameter objects, embedded instances) until the end of the next array
 *   value it writes, whichever record that array belongs to. So the input object of a method
 *   with inputs and outputs is packed, except what follows a `ValueMap{...}` inside it. §4.9
 *   leaves the rule open; this one rebuilds all 171 payloads of the corpus from their models.
 *   `layout: "canonical"` pads everything instead (both forms decode).
 * - An array row gets 2 zero bytes of slack when its last element's size is 2 mod 4 (a 2-byte
 *   element, or a string of even length); §4.6 leaves the rule open, this one reproduces the
 *   slack of every array in the corpus.
 * - Flavors go to the trailer, keyed by the absolute offset of each qualifier record (§4.8).
 *
 * Offsets and lengths stored in the model (a decoded one has them) are ignored and recomputed.
 */
import { ByteWriter } from "./byte-writer.js";
import { bmfSignature } from "./container.js";
import { flavorTableSignature } from "./flavor-table.js";
import type { BmfObject, BmfProperty, BmfQualifier, BmfScalar, BmfValue } from "./model.js";
import { decodeType, isStringType, typeCode } from "./type-codes.js";

/** `mofcomp`: what mofcomp writes (packing included); `canonical`: every record padded. */
export type BmfLayout = "mofcomp" | "canonical";

export interface WritePayloadOptions {
  layout?: BmfLayout;
  /** The two dwords after the root length; 1 and 1 in every known blob. */
  rootConstants?: [number, number];
}

const none = 0xffffffff;

/** Thrown when the model holds a value its type code cannot store (a bug in the caller). */
export class BmfWriteError extends Error {}

export function writePayload(objects: readonly BmfObject[], options: WritePayloadOptions = {}): Uint8Array {
  const writer = new PayloadWriter(options.layout ?? "mofcomp");
  const w = writer.w;
  const [c1, c2] = options.rootConstants ?? [1, 1];
  w.u32(bmfSignature);
  w.u32(0); // R, patched below
  w.u32(c1);
  w.u32(c2);
  w.u32(objects.length);
  for (const obj of objects) {
    writer.packed = false;
    writer.object(obj);
  }
  const rootLength = w.position;
  w.patchU32(4, rootLength);
  if (writer.flavors.length > 0) {
    for (let i = 0; i < flavorTableSignature.length; i++) w.u8(flavorTableSignature.charCodeAt(i));
    w.u32(writer.flavors.length);
    const sorted = writer.flavors.slice().sort((a, b) => a[0] - b[0]);
    for (const [at, bits] of sorted) {
      w.u32(at);
      w.u32(bits);
    }
  }
  return w.finish();
}

class PayloadWriter {
  readonly w = new ByteWriter();
  /** (qualifier record offset, flavor bits) for every qualifier with flavors. */
  readonly flavors: [number, number][] = [];
  /** Whether padding is currently left out (see the file comment). */
  packed = false;

  constructor(private readonly layout: BmfLayout) {}

  object(obj: BmfObject): void {
    const w = this.w;
    const start = w.position;
    w.zeros(20);
    const heap = w.position;
    let qualifiersAt = none;
    if (obj.qualifiers !== null) {
      qualifiersAt = w.position - heap;
      this.list(obj.qualifiers, (q) => this.qualifier(q));
    }
    const propertiesAt = w.position - heap;
    this.list(obj.properties, (p) => this.property(p));
    const methodsAt = w.position - heap;
    this.list(obj.methods, (m) => this.property(m));
    w.patchU32(start, w.position - start);
    w.patchU32(start + 4, qualifiersAt);
    w.patchU32(start + 8, propertiesAt);
    w.patchU32(start + 12, methodsAt);
    w.patchU32(start + 16, obj.kindCode);
  }

  private list<T>(items: readonly T[], write: (item: T) => void): void {
    const w = this.w;
    const start = w.position;
    w.u32(0);
    w.u32(items.length);
    for (const item of items) write(item);
    w.patchU32(start, w.position - start);
  }

  private qualifier(q: BmfQualifier): void {
    const w = this.w;
    const start = w.position;
    const type = decodeType(q.type.code);
    if (q.flavorBits !== 0) this.flavors.push([start, q.flavorBits >>> 0]);
    w.zeros(4);
    w.u32(type.code);
    w.u32(0); // the name is at heap offset 0
    w.zeros(4);
    const heap = w.position;
    w.utf16z(q.name);
    if (!this.packed) w.align4(start);
    w.patchU32(start + 12, w.position - heap);
    this.value(q.value, type.base, type.array);
    if (!this.packed && !type.array) w.align4(start);
    w.patchU32(start, w.position - start);
  }

  private property(p: BmfProperty): void {
    const w = this.w;
    const start = w.position;
    const type = decodeType(p.type.code);
    const hasValue = p.value !== undefined;
    w.zeros(4);
    w.u32(type.code);
    w.u32(0);
    w.u32(none);
    w.u32(none);
    const heap = w.position;
    w.utf16z(p.name);
    if (!this.packed && (hasValue || p.qualifiers !== null)) w.align4(start);
    if (hasValue) {
      w.patchU32(start + 12, w.position - heap);
      this.value(p.value as BmfValue, type.base, type.array);
      if (!this.packed && !type.array && p.qualifiers !== null) w.align4(start);
    }
    if (p.qualifiers !== null) {
      w.patchU32(start + 16, w.position - heap);
      this.list(p.qualifiers, (q) => this.qualifier(q));
    } else if (!this.packed) {
      w.align4(start);
    }
    w.patchU32(start, w.position - start);
  }

  private value(v: BmfValue, base: number, array: boolean): void {
    if (!array) {
      this.scalar(v as BmfScalar, base);
      return;
    }
    if (!Array.isArray(v)) throw new BmfWriteError(`an array type holds a scalar value`);
    const w = this.w;
    const start = w.position;
    w.zeros(4);
    w.u32(1);
    w.u32(v.length);
    const row = w.position;
    w.zeros(4);
    v.forEach((e, i) => {
      // mofcomp packs every object of an array but the last (see the file comment).
      if (base === typeCode.object) this.packed = this.layout === "mofcomp" && i < v.length - 1;
      this.scalar(e, base);
    });
    const last = v[v.length - 1];
    if (v.length > 0 && base !== typeCode.object && elementSize(last, base) % 4 === 2) w.zeros(2);
    w.patchU32(row, w.position - row);
    w.patchU32(start, w.position - start);
    this.packed = false;
  }

  private scalar(v: BmfScalar, base: number): void {
    const w = this.w;
    if (v === null) throw new BmfWriteError(`a null value cannot be stored (type ${base})`);
    if (isStringType(base)) {
      w.utf16z(String(v));
      return;
    }
    switch (base) {
      case typeCode.object:
        if (typeof v !== "object") throw new BmfWriteError(`an object type holds a ${typeof v}`);
        this.object(v);
        return;
      case typeCode.boolean:
        w.u16(v === true || (typeof v === "number" && v !== 0) ? 0xffff : 0);
        return;
      case typeCode.char16:
        w.u16(typeof v === "string" ? v.charCodeAt(0) : Number(v));
        return;
      case typeCode.sint8:
      case typeCode.uint8:
        w.u8(Number(v));
        return;
      case typeCode.sint16:
      case typeCode.uint16:
        w.u16(typeof v === "string" ? v.charCodeAt(0) : Number(v));
        return;
      case typeCode.sint32:
        w.i32(Number(v));
        return;
      case typeCode.uint32:
        w.u32(Number(v));
        return;
      case typeCode.sint64:
      case typeCode.uint64:
        w.u64(typeof v === "bigint" ? v : BigInt(Number(v)));
        return;
      case typeCode.real32:
        w.f32(Number(v));
        return;
      case typeCode.real64:
        w.f64(Number(v));
        return;
      default:
        throw new BmfWriteError(`type code ${base} has no value encoding`);
    }
  }
}

/** Bytes one element takes in an array row (strings: UTF-16 units and the NUL). */
function elementSize(v: BmfScalar, base: number): number {
  if (isStringType(base)) return 2 * String(v).length + 2;
  switch (base) {
    case typeCode.sint8:
    case typeCode.uint8:
      return 1;
    case typeCode.sint16:
    case typeCode.uint16:
    case typeCode.char16:
    case typeCode.boolean:
      return 2;
    case typeCode.real64:
    case typeCode.sint64:
    case typeCode.uint64:
      return 8;
    default:
      return 4;
  }
}
