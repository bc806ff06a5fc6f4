// Seeded fuzz of the dispatcher (issue 6): malformed IRPs — wrong sizes, offsets past the buffer,
// bad flags, unknown GUIDs, out-of-range instance indices, truncated WNODEs. The dispatcher must
// answer with a defined NTSTATUS, never throw, and never write past the IRP's BufferSize.
import { describe, expect, it } from "vitest";
import * as K from "../src/index.js";
import {
  encodeMethodItem,
  encodeSingleInstance,
  encodeSingleItem,
  encodeWnodeHeader,
  ioCompleteRequest,
  wmiSystemControl,
} from "../src/index.js";
import { G_CLASS1, G_EVENT, G_METHOD, G_UNKNOWN, G_VAR, guardIntact, irpFor, setup } from "./support/provider.js";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const libraryStatuses = new Set([
  K.STATUS_WMI_GUID_NOT_FOUND,
  K.STATUS_WMI_INSTANCE_NOT_FOUND,
  K.STATUS_INVALID_PARAMETER,
  K.STATUS_BUFFER_TOO_SMALL,
  K.STATUS_WMI_READ_ONLY,
  K.STATUS_INVALID_DEVICE_REQUEST,
  K.STATUS_SUCCESS,
]);
const providerStatuses = new Set([
  K.STATUS_SUCCESS,
  K.STATUS_BUFFER_TOO_SMALL,
  K.STATUS_WMI_ITEMID_NOT_FOUND,
  K.STATUS_INVALID_PARAMETER_MIX,
  K.STATUS_WMI_READ_ONLY,
]);

describe("dispatcher fuzz", () => {
  it("20,000 malformed IRPs: defined statuses, no exception, nothing written past BufferSize", () => {
    const r = rng(0x6d6f66);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const guids = [G_CLASS1, G_VAR, G_METHOD, G_EVENT, G_UNKNOWN, "not a guid"];
    const tally = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const { device, context } = setup();
      const minor = pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0x0a, 0x0b, 0x0c, 0x30]);
      const guid = pick(guids);
      const nodeGuid = guid === "not a guid" ? G_CLASS1 : guid;
      const flags = r() < 0.8 ? 0x80 : Math.floor(r() * 0x100000);
      const index = r() < 0.8 ? Math.floor(r() * 3) : Math.floor(r() * 0xffffffff);
      const data = new Uint8Array(Math.floor(r() * 120));
      let node: Uint8Array;
      switch (pick(["single", "item", "method", "header"])) {
        case "single":
          node = encodeSingleInstance({ header: { guid: nodeGuid, flags }, instanceIndex: index, data });
          break;
        case "item":
          node = encodeSingleItem({
            header: { guid: nodeGuid, flags },
            instanceIndex: index,
            itemId: Math.floor(r() * 6),
            data,
          });
          break;
        case "method":
          node = encodeMethodItem({
            header: { guid: nodeGuid, flags },
            instanceIndex: index,
            methodId: pick([3, 3, 1]),
            input: data,
          });
          break;
        default:
          node = encodeWnodeHeader({ guid: nodeGuid, flags: flags | K.WNODE_FLAG_ALL_DATA }, 64);
      }
      // Corrupt a few dwords: sizes, offsets, flags.
      const v = new DataView(node.buffer);
      const corruptions = Math.floor(r() * 3);
      for (let c = 0; c < corruptions; c++) {
        const at = pick([0, 44, 48, 52, 56, 60, 64]);
        if (at + 4 <= node.length)
          v.setUint32(at, pick([0, 1, 63, 64, 72, 0x7fffffff, 0xffffffff, Math.floor(r() * 400)]), true);
      }
      const bufferSize = r() < 0.5 ? Math.floor(r() * (node.length + 200)) : node.length + Math.floor(r() * 4096);
      const irp = irpFor(minor, guid, node, bufferSize, r() < 0.95 ? 0x4000 : 0x4001);
      let result: ReturnType<typeof wmiSystemControl>;
      try {
        result = wmiSystemControl(context, device, irp);
      } catch (e) {
        throw new Error(
          `case ${i}: minor ${minor} guid ${guid} bufferSize ${bufferSize} threw ${(e as Error).message}`,
        );
      }
      expect(guardIntact(irp), `case ${i} wrote past BufferSize`).toBe(true);
      const { disposition, status } = result;
      tally.set(
        `${disposition}:${K.statusName(status)}`,
        (tally.get(`${disposition}:${K.statusName(status)}`) ?? 0) + 1,
      );
      if (disposition === K.IrpNotWmi || disposition === K.IrpForward) {
        expect(irp.completed).toBe(false);
        expect(status).toBe(K.STATUS_NOT_SUPPORTED);
        continue;
      }
      if (minor !== 8 && minor !== 0x0b && (guid === G_UNKNOWN || guid === "not a guid"))
        expect(status).toBe(K.STATUS_WMI_GUID_NOT_FOUND);
      if (disposition === K.IrpNotCompleted) {
        expect(libraryStatuses.has(status), `case ${i}: ${K.statusName(status)}`).toBe(true);
        if (status !== K.STATUS_SUCCESS) expect(irp.ioStatus.information).toBe(0);
        ioCompleteRequest(irp);
      } else {
        expect(providerStatuses.has(status), `case ${i}: ${K.statusName(status)}`).toBe(true);
        expect(irp.completed).toBe(true);
      }
      expect(irp.ioStatus.information).toBeLessThanOrEqual(irp.bufferSize);
    }
    // Every path was exercised.
    const seen = [...tally.keys()].join(" ");
    for (const s of [
      "STATUS_WMI_GUID_NOT_FOUND",
      "STATUS_WMI_INSTANCE_NOT_FOUND",
      "STATUS_INVALID_PARAMETER",
      "STATUS_BUFFER_TOO_SMALL",
      "0:STATUS_SUCCESS",
      "1:STATUS_SUCCESS",
      "2:",
      "3:",
    ]) {
      expect(seen).toContain(s);
    }
  });
});
