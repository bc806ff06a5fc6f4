/** Blob → object model → MOF AST, collecting every diagnostic on the way. */
import type { Production } from "@mofkit/syntax";
import { locateBmfDiagnostics, type BmfDiagnostic } from "./bmf-diagnostic.js";
import { decompress, type DecompressOptions } from "./codec.js";
import type { BmfModel } from "./model.js";
import { readPayload } from "./payload-reader.js";
import { modelToAst } from "./to-ast.js";

export interface DecodeOptions extends DecompressOptions {
  /** When given, diagnostics get a location in this file (line 1, column = byte offset + 1). */
  file?: string;
}

export interface DecodeModelResult {
  /** Undefined when the blob could not be decompressed. */
  model: BmfModel | undefined;
  diagnostics: BmfDiagnostic[];
}

export interface DecodeResult extends DecodeModelResult {
  /** The model as MOF productions (namespace and flag pragmas, classes, instances). */
  productions: Production[];
}

/** Decompresses and reads the object model. Never throws on malformed input. */
export function decodeModel(bytes: Uint8Array, options: DecodeOptions = {}): DecodeModelResult {
  const unpacked = decompress(bytes, options);
  const diagnostics = unpacked.diagnostics;
  let model: BmfModel | undefined;
  if (unpacked.payload && unpacked.container) {
    const contents = readPayload(unpacked.payload);
    diagnostics.push(...contents.diagnostics);
    model = {
      container: unpacked.container,
      dsVersion: unpacked.dsVersion,
      rootLength: contents.rootLength,
      rootConstants: contents.rootConstants,
      objects: contents.objects,
      flavorTable: contents.flavorTable,
    };
  }
  if (options.file !== undefined) locateBmfDiagnostics(diagnostics, options.file);
  return { model, diagnostics };
}

/** Decodes a `.bmf` (or an ACPI buffer holding one) into its object model and MOF productions. */
export function decodeBmf(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const { model, diagnostics } = decodeModel(bytes, options);
  const productions: Production[] = [];
  if (model) {
    const ast = modelToAst(model);
    if (options.file !== undefined) locateBmfDiagnostics(ast.diagnostics, options.file);
    diagnostics.push(...ast.diagnostics);
    productions.push(...ast.productions);
  }
  return { model, productions, diagnostics };
}
