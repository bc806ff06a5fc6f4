/**
 * MOF → `.bmf`, what `mofcomp -B` does: productions → object model (encode-model.ts) →
 * decompressed payload (encode-payload.ts) → container with the mofcomp-exact DS stream
 * (codec.ts). And the `wmimofck -x` hex dump of a blob, for drivers that report their BMF
 * through a WMI query.
 */
import type { Diagnostic } from "@mofkit/diagnostics";
import { walkProductions, type MofDocument, type PrimitiveType, type Production, type Program } from "@mofkit/syntax";
import { compress } from "./codec.js";
import { encodeObjects, type EncodeModelOptions, type SourcedProduction } from "./encode-model.js";
import { writePayload, type WritePayloadOptions } from "./encode-payload.js";
import type { BmfObject } from "./model.js";

export interface EncodeOptions extends EncodeModelOptions, WritePayloadOptions {}

export interface EncodeResult {
  /** The `.bmf` (16-byte header and DS stream); undefined when an error prevented encoding. */
  bytes: Uint8Array | undefined;
  /** The decompressed object model; undefined with `bytes`. */
  payload: Uint8Array | undefined;
  /** The object model that was written (offsets and lengths are 0: see the payload). */
  objects: BmfObject[];
  /** MOF43xx: what the binary MOF cannot hold (errors) or holds by guesswork (warnings). */
  diagnostics: Diagnostic[];
}

/**
 * Encodes a loaded program (every production in textual order, includes entered where they are
 * included) or a list of productions. CIMTYPE keeps a type keyword's spelling: `options.spelling`
 * first (see createBmfInputDecoder for decoded blobs), then the source text of a program's
 * documents (`UINT32` stays `UINT32`), except for documents a decoder produced
 * (`program.options.decoders`), whose spans are not offsets into their text.
 */
export function encodeBmf(input: Program | readonly Production[], options: EncodeOptions = {}): EncodeResult {
  const items: SourcedProduction[] = [];
  let spelling = options.spelling;
  if (isProgram(input)) {
    walkProductions(input, (production, doc) => items.push({ production, doc }));
    const decoded = Object.keys(input.options.decoders ?? {}).map((ext) => ext.toLowerCase());
    const fromText = (doc: MofDocument) => !decoded.some((ext) => doc.path.toLowerCase().endsWith(ext));
    const given = options.spelling;
    spelling = (type, doc) => given?.(type, doc) ?? (doc && fromText(doc) ? sourceSpelling(type, doc) : undefined);
  } else {
    for (const production of input) items.push({ production, doc: undefined });
  }
  const { objects, diagnostics } = encodeObjects(items, { ...options, spelling });
  if (diagnostics.some((d) => d.severity === "error")) {
    return { bytes: undefined, payload: undefined, objects, diagnostics };
  }
  const payload = writePayload(objects, options);
  return { bytes: compress(payload), payload, objects, diagnostics };
}

function isProgram(input: Program | readonly Production[]): input is Program {
  return !Array.isArray(input);
}

/** The keyword as written in the document, when the span still covers it. */
function sourceSpelling(type: PrimitiveType, doc: MofDocument): string | undefined {
  const text = doc.text.slice(type.span.start, type.span.end);
  return text.toLowerCase() === type.name ? text : undefined;
}

/**
 * `wmimofck -x`: the blob as a C initializer list to `#include` inside `UCHAR Data[] = { ... };`,
 * 16 bytes per line, each written `0x%02x, `.
 */
export function formatCHex(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 16) {
    let line = "";
    for (const b of bytes.subarray(i, i + 16)) line += `0x${b.toString(16).padStart(2, "0")}, `;
    lines.push(line);
  }
  return lines.map((l) => `${l}\n`).join("");
}
