/**
 * WmiLib in TypeScript (wmi-kernel.md §3-§6): WmiSystemControl, WmiCompleteRequest and
 * WmiFireEvent over real WNODE bytes. Library-detected errors store the status in the IRP and
 * return IrpNotCompleted (the driver completes); callback paths return IrpProcessed with the
 * callback's status. Choices the documents leave open are marked [infer] and follow §4.
 */
import * as K from "./constants.js";
import { Bytes, WnodeError, align8, badValue, normalizeGuid } from "./bytes.js";
import { type IoStatusBlock, WmiDevice, WmiIrp, ioCompleteRequest } from "./irp.js";
import { regInfoSize, writeRegInfo, type RegGuidInit } from "./reginfo.js";
import {
  WNODE_SINGLE_INSTANCE_SIZE,
  WNODE_TOO_SMALL_SIZE,
  decodeMethodItem,
  decodeSingleInstance,
  decodeSingleItem,
  decodeWnodeHeader,
} from "./wnode.js";

/** WMIGUIDREGINFO: one block the provider serves. */
export interface WmiGuidRegInfo {
  guid: string;
  instanceCount: number;
  flags: number;
}

/** What QueryWmiRegInfo returns through its out parameters. */
export interface WmiRegInfoAnswer {
  /** Must be STATUS_SUCCESS (default). */
  status?: number;
  /** WMIREG_FLAG_* applied to every block. */
  regFlags?: number;
  /** The base name for INSTANCE_BASENAME blocks. */
  instanceName?: string;
  registryPath?: string;
  mofResourceName?: string;
  /** The PDO for INSTANCE_PDO blocks (default: the device's). */
  pdo?: bigint;
}

/**
 * WMILIB_CONTEXT: the GUID list and the six callbacks. A callback either calls wmiCompleteRequest
 * and returns its result, or returns STATUS_PENDING and calls wmiCompleteRequest later.
 * `buffer` arguments are views of exactly `bufferAvail` / `bufferSize` bytes of the IRP buffer.
 */
export interface WmiLibContext {
  guidList: WmiGuidRegInfo[];
  queryWmiRegInfo?(device: WmiDevice): WmiRegInfoAnswer;
  queryWmiDataBlock?(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    instanceCount: number,
    instanceLengthArray: Uint32Array | null,
    bufferAvail: number,
    buffer: Uint8Array,
  ): number;
  setWmiDataBlock?(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    bufferSize: number,
    buffer: Uint8Array,
  ): number;
  setWmiDataItem?(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    dataItemId: number,
    bufferSize: number,
    buffer: Uint8Array,
  ): number;
  executeWmiMethod?(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    methodId: number,
    inBufferSize: number,
    outBufferSize: number,
    buffer: Uint8Array,
  ): number;
  wmiFunctionControl?(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    fn: K.WmiEnableDisableControl,
    enable: boolean,
  ): number;
}

export interface SystemControlResult {
  disposition: K.SysctlIrpDisposition;
  /** The NTSTATUS WmiSystemControl returns. */
  status: number;
}

/** What WmiCompleteRequest needs to know about a request in flight. */
interface Pending {
  device: WmiDevice;
  guid: string;
  dataBlockOffset: number;
  lengths: Uint32Array | null;
}
// Shared through the global registry: a provider bundled with its own copy of the runtime
// (`mofkit query --provider x.ts`) completes requests this copy started.
const inFlight: WeakMap<WmiIrp, Pending> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("mofkit.runtime.requestsInFlight")
] ??= new WeakMap<WmiIrp, Pending>()) as WeakMap<WmiIrp, Pending>;

function libraryError(irp: WmiIrp, status: number): SystemControlResult {
  irp.ioStatus.status = status;
  irp.ioStatus.information = 0;
  return { disposition: K.IrpNotCompleted, status };
}

const WMI_MINORS = new Set(K.WMI_MINOR_CODES);

