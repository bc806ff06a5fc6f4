/**
 * The WNODE family (wmi-kernel.md §2.2-§2.10), encoded and decoded at the literal offsets of the
 * Microsoft headers. The WNODE layouts are the same on x64 and x86. Decoders check the node's
 * BufferSize against the bytes and every offset/size field against the node before using it.
 */
import {
  WNODE_FLAG_ALL_DATA,
  WNODE_FLAG_EVENT_REFERENCE,
  WNODE_FLAG_FIXED_INSTANCE_SIZE,
  WNODE_FLAG_METHOD_ITEM,
  WNODE_FLAG_SINGLE_INSTANCE,
  WNODE_FLAG_SINGLE_ITEM,
  WNODE_FLAG_STATIC_INSTANCE_NAMES,
  WNODE_FLAG_TOO_SMALL,
} from "./constants.js";
import {
  Bytes,
  align8,
  countedStringSize,
  outOfRange,
  truncated,
  wrongKind,
  badValue,
  normalizeGuid,
} from "./bytes.js";

/** Sizes and offsets of §2 (never a compiler's sizeof). */
export const WNODE_HEADER_SIZE = 48;
export const WNODE_ALL_DATA_SIZE = 64;
export const WNODE_ALL_DATA_OFFSET_INSTANCE_DATA_AND_LENGTH = 60;
export const WNODE_SINGLE_INSTANCE_SIZE = 64;
export const WNODE_SINGLE_ITEM_FIXED_SIZE = 68;
export const WNODE_METHOD_ITEM_FIXED_SIZE = 68;
export const WNODE_EVENT_ITEM_SIZE = 48;
export const WNODE_EVENT_REFERENCE_SIZE = 72;
export const WNODE_TOO_SMALL_SIZE = 56;

/** Field offsets, for traces and for the C static assertions. */
export const wnodeOffsets = {
  WNODE_HEADER: {
    BufferSize: 0,
    ProviderId: 4,
    HistoricalContext: 8,
    Version: 8,
    Linkage: 12,
    TimeStamp: 16,
    Guid: 24,
    ClientContext: 40,
    Flags: 44,
  },
  WNODE_ALL_DATA: {
    DataBlockOffset: 48,
    InstanceCount: 52,
    OffsetInstanceNameOffsets: 56,
    FixedInstanceSize: 60,
    OffsetInstanceDataAndLength: 60,
  },
  WNODE_SINGLE_INSTANCE: {
    OffsetInstanceName: 48,
    InstanceIndex: 52,
    DataBlockOffset: 56,
    SizeDataBlock: 60,
    VariableData: 64,
  },
  WNODE_SINGLE_ITEM: {
    OffsetInstanceName: 48,
    InstanceIndex: 52,
    ItemId: 56,
    DataBlockOffset: 60,
    SizeDataItem: 64,
    VariableData: 68,
  },
  WNODE_METHOD_ITEM: {
    OffsetInstanceName: 48,
    InstanceIndex: 52,
    MethodId: 56,
    DataBlockOffset: 60,
    SizeDataBlock: 64,
    VariableData: 68,
  },
  WNODE_EVENT_REFERENCE: { TargetGuid: 48, TargetDataBlockSize: 64, TargetInstanceIndex: 68, TargetInstanceName: 68 },
  WNODE_TOO_SMALL: { SizeNeeded: 48 },
} as const;

export interface WnodeHeader {
  bufferSize: number;
  providerId: number;
  /** The 8-byte union at 8 (HistoricalContext; Version @8 and Linkage @12). */
  historicalContext: bigint;
  /** The 8-byte union at 16 (TimeStamp, 100 ns since 1601; CountLost; KernelHandle). */
  timeStamp: bigint;
  /** Upper case, no braces. */
  guid: string;
  clientContext: number;
  flags: number;
}

/** Header fields an encoder takes; BufferSize (and the node-type flag) are computed. */
export interface WnodeHeaderInit {
  guid: string;
  providerId?: number;
  historicalContext?: bigint;
  timeStamp?: bigint;
  clientContext?: number;
  /** Flags beyond the node type (STATIC_INSTANCE_NAMES, EVENT_ITEM, PDO_INSTANCE_NAMES, …). */
  flags?: number;
}

