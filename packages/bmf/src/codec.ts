/** Whole-blob compression: container header + DS stream, in both directions. */
import { readContainer, writeContainer, defaultMaxOutput, type BmfContainer } from "./container.js";
import { dsCompress } from "./ds-compress.js";
import { dsDecompress } from "./ds-decompress.js";
import type { BmfDiagnostic } from "./bmf-diagnostic.js";

export interface DecompressOptions {
  /** Refuse blobs whose header declares a larger payload (default 32 MiB). */
  maxOutput?: number;
}

export interface DecompressResult {
  /** The decompressed object-model bytes; undefined when the blob could not be decompressed. */
  payload: Uint8Array | undefined;
  container: BmfContainer | undefined;
  /** The DS stream's version field, when a stream was read. */
  dsVersion: number | undefined;
  diagnostics: BmfDiagnostic[];
}

/** Checks the header and decompresses the blob; bytes after the blob are ignored. */
export function decompress(bytes: Uint8Array, options: DecompressOptions = {}): DecompressResult {
  const { container, diagnostics } = readContainer(bytes, options.maxOutput ?? defaultMaxOutput);
  if (!container) return { payload: undefined, container, dsVersion: undefined, diagnostics };
  if (container.form === "payload") return { payload: bytes, container, dsVersion: undefined, diagnostics };
  const start = container.streamOffset;
  const stream = bytes.subarray(start, start + container.compressedSize);
  const ds = dsDecompress(stream, container.uncompressedSize, { fileOffset: start });
  diagnostics.push(...ds.diagnostics);
  return { payload: ds.complete ? ds.output : undefined, container, dsVersion: ds.version, diagnostics };
}

/** A complete `.bmf`: header + DS stream of `payload`, byte-identical to mofcomp's for the same payload. */
export function compress(payload: Uint8Array): Uint8Array {
  return writeContainer(dsCompress(payload), payload.length);
}
