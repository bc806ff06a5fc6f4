/**
 * The base of generated TypeScript providers: a WMILIB_CONTEXT (wmi-kernel.md §4) whose callbacks
 * decode requests with the blocks' codecs, call typed handlers and encode their answers into the
 * IRP buffer, so a provider author writes "return instance i of class X" instead of byte offsets.
 * A generated subclass maps guid indexes and method ids to one typed method per block and method.
 *
 * A handler may return a value or a Promise of one (the request is then answered STATUS_PENDING and
 * completed later, as a driver would). It fails a request with a specific NTSTATUS by throwing a
 * WmiStatusError; any other exception from a synchronous handler is a provider bug and propagates
 * to the caller of wmiSystemControl, where it is most visible.
 */
import * as K from "./constants.js";
import { align8 } from "./bytes.js";
import { wmiCompleteRequest, wmiFireEvent, type WmiGuidRegInfo, type WmiLibContext, type WmiRegInfoAnswer } from "./dispatch.js";
import type { WmiDevice, WmiIrp } from "./irp.js";
import type { ProviderBlock, ProviderMethod } from "./provider-block.js";

/** Thrown by a handler to fail the request with `status` (an NTSTATUS such as STATUS_WMI_INSTANCE_NOT_FOUND). */
export class WmiStatusError extends Error {
  readonly status: number;
  constructor(status: number, message = K.statusName(status)) {
    super(message);
    this.name = "WmiStatusError";
    this.status = status >>> 0;
  }
}

export interface ProviderOptions<C extends string = string> {
  /** Instances registered per class (default 1). */
  instanceCounts?: Partial<Record<C, number>>;
  /** Base of the static instance names WMI derives (`<base>_0`, `<base>_1`, ...); default "mofkit". */
  instanceBaseName?: string;
  /** Data blocks registered WMIREG_FLAG_EXPENSIVE: collection is enabled while a consumer has them open. */
  expensive?: C[];
  registryPath?: string;
  mofResourceName?: string;
  /** Errors of asynchronous handlers, after their request was failed with STATUS_UNSUCCESSFUL (default: console.error). */
  onError?: (error: unknown) => void;
}

export type FunctionKind = "events" | "collection";

type Completion = { status: number; used: number } | null;

export abstract class WmiProvider<C extends string = string> implements WmiLibContext {
  readonly blocks: readonly ProviderBlock[];
  readonly guidList: WmiGuidRegInfo[];
  /** The device WMI registered this provider for (set by registration); events are fired through it. */
  device: WmiDevice | null = null;
  private readonly options: ProviderOptions<C>;

  constructor(blocks: readonly ProviderBlock[], options: ProviderOptions<C> = {}) {
    this.blocks = blocks;
    this.options = options;
    const counts = (options.instanceCounts ?? {}) as Record<string, number | undefined>;
    const expensive = new Set<string>(options.expensive ?? []);
    this.guidList = blocks.map((b) => ({
      guid: b.guid,
      instanceCount: counts[b.className] ?? 1,
      flags: b.kind === "event" ? K.WMIREG_FLAG_EVENT_ONLY_GUID : expensive.has(b.className) ? K.WMIREG_FLAG_EXPENSIVE : 0,
    }));
  }

  // ---- the typed side, implemented by the generated subclass --------------------------------

  /** Instance `instanceIndex` of block `guidIndex`. */
  protected abstract queryBlock(guidIndex: number, instanceIndex: number): unknown;
  /** Replaces instance `instanceIndex` of block `guidIndex` with a decoded value. */
  protected abstract setBlock(guidIndex: number, instanceIndex: number, value: unknown): unknown;
  /** Runs method `methodId` of block `guidIndex` with decoded input; returns the output value. */
  protected abstract executeMethod(guidIndex: number, methodId: number, instanceIndex: number, input: unknown): unknown;

  /** Events or collection of a class were enabled or disabled (default: nothing to do). */
  protected functionControl(className: C, kind: FunctionKind, enable: boolean): void | Promise<void> {
    void className;
    void kind;
    void enable;
  }

  /** The default answer of a set handler the provider does not override. */
  protected readOnly(): never {
    throw new WmiStatusError(K.STATUS_WMI_READ_ONLY);
  }

