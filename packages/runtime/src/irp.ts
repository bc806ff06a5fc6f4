/**
 * The pieces of the I/O manager the WmiLib emulation needs: a WMI IRP (the
 * `Parameters.WMI` of its stack location plus the IoStatus block) and a device object.
 */
import { runtimeDiagnostics as codes } from "@mofkit/diagnostics";
import { DEFAULT_MAX_EVENT_SIZE, STATUS_NOT_SUPPORTED, minorName, statusName } from "./constants.js";
import { WnodeError, normalizeGuid } from "./bytes.js";
import type { Arch } from "./reginfo.js";

export interface IoStatusBlock {
  status: number;
  information: number;
}

export interface WmiIrpInit {
  minor: number;
  /** Parameters.WMI.ProviderId: the device object the request is for. */
  providerId: number;
  /** Parameters.WMI.DataPath: the block GUID, or WMIREGISTER / WMIUPDATE for REGINFO(_EX). */
  dataPath: string | number;
  /** The request buffer (Parameters.WMI.Buffer); may be longer than bufferSize (guard bytes). */
  buffer: Uint8Array;
  /** Parameters.WMI.BufferSize; default buffer.length; never more than buffer.length. */
  bufferSize?: number;
  /** Initial IoStatus.Status (default STATUS_NOT_SUPPORTED). */
  status?: number;
}

export class WmiIrp {
  readonly minor: number;
  readonly providerId: number;
  readonly dataPath: string | number;
  readonly buffer: Uint8Array;
  readonly bufferSize: number;
  readonly ioStatus: IoStatusBlock;
  completed = false;
  priorityBoost = 0;
  /** Resolves with the IoStatus once the IRP is completed (at once, or later for a pending callback). */
  readonly completion: Promise<IoStatusBlock>;
  /** @internal */
  resolve!: (s: IoStatusBlock) => void;

  constructor(init: WmiIrpInit) {
    this.minor = init.minor;
    this.providerId = init.providerId;
    this.dataPath = init.dataPath;
    this.buffer = init.buffer;
    const size = init.bufferSize ?? init.buffer.length;
    this.bufferSize = Math.max(0, Math.min(Number.isInteger(size) ? size : 0, init.buffer.length));
    this.ioStatus = { status: init.status ?? STATUS_NOT_SUPPORTED, information: 0 };
    this.completion = new Promise((r) => (this.resolve = r));
  }

  /** The bytes the request may use: Buffer[0 .. BufferSize). */
  get data(): Uint8Array {
    return this.buffer.subarray(0, this.bufferSize);
  }
}

/** IoCompleteRequest: ends the IRP with the IoStatus already stored in it. */
export function ioCompleteRequest(irp: WmiIrp, priorityBoost = 0): void {
  if (irp.completed) {
    const d = codes.irpAlreadyCompleted;
    throw new WnodeError(
      d.code,
      d.message.format({ minor: minorName(irp.minor), status: statusName(irp.ioStatus.status) }),
      "IRP",
      "IoStatus",
    );
  }
  irp.completed = true;
  irp.priorityBoost = priorityBoost;
  irp.resolve({ ...irp.ioStatus });
}

export interface WmiDeviceInit {
  providerId: number;
  /** Pointer size of the registration structures (default x64). */
  arch?: Arch;
  /** The PDO pointer reported for INSTANCE_PDO blocks when the provider gives none. */
  pdo?: bigint;
  /** KeQuerySystemTime: 100 ns units since 1601 (default: the host clock). */
  clock?: () => bigint;
  /** Largest event node IoWMIWriteEvent accepts (default 1024). */
  maxEventSize?: number;
  /** Where IoWMIWriteEvent delivers a node (the WMI service); without it events fail with STATUS_UNSUCCESSFUL. */
  eventSink?: (node: Uint8Array) => number;
}

/** 100 ns intervals between 1601-01-01 and 1970-01-01. */
const EPOCH_DIFF_100NS = 116444736000000000n;

export class WmiDevice {
  readonly providerId: number;
  readonly arch: Arch;
  pdo: bigint;
  clock: () => bigint;
  maxEventSize: number;
  eventSink: ((node: Uint8Array) => number) | null;
  /** PDO references WMI holds from REGINFO_EX answers (§3.1); WMI drops them later. */
  pdoReferences = 0;
  /** GUIDs whose events are enabled (set when ENABLE_EVENTS succeeds, §5). */
  readonly eventsEnabled = new Set<string>();
  /** GUIDs whose collection is enabled (expensive blocks, §5). */
  readonly collectionEnabled = new Set<string>();

  constructor(init: WmiDeviceInit) {
    this.providerId = init.providerId;
    this.arch = init.arch ?? "x64";
    this.pdo = init.pdo ?? 0n;
    this.clock = init.clock ?? (() => BigInt(Date.now()) * 10000n + EPOCH_DIFF_100NS);
    this.maxEventSize = init.maxEventSize ?? DEFAULT_MAX_EVENT_SIZE;
    this.eventSink = init.eventSink ?? null;
  }

  isEventEnabled(guid: string): boolean {
    return this.eventsEnabled.has(normalizeGuid(guid));
  }
  isCollectionEnabled(guid: string): boolean {
    return this.collectionEnabled.has(normalizeGuid(guid));
  }
}
