/**
 * DS decompression (bmf-format.md §3): an LZ77 bit stream read least-significant bit first,
 * with literals, three match classes and a marker after every 512 output bytes and at the end.
 *
 * Every token is checked before it writes: match offsets against the bytes produced so far,
 * match lengths against the declared output size, and the input against its end. The output
 * buffer is allocated once at the declared size, which the caller bounds, so no input can make
 * this allocate more or loop longer than its own length allows.
 */
import { codes } from "@mofkit/diagnostics";
import { bmfDiagnostic, formatOffset, type BmfDiagnostic } from "./bmf-diagnostic.js";

/** Output block size: markers sit at multiples of it. */
export const dsBlockSize = 512;
/** The 12-bit long-match value that means "marker" instead of a match. */
const markerValue = 0xfff;
/** The smallest offset of each match class. */
const mediumBase = 64;
const longBase = 320;

export interface DsDecompressOptions {
  /** File offset of the stream's first byte, so diagnostics point into the input file. */
  fileOffset?: number;
  /** Called for every token decoded, for dumps and tests of the stream's structure. */
  trace?: (token: DsToken) => void;
}

/** One decoded token: where it starts in the stream (in bits) and in the output. */
export interface DsToken {
  kind: "literal" | "match" | "marker";
  bit: number;
  position: number;
  /** Matches: how far back the copy starts and how many bytes it copies. */
  offset?: number;
  length?: number;
}

export interface DsDecompressResult {
  /** The decompressed bytes; shorter than requested when decoding stopped at an error. */
  output: Uint8Array;
  /** True when exactly `size` bytes and the end marker were read. */
  complete: boolean;
  /** The stream's version field (1 in every known blob); undefined when the header is bad. */
  version: number | undefined;
  /** Bits read, the 32 header bits and the end marker included. */
  bitsRead: number;
  diagnostics: BmfDiagnostic[];
}

/**
 * Decompresses a DS stream (starting with `DS` and its version) into exactly `size` bytes. The
 * caller must have checked `size` against its output limit.
 */
