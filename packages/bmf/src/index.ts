/**
 * @mofkit/bmf: binary MOF. Decompression and mofcomp-exact compression of the container
 * (bmf-format.md §2-§3), the object-model reader (§4) and its conversion to MOF productions,
 * and the other way: MOF productions → object model → payload → `.bmf`, as mofcomp writes it.
 */
export { decompress, compress, type DecompressOptions, type DecompressResult } from "./codec.js";
export { decodeBmf, decodeModel, type DecodeOptions, type DecodeResult, type DecodeModelResult } from "./decode.js";
export { dumpJson } from "./dump-json.js";
export { modelToAst, type ToAstResult } from "./to-ast.js";
export { encodeBmf, formatCHex, type EncodeOptions, type EncodeResult } from "./encode.js";
export {
  encodeObjects,
  type EncodeModelOptions,
  type EncodeModelResult,
  type SourcedProduction,
} from "./encode-model.js";
export { createBmfInputDecoder, type BmfInputDecoder } from "./input-decoder.js";
export { writePayload, BmfWriteError, type BmfLayout, type WritePayloadOptions } from "./encode-payload.js";
export { dsDecompress, type DsDecompressOptions, type DsDecompressResult, type DsToken } from "./ds-decompress.js";
export { dsCompress } from "./ds-compress.js";
export {
  readContainer,
  writeContainer,
  defaultMaxOutput,
  type BmfContainer,
  type ReadContainerResult,
} from "./container.js";
export { readPayload, type PayloadContents } from "./payload-reader.js";
export { locateBmfDiagnostics, type BmfDiagnostic, type OffsetSpace } from "./bmf-diagnostic.js";
export { decodeType, flavorNames, typeCode } from "./type-codes.js";
export * from "./model.js";
