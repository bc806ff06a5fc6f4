/**
 * A WMI service simulator: plays the part of the kernel WMI component that registers providers
 * (REGINFO_EX), sends them IRPs through the WmiLib emulation, grows the buffer and retries on
 * WNODE_TOO_SMALL, checks every answer before decoding it with the compiled layouts, and fans
 * events out to subscribers with enable/disable reference counting (wmi-kernel.md §3-§6).
 */
import { runtimeDiagnostics as codes } from "@mofkit/diagnostics";
import type { Instance, LayoutSet } from "@mofkit/layout";
import * as K from "./constants.js";
import { Bytes, WnodeError, normalizeGuid } from "./bytes.js";
import { WmiDevice, WmiIrp, ioCompleteRequest } from "./irp.js";
import { wmiSystemControl, type WmiLibContext } from "./dispatch.js";
import { decodeRegInfo, type RegGuid, type RegInfo } from "./reginfo.js";
import {
  decodeAllData,
  decodeMethodItem,
  decodeSingleInstance,
  decodeTooSmall,
  decodeWnode,
  decodeWnodeHeader,
  encodeMethodItem,
  encodeSingleInstance,
  encodeSingleItem,
  encodeWnodeHeader,
  WNODE_TOO_SMALL_SIZE,
} from "./wnode.js";
import { annotateWnode } from "./trace.js";
import { blocksFromLayouts, type ProviderBlock } from "./provider-block.js";

export class WmiServiceError extends Error {
  readonly code: string;
  /** The NTSTATUS of a failed request, or null. */
  readonly status: number | null;
  /** For a malformed answer: the structure and field at fault. */
  readonly structure: string | null;
  readonly field: string | null;
  constructor(
    code: string,
    message: string,
    status: number | null = null,
    structure: string | null = null,
    field: string | null = null,
  ) {
    super(message);
    this.name = "WmiServiceError";
    this.code = code;
    this.status = status;
    this.structure = structure;
    this.field = field;
  }
}

export interface WmiServiceOptions {
  /**
   * Layouts of the compiled model: map class names to GUIDs and decode data into plain objects.
   * Not needed for providers built on WmiProvider (generated TypeScript), which bring their codecs.
   */
  layouts?: LayoutSet;
  /** Receives each IRP and WNODE as annotated hex. */
  trace?: (text: string) => void;
  /** First buffer size tried for queries and registration (default 256). */
  initialBufferSize?: number;
  /** Largest buffer the service will allocate (default 16 MiB). */
  maxBufferSize?: number;
}

export interface ServiceInstance {
  instanceIndex: number;
  bytes: Uint8Array;
  /** Decoded with the block's layout, when one is known. */
  value: Instance | null;
}

export interface ServiceEvent {
  guid: string;
  className: string | null;
  /** The static instance index (0 for a node with a dynamic name). */
  instanceIndex: number;
  /** The dynamic instance name carried in the node (no WNODE_FLAG_STATIC_INSTANCE_NAMES), else null. */
  instanceName: string | null;
  timeStamp: bigint;
  bytes: Uint8Array;
  value: Instance | null;
}

interface Provider {
  device: WmiDevice;
  context: WmiLibContext;
  regInfo: RegInfo;
}

interface Target {
  guid: string;
  name: string;
  block: ProviderBlock | null;
  provider: Provider;
  reg: RegGuid;
}

export class WmiService {
  private readonly providers: Provider[] = [];
  private readonly subscribers = new Map<string, Set<(e: ServiceEvent) => void>>();
  private readonly collectionOpens = new Map<string, number>();
  private readonly initial: number;
  private readonly max: number;
  private readonly inFlight = new Set<Promise<void>>();

  private catalog: ProviderBlock[];

  constructor(private readonly options: WmiServiceOptions = {}) {
    this.initial = options.initialBufferSize ?? 256;
    this.max = options.maxBufferSize ?? 16 * 1024 * 1024;
    this.catalog = options.layouts ? blocksFromLayouts(options.layouts) : [];
  }

  /** The blocks the service can name and decode: the layouts', then those registered providers describe. */
  get blocks(): readonly ProviderBlock[] {
    return this.catalog;
  }

