/**
 * `.bmf` files as inputs of `loadProgram` (its `decoders` option): a blob becomes a document
 * whose productions are the decoded MOF and whose text is that MOF printed. The decoder also
 * remembers each declaration's CIMTYPE spelling (`UINT32`, `Boolean`), which MOF syntax cannot
 * carry, so encoding a decoded blob again can keep it (`spelling` for `encodeBmf`).
 */
import { printMof, type InputDecoder, type MofDocument, type PrimitiveType } from "@mofkit/syntax";
import type { DecompressOptions } from "./codec.js";
import { decodeBmf } from "./decode.js";
import type { BmfModel, BmfObject } from "./model.js";

export interface BmfInputDecoder {
  decode: InputDecoder;
  /** The CIMTYPE spelling of a decoded declaration's type; undefined for other documents. */
  spelling: (type: PrimitiveType, doc: MofDocument | undefined) => string | undefined;
}

export function createBmfInputDecoder(options: DecompressOptions = {}): BmfInputDecoder {
  const spellings = new Map<string, Map<number, string>>();
  return {
    decode(bytes, path) {
      const r = decodeBmf(bytes, { ...options, file: path });
      if (r.model) spellings.set(path, cimTypeSpellings(r.model));
      return { productions: r.productions, diagnostics: r.diagnostics, text: printMof(r.productions) };
    },
    spelling(type, doc) {
      const text = doc && spellings.get(doc.path)?.get(type.span.start);
      return text !== undefined && text.toLowerCase() === type.name ? text : undefined;
    },
  };
}

/**
 * CIMTYPE by the payload offset of its record: the offset the decoded declaration's spans start
 * at (properties, parameters and return values, in embedded objects too).
 */
function cimTypeSpellings(model: BmfModel): Map<number, string> {
  const out = new Map<number, string>();
  const visit = (obj: BmfObject) => {
    for (const p of [...obj.properties, ...obj.methods]) {
      const cim = p.qualifiers?.find((q) => q.name.toLowerCase() === "cimtype");
      if (typeof cim?.value === "string") out.set(p.offset, cim.value);
      const values = Array.isArray(p.value) ? p.value : [p.value];
      for (const v of values) if (v !== null && typeof v === "object") visit(v);
    }
  };
  for (const obj of model.objects) visit(obj);
  return out;
}
