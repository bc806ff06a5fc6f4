/** Appends bit fields least-significant bit first, filling each byte from bit 0 (bmf-format.md §3.1). */
export class BitWriter {
  private bytes: Uint8Array;
  private length = 0;
  private acc = 0; // pending bits, least significant first
  private count = 0; // how many bits `acc` holds (always < 8 between calls)

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  /** Writes the low `k` bits of `value` (k ≤ 16), lowest bit first. */
  write(value: number, k: number): void {
    this.acc |= (value & ((1 << k) - 1)) << this.count;
    this.count += k;
    while (this.count >= 8) {
      this.push(this.acc & 0xff);
      this.acc >>>= 8;
      this.count -= 8;
    }
  }

  writeByte(b: number): void {
    this.write(b, 8);
  }

  /** Pads the last byte with zero bits and returns everything written. */
  finish(): Uint8Array {
    if (this.count > 0) {
      this.push(this.acc & 0xff);
      this.acc = 0;
      this.count = 0;
    }
    return this.bytes.slice(0, this.length);
  }

  private push(b: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
  }
}