export function decodeWnodeHeader(bytes: Uint8Array, structure = "WNODE_HEADER"): WnodeHeader {
  const b = new Bytes(bytes, structure);
  return {
    bufferSize: b.u32(0, "WnodeHeader.BufferSize"),
    providerId: b.u32(4, "WnodeHeader.ProviderId"),
    historicalContext: b.u64(8, "WnodeHeader.HistoricalContext"),
    timeStamp: b.i64(16, "WnodeHeader.TimeStamp"),
    guid: b.guid(24, "WnodeHeader.Guid"),
    clientContext: b.u32(40, "WnodeHeader.ClientContext"),
    flags: b.u32(44, "WnodeHeader.Flags"),
  };
}

/** Writes a complete WNODE_HEADER at offset 0. */
export function writeWnodeHeader(bytes: Uint8Array, h: WnodeHeader, structure = "WNODE_HEADER"): void {
  const b = new Bytes(bytes, structure);
  b.setU32(0, h.bufferSize, "WnodeHeader.BufferSize");
  b.setU32(4, h.providerId, "WnodeHeader.ProviderId");
  b.setU64(8, h.historicalContext, "WnodeHeader.HistoricalContext");
  b.setI64(16, h.timeStamp, "WnodeHeader.TimeStamp");
  b.setGuid(24, h.guid, "WnodeHeader.Guid");
  b.setU32(40, h.clientContext, "WnodeHeader.ClientContext");
  b.setU32(44, h.flags, "WnodeHeader.Flags");
}

export function encodeWnodeHeader(init: WnodeHeaderInit, bufferSize = WNODE_HEADER_SIZE): Uint8Array {
  const out = new Uint8Array(bufferSize);
  writeWnodeHeader(out, fullHeader(init, bufferSize, 0));
  return out;
}

function fullHeader(init: WnodeHeaderInit, bufferSize: number, typeFlag: number): WnodeHeader {
  return {
    bufferSize,
    providerId: init.providerId ?? 0,
    historicalContext: init.historicalContext ?? 0n,
    timeStamp: init.timeStamp ?? 0n,
    guid: normalizeGuid(init.guid, "WNODE_HEADER", "Guid"),
    clientContext: init.clientContext ?? 0,
    flags: ((init.flags ?? 0) | typeFlag) >>> 0,
  };
}

/** Reads the header and checks `BufferSize` fits the bytes and holds the fixed part. */
function nodeHeader(
  bytes: Uint8Array,
  structure: string,
  fixedSize: number,
  flag: number,
  expected: string,
): WnodeHeader {
  const h = decodeWnodeHeader(bytes, structure);
  if ((h.flags & flag) === 0) throw wrongKind(structure, h.flags, expected);
  if (h.bufferSize > bytes.length)
    throw outOfRange(structure, "WnodeHeader.BufferSize", h.bufferSize, 0, h.bufferSize, bytes.length);
  if (h.bufferSize < fixedSize) throw truncated(structure, "WnodeHeader.BufferSize", 0, fixedSize, h.bufferSize);
  return h;
}

/** Checks that [offset, offset + size) lies inside the node and after its fixed part. */
function dataRange(
  structure: string,
  field: string,
  offset: number,
  size: number,
  fixedPart: number,
  limit: number,
): void {
  if (offset < fixedPart || offset + size > limit)
    throw outOfRange(structure, field, offset, offset, offset + size, limit);
}

// ---------------------------------------------------------------------------------------------
// WNODE_ALL_DATA (§2.4)

export interface InstanceExtent {
  offset: number;
  length: number;
}

export interface WnodeAllData {
  header: WnodeHeader;
  dataBlockOffset: number;
  instanceCount: number;
  offsetInstanceNameOffsets: number;
  /** FixedInstanceSize when WNODE_FLAG_FIXED_INSTANCE_SIZE is set, else null. */
  fixedInstanceSize: number | null;
  /** Where each instance's data lies (from the pair array, or computed for a fixed size). */
  instances: InstanceExtent[];
}

