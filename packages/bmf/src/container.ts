/**
 * The BMF container (bmf-format.md §2): a 16-byte header, `FOMB`, compression type 1, the DS
 * stream's length C and the payload's length U, then the stream. Blobs copied out of ACPI
 * buffers may carry bytes after the stream, so the length comes from the header and any excess
 * is ignored. A bare payload (what `bmfdec` writes) also starts with `FOMB` but has a length
 * (at least 20) where the compression type would be; it is accepted as is.
 */
import { codes } from "@mofkit/diagnostics";
import { bmfDiagnostic, type BmfDiagnostic } from "./bmf-diagnostic.js";
import { hex } from "./bytes.js";

export const bmfHeaderSize = 16;
/** "FOMB" read as a little-endian dword. */
export const bmfSignature = 0x424d4f46;
export const dsCompressionType = 1;
/** Default cap on the declared payload size; bmfdec uses the same. */
export const defaultMaxOutput = 32 * 1024 * 1024;

export interface BmfContainer {
  /** `compressed`: header + DS stream; `payload`: an uncompressed object model with no header. */
  form: "compressed" | "payload";
  compressionType: number;
  /** C: bytes of the DS stream, its own 4-byte header included. */
  compressedSize: number;
  /** U: bytes of the decompressed payload. */
  uncompressedSize: number;
  /** File offset of the DS stream (or of the payload, for the bare form). */
  streamOffset: number;
  /** Bytes after the blob that the header does not account for (ignored). */
  trailingBytes: number;
}

export interface ReadContainerResult {
  container: BmfContainer | undefined;
  diagnostics: BmfDiagnostic[];
}

/** Reads and checks the header; `container` is undefined when the blob cannot be decoded. */
export function readContainer(bytes: Uint8Array, maxOutput: number = defaultMaxOutput): ReadContainerResult {
  const diagnostics: BmfDiagnostic[] = [];
  const none = { container: undefined, diagnostics };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 4 && view.getUint32(0, true) !== bmfSignature) {
    const found = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
    diagnostics.push(bmfDiagnostic(codes.bmfBadSignature, { found }, 0, "file"));
    return none;
  }
  if (bytes.length < bmfHeaderSize) {
    diagnostics.push(bmfDiagnostic(codes.bmfTooShort, { size: bytes.length, need: bmfHeaderSize }, 0, "file"));
    return none;
  }
  const type = view.getUint32(4, true);
  if (type !== dsCompressionType) {
    // A bare payload: its second dword is the root length, never 1 (the root is at least 20 bytes).
    if (type >= 20 && type <= bytes.length) {
      const container: BmfContainer = {
        form: "payload",
        compressionType: 0,
        compressedSize: 0,
        uncompressedSize: bytes.length,
        streamOffset: 0,
        trailingBytes: 0,
      };
      return { container, diagnostics };
    }
    diagnostics.push(bmfDiagnostic(codes.bmfUnsupportedCompression, { value: hex(type) }, 4, "file"));
    return none;
  }
  const compressedSize = view.getUint32(8, true);
  const uncompressedSize = view.getUint32(12, true);
  const end = bmfHeaderSize + compressedSize;
  if (end > bytes.length) {
    diagnostics.push(
      bmfDiagnostic(
        codes.bmfSizeBeyondBuffer,
        { size: compressedSize, end: end - 1, available: bytes.length },
        8,
        "file",
      ),
    );
    return none;
  }
  if (uncompressedSize > maxOutput) {
    diagnostics.push(bmfDiagnostic(codes.bmfOutputLimit, { size: uncompressedSize, limit: maxOutput }, 12, "file"));
    return none;
  }
  const container: BmfContainer = {
    form: "compressed",
    compressionType: type,
    compressedSize,
    uncompressedSize,
    streamOffset: bmfHeaderSize,
    trailingBytes: bytes.length - end,
  };
  return { container, diagnostics };
}

/** The 16-byte header followed by `stream`: exactly 16 + C bytes, as an encoder must emit. */
export function writeContainer(stream: Uint8Array, uncompressedSize: number): Uint8Array {
  const out = new Uint8Array(bmfHeaderSize + stream.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, bmfSignature, true);
  view.setUint32(4, dsCompressionType, true);
  view.setUint32(8, stream.length, true);
  view.setUint32(12, uncompressedSize, true);
  out.set(stream, bmfHeaderSize);
  return out;
}