  /** Whether a consumer has enabled events of an event class. */
  eventsEnabled(className: C): boolean {
    const block = this.blocks.find((b) => b.className === className);
    return !!block && !!this.device && this.device.isEventEnabled(block.guid);
  }

  /** Encodes `value` and fires it as event `guidIndex` (WmiFireEvent); returns the NTSTATUS. */
  protected fire(guidIndex: number, value: unknown, instanceIndex: number): number {
    const block = this.blocks[guidIndex];
    if (!this.device) return K.STATUS_INVALID_DEVICE_STATE;
    if (!block.codec) return K.STATUS_NOT_SUPPORTED;
    return wmiFireEvent(this.device, block.guid, instanceIndex, block.codec.encode(value as never));
  }

  // ---- WMILIB_CONTEXT callbacks -------------------------------------------------------------

  queryWmiRegInfo(device: WmiDevice): WmiRegInfoAnswer {
    this.device = device;
    return {
      regFlags: K.WMIREG_FLAG_INSTANCE_BASENAME,
      instanceName: this.options.instanceBaseName ?? "mofkit",
      registryPath: this.options.registryPath,
      mofResourceName: this.options.mofResourceName,
    };
  }

  queryWmiDataBlock(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    instanceCount: number,
    instanceLengthArray: Uint32Array | null,
    bufferAvail: number,
    buffer: Uint8Array,
  ): number {
    const block = this.blocks[guidIndex];
    if (block.kind === "event" || !block.codec) return wmiCompleteRequest(device, irp, K.STATUS_WMI_NOT_SUPPORTED, 0);
    const codec = block.codec;
    return this.answer(device, irp, () => {
      const values: unknown[] = [];
      for (let i = 0; i < instanceCount; i++) values.push(this.queryBlock(guidIndex, instanceIndex + i));
      return all(values, (resolved) => {
        const encoded = resolved.map((v) => codec.encode(v as never));
        // Instances start 8-byte aligned after the first (WNODE_ALL_DATA, §4.3).
        let used = 0;
        for (const [i, bytes] of encoded.entries()) used = (i > 0 ? align8(used) : 0) + bytes.length;
        if (used > bufferAvail || !instanceLengthArray) return { status: K.STATUS_BUFFER_TOO_SMALL, used };
        let end = 0;
        for (const [i, bytes] of encoded.entries()) {
          const at = i > 0 ? align8(end) : 0;
          buffer.fill(0, end, at);
          buffer.set(bytes, at);
          instanceLengthArray[i] = bytes.length;
          end = at + bytes.length;
        }
        return { status: K.STATUS_SUCCESS, used };
      });
    });
  }

  setWmiDataBlock(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    bufferSize: number,
    buffer: Uint8Array,
  ): number {
    const block = this.blocks[guidIndex];
    if (!block.codec) return wmiCompleteRequest(device, irp, K.STATUS_WMI_NOT_SUPPORTED, 0);
    const value = tryDecode(block.codec, buffer.subarray(0, bufferSize));
    if (value === undefined) return wmiCompleteRequest(device, irp, K.STATUS_WMI_SET_FAILURE, 0);
    return this.answer(device, irp, () => then(this.setBlock(guidIndex, instanceIndex, value), () => done()));
  }

  /**
   * CHANGE_SINGLE_ITEM: the current instance is queried, the item's bytes replaced in place and
   * the result handed to the set handler, so one typed set handler serves both requests. Items
   * without a fixed offset and size cannot be replaced this way (STATUS_WMI_NOT_SUPPORTED).
   */
  setWmiDataItem(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    dataItemId: number,
    bufferSize: number,
    buffer: Uint8Array,
  ): number {
    const block = this.blocks[guidIndex];
    const item = block.items.find((i) => i.id === dataItemId);
    if (!item) return wmiCompleteRequest(device, irp, K.STATUS_WMI_ITEMID_NOT_FOUND, 0);
    const codec = block.codec;
    if (!codec || item.offset === null || item.size === null)
      return wmiCompleteRequest(device, irp, K.STATUS_WMI_NOT_SUPPORTED, 0);
    if (bufferSize !== item.size) return wmiCompleteRequest(device, irp, K.STATUS_INFO_LENGTH_MISMATCH, 0);
    const { offset } = item;
    return this.answer(device, irp, () =>
      then(this.queryBlock(guidIndex, instanceIndex), (current) => {
        const bytes = codec.encode(current as never).slice();
        bytes.set(buffer.subarray(0, bufferSize), offset);
        const value = tryDecode(codec, bytes);
        if (value === undefined) return { status: K.STATUS_WMI_SET_FAILURE, used: 0 };
        return then(this.setBlock(guidIndex, instanceIndex, value), () => done());
      }),
    );
  }