export function decodeAllData(bytes: Uint8Array): WnodeAllData {
  const S = "WNODE_ALL_DATA";
  const h = nodeHeader(
    bytes,
    S,
    WNODE_ALL_DATA_OFFSET_INSTANCE_DATA_AND_LENGTH,
    WNODE_FLAG_ALL_DATA,
    "WNODE_FLAG_ALL_DATA",
  );
  const node = bytes.subarray(0, h.bufferSize);
  const b = new Bytes(node, S);
  const dataBlockOffset = b.u32(48, "DataBlockOffset");
  const instanceCount = b.u32(52, "InstanceCount");
  const offsetInstanceNameOffsets = b.u32(56, "OffsetInstanceNameOffsets");
  const instances: InstanceExtent[] = [];
  let fixedInstanceSize: number | null = null;
  if (h.flags & WNODE_FLAG_FIXED_INSTANCE_SIZE) {
    fixedInstanceSize = b.u32(60, "FixedInstanceSize");
    const stride = align8(fixedInstanceSize);
    if (instanceCount > 0) {
      const end = dataBlockOffset + stride * (instanceCount - 1) + fixedInstanceSize;
      if (dataBlockOffset < WNODE_ALL_DATA_SIZE || end > h.bufferSize)
        throw outOfRange(S, "FixedInstanceSize", fixedInstanceSize, dataBlockOffset, end, h.bufferSize);
    }
    for (let i = 0; i < instanceCount; i++)
      instances.push({ offset: dataBlockOffset + stride * i, length: fixedInstanceSize });
  } else {
    const pairsEnd = 60 + 8 * instanceCount;
    if (pairsEnd > h.bufferSize) throw truncated(S, "OffsetInstanceDataAndLength", 60, pairsEnd, h.bufferSize);
    for (let i = 0; i < instanceCount; i++) {
      const field = `OffsetInstanceDataAndLength[${i}]`;
      const offset = b.u32(60 + 8 * i, `${field}.OffsetInstanceData`);
      const length = b.u32(64 + 8 * i, `${field}.LengthInstanceData`);
      dataRange(S, `${field}.OffsetInstanceData`, offset, length, pairsEnd, h.bufferSize);
      instances.push({ offset, length });
    }
  }
  return { header: h, dataBlockOffset, instanceCount, offsetInstanceNameOffsets, fixedInstanceSize, instances };
}

export interface AllDataInit {
  header: WnodeHeaderInit;
  instances: Uint8Array[];
  /** Use FixedInstanceSize (every instance must have the same length); data at 64. */
  fixedInstanceSize?: boolean;
}

