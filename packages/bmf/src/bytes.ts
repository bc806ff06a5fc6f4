/**
 * Bounds-checked little-endian reads over a byte array. Every read takes the exclusive end of
 * the region it may touch (the enclosing record), so a lying length or offset can never make
 * a reader look outside the record it belongs to.
 */
export class ByteReader {
  readonly view: DataView;

  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get length(): number {
    return this.data.length;
  }

  /** True when `size` bytes starting at `at` lie inside [0, end). */
  fits(at: number, size: number, end: number): boolean {
    return at >= 0 && size >= 0 && at + size <= end && end <= this.data.length;
  }

  u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  /** A UTF-16LE string ending in a 0 code unit before `end`; undefined when there is none. */
  utf16z(at: number, end: number): { text: string; next: number } | undefined {
    const d = this.data;
    const limit = Math.min(end, d.length) - 1;
    let p = at;
    while (p < limit && (d[p] | d[p + 1]) !== 0) p += 2;
    if (p >= limit) return undefined;
    return { text: utf16Units(d, at, p), next: p + 2 };
  }
}

/** Decodes code units [from, to) as they are: lone surrogates survive, unlike TextDecoder. */
function utf16Units(d: Uint8Array, from: number, to: number): string {
  let s = "";
  const chunk: number[] = [];
  for (let p = from; p < to; p += 2) {
    chunk.push(d[p] | (d[p + 1] << 8));
    if (chunk.length === 4096) {
      s += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return chunk.length > 0 ? s + String.fromCharCode(...chunk) : s;
}

export function hex(value: number, digits = 0): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, "0")}`;
}
