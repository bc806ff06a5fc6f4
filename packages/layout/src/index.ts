export * from "./types.js";
export { layoutModel, findBlock, blocksOfClass, type LayoutOptions, type LayoutResult } from "./compute.js";
export {
  encodeInstance,
  decodeInstance,
  encodedLength,
  LayoutCodecError,
  type Instance,
  type InstanceValue,
  type EncodeOptions,
  type DecodeOptions,
  type DecodeResult,
} from "./codec.js";
export { scalarTable, datetimeSize, datetimeChars, maxLenLimit, roundUp, type ScalarInfo } from "./type-table.js";
export { blockToJson, layoutsToJson, type LayoutJson, type LayoutClassJson, type LayoutItemJson } from "./json.js";
export { renderLayoutTable } from "./table.js";
export {
  isWmiClass,
  isEventClass,
  classKind,
  dataItems,
  declaredQualifier,
  intValue,
  stringValue,
  stringList,
  literalText,
  numberedParameters,
  direction,
  wmiClassesInOrder,
  headerName,
} from "./schema-view.js";
export { zeroInstance, minimalSize } from "./zero.js";