/** Builds a WNODE_ALL_DATA as WmiLib completes one: DataBlockOffset = align8(60 + 8n), each instance 8-aligned. */
export function encodeAllData(init: AllDataInit): Uint8Array {
  const n = init.instances.length;
  const fixed = init.fixedInstanceSize === true;
  if (fixed && init.instances.some((x) => x.length !== init.instances[0].length)) {
    throw badValue(
      "WNODE_ALL_DATA",
      "FixedInstanceSize",
      init.instances.map((x) => x.length).join(","),
      "fixed-size instances all have the same length",
    );
  }
  const dataBlockOffset = fixed ? WNODE_ALL_DATA_SIZE : align8(60 + 8 * n);
  const offsets: number[] = [];
  let at = dataBlockOffset;
  for (let i = 0; i < n; i++) {
    offsets.push(at);
    at += init.instances[i].length;
    if (i < n - 1) at = align8(at);
  }
  const size = n === 0 ? dataBlockOffset : at;
  const out = new Uint8Array(size);
  writeWnodeHeader(
    out,
    fullHeader(init.header, size, WNODE_FLAG_ALL_DATA | (fixed ? WNODE_FLAG_FIXED_INSTANCE_SIZE : 0)),
    "WNODE_ALL_DATA",
  );
  const b = new Bytes(out, "WNODE_ALL_DATA");
  b.setU32(48, dataBlockOffset, "DataBlockOffset");
  b.setU32(52, n, "InstanceCount");
  if (fixed) b.setU32(60, n > 0 ? init.instances[0].length : 0, "FixedInstanceSize");
  for (let i = 0; i < n; i++) {
    if (!fixed) {
      b.setU32(60 + 8 * i, offsets[i], `OffsetInstanceDataAndLength[${i}].OffsetInstanceData`);
      b.setU32(64 + 8 * i, init.instances[i].length, `OffsetInstanceDataAndLength[${i}].LengthInstanceData`);
    }
    out.set(init.instances[i], offsets[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// WNODE_SINGLE_INSTANCE (§2.5)

export interface WnodeSingleInstance {
  header: WnodeHeader;
  offsetInstanceName: number;
  instanceIndex: number;
  dataBlockOffset: number;
  sizeDataBlock: number;
}

/**
 * Decodes a WNODE_SINGLE_INSTANCE. `checkData` (default true) also requires the data block to
 * lie inside the node, which a request for data (QUERY_SINGLE_INSTANCE) does not promise.
 */
export function decodeSingleInstance(bytes: Uint8Array, checkData = true): WnodeSingleInstance {
  const S = "WNODE_SINGLE_INSTANCE";
  const h = nodeHeader(bytes, S, WNODE_SINGLE_INSTANCE_SIZE, WNODE_FLAG_SINGLE_INSTANCE, "WNODE_FLAG_SINGLE_INSTANCE");
  const b = new Bytes(bytes.subarray(0, h.bufferSize), S);
  const w: WnodeSingleInstance = {
    header: h,
    offsetInstanceName: b.u32(48, "OffsetInstanceName"),
    instanceIndex: b.u32(52, "InstanceIndex"),
    dataBlockOffset: b.u32(56, "DataBlockOffset"),
    sizeDataBlock: b.u32(60, "SizeDataBlock"),
  };
  if (checkData)
    dataRange(S, "DataBlockOffset", w.dataBlockOffset, w.sizeDataBlock, WNODE_SINGLE_INSTANCE_SIZE, h.bufferSize);
  return w;
}

export interface SingleInstanceInit {
  header: WnodeHeaderInit;
  instanceIndex: number;
  data?: Uint8Array;
  /** Default 64. */
  dataBlockOffset?: number;
  /** Extra bytes of capacity after the data (a request buffer WMI hands to a driver). */
  capacity?: number;
}

export function encodeSingleInstance(init: SingleInstanceInit): Uint8Array {
  const S = "WNODE_SINGLE_INSTANCE";
  const data = init.data ?? new Uint8Array(0);
  const dbo = init.dataBlockOffset ?? WNODE_SINGLE_INSTANCE_SIZE;
  if (dbo < WNODE_SINGLE_INSTANCE_SIZE)
    throw badValue(S, "DataBlockOffset", dbo, "the data follows the 64-byte fixed part");
  const size = dbo + data.length;
  const out = new Uint8Array(Math.max(size, init.capacity ?? 0));
  writeWnodeHeader(out, fullHeader(init.header, size, WNODE_FLAG_SINGLE_INSTANCE), S);
  const b = new Bytes(out, S);
  b.setU32(52, init.instanceIndex, "InstanceIndex");
  b.setU32(56, dbo, "DataBlockOffset");
  b.setU32(60, data.length, "SizeDataBlock");
  out.set(data, dbo);
  return out;
}

// ---------------------------------------------------------------------------------------------
// WNODE_SINGLE_ITEM (§2.6) and WNODE_METHOD_ITEM (§2.7)

export interface WnodeSingleItem {
  header: WnodeHeader;
  offsetInstanceName: number;
  instanceIndex: number;
  itemId: number;
  dataBlockOffset: number;
  sizeDataItem: number;
}

export function decodeSingleItem(bytes: Uint8Array): WnodeSingleItem {
  const S = "WNODE_SINGLE_ITEM";
  const h = nodeHeader(bytes, S, WNODE_SINGLE_ITEM_FIXED_SIZE, WNODE_FLAG_SINGLE_ITEM, "WNODE_FLAG_SINGLE_ITEM");
  const b = new Bytes(bytes.subarray(0, h.bufferSize), S);
  const w: WnodeSingleItem = {
    header: h,
    offsetInstanceName: b.u32(48, "OffsetInstanceName"),
    instanceIndex: b.u32(52, "InstanceIndex"),
    itemId: b.u32(56, "ItemId"),
    dataBlockOffset: b.u32(60, "DataBlockOffset"),
    sizeDataItem: b.u32(64, "SizeDataItem"),
  };
  dataRange(S, "DataBlockOffset", w.dataBlockOffset, w.sizeDataItem, WNODE_SINGLE_ITEM_FIXED_SIZE, h.bufferSize);
  return w;
}

export interface SingleItemInit {
  header: WnodeHeaderInit;
  instanceIndex: number;
  itemId: number;
  data: Uint8Array;
  /** Default 72 (the first 8-aligned offset after the 68-byte fixed part). */
  dataBlockOffset?: number;
}

export function encodeSingleItem(init: SingleItemInit): Uint8Array {
  const S = "WNODE_SINGLE_ITEM";
  const dbo = init.dataBlockOffset ?? 72;
  if (dbo < WNODE_SINGLE_ITEM_FIXED_SIZE)
    throw badValue(S, "DataBlockOffset", dbo, "the data follows the 68-byte fixed part");
  const size = dbo + init.data.length;
  const out = new Uint8Array(size);
  writeWnodeHeader(out, fullHeader(init.header, size, WNODE_FLAG_SINGLE_ITEM), S);
  const b = new Bytes(out, S);
  b.setU32(52, init.instanceIndex, "InstanceIndex");
  b.setU32(56, init.itemId, "ItemId");
  b.setU32(60, dbo, "DataBlockOffset");
  b.setU32(64, init.data.length, "SizeDataItem");
  out.set(init.data, dbo);
  return out;
}

export interface WnodeMethodItem {
  header: WnodeHeader;
  offsetInstanceName: number;
  instanceIndex: number;
  methodId: number;
  dataBlockOffset: number;
  sizeDataBlock: number;
}

export function decodeMethodItem(bytes: Uint8Array): WnodeMethodItem {
  const S = "WNODE_METHOD_ITEM";
  const h = nodeHeader(bytes, S, WNODE_METHOD_ITEM_FIXED_SIZE, WNODE_FLAG_METHOD_ITEM, "WNODE_FLAG_METHOD_ITEM");
  const b = new Bytes(bytes.subarray(0, h.bufferSize), S);
  const w: WnodeMethodItem = {
    header: h,
    offsetInstanceName: b.u32(48, "OffsetInstanceName"),
    instanceIndex: b.u32(52, "InstanceIndex"),
    methodId: b.u32(56, "MethodId"),
    dataBlockOffset: b.u32(60, "DataBlockOffset"),
    sizeDataBlock: b.u32(64, "SizeDataBlock"),
  };
  dataRange(S, "DataBlockOffset", w.dataBlockOffset, w.sizeDataBlock, WNODE_METHOD_ITEM_FIXED_SIZE, h.bufferSize);
  return w;
}

export interface MethodItemInit {
  header: WnodeHeaderInit;
  instanceIndex: number;
  methodId: number;
  input?: Uint8Array;
  /** Default 72. */
  dataBlockOffset?: number;
  /** Total buffer capacity (room for the output); at least the node itself. */
  capacity?: number;
}

export function encodeMethodItem(init: MethodItemInit): Uint8Array {
  const S = "WNODE_METHOD_ITEM";
  const input = init.input ?? new Uint8Array(0);
  const dbo = init.dataBlockOffset ?? 72;
  if (dbo < WNODE_METHOD_ITEM_FIXED_SIZE)
    throw badValue(S, "DataBlockOffset", dbo, "the data follows the 68-byte fixed part");
  const size = dbo + input.length;
  const out = new Uint8Array(Math.max(size, init.capacity ?? 0));
  writeWnodeHeader(out, fullHeader(init.header, size, WNODE_FLAG_METHOD_ITEM), S);
  const b = new Bytes(out, S);
  b.setU32(52, init.instanceIndex, "InstanceIndex");
  b.setU32(56, init.methodId, "MethodId");
  b.setU32(60, dbo, "DataBlockOffset");
  b.setU32(64, input.length, "SizeDataBlock");
  out.set(input, dbo);
  return out;
}

// ---------------------------------------------------------------------------------------------
// WNODE_EVENT_REFERENCE (§2.9) and WNODE_TOO_SMALL (§2.10)

export interface WnodeEventReference {
  header: WnodeHeader;
  targetGuid: string;
  targetDataBlockSize: number;
  /** Set when the header has STATIC_INSTANCE_NAMES. */
  targetInstanceIndex: number | null;
  /** Set otherwise (a counted UTF-16 name at 68). */
  targetInstanceName: string | null;
}

export function decodeEventReference(bytes: Uint8Array): WnodeEventReference {
  const S = "WNODE_EVENT_REFERENCE";
  const h = nodeHeader(bytes, S, 72, WNODE_FLAG_EVENT_REFERENCE, "WNODE_FLAG_EVENT_REFERENCE");
  const b = new Bytes(bytes.subarray(0, h.bufferSize), S);
  const targetGuid = b.guid(48, "TargetGuid");
  const targetDataBlockSize = b.u32(64, "TargetDataBlockSize");
  if (h.flags & WNODE_FLAG_STATIC_INSTANCE_NAMES) {
    return {
      header: h,
      targetGuid,
      targetDataBlockSize,
      targetInstanceIndex: b.u32(68, "TargetInstanceIndex"),
      targetInstanceName: null,
    };
  }
  return {
    header: h,
    targetGuid,
    targetDataBlockSize,
    targetInstanceIndex: null,
    targetInstanceName: b.countedString(68, "TargetInstanceName"),
  };
}

export interface EventReferenceInit {
  header: WnodeHeaderInit;
  targetGuid?: string;
  targetDataBlockSize?: number;
  target: { index: number } | { name: string };
}

export function encodeEventReference(init: EventReferenceInit): Uint8Array {
  const S = "WNODE_EVENT_REFERENCE";
  const byIndex = "index" in init.target;
  const size = byIndex
    ? WNODE_EVENT_REFERENCE_SIZE
    : Math.max(WNODE_EVENT_REFERENCE_SIZE, 68 + countedStringSize((init.target as { name: string }).name));
  const out = new Uint8Array(size);
  const flags = WNODE_FLAG_EVENT_REFERENCE | (byIndex ? WNODE_FLAG_STATIC_INSTANCE_NAMES : 0);
  writeWnodeHeader(out, fullHeader(init.header, size, flags), S);
  const b = new Bytes(out, S);
  b.setGuid(48, init.targetGuid ?? init.header.guid, "TargetGuid");
  b.setU32(64, init.targetDataBlockSize ?? 0, "TargetDataBlockSize");
  if ("index" in init.target) b.setU32(68, init.target.index, "TargetInstanceIndex");
  else b.setCountedString(68, init.target.name, "TargetInstanceName");
  return out;
}

export interface WnodeTooSmall {
  header: WnodeHeader;
  sizeNeeded: number;
}

export function decodeTooSmall(bytes: Uint8Array): WnodeTooSmall {
  const S = "WNODE_TOO_SMALL";
  const h = nodeHeader(bytes, S, 52, WNODE_FLAG_TOO_SMALL, "WNODE_FLAG_TOO_SMALL");
  return { header: h, sizeNeeded: new Bytes(bytes, S).u32(48, "SizeNeeded") };
}

export function encodeTooSmall(init: WnodeHeaderInit, sizeNeeded: number): Uint8Array {
  const out = new Uint8Array(WNODE_TOO_SMALL_SIZE);
  writeWnodeHeader(
    out,
    { ...fullHeader(init, WNODE_TOO_SMALL_SIZE, 0), flags: WNODE_FLAG_TOO_SMALL },
    "WNODE_TOO_SMALL",
  );
  new Bytes(out, "WNODE_TOO_SMALL").setU32(48, sizeNeeded, "SizeNeeded");
  return out;
}

// ---------------------------------------------------------------------------------------------

export type Wnode =
  | { kind: "too-small"; node: WnodeTooSmall }
  | { kind: "event-reference"; node: WnodeEventReference }
  | { kind: "method-item"; node: WnodeMethodItem }
  | { kind: "all-data"; node: WnodeAllData }
  | { kind: "single-instance"; node: WnodeSingleInstance }
  | { kind: "single-item"; node: WnodeSingleItem }
  /** A bare header (WNODE_EVENT_ITEM without a layout flag, or an enable/disable request). */
  | { kind: "header"; node: WnodeHeader };

/** Decodes whichever structure the header's flags announce. */
export function decodeWnode(bytes: Uint8Array): Wnode {
  const h = decodeWnodeHeader(bytes);
  const f = h.flags;
  if (f & WNODE_FLAG_TOO_SMALL) return { kind: "too-small", node: decodeTooSmall(bytes) };
  if (f & WNODE_FLAG_EVENT_REFERENCE) return { kind: "event-reference", node: decodeEventReference(bytes) };
  if (f & WNODE_FLAG_METHOD_ITEM) return { kind: "method-item", node: decodeMethodItem(bytes) };
  if (f & WNODE_FLAG_ALL_DATA) return { kind: "all-data", node: decodeAllData(bytes) };
  if (f & WNODE_FLAG_SINGLE_INSTANCE) return { kind: "single-instance", node: decodeSingleInstance(bytes) };
  if (f & WNODE_FLAG_SINGLE_ITEM) return { kind: "single-item", node: decodeSingleItem(bytes) };
  return { kind: "header", node: h };
}
