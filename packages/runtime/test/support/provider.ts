// The test provider shared by the dispatch tests and the fuzz test: four blocks modelled on
// wmi-kernel.md §8-§9 (WmiSampleClass1 x2, a 42/20/42-byte variable block, a method block, an event).
import * as K from "../../src/index.js";
import { WmiDevice, WmiIrp, wmiCompleteRequest, type WmiLibContext } from "../../src/index.js";

export const G_CLASS1 = "15D851F1-6539-11D1-A529-00A0C9062910";
export const G_VAR = "15D851F2-6539-11D1-A529-00A0C9062910";
export const G_METHOD = "15D851F3-6539-11D1-A529-00A0C9062910";
export const G_EVENT = "15D851F4-6539-11D1-A529-00A0C9062910";
export const G_UNKNOWN = "00000000-0000-0000-0000-000000000001";
export const NOW = 133_500_000_000_000_000n;
export const GUARD = 0xee;
export const u32 = (b: Uint8Array, o: number) => new DataView(b.buffer, b.byteOffset).getUint32(o, true);
export const u64 = (b: Uint8Array, o: number) => new DataView(b.buffer, b.byteOffset).getBigInt64(o, true);

/** WmiSampleClass1 (Example 1, 32 bytes): instance i is filled with byte i + 1. */
export function class1(i: number): Uint8Array {
  return new Uint8Array(32).fill(i + 1);
}

export interface Log {
  calls: string[];
  stored: Map<string, Uint8Array>;
  pend: boolean;
  pending: (() => void)[];
}

export function provider(log: Log, over: Partial<WmiLibContext> = {}): WmiLibContext {
  const varSizes = [42, 20, 42];
  return {
    guidList: [
      { guid: G_CLASS1, instanceCount: 2, flags: 0 },
      { guid: `{${G_VAR.toLowerCase()}}`, instanceCount: 3, flags: 0 },
      { guid: G_METHOD, instanceCount: 1, flags: 0 },
      { guid: G_EVENT, instanceCount: 1, flags: K.WMIREG_FLAG_EVENT_ONLY_GUID },
    ],
    queryWmiRegInfo: () => ({
      regFlags: K.WMIREG_FLAG_INSTANCE_PDO,
      registryPath: "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WmiSamp",
      mofResourceName: "MofResourceName",
      pdo: 0xffffa00012345670n,
    }),
    queryWmiDataBlock(device, irp, g, index, count, lengths, avail, buffer) {
      log.calls.push(`query g${g} i${index} n${count} avail${avail} lengths${lengths ? lengths.length : "null"}`);
      const finish = (): number => {
        if (g === 0) {
          const need = 32 * count + (count > 1 ? 0 : 0);
          if (avail < need) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, need);
          for (let k = 0; k < count; k++) {
            buffer.set(log.stored.get(`${index + k}`) ?? class1(index + k), 32 * k);
            lengths![k] = 32;
          }
          return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, need);
        }
        if (g === 1) {
          let at = 0;
          for (let k = 0; k < count; k++) at = (k > 0 ? Math.ceil(at / 8) * 8 : 0) + varSizes[k];
          if (!lengths || avail < at) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, at);
          at = 0;
          for (let k = 0; k < count; k++) {
            if (k > 0) at = Math.ceil(at / 8) * 8;
            buffer.fill(0x10 + k, at, at + varSizes[k]);
            lengths[k] = varSizes[k];
            at += varSizes[k];
          }
          return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, at);
        }
        // a method-only block answers queries with a 2-byte dummy (§4.2)
        if (avail < 2) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, 2);
        buffer[0] = 0;
        buffer[1] = 0;
        if (lengths) lengths[0] = 2;
        return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 2);
      };
      if (log.pend) {
        log.pending.push(finish);
        return K.STATUS_PENDING;
      }
      return finish();
    },
    setWmiDataBlock(device, irp, g, index, size, buffer) {
      log.calls.push(`set g${g} i${index} size${size}`);
      if (g !== 0) return wmiCompleteRequest(device, irp, K.STATUS_WMI_READ_ONLY, 0);
      if (size !== 32) return wmiCompleteRequest(device, irp, K.STATUS_INVALID_PARAMETER_MIX, 0);
      log.stored.set(`${index}`, buffer.slice());
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 0);
    },
    setWmiDataItem(device, irp, g, index, item, size, buffer) {
      log.calls.push(`setItem g${g} i${index} item${item} size${size} first${buffer[0]}`);
      if (item !== 4) return wmiCompleteRequest(device, irp, K.STATUS_WMI_ITEMID_NOT_FOUND, 0);
      const cur = (log.stored.get(`${index}`) ?? class1(index)).slice();
      cur.set(buffer.subarray(0, 4), 4);
      log.stored.set(`${index}`, cur);
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 0);
    },
    executeWmiMethod(device, irp, g, index, methodId, inSize, outSize, buffer) {
      log.calls.push(`exec g${g} i${index} m${methodId} in${inSize} out${outSize}`);
      if (methodId !== 3) return wmiCompleteRequest(device, irp, K.STATUS_WMI_ITEMID_NOT_FOUND, 0);
      if (inSize < 4) return wmiCompleteRequest(device, irp, K.STATUS_INVALID_PARAMETER_MIX, 0);
      if (outSize < 82) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, 82);
      const which = buffer[0];
      buffer.fill(0x40 + which, 0, 82);
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 82);
    },
    wmiFunctionControl(device, irp, g, fn, enable) {
      log.calls.push(`control g${g} ${fn === K.WmiEventControl ? "events" : "collection"} ${enable}`);
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 0);
    },
    ...over,
  };
}

export function setup(over: Partial<WmiLibContext> = {}) {
  const log: Log = { calls: [], stored: new Map(), pend: false, pending: [] };
  const events: Uint8Array[] = [];
  const device = new WmiDevice({
    providerId: 0x4000,
    clock: () => NOW,
    pdo: 0x1111n,
    eventSink: (n) => (events.push(n.slice()), K.STATUS_SUCCESS),
  });
  return { log, device, events, context: provider(log, over) };
}

/** An IRP whose buffer has 16 guard bytes after BufferSize. */
export function irpFor(
  minor: number,
  guid: string | number,
  node: Uint8Array,
  bufferSize: number,
  providerId = 0x4000,
): WmiIrp {
  const buffer = new Uint8Array(bufferSize + 16).fill(GUARD);
  buffer.fill(0, 0, bufferSize);
  buffer.set(node.subarray(0, Math.min(node.length, bufferSize)));
  return new WmiIrp({ minor, providerId, dataPath: guid, buffer, bufferSize });
}
export function guardIntact(irp: WmiIrp): boolean {
  return irp.buffer.subarray(irp.bufferSize).every((x) => x === GUARD);
}
