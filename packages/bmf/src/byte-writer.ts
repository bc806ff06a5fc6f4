/** A growable little-endian byte buffer with back-patching, for writing the object model. */
export class ByteWriter {
  private buf: Uint8Array;
  private view: DataView;
  private size = 0;

  constructor(capacity = 4096) {
    this.buf = new Uint8Array(Math.max(64, capacity));
    this.view = new DataView(this.buf.buffer);
  }

  /** Bytes written so far: the position of the next byte. */
  get position(): number {
    return this.size;
  }

  private reserve(n: number): number {
    const at = this.size;
    const need = at + n;
    if (need > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < need) cap *= 2;
      const grown = new Uint8Array(cap);
      grown.set(this.buf.subarray(0, this.size));
      this.buf = grown;
      this.view = new DataView(grown.buffer);
    }
    this.size = need;
    return at;
  }

  u8(v: number): void {
    const at = this.reserve(1);
    this.view.setUint8(at, v & 0xff);
  }

  u16(v: number): void {
    const at = this.reserve(2);
    this.view.setUint16(at, v & 0xffff, true);
  }

  u32(v: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, v >>> 0, true);
  }

  i32(v: number): void {
    const at = this.reserve(4);
    this.view.setInt32(at, v, true);
  }

  f32(v: number): void {
    const at = this.reserve(4);
    this.view.setFloat32(at, v, true);
  }

  f64(v: number): void {
    const at = this.reserve(8);
    this.view.setFloat64(at, v, true);
  }

  u64(v: bigint): void {
    const at = this.reserve(8);
    this.view.setBigUint64(at, BigInt.asUintN(64, v), true);
  }

  bytes(data: ArrayLike<number>): void {
    const at = this.reserve(data.length);
    this.buf.set(data, at);
  }

  /** Zero bytes up to the next multiple of 4 counted from `from` (a record's start). */
  align4(from: number): void {
    const rest = (this.size - from) % 4;
    if (rest !== 0) this.reserve(4 - rest); // reserve leaves zeros: the buffer is never reused
  }

  zeros(n: number): void {
    this.reserve(n);
  }

  /** UTF-16LE code units of `s` and a 0 unit; lone surrogates are written as they are. */
  utf16z(s: string): void {
    const at = this.reserve(2 * s.length + 2);
    for (let i = 0; i < s.length; i++) this.view.setUint16(at + 2 * i, s.charCodeAt(i), true);
    this.view.setUint16(at + 2 * s.length, 0, true);
  }

  patchU32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0, true);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.size);
  }
}