/** WmiSystemControl(context, device, irp) → disposition and status (§4.1-§4.2). */
export function wmiSystemControl(context: WmiLibContext, device: WmiDevice, irp: WmiIrp): SystemControlResult {
  const minor = irp.minor;
  if (!WMI_MINORS.has(minor)) return { disposition: K.IrpNotWmi, status: irp.ioStatus.status };
  if (irp.providerId !== device.providerId) return { disposition: K.IrpForward, status: irp.ioStatus.status };
  if (minor === K.IRP_MN_REGINFO || minor === K.IRP_MN_REGINFO_EX) return regInfo(context, device, irp);

  let guid: string;
  try {
    guid = typeof irp.dataPath === "string" ? normalizeGuid(irp.dataPath) : "";
  } catch {
    guid = "";
  }
  const guidIndex = guid === "" ? -1 : context.guidList.findIndex((g) => sameGuid(g.guid, guid));
  if (guidIndex < 0) return libraryError(irp, K.STATUS_WMI_GUID_NOT_FOUND);
  const entry = context.guidList[guidIndex];
  const data = irp.data;

  switch (minor) {
    case K.IRP_MN_QUERY_ALL_DATA:
      return queryAllData(context, device, irp, guidIndex, guid, entry);
    case K.IRP_MN_QUERY_SINGLE_INSTANCE:
    case K.IRP_MN_CHANGE_SINGLE_INSTANCE:
    case K.IRP_MN_CHANGE_SINGLE_ITEM:
    case K.IRP_MN_EXECUTE_METHOD: {
      // §4.1 step 5: static names only, then the structure, then the instance range [infer].
      let flags: number;
      try {
        flags = decodeWnodeHeader(data).flags;
      } catch {
        return libraryError(irp, K.STATUS_INVALID_PARAMETER);
      }
      if ((flags & K.WNODE_FLAG_STATIC_INSTANCE_NAMES) === 0) return libraryError(irp, K.STATUS_WMI_INSTANCE_NOT_FOUND);
      return instanceRequest(context, device, irp, guidIndex, guid, entry);
    }
    default:
      return functionControl(context, device, irp, guidIndex, guid);
  }
}

function sameGuid(a: string, normalized: string): boolean {
  try {
    return normalizeGuid(a) === normalized;
  } catch {
    return false;
  }
}

function queryAllData(
  context: WmiLibContext,
  device: WmiDevice,
  irp: WmiIrp,
  guidIndex: number,
  guid: string,
  entry: WmiGuidRegInfo,
): SystemControlResult {
  const data = irp.data;
  // Too small for even the WNODE_TOO_SMALL answer: the IRP fails [doc IRP pages].
  if (irp.bufferSize < WNODE_TOO_SMALL_SIZE) return libraryError(irp, K.STATUS_BUFFER_TOO_SMALL);
  try {
    if ((decodeWnodeHeader(data).flags & K.WNODE_FLAG_ALL_DATA) === 0)
      return libraryError(irp, K.STATUS_INVALID_PARAMETER);
  } catch {
    return libraryError(irp, K.STATUS_INVALID_PARAMETER);
  }
  if (!context.queryWmiDataBlock) return libraryError(irp, K.STATUS_INVALID_DEVICE_REQUEST);
  const n = entry.instanceCount >>> 0;
  const dataBlockOffset = align8(60 + 8 * n);
  if (dataBlockOffset > 0xffffffff) return libraryError(irp, K.STATUS_INTEGER_OVERFLOW);
  const b = new Bytes(data, "WNODE_ALL_DATA");
  b.setU32(48, dataBlockOffset, "DataBlockOffset");
  b.setU32(52, n, "InstanceCount");
  const fits = irp.bufferSize >= dataBlockOffset;
  const lengths = fits ? new Uint32Array(n) : null;
  const bufferAvail = fits ? irp.bufferSize - dataBlockOffset : 0;
  const buffer = fits ? data.subarray(dataBlockOffset) : data.subarray(0, 0);
  inFlight.set(irp, { device, guid, dataBlockOffset, lengths });
  const status = context.queryWmiDataBlock(device, irp, guidIndex, 0, n, lengths, bufferAvail, buffer);
  return { disposition: K.IrpProcessed, status };
}