export function dsDecompress(stream: Uint8Array, size: number, options: DsDecompressOptions = {}): DsDecompressResult {
  const base = options.fileOffset ?? 0;
  const trace = options.trace;
  const diagnostics: BmfDiagnostic[] = [];
  const out = new Uint8Array(size);
  const fail = (produced: number, bitsRead: number, version: number | undefined): DsDecompressResult => ({
    output: out.subarray(0, produced),
    complete: false,
    version,
    bitsRead,
    diagnostics,
  });

  if (stream.length < 4 || stream[0] !== 0x44 || stream[1] !== 0x53) {
    const found = Array.from(stream.subarray(0, 2), (b) => b.toString(16).padStart(2, "0")).join(" ");
    const detail = stream.length < 4 ? `is only ${stream.length} bytes long` : `starts with ${found}, not "DS" (44 53)`;
    diagnostics.push(bmfDiagnostic(codes.dsBadHeader, { offset: formatOffset(base), detail }, base, "file"));
    return fail(0, 0, undefined);
  }
  // The version is big-endian; libdeds reads 1 to 3 the same way, but only 1 has been seen.
  const version = (stream[2] << 8) | stream[3];
  if (version !== 1) {
    const similar = version === 2 || version === 3;
    const detail = similar
      ? `has version ${version}; decoding it as version 1`
      : `has version ${version}; only 1 is known`;
    const severity = similar ? "warning" : "error";
    diagnostics.push(
      bmfDiagnostic(codes.dsBadHeader, { offset: formatOffset(base + 2), detail }, base + 2, "file", severity),
    );
    if (!similar) return fail(0, 32, version);
  }

  const end = stream.length;
  const endBits = end * 8;
  let pos = 4; // next byte to load into the bit buffer
  let buf = 0; // unread bits, least significant first
  let cnt = 0; // how many bits `buf` holds
  // Missing bytes read as zero (as the DMSDOS reader does); `overran` catches that afterwards.
  const bits = (k: number): number => {
    while (cnt < k) {
      buf |= (pos < end ? stream[pos] : 0) << cnt;
      pos++;
      cnt += 8;
    }
    const v = buf & ((1 << k) - 1);
    buf >>>= k;
    cnt -= k;
    return v;
  };
  const bitPos = () => pos * 8 - cnt;
  const overran = () => pos > end && bitPos() > endBits;
  const at = (bit: number) => base + Math.min(end, bit >> 3);
  const tokenError = (bit: number, detail: string) =>
    diagnostics.push(
      bmfDiagnostic(codes.dsInvalidToken, { offset: formatOffset(at(bit)), bit, detail }, at(bit), "file"),
    );
  const truncated = (produced: number) =>
    diagnostics.push(
      bmfDiagnostic(codes.dsTruncated, { offset: formatOffset(base + end), produced, size }, base + end, "file"),
    );

  let o = 0; // output position
  for (;;) {
    const tokenBit = bitPos();
    if (o === size) {
      // After the last byte the stream must hold a marker: fifteen 1 bits.
      if (bits(15) !== 0x7fff || overran()) {
        diagnostics.push(
          bmfDiagnostic(codes.dsMissingEndMarker, { offset: formatOffset(at(tokenBit)), size }, at(tokenBit), "file"),
        );
        return fail(o, bitPos(), version);
      }
      trace?.({ kind: "marker", bit: tokenBit, position: o });
      break;
    }
    const tag = bits(2);
    if (tag === 2 || tag === 1) {
      // Stream bits "0 1" give a byte below 0x80, "1 0" one from 0x80 up.
      const v = bits(7);
      if (overran()) {
        truncated(o);
        return fail(o, bitPos(), version);
      }
      trace?.({ kind: "literal", bit: tokenBit, position: o });
      out[o++] = tag === 2 ? v : v + 0x80;
      continue;
    }
    let offset: number;
    if (tag === 0) {
      offset = bits(6);
      if (offset === 0 && !overran()) {
        tokenError(tokenBit, "a short match with offset 0");
        return fail(o, bitPos(), version);
      }
    } else if (bits(1) === 0) {
      offset = bits(8) + mediumBase;
    } else {
      const v = bits(12);
      if (v === markerValue) {
        if (overran()) {
          truncated(o);
          return fail(o, bitPos(), version);
        }
        // Inside the stream a marker only closes a 512-byte block.
        if (o % dsBlockSize !== 0) {
          tokenError(tokenBit, `a block marker at output position ${o}, which is not a multiple of ${dsBlockSize}`);
          return fail(o, bitPos(), version);
        }
        trace?.({ kind: "marker", bit: tokenBit, position: o });
        continue;
      }
      offset = v + longBase;
    }
    // Length code: n zero bits, a 1, then n bits v; length = 2^n + 1 + v (n at most 8).
    let n = 0;
    while (bits(1) === 0) {
      if (++n > 8 || overran()) break;
    }
    if (overran()) {
      truncated(o);
      return fail(o, bitPos(), version);
    }
    if (n > 8) {
      tokenError(tokenBit, "a match length code with more than eight leading zero bits");
      return fail(o, bitPos(), version);
    }
    const length = (1 << n) + 1 + bits(n);
    if (overran()) {
      truncated(o);
      return fail(o, bitPos(), version);
    }
    if (offset > o) {
      diagnostics.push(
        bmfDiagnostic(
          codes.dsOffsetOutOfRange,
          { offset: formatOffset(at(tokenBit)), distance: offset, produced: o },
          at(tokenBit),
          "file",
        ),
      );
      return fail(o, bitPos(), version);
    }
    if (o + length > size) {
      diagnostics.push(
        bmfDiagnostic(
          codes.dsCopyPastEnd,
          { offset: formatOffset(at(tokenBit)), length, position: o, size },
          at(tokenBit),
          "file",
        ),
      );
      return fail(o, bitPos(), version);
    }
    trace?.({ kind: "match", bit: tokenBit, position: o, offset, length });
    // Byte by byte: an offset shorter than the length repeats the last `offset` bytes.
    let from = o - offset;
    const stop = o + length;
    while (o < stop) out[o++] = out[from++];
  }
  return { output: out, complete: true, version, bitsRead: bitPos(), diagnostics };
}
