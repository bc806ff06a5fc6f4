/**
 * DS compression as mofcomp does it (bmf-format.md §3.6): greedy, longest match in the last
 * 4414 bytes with ties going to the nearest source, matches of length 2 taken even from far
 * away, no match crossing a 512-byte output block, a marker after each block and at the end.
 * Reproducing mofcomp's choices exactly is what makes the output byte-identical to real blobs,
 * so the match search must be exhaustive: a hash chain over 2-byte prefixes visits every
 * earlier position that can give a match of 2 or more, nearest first, with no depth limit.
 */
import { BitWriter } from "./bit-writer.js";
import { dsBlockSize } from "./ds-decompress.js";

/** Farthest match source: the long class reaches 320 + 4094 (4095 is the marker). */
export const dsMaxOffset = 4414;
/** Longest match: the 8-bit length code tops out at 2^8 + 1 + 255. */
const maxLength = 512;

/** Compresses `input` into a DS stream (`DS`, version 1, tokens, end marker, zero padding). */
export function dsCompress(input: Uint8Array): Uint8Array {
  const size = input.length;
  const w = new BitWriter(Math.ceil(size * 0.6) + 16);
  w.writeByte(0x44);
  w.writeByte(0x53);
  w.writeByte(0x00);
  w.writeByte(0x01);

  // head[key] = latest position whose next two bytes are `key`; prev[p] = the one before p.
  const head = new Int32Array(65536).fill(-1);
  const prev = new Int32Array(Math.max(1, size));
  let inserted = 0; // positions below this are in the chains
  const insertUpTo = (p: number) => {
    const last = Math.min(p, size - 1);
    for (; inserted < last; inserted++) {
      const key = input[inserted] | (input[inserted + 1] << 8);
      prev[inserted] = head[key];
      head[key] = inserted;
    }
  };

  let p = 0;
  while (p < size) {
    if (p > 0 && p % dsBlockSize === 0) writeMarker(w);
    const blockEnd = Math.min(size, (Math.floor(p / dsBlockSize) + 1) * dsBlockSize);
    const limit = Math.min(maxLength, blockEnd - p);
    let bestLength = 0;
    let bestOffset = 0;
    if (limit >= 2) {
      insertUpTo(p);
      const floor = p - dsMaxOffset;
      for (let s = head[input[p] | (input[p + 1] << 8)]; s >= 0 && s >= floor; s = prev[s]) {
        // The first two bytes match by construction of the chain.
        let n = 2;
        while (n < limit && input[s + n] === input[p + n]) n++;
        if (n > bestLength) {
          bestLength = n;
          bestOffset = p - s;
          if (n === limit) break;
        }
      }
    }
    if (bestLength >= 2) {
      writeMatch(w, bestOffset, bestLength);
      p += bestLength;
    } else {
      const b = input[p++];
      if (b < 0x80) {
        w.write(2, 2);
        w.write(b, 7);
      } else {
        w.write(1, 2);
        w.write(b - 0x80, 7);
      }
    }
  }
  writeMarker(w);
  return w.finish();
}

function writeMarker(w: BitWriter): void {
  w.write(0x7fff, 15);
}

function writeMatch(w: BitWriter, offset: number, length: number): void {
  // The shortest offset class that can hold the offset, as mofcomp always chose.
  if (offset < 64) {
    w.write(0, 2);
    w.write(offset, 6);
  } else if (offset < 320) {
    w.write(3, 2);
    w.write(0, 1);
    w.write(offset - 64, 8);
  } else {
    w.write(3, 2);
    w.write(1, 1);
    w.write(offset - 320, 12);
  }
  // n zero bits and a 1 (that is, 2^n in n + 1 bits), then the n-bit remainder.
  const n = 31 - Math.clz32(length - 1);
  w.write(1 << n, n + 1);
  w.write(length - 1 - (1 << n), n);
}