  executeWmiMethod(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    instanceIndex: number,
    methodId: number,
    inBufferSize: number,
    outBufferSize: number,
    buffer: Uint8Array,
  ): number {
    const method: ProviderMethod | undefined = this.blocks[guidIndex].methods.find((m) => m.id === methodId);
    if (!method) return wmiCompleteRequest(device, irp, K.STATUS_WMI_ITEMID_NOT_FOUND, 0);
    const input = method.input ? tryDecode(method.input, buffer.subarray(0, inBufferSize)) : {};
    if (input === undefined) return wmiCompleteRequest(device, irp, K.STATUS_INVALID_PARAMETER, 0);
    return this.answer(device, irp, () =>
      then(this.executeMethod(guidIndex, methodId, instanceIndex, input), (output) => {
        const bytes = method.output ? method.output.encode((output ?? {}) as never) : new Uint8Array(0);
        if (bytes.length > outBufferSize) return { status: K.STATUS_BUFFER_TOO_SMALL, used: bytes.length };
        buffer.set(bytes, 0);
        return { status: K.STATUS_SUCCESS, used: bytes.length };
      }),
    );
  }

  wmiFunctionControl(
    device: WmiDevice,
    irp: WmiIrp,
    guidIndex: number,
    fn: K.WmiEnableDisableControl,
    enable: boolean,
  ): number {
    const kind: FunctionKind = fn === K.WmiEventControl ? "events" : "collection";
    const className = this.blocks[guidIndex].className as C;
    return this.answer(device, irp, () => then(this.functionControl(className, kind, enable), () => done()));
  }

  /**
   * Runs a request's work and completes the IRP with its outcome: at once when the work is
   * synchronous, otherwise STATUS_PENDING now and WmiCompleteRequest when it settles.
   */
  private answer(device: WmiDevice, irp: WmiIrp, work: () => Completion | Promise<Completion>): number {
    const complete = (c: Completion) => wmiCompleteRequest(device, irp, c?.status ?? K.STATUS_SUCCESS, c?.used ?? 0);
    let result: Completion | Promise<Completion>;
    try {
      result = work();
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return wmiCompleteRequest(device, irp, e.status, 0);
    }
    if (!isPromise(result)) return complete(result);
    result.then(complete, (e: unknown) => {
      if (isStatusError(e)) return wmiCompleteRequest(device, irp, e.status, 0);
      wmiCompleteRequest(device, irp, K.STATUS_UNSUCCESSFUL, 0);
      (this.options.onError ?? ((x: unknown) => console.error("mofkit provider:", x)))(e);
    });
    return K.STATUS_PENDING;
  }
}

function done(): Completion {
  return null;
}

/** A WmiStatusError, also one from another copy of the runtime (a provider bundled on its own). */
function isStatusError(e: unknown): e is WmiStatusError {
  return e instanceof Error && e.name === "WmiStatusError" && typeof (e as WmiStatusError).status === "number";
}

function isPromise<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof (v as { then?: unknown } | null)?.then === "function";
}

/** `next(value)` now for a plain value, after it settles for a promise. */
function then<T, R>(value: T | Promise<T>, next: (v: T) => R | Promise<R>): R | Promise<R> {
  return isPromise(value) ? value.then(next) : next(value);
}

function all<R>(values: unknown[], next: (v: unknown[]) => R): R | Promise<R> {
  return values.some((v) => isPromise(v)) ? Promise.all(values).then(next) : next(values);
}

function tryDecode(codec: { decode(bytes: Uint8Array): unknown }, bytes: Uint8Array): unknown {
  try {
    return codec.decode(bytes);
  } catch {
    return undefined;
  }
}