function instanceRequest(
  context: WmiLibContext,
  device: WmiDevice,
  irp: WmiIrp,
  guidIndex: number,
  guid: string,
  entry: WmiGuidRegInfo,
): SystemControlResult {
  const data = irp.data;
  const minor = irp.minor;
  let instanceIndex: number;
  let dataBlockOffset: number;
  let call: () => number;
  try {
    if (minor === K.IRP_MN_QUERY_SINGLE_INSTANCE) {
      const w = decodeSingleInstance(data, false);
      if (w.dataBlockOffset < WNODE_SINGLE_INSTANCE_SIZE) return libraryError(irp, K.STATUS_INVALID_PARAMETER);
      ({ instanceIndex, dataBlockOffset } = w);
      if (!context.queryWmiDataBlock) return libraryError(irp, K.STATUS_INVALID_DEVICE_REQUEST);
      const q = context.queryWmiDataBlock.bind(context);
      const avail = Math.max(0, irp.bufferSize - dataBlockOffset);
      const lengths = new Uint32Array(1);
      call = () => {
        const st = q(
          device,
          irp,
          guidIndex,
          instanceIndex,
          1,
          lengths,
          avail,
          data.subarray(Math.min(dataBlockOffset, data.length)),
        );
        return st;
      };
    } else if (minor === K.IRP_MN_CHANGE_SINGLE_INSTANCE) {
      const w = decodeSingleInstance(data, true);
      ({ instanceIndex, dataBlockOffset } = w);
      const set = context.setWmiDataBlock?.bind(context);
      if (!set) return libraryError(irp, K.STATUS_WMI_READ_ONLY);
      call = () =>
        set(
          device,
          irp,
          guidIndex,
          instanceIndex,
          w.sizeDataBlock,
          data.subarray(w.dataBlockOffset, w.dataBlockOffset + w.sizeDataBlock),
        );
    } else if (minor === K.IRP_MN_CHANGE_SINGLE_ITEM) {
      const w = decodeSingleItem(data);
      ({ instanceIndex, dataBlockOffset } = w);
      const set = context.setWmiDataItem?.bind(context);
      if (!set) return libraryError(irp, K.STATUS_WMI_READ_ONLY);
      call = () =>
        set(
          device,
          irp,
          guidIndex,
          instanceIndex,
          w.itemId,
          w.sizeDataItem,
          data.subarray(w.dataBlockOffset, w.dataBlockOffset + w.sizeDataItem),
        );
    } else {
      const w = decodeMethodItem(data);
      ({ instanceIndex, dataBlockOffset } = w);
      const exec = context.executeWmiMethod?.bind(context);
      if (!exec) return libraryError(irp, K.STATUS_INVALID_DEVICE_REQUEST);
      call = () =>
        exec(
          device,
          irp,
          guidIndex,
          instanceIndex,
          w.methodId,
          w.sizeDataBlock,
          irp.bufferSize - w.dataBlockOffset,
          data.subarray(w.dataBlockOffset),
        );
    }
  } catch (e) {
    if (e instanceof WnodeError) return libraryError(irp, K.STATUS_INVALID_PARAMETER);
    throw e;
  }
  // Range check done by the library as well as by the callback (§4.1 step 5, [infer]).
  if (instanceIndex >= entry.instanceCount >>> 0) return libraryError(irp, K.STATUS_WMI_INSTANCE_NOT_FOUND);
  inFlight.set(irp, { device, guid, dataBlockOffset, lengths: null });
  return { disposition: K.IrpProcessed, status: call() };
}

function functionControl(
  context: WmiLibContext,
  device: WmiDevice,
  irp: WmiIrp,
  guidIndex: number,
  guid: string,
): SystemControlResult {
  const minor = irp.minor;
  const enable = minor === K.IRP_MN_ENABLE_EVENTS || minor === K.IRP_MN_ENABLE_COLLECTION;
  const fn =
    minor === K.IRP_MN_ENABLE_EVENTS || minor === K.IRP_MN_DISABLE_EVENTS ? K.WmiEventControl : K.WmiDataBlockControl;
  if (!context.wmiFunctionControl) {
    applyControl(device, minor, guid);
    return libraryError(irp, K.STATUS_SUCCESS);
  }
  inFlight.set(irp, { device, guid, dataBlockOffset: 0, lengths: null });
  return { disposition: K.IrpProcessed, status: context.wmiFunctionControl(device, irp, guidIndex, fn, enable) };
}

function applyControl(device: WmiDevice, minor: number, guid: string): void {
  if (minor === K.IRP_MN_ENABLE_EVENTS) device.eventsEnabled.add(guid);
  else if (minor === K.IRP_MN_DISABLE_EVENTS) device.eventsEnabled.delete(guid);
  else if (minor === K.IRP_MN_ENABLE_COLLECTION) device.collectionEnabled.add(guid);
  else if (minor === K.IRP_MN_DISABLE_COLLECTION) device.collectionEnabled.delete(guid);
}