  /** IoWMIRegistrationControl(REGISTER): sends REGINFO_EX and records the blocks. */
  register(device: WmiDevice, context: WmiLibContext): RegInfo {
    let size = this.initial;
    for (let attempt = 0; attempt < 4; attempt++) {
      const irp = new WmiIrp({
        minor: K.IRP_MN_REGINFO_EX,
        providerId: device.providerId,
        dataPath: K.WMIREGISTER,
        buffer: new Uint8Array(size),
      });
      const r = wmiSystemControl(context, device, irp);
      if (r.disposition === K.IrpNotCompleted) ioCompleteRequest(irp);
      const io = irp.ioStatus;
      this.trace(() => `IRP_MN_REGINFO_EX → ${K.statusName(io.status)}, Information ${io.information}`);
      if (!K.ntSuccess(io.status)) throw this.failed(K.IRP_MN_REGINFO_EX, `provider ${device.providerId}`, io.status);
      if (io.information === 4) {
        const need = new DataView(irp.buffer.buffer).getUint32(0, true);
        if (need <= size || need > this.max)
          throw this.bad(
            K.IRP_MN_REGINFO_EX,
            `provider ${device.providerId}`,
            "WMIREGINFO",
            "BufferSize",
            `asks for ${need} bytes after a ${size}-byte buffer`,
          );
        size = need;
        continue;
      }
      let info: RegInfo;
      try {
        info = decodeRegInfo(device.arch, irp.buffer.subarray(0, io.information));
      } catch (e) {
        throw this.wrap(e, K.IRP_MN_REGINFO_EX, `provider ${device.providerId}`);
      }
      if (info.bufferSize !== io.information)
        throw this.bad(
          K.IRP_MN_REGINFO_EX,
          `provider ${device.providerId}`,
          "WMIREGINFO",
          "BufferSize",
          `is ${info.bufferSize} but IoStatus.Information is ${io.information}`,
        );
      const provider = { device, context, regInfo: info };
      this.providers.push(provider);
      this.catalog = [...this.catalog, ...providerBlocks(context)];
      device.eventSink = (node) => this.deliver(provider, node);
      return info;
    }
    throw this.bad(
      K.IRP_MN_REGINFO_EX,
      `provider ${device.providerId}`,
      "WMIREGINFO",
      "BufferSize",
      "kept asking for a larger buffer",
    );
  }

  /** All instances of a block (QUERY_ALL_DATA). */
  async query(target: string): Promise<ServiceInstance[]> {
    const t = this.resolve(target);
    const { irp, length } = await this.send(t, K.IRP_MN_QUERY_ALL_DATA, (cap) => {
      const b = new Uint8Array(cap);
      b.set(encodeWnodeHeader(this.header(t, K.WNODE_FLAG_ALL_DATA | this.nameFlags(t)), 48));
      new DataView(b.buffer).setUint32(0, Math.min(cap, 64), true);
      return b;
    });
    const node = irp.buffer.subarray(0, length);
    let all;
    try {
      all = decodeAllData(node);
    } catch (e) {
      throw this.wrap(e, K.IRP_MN_QUERY_ALL_DATA, t.name);
    }
    if (all.instanceCount !== t.reg.instanceCount)
      throw this.bad(
        K.IRP_MN_QUERY_ALL_DATA,
        t.name,
        "WNODE_ALL_DATA",
        "InstanceCount",
        `is ${all.instanceCount}, registered ${t.reg.instanceCount}`,
      );
    return all.instances.map((x, i) => {
      if (x.offset % 8 !== 0)
        throw this.bad(
          K.IRP_MN_QUERY_ALL_DATA,
          t.name,
          "WNODE_ALL_DATA",
          `OffsetInstanceDataAndLength[${i}].OffsetInstanceData`,
          `${x.offset} is not 8-byte aligned`,
        );
      const bytes = node.slice(x.offset, x.offset + x.length);
      return { instanceIndex: i, bytes, value: this.decode(t, bytes, K.IRP_MN_QUERY_ALL_DATA, i) };
    });
  }

