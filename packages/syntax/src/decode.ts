/**
 * Byte decoding of MOF sources: UTF-8 (with or without signature), UTF-16LE/BE with a BOM,
 * UTF-16LE without a BOM (sniffed), and Windows-1252 as the fallback for invalid UTF-8.
 */
export type SourceEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
  /** Human-readable notes on anything unusual (reported as MOF1010 by the caller). */
  notes: string[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });

function decodeUtf16(bytes: Uint8Array, le: boolean, notes: string[]): string {
  let body = bytes;
  if (body.length % 2 === 1) {
    notes.push("UTF-16 text has an odd number of bytes; the last byte was dropped");
    body = body.subarray(0, body.length - 1);
  }
  try {
    return (le ? utf16le : utf16be).decode(body);
  } catch {
    notes.push("UTF-16 text holds unpaired surrogates; they were replaced by U+FFFD");
    return new TextDecoder(le ? "utf-16le" : "utf-16be", { ignoreBOM: true }).decode(body);
  }
}

/** True when the first bytes look like ASCII stored as UTF-16LE (every odd byte zero). */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 || bytes[i + 1] !== 0) return false;
  }
  return true;
}

export function decodeSource(bytes: Uint8Array): DecodedSource {
  const notes: string[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), true, notes), encoding: "utf-16le", notes };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), false, notes), encoding: "utf-16be", notes };
  }
  let encoding: SourceEncoding = "utf-8";
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8-bom";
    body = bytes.subarray(3);
  } else if (looksLikeUtf16le(bytes)) {
    notes.push("file looks like UTF-16LE without a byte-order mark; decoded as UTF-16LE");
    return { text: decodeUtf16(bytes, true, notes), encoding: "utf-16le", notes };
  }
  try {
    return { text: utf8.decode(body), encoding, notes };
  } catch {
    notes.push("file is not valid UTF-8; decoded as Windows-1252");
    return { text: new TextDecoder("windows-1252").decode(body), encoding: "windows-1252", notes };
  }
}