/** REGINFO / REGINFO_EX (§3): builds WMIREGINFO from the GUID list and QueryWmiRegInfo. */
function regInfo(context: WmiLibContext, device: WmiDevice, irp: WmiIrp): SystemControlResult {
  const answer = context.queryWmiRegInfo ? context.queryWmiRegInfo(device) : {};
  const status = answer.status ?? K.STATUS_SUCCESS;
  if (status !== K.STATUS_SUCCESS) return libraryError(irp, status);
  const regFlags = answer.regFlags ?? 0;
  const guids: RegGuidInit[] = context.guidList.map((g) => {
    const flags = (g.flags | regFlags) >>> 0;
    const r: RegGuidInit = { guid: g.guid, flags, instanceCount: g.instanceCount };
    if (flags & K.WMIREG_FLAG_INSTANCE_PDO) r.pdo = answer.pdo ?? device.pdo;
    else if (flags & K.WMIREG_FLAG_INSTANCE_BASENAME) r.baseName = answer.instanceName ?? "";
    return r;
  });
  const init = { guids, registryPath: answer.registryPath ?? "", mofResourceName: answer.mofResourceName ?? "" };
  let size: number;
  try {
    size = regInfoSize(device.arch, init);
    if (size <= irp.bufferSize) writeRegInfo(device.arch, init, irp.data);
  } catch (e) {
    if (e instanceof WnodeError) return libraryError(irp, K.STATUS_INVALID_PARAMETER);
    throw e;
  }
  if (size <= irp.bufferSize) {
    if (irp.minor === K.IRP_MN_REGINFO_EX) device.pdoReferences += guids.filter((g) => g.pdo !== undefined).length;
    irp.ioStatus.status = K.STATUS_SUCCESS;
    irp.ioStatus.information = size;
  } else if (irp.bufferSize >= 4) {
    // KMDF / ClassPnP form (§3.2 item 6): the needed size at 0, success, Information 4.
    new Bytes(irp.data, "WMIREGINFO").setU32(0, size, "BufferSize");
    irp.ioStatus.status = K.STATUS_SUCCESS;
    irp.ioStatus.information = 4;
  } else {
    return libraryError(irp, K.STATUS_BUFFER_TOO_SMALL);
  }
  return { disposition: K.IrpNotCompleted, status: irp.ioStatus.status };
}

/**
 * WmiCompleteRequest(device, irp, status, bufferUsed, priorityBoost): fills the output WNODE per
 * §4.3-§4.5, completes the IRP and returns the final status (which the callback returns).
 * `bufferUsed` counts data bytes only (bytes needed when the status is STATUS_BUFFER_TOO_SMALL).
 */