  /** One instance (QUERY_SINGLE_INSTANCE). */
  async get(target: string, instanceIndex: number): Promise<ServiceInstance> {
    const t = this.resolve(target);
    const { irp, length } = await this.send(t, K.IRP_MN_QUERY_SINGLE_INSTANCE, (cap) => {
      const b = new Uint8Array(Math.max(cap, 64));
      b.set(encodeSingleInstance({ header: this.header(t, this.nameFlags(t)), instanceIndex }));
      return b;
    });
    let w;
    try {
      w = decodeSingleInstance(irp.buffer.subarray(0, length));
    } catch (e) {
      throw this.wrap(e, K.IRP_MN_QUERY_SINGLE_INSTANCE, t.name);
    }
    if (w.dataBlockOffset !== 64)
      throw this.bad(
        K.IRP_MN_QUERY_SINGLE_INSTANCE,
        t.name,
        "WNODE_SINGLE_INSTANCE",
        "DataBlockOffset",
        `changed from 64 to ${w.dataBlockOffset}`,
      );
    if (w.instanceIndex !== instanceIndex)
      throw this.bad(
        K.IRP_MN_QUERY_SINGLE_INSTANCE,
        t.name,
        "WNODE_SINGLE_INSTANCE",
        "InstanceIndex",
        `changed from ${instanceIndex} to ${w.instanceIndex}`,
      );
    const bytes = irp.buffer.slice(64, 64 + w.sizeDataBlock);
    return { instanceIndex, bytes, value: this.decode(t, bytes, K.IRP_MN_QUERY_SINGLE_INSTANCE, instanceIndex) };
  }

  /** Replaces an instance (CHANGE_SINGLE_INSTANCE). */
  async set(target: string, instanceIndex: number, value: Instance | Uint8Array): Promise<void> {
    const t = this.resolve(target);
    const data = value instanceof Uint8Array ? value : this.encode(t, value);
    await this.send(
      t,
      K.IRP_MN_CHANGE_SINGLE_INSTANCE,
      () => encodeSingleInstance({ header: this.header(t, this.nameFlags(t)), instanceIndex, data }),
      false,
    );
  }

  /** Replaces one data item (CHANGE_SINGLE_ITEM); `item` is its WmiDataId or name. */
  async setItem(target: string, instanceIndex: number, item: number | string, data: Uint8Array): Promise<void> {
    const t = this.resolve(target);
    let itemId: number;
    if (typeof item === "number") itemId = item;
    else {
      const found = t.block?.items.find((x) => x.name.toLowerCase() === item.toLowerCase());
      if (!found) throw this.unknown(`${t.name}.${item}`);
      itemId = found.id;
    }
    await this.send(
      t,
      K.IRP_MN_CHANGE_SINGLE_ITEM,
      () => encodeSingleItem({ header: this.header(t, this.nameFlags(t)), instanceIndex, itemId, data }),
      false,
    );
  }

  /**
   * Runs a method (EXECUTE_METHOD); `method` is its WmiMethodId or name. As WMI does, a query of
   * the instance comes first (§4.2).
   */
  async invoke(
    target: string,
    instanceIndex: number,
    method: number | string,
    input?: Instance | Uint8Array,
  ): Promise<{ bytes: Uint8Array; value: Instance | null }> {
    const t = this.resolve(target);
    const m =
      t.block?.methods.find((x) =>
        typeof method === "number" ? x.id === method : x.name.toLowerCase() === method.toLowerCase(),
      ) ?? null;
    const methodId = typeof method === "number" ? method : (m?.id ?? null);
    if (methodId === null) throw this.unknown(`${t.name}.${method}`);
    const data =
      input === undefined
        ? new Uint8Array(0)
        : input instanceof Uint8Array
          ? input
          : m?.input
            ? m.input.encode(input as never)
            : new Uint8Array(0);
    await this.get(target, instanceIndex);
    const { irp, length } = await this.send(t, K.IRP_MN_EXECUTE_METHOD, (cap) =>
      encodeMethodItem({
        header: this.header(t, this.nameFlags(t)),
        instanceIndex,
        methodId,
        input: data,
        capacity: Math.max(cap, 72 + data.length),
      }),
    );
    let w;
    try {
      w = decodeMethodItem(irp.buffer.subarray(0, length));
    } catch (e) {
      throw this.wrap(e, K.IRP_MN_EXECUTE_METHOD, t.name);
    }
    if (w.dataBlockOffset !== 72)
      throw this.bad(
        K.IRP_MN_EXECUTE_METHOD,
        t.name,
        "WNODE_METHOD_ITEM",
        "DataBlockOffset",
        `changed from 72 to ${w.dataBlockOffset}`,
      );
    const bytes = irp.buffer.slice(72, 72 + w.sizeDataBlock);
    let value: Instance | null = null;
    if (m?.output) {
      try {
        value = m.output.decode(bytes) as Instance;
      } catch (e) {
        throw this.bad(K.IRP_MN_EXECUTE_METHOD, t.name, `${t.name}.${m.name}`, "VariableData", (e as Error).message);
      }
    }
    return { bytes, value };
  }

  /** Subscribes to an event block; the first subscriber enables it, the last unsubscribe disables it (§5). */
  async subscribe(target: string, handler: (e: ServiceEvent) => void): Promise<() => Promise<void>> {
    const t = this.resolve(target);
    let set = this.subscribers.get(t.guid);
    if (!set || set.size === 0) {
      await this.control(t, K.IRP_MN_ENABLE_EVENTS);
      set = new Set();
      this.subscribers.set(t.guid, set);
    }
    const wrapped = (e: ServiceEvent) => handler(e);
    set.add(wrapped);
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      set.delete(wrapped);
      if (set.size === 0) {
        this.subscribers.delete(t.guid);
        await this.control(t, K.IRP_MN_DISABLE_EVENTS);
      }
    };
  }

  /** Opens a data block; for an expensive block the first open enables collection, the last close disables it (§5). */
  async open(target: string): Promise<() => Promise<void>> {
    const t = this.resolve(target);
    const expensive = (t.reg.flags & K.WMIREG_FLAG_EXPENSIVE) !== 0;
    const n = this.collectionOpens.get(t.guid) ?? 0;
    if (expensive && n === 0) await this.control(t, K.IRP_MN_ENABLE_COLLECTION);
    this.collectionOpens.set(t.guid, n + 1);
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      const left = (this.collectionOpens.get(t.guid) ?? 1) - 1;
      this.collectionOpens.set(t.guid, left);
      if (expensive && left === 0) await this.control(t, K.IRP_MN_DISABLE_COLLECTION);
    };
  }

  /** Resolves once the queries started by event references have been answered and delivered. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Number of subscribers of an event block. */
  subscriberCount(target: string): number {
    return this.subscribers.get(this.resolve(target).guid)?.size ?? 0;
  }

  // -------------------------------------------------------------------------------------------

  private resolve(target: string): Target {
    let guid: string | null = null;
    let block: ProviderBlock | null = null;
    const blocks = this.blocks;
    try {
      guid = normalizeGuid(target);
      block = blocks.find((b) => sameGuid(b.guid, guid!)) ?? null;
    } catch {
      block = blocks.find((b) => b.className.toLowerCase() === target.toLowerCase()) ?? null;
      if (block) guid = normalizeGuid(block.guid);
    }
    if (!guid) throw this.unknown(target);
    for (const provider of this.providers) {
      const reg = provider.regInfo.guids.find((g) => g.guid === guid && (g.flags & K.WMIREG_FLAG_REMOVE_GUID) === 0);
      if (reg) return { guid, name: block?.className ?? guid, block, provider, reg };
    }
    throw this.unknown(target);
  }

  /** A request's WNODE_HEADER: WMI fills in the provider it addresses (wmi-kernel.md §4.5). */
  private header(t: Target, flags: number): { guid: string; providerId: number; flags: number } {
    return { guid: t.guid, providerId: t.provider.device.providerId, flags };
  }

  private nameFlags(t: Target): number {
    return (
      K.WNODE_FLAG_STATIC_INSTANCE_NAMES |
      (t.reg.flags & K.WMIREG_FLAG_INSTANCE_PDO ? K.WNODE_FLAG_PDO_INSTANCE_NAMES : 0)
    );
  }

  private async control(t: Target, minor: number): Promise<void> {
    await this.send(t, minor, () => encodeWnodeHeader(this.header(t, 0)), false);
  }

  /**
   * Sends one request; for queries and methods grows the buffer to SizeNeeded and retries on
   * WNODE_TOO_SMALL. Returns the completed IRP and the length of its answer.
   */
  private async send(
    t: Target,
    minor: number,
    build: (capacity: number) => Uint8Array,
    output = true,
  ): Promise<{ irp: WmiIrp; length: number }> {
    let capacity = this.initial;
    for (let attempt = 0; attempt < 8; attempt++) {
      const buffer = build(capacity);
      capacity = buffer.length;
      const { device, context } = t.provider;
      const irp = new WmiIrp({ minor, providerId: device.providerId, dataPath: t.guid, buffer });
      this.trace(
        () =>
          `→ ${K.minorName(minor)} ${t.name} BufferSize ${capacity}\n${annotateWnode(buffer, Math.min(capacity, requestLength(buffer)), minor)}`,
      );
      const r = wmiSystemControl(context, device, irp);
      if (r.disposition === K.IrpNotWmi || r.disposition === K.IrpForward) {
        throw this.bad(
          minor,
          t.name,
          "IRP",
          "disposition",
          `WmiSystemControl answered ${r.disposition === K.IrpNotWmi ? "IrpNotWmi" : "IrpForward"} for a request addressed to the device`,
        );
      }
      if (r.disposition === K.IrpNotCompleted) ioCompleteRequest(irp);
      const io = await irp.completion;
      this.trace(
        () =>
          `← ${K.statusName(io.status)}, Information ${io.information}${output && io.information > 0 ? "\n" + annotateWnode(irp.buffer, io.information, minor) : ""}`,
      );
      if (!K.ntSuccess(io.status)) throw this.failed(minor, t.name, io.status);
      if (!output) {
        if (io.information !== 0)
          throw this.bad(
            minor,
            t.name,
            "IRP",
            "IoStatus.Information",
            `is ${io.information}; a ${K.minorName(minor)} answer carries no data`,
          );
        return { irp, length: 0 };
      }
      if (io.information > capacity)
        throw this.bad(
          minor,
          t.name,
          "IRP",
          "IoStatus.Information",
          `${io.information} exceeds the ${capacity}-byte buffer`,
        );
      let header;
      try {
        header = decodeWnodeHeader(irp.buffer.subarray(0, io.information));
      } catch (e) {
        throw this.wrap(e, minor, t.name);
      }
      if (header.flags & K.WNODE_FLAG_TOO_SMALL) {
        if (io.information !== WNODE_TOO_SMALL_SIZE)
          throw this.bad(minor, t.name, "WNODE_TOO_SMALL", "IoStatus.Information", `is ${io.information}, not 56`);
        const need = decodeTooSmall(irp.buffer.subarray(0, WNODE_TOO_SMALL_SIZE)).sizeNeeded;
        if (need <= capacity)
          throw this.bad(
            minor,
            t.name,
            "WNODE_TOO_SMALL",
            "SizeNeeded",
            `${need} is not larger than the ${capacity}-byte buffer offered`,
          );
        if (need > this.max)
          throw this.bad(
            minor,
            t.name,
            "WNODE_TOO_SMALL",
            "SizeNeeded",
            `${need} exceeds the service's limit of ${this.max} bytes`,
          );
        capacity = need;
        continue;
      }
      if (header.bufferSize !== io.information)
        throw this.bad(
          minor,
          t.name,
          "WNODE_HEADER",
          "BufferSize",
          `is ${header.bufferSize} but IoStatus.Information is ${io.information}`,
        );
      if (header.guid !== t.guid) throw this.bad(minor, t.name, "WNODE_HEADER", "Guid", `changed to ${header.guid}`);
      return { irp, length: io.information };
    }
    throw this.bad(minor, t.name, "WNODE_TOO_SMALL", "SizeNeeded", "the provider kept asking for a larger buffer");
  }

  private deliver(provider: Provider, node: Uint8Array): number {
    let w;
    try {
      w = decodeWnode(node);
    } catch {
      return K.STATUS_INVALID_PARAMETER;
    }
    this.trace(() => `event from provider ${provider.device.providerId}\n${annotateWnode(node)}`);
    const header = "header" in w.node ? w.node.header : w.node;
    const set = this.subscribers.get(header.guid);
    if (!set || set.size === 0) return K.STATUS_SUCCESS;
    const block = this.blocks.find((b) => sameGuid(b.guid, header.guid)) ?? null;
    const emit = (instanceIndex: number, bytes: Uint8Array, instanceName: string | null = null) => {
      let value: Instance | null = null;
      if (block?.codec) {
        try {
          value = block.codec.decode(bytes) as Instance;
        } catch {
          value = null;
        }
      }
      const e: ServiceEvent = {
        guid: header.guid,
        className: block?.className ?? null,
        instanceIndex,
        instanceName,
        timeStamp: header.timeStamp,
        bytes,
        value,
      };
      for (const h of [...set]) h(e);
    };
    if (w.kind === "single-instance" || w.kind === "single-item") {
      const s = w.node;
      const size = "sizeDataBlock" in s ? s.sizeDataBlock : s.sizeDataItem;
      const bytes = node.slice(s.dataBlockOffset, s.dataBlockOffset + size);
      if (header.flags & K.WNODE_FLAG_STATIC_INSTANCE_NAMES) emit(s.instanceIndex, bytes);
      else {
        // A dynamic name: a counted UTF-16 string at OffsetInstanceName (§2.5, §2.13).
        let name: string;
        try {
          name = readCountedString(node, s.offsetInstanceName);
        } catch {
          return K.STATUS_INVALID_PARAMETER;
        }
        emit(0, bytes, name);
      }
    } else if (w.kind === "all-data")
      w.node.instances.forEach((x, i) => emit(i, node.slice(x.offset, x.offset + x.length)));
    else if (w.kind === "event-reference") {
      // WMI answers a reference by querying the target instance (§2.9); the event follows the answer.
      const ref = w.node;
      if (ref.targetInstanceIndex === null) return K.STATUS_INVALID_PARAMETER;
      const index = ref.targetInstanceIndex;
      const done = this.get(ref.targetGuid, index).then(
        (got) => emit(index, got.bytes),
        (e: unknown) =>
          this.trace(() => `event reference to ${ref.targetGuid}[${index}] failed: ${(e as Error).message}`),
      );
      this.inFlight.add(done);
      void done.finally(() => this.inFlight.delete(done));
    } else return K.STATUS_INVALID_PARAMETER;
    return K.STATUS_SUCCESS;
  }

  private decode(t: Target, bytes: Uint8Array, minor: number, index: number): Instance | null {
    if (!t.block?.codec) return null;
    // A method-only block has no items; its provider answers queries with a dummy (§4.2).
    if (t.block.items.length === 0) return {};
    try {
      return t.block.codec.decode(bytes) as Instance;
    } catch (e) {
      throw this.bad(minor, t.name, t.block.className, `instance ${index}`, (e as Error).message);
    }
  }

  private encode(t: Target, value: Instance): Uint8Array {
    if (!t.block?.codec) throw this.unknown(`${t.name} (no layout to encode a value with)`);
    return t.block.codec.encode(value as never);
  }

  /** Traces `text()`; the annotated hex is built only when someone reads it. */
  private trace(text: () => string): void {
    if (this.options.trace) this.options.trace(text());
  }

  private unknown(name: string): WmiServiceError {
    const d = codes.serviceUnknownClass;
    return new WmiServiceError(d.code, d.message.format({ name }));
  }

  private failed(minor: number, name: string, status: number): WmiServiceError {
    const d = codes.serviceRequestFailed;
    return new WmiServiceError(
      d.code,
      d.message.format({ minor: K.minorName(minor), name, status: K.statusName(status) }),
      status >>> 0,
    );
  }

  private bad(minor: number, name: string, structure: string, field: string, detail: string): WmiServiceError {
    const d = codes.serviceBadAnswer;
    return new WmiServiceError(
      d.code,
      d.message.format({ minor: K.minorName(minor), name, structure, field, detail }),
      null,
      structure,
      field,
    );
  }

  private wrap(e: unknown, minor: number, name: string): WmiServiceError {
    if (e instanceof WnodeError) return this.bad(minor, name, e.structure, e.field, e.message);
    throw e;
  }
}

/** The blocks a provider built on WmiProvider describes (duck-typed: it may come from another copy of the runtime). */
function providerBlocks(context: WmiLibContext): ProviderBlock[] {
  const blocks = (context as { blocks?: unknown }).blocks;
  return Array.isArray(blocks) ? (blocks as ProviderBlock[]) : [];
}

function sameGuid(a: string, b: string): boolean {
  try {
    return normalizeGuid(a) === normalizeGuid(b);
  } catch {
    return false;
  }
}

/** The request bytes worth tracing: the header's BufferSize when sane. */
function requestLength(buffer: Uint8Array): number {
  if (buffer.length < 4) return buffer.length;
  const n = new DataView(buffer.buffer, buffer.byteOffset).getUint32(0, true);
  return n >= 48 && n <= buffer.length ? n : Math.min(buffer.length, 64);
}

function readCountedString(node: Uint8Array, offset: number): string {
  if (offset < 48) throw new RangeError("instance name inside the header");
  return new Bytes(node, "WNODE_SINGLE_INSTANCE").countedString(offset, "OffsetInstanceName");
}