export function wmiCompleteRequest(
  device: WmiDevice,
  irp: WmiIrp,
  status: number,
  bufferUsed: number,
  priorityBoost = K.IO_NO_INCREMENT,
): number {
  if (!Number.isInteger(bufferUsed) || bufferUsed < 0 || bufferUsed > 0xffffffff)
    throw badValue("WmiCompleteRequest", "BufferUsed", bufferUsed, "a ULONG byte count");
  const p = inFlight.get(irp);
  if (irp.completed || !p) {
    // Not a request in flight from wmiSystemControl: store the status and complete
    // (raises MOF3721 when the IRP was already completed).
    if (!irp.completed) {
      irp.ioStatus.status = status >>> 0;
      irp.ioStatus.information = 0;
    }
    ioCompleteRequest(irp, priorityBoost);
    return status >>> 0;
  }
  inFlight.delete(irp);
  status >>>= 0;
  const minor = irp.minor;
  const data = irp.data;
  const io = irp.ioStatus;
  io.information = 0;
  const producesOutput =
    minor === K.IRP_MN_QUERY_ALL_DATA || minor === K.IRP_MN_QUERY_SINGLE_INSTANCE || minor === K.IRP_MN_EXECUTE_METHOD;
  if (producesOutput) {
    const total = p.dataBlockOffset + bufferUsed;
    const tooSmall = status === K.STATUS_BUFFER_TOO_SMALL || (status === K.STATUS_SUCCESS && total > irp.bufferSize);
    if (tooSmall) {
      if (irp.bufferSize < WNODE_TOO_SMALL_SIZE || total > 0xffffffff) {
        status = K.STATUS_BUFFER_TOO_SMALL;
      } else {
        const b = new Bytes(data, "WNODE_TOO_SMALL");
        b.setU32(0, WNODE_TOO_SMALL_SIZE, "WnodeHeader.BufferSize");
        b.setU32(44, K.WNODE_FLAG_TOO_SMALL, "WnodeHeader.Flags");
        b.setU32(48, total, "SizeNeeded");
        status = K.STATUS_SUCCESS;
        io.information = WNODE_TOO_SMALL_SIZE;
      }
    } else if (status === K.STATUS_SUCCESS) {
      const b = new Bytes(
        data,
        minor === K.IRP_MN_QUERY_ALL_DATA
          ? "WNODE_ALL_DATA"
          : minor === K.IRP_MN_EXECUTE_METHOD
            ? "WNODE_METHOD_ITEM"
            : "WNODE_SINGLE_INSTANCE",
      );
      b.setU32(0, total, "WnodeHeader.BufferSize");
      b.setI64(16, p.device.clock(), "WnodeHeader.TimeStamp");
      if (minor === K.IRP_MN_QUERY_ALL_DATA) {
        const lengths = p.lengths ?? new Uint32Array(0);
        let off = p.dataBlockOffset;
        for (let i = 0; i < lengths.length; i++) {
          if (i > 0) off = align8(off + lengths[i - 1]);
          // Pairs only exist when the offset fits a ULONG; a provider reporting absurd lengths gets them clamped.
          b.setU32(60 + 8 * i, Math.min(off, 0xffffffff), `OffsetInstanceDataAndLength[${i}].OffsetInstanceData`);
          b.setU32(64 + 8 * i, lengths[i], `OffsetInstanceDataAndLength[${i}].LengthInstanceData`);
        }
        b.setU32(44, (b.u32(44, "WnodeHeader.Flags") & ~K.WNODE_FLAG_FIXED_INSTANCE_SIZE) >>> 0, "WnodeHeader.Flags");
      } else if (minor === K.IRP_MN_QUERY_SINGLE_INSTANCE) {
        b.setU32(60, bufferUsed, "SizeDataBlock");
      } else {
        b.setU32(64, bufferUsed, "SizeDataBlock");
      }
      io.information = total;
    }
  } else if (status === K.STATUS_SUCCESS && minor >= K.IRP_MN_ENABLE_EVENTS && minor <= K.IRP_MN_DISABLE_COLLECTION) {
    applyControl(p.device, minor, p.guid);
  }
  io.status = status;
  ioCompleteRequest(irp, priorityBoost);
  return status;
}

/** IoWMIWriteEvent (§6.2): hands a complete event node to WMI. */
export function ioWmiWriteEvent(device: WmiDevice, node: Uint8Array): number {
  if (node.length > device.maxEventSize) return K.STATUS_BUFFER_OVERFLOW;
  if (!device.eventSink) return K.STATUS_UNSUCCESSFUL;
  return device.eventSink(node) >>> 0;
}

/**
 * WmiFireEvent(device, guid, instanceIndex, eventData) (§6.1): a WNODE_SINGLE_INSTANCE with
 * Flags 0x8A, data at 64, sent through IoWMIWriteEvent. The data is copied (the caller's buffer is
 * "freed": callers must not reuse it).
 */
export function wmiFireEvent(
  device: WmiDevice,
  guid: string,
  instanceIndex: number,
  eventData?: Uint8Array | null,
): number {
  const payload = eventData ?? new Uint8Array(0);
  const size = 64 + payload.length;
  if (size > 0xffffffff) return K.STATUS_INSUFFICIENT_RESOURCES;
  const node = new Uint8Array(size);
  const b = new Bytes(node, "WNODE_SINGLE_INSTANCE");
  b.setU32(0, size, "WnodeHeader.BufferSize");
  b.setU32(4, device.providerId >>> 0, "WnodeHeader.ProviderId");
  b.setI64(16, device.clock(), "WnodeHeader.TimeStamp");
  b.setGuid(24, guid, "WnodeHeader.Guid");
  b.setU32(
    44,
    K.WNODE_FLAG_SINGLE_INSTANCE | K.WNODE_FLAG_EVENT_ITEM | K.WNODE_FLAG_STATIC_INSTANCE_NAMES,
    "WnodeHeader.Flags",
  );
  b.setU32(52, instanceIndex, "InstanceIndex");
  b.setU32(56, 64, "DataBlockOffset");
  b.setU32(60, payload.length, "SizeDataBlock");
  node.set(payload, 64);
  return ioWmiWriteEvent(device, node);
}
