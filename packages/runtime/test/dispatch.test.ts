import { describe, expect, it } from "vitest";
import * as K from "../src/index.js";
import {
  WmiDevice,
  WmiIrp,
  decodeAllData,
  decodeRegInfo,
  decodeSingleInstance,
  decodeTooSmall,
  encodeAllData,
  encodeMethodItem,
  encodeSingleInstance,
  encodeSingleItem,
  encodeWnodeHeader,
  ioCompleteRequest,
  wmiCompleteRequest,
  wmiFireEvent,
  wmiSystemControl,
  type WmiLibContext,
} from "../src/index.js";

import {
  G_CLASS1,
  G_EVENT,
  G_METHOD,
  G_UNKNOWN,
  G_VAR,
  NOW,
  class1,
  guardIntact,
  irpFor,
  setup,
  u32,
  u64,
} from "./support/provider.js";

const singleReq = (guid: string, index: number, flags = 0x00010082) =>
  encodeSingleInstance({ header: { guid, flags: flags & ~K.WNODE_FLAG_SINGLE_INSTANCE }, instanceIndex: index });
const allReq = (guid: string) => encodeWnodeHeader({ guid, flags: K.WNODE_FLAG_ALL_DATA }, 64);

describe("front end (§4.1)", () => {
  it("minor codes outside 0x00-0x09, 0x0B are IrpNotWmi and leave the IRP alone", () => {
    const { device, context } = setup();
    for (const minor of [0x0a, 0x0c, 0x1f]) {
      const irp = irpFor(minor, G_CLASS1, singleReq(G_CLASS1, 0), 4096);
      const before = irp.buffer.slice();
      expect(wmiSystemControl(context, device, irp)).toEqual({
        disposition: K.IrpNotWmi,
        status: K.STATUS_NOT_SUPPORTED,
      });
      expect(irp.buffer).toEqual(before);
    }
  });
  it("a ProviderId of another device is IrpForward", () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 0), 4096, 0x5000);
    expect(wmiSystemControl(context, device, irp).disposition).toBe(K.IrpForward);
    expect(log.calls).toEqual([]);
    expect(irp.completed).toBe(false);
  });
  it("an unknown GUID is STATUS_WMI_GUID_NOT_FOUND, IrpNotCompleted, Information 0", () => {
    const { device, context } = setup();
    for (const minor of [
      K.IRP_MN_QUERY_ALL_DATA,
      K.IRP_MN_QUERY_SINGLE_INSTANCE,
      K.IRP_MN_ENABLE_EVENTS,
      K.IRP_MN_EXECUTE_METHOD,
    ]) {
      const irp = irpFor(minor, G_UNKNOWN, singleReq(G_UNKNOWN, 0), 4096);
      expect(wmiSystemControl(context, device, irp)).toEqual({
        disposition: K.IrpNotCompleted,
        status: K.STATUS_WMI_GUID_NOT_FOUND,
      });
      expect(irp.ioStatus).toEqual({ status: K.STATUS_WMI_GUID_NOT_FOUND, information: 0 });
      ioCompleteRequest(irp);
      expect(irp.completed).toBe(true);
    }
  });
  it("GUIDs match by value regardless of case and braces", () => {
    const { device, context } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_ALL_DATA, `{${G_VAR}}`, allReq(G_VAR), 4096);
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_SUCCESS);
  });
  it("requests without STATIC_INSTANCE_NAMES are STATUS_WMI_INSTANCE_NOT_FOUND", () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 0, 0x00010002), 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_WMI_INSTANCE_NOT_FOUND,
    });
    expect(log.calls).toEqual([]);
  });
  it("an instance index out of range is STATUS_WMI_INSTANCE_NOT_FOUND before any callback", () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 2), 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_WMI_INSTANCE_NOT_FOUND,
    });
    expect(log.calls).toEqual([]);
  });
});

describe("QUERY_SINGLE_INSTANCE (§9.1, §9.2)", () => {
  it("9.1: 4096-byte buffer → BufferSize 96, TimeStamp, SizeDataBlock 32, Information 96", async () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 0), 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({ disposition: K.IrpProcessed, status: K.STATUS_SUCCESS });
    expect(log.calls).toEqual(["query g0 i0 n1 avail4032 lengths1"]);
    const b = irp.data;
    expect([u32(b, 0), u64(b, 16), u32(b, 44), u32(b, 52), u32(b, 56), u32(b, 60)]).toEqual([
      96,
      NOW,
      0x00010082,
      0,
      64,
      32,
    ]);
    expect(b.subarray(64, 96)).toEqual(class1(0));
    expect(irp.ioStatus).toEqual({ status: K.STATUS_SUCCESS, information: 96 });
    expect(irp.completed).toBe(true);
    expect(await irp.completion).toEqual({ status: K.STATUS_SUCCESS, information: 96 });
    expect(decodeSingleInstance(b.subarray(0, 96)).sizeDataBlock).toBe(32);
  });
  it("9.2: 72-byte buffer → WNODE_TOO_SMALL (56, 0x20, SizeNeeded 96), STATUS_SUCCESS, Information 56", () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 0), 72);
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_SUCCESS);
    expect(log.calls).toEqual(["query g0 i0 n1 avail8 lengths1"]);
    expect([u32(irp.data, 0), u32(irp.data, 44), u32(irp.data, 48)]).toEqual([56, 0x20, 96]);
    expect(decodeTooSmall(irp.data).sizeNeeded).toBe(96);
    expect(irp.ioStatus).toEqual({ status: K.STATUS_SUCCESS, information: 56 });
    expect(guardIntact(irp)).toBe(true);
  });
  it("a provider that claims success with more data than fits gets the TOO_SMALL answer", () => {
    const { device, context } = setup({
      queryWmiDataBlock: (d, irp) => wmiCompleteRequest(d, irp, K.STATUS_SUCCESS, 500),
    });
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 0), 128);
    wmiSystemControl(context, device, irp);
    expect([u32(irp.data, 0), u32(irp.data, 44), u32(irp.data, 48)]).toEqual([56, 0x20, 564]);
    expect(irp.ioStatus).toEqual({ status: K.STATUS_SUCCESS, information: 56 });
  });
  it("other errors keep their status with Information 0", () => {
    const { device, context } = setup({
      queryWmiDataBlock: (d, irp) => wmiCompleteRequest(d, irp, K.STATUS_WMI_TRY_AGAIN, 0),
    });
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 1), 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpProcessed,
      status: K.STATUS_WMI_TRY_AGAIN,
    });
    expect(irp.ioStatus).toEqual({ status: K.STATUS_WMI_TRY_AGAIN, information: 0 });
    expect(u32(irp.data, 0)).toBe(64);
  });
  it("a pending callback completes later; the IRP stays open until then", async () => {
    const { device, context, log } = setup();
    log.pend = true;
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 1), 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({ disposition: K.IrpProcessed, status: K.STATUS_PENDING });
    expect(irp.completed).toBe(false);
    setTimeout(() => log.pending.shift()!(), 1);
    expect(await irp.completion).toEqual({ status: K.STATUS_SUCCESS, information: 96 });
    expect(irp.data.subarray(64, 96)).toEqual(class1(1));
  });
  it("completing twice is MOF3721", () => {
    const { device, context } = setup({
      queryWmiDataBlock: (d, irp) => {
        wmiCompleteRequest(d, irp, K.STATUS_SUCCESS, 0);
        return wmiCompleteRequest(d, irp, K.STATUS_SUCCESS, 0);
      },
    });
    const irp = irpFor(K.IRP_MN_QUERY_SINGLE_INSTANCE, G_CLASS1, singleReq(G_CLASS1, 1), 4096);
    expect(() => wmiSystemControl(context, device, irp)).toThrow(/MOF3721|already completed/);
  });
});

describe("QUERY_ALL_DATA (§4.3, §9.3)", () => {
  it("9.3: instances of 42, 20, 42 → DataBlockOffset 88, pairs {88,42} {136,20} {160,42}, BufferSize 202", () => {
    const { device, context, log } = setup();
    const req = allReq(G_VAR);
    new DataView(req.buffer).setUint32(44, K.WNODE_FLAG_ALL_DATA | K.WNODE_FLAG_FIXED_INSTANCE_SIZE, true);
    const irp = irpFor(K.IRP_MN_QUERY_ALL_DATA, G_VAR, req, 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({ disposition: K.IrpProcessed, status: K.STATUS_SUCCESS });
    expect(log.calls).toEqual(["query g1 i0 n3 avail4008 lengths3"]);
    const b = irp.data;
    expect([u32(b, 48), u32(b, 52)]).toEqual([88, 3]);
    expect([u32(b, 60), u32(b, 64), u32(b, 68), u32(b, 72), u32(b, 76), u32(b, 80)]).toEqual([
      88, 42, 136, 20, 160, 42,
    ]);
    expect(u32(b, 44)).toBe(K.WNODE_FLAG_ALL_DATA); // FIXED_INSTANCE_SIZE cleared
    expect(u32(b, 0)).toBe(202);
    expect(u64(b, 16)).toBe(NOW);
    expect(irp.ioStatus).toEqual({ status: K.STATUS_SUCCESS, information: 202 });
    const d = decodeAllData(b);
    expect(d.instances.map((x) => b[x.offset])).toEqual([0x10, 0x11, 0x12]);
    // Byte-exact against the reference encoder.
    const expected = encodeAllData({
      header: { guid: G_VAR, timeStamp: NOW },
      instances: [new Uint8Array(42).fill(0x10), new Uint8Array(20).fill(0x11), new Uint8Array(42).fill(0x12)],
    });
    expect(b.subarray(0, 202)).toEqual(expected);
  });
  it("a buffer smaller than DataBlockOffset: lengths NULL, BufferAvail 0 → TOO_SMALL with SizeNeeded 88 + 114", () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_ALL_DATA, G_VAR, allReq(G_VAR), 64);
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_SUCCESS);
    expect(log.calls).toEqual(["query g1 i0 n3 avail0 lengthsnull"]);
    expect([u32(irp.data, 0), u32(irp.data, 44), u32(irp.data, 48)]).toEqual([56, 0x20, 202]);
    expect(irp.ioStatus.information).toBe(56);
    expect(guardIntact(irp)).toBe(true);
  });
  it("two fixed instances of WmiSampleClass1", () => {
    const { device, context } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_ALL_DATA, G_CLASS1, allReq(G_CLASS1), 4096);
    wmiSystemControl(context, device, irp);
    const d = decodeAllData(irp.data);
    expect(d.dataBlockOffset).toBe(80);
    expect(d.instances).toEqual([
      { offset: 80, length: 32 },
      { offset: 112, length: 32 },
    ]);
    expect(d.header.bufferSize).toBe(144);
  });
  it("a buffer below 56 bytes fails with STATUS_BUFFER_TOO_SMALL", () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_QUERY_ALL_DATA, G_VAR, allReq(G_VAR), 40);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_BUFFER_TOO_SMALL,
    });
    expect(log.calls).toEqual([]);
    expect(guardIntact(irp)).toBe(true);
  });
});

describe("CHANGE_SINGLE_INSTANCE / CHANGE_SINGLE_ITEM", () => {
  it("passes SizeDataBlock and the data; Information 0", () => {
    const { device, context, log } = setup();
    const data = new Uint8Array(32).fill(0x77);
    const irp = irpFor(
      K.IRP_MN_CHANGE_SINGLE_INSTANCE,
      G_CLASS1,
      encodeSingleInstance({ header: { guid: G_CLASS1, flags: 0x80 }, instanceIndex: 1, data }),
      4096,
    );
    expect(wmiSystemControl(context, device, irp)).toEqual({ disposition: K.IrpProcessed, status: K.STATUS_SUCCESS });
    expect(log.calls).toEqual(["set g0 i1 size32"]);
    expect(log.stored.get("1")).toEqual(data);
    expect(irp.ioStatus).toEqual({ status: K.STATUS_SUCCESS, information: 0 });
  });
  it("a set error keeps its status", () => {
    const { device, context } = setup();
    const irp = irpFor(
      K.IRP_MN_CHANGE_SINGLE_INSTANCE,
      G_CLASS1,
      encodeSingleInstance({ header: { guid: G_CLASS1, flags: 0x80 }, instanceIndex: 0, data: new Uint8Array(8) }),
      4096,
    );
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_INVALID_PARAMETER_MIX);
    expect(irp.ioStatus).toEqual({ status: K.STATUS_INVALID_PARAMETER_MIX, information: 0 });
  });
  it("without SetWmiDataBlock / SetWmiDataItem: STATUS_WMI_READ_ONLY, IrpNotCompleted", () => {
    const { device, context } = setup({ setWmiDataBlock: undefined, setWmiDataItem: undefined });
    const a = irpFor(
      K.IRP_MN_CHANGE_SINGLE_INSTANCE,
      G_CLASS1,
      encodeSingleInstance({ header: { guid: G_CLASS1, flags: 0x80 }, instanceIndex: 0, data: new Uint8Array(32) }),
      4096,
    );
    expect(wmiSystemControl(context, device, a)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_WMI_READ_ONLY,
    });
    const b = irpFor(
      K.IRP_MN_CHANGE_SINGLE_ITEM,
      G_CLASS1,
      encodeSingleItem({
        header: { guid: G_CLASS1, flags: 0x80 },
        instanceIndex: 0,
        itemId: 4,
        data: new Uint8Array(4),
      }),
      4096,
    );
    expect(wmiSystemControl(context, device, b)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_WMI_READ_ONLY,
    });
  });
  it("CHANGE_SINGLE_ITEM passes ItemId, SizeDataItem and the data at DataBlockOffset", () => {
    const { device, context, log } = setup();
    const irp = irpFor(
      K.IRP_MN_CHANGE_SINGLE_ITEM,
      G_CLASS1,
      encodeSingleItem({
        header: { guid: G_CLASS1, flags: 0x80 },
        instanceIndex: 0,
        itemId: 4,
        data: Uint8Array.of(9, 0, 0, 0),
      }),
      4096,
    );
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_SUCCESS);
    expect(log.calls).toEqual(["setItem g0 i0 item4 size4 first9"]);
    expect(log.stored.get("0")![4]).toBe(9);
    const bad = irpFor(
      K.IRP_MN_CHANGE_SINGLE_ITEM,
      G_CLASS1,
      encodeSingleItem({
        header: { guid: G_CLASS1, flags: 0x80 },
        instanceIndex: 0,
        itemId: 7,
        data: Uint8Array.of(1),
      }),
      4096,
    );
    expect(wmiSystemControl(context, device, bad).status).toBe(K.STATUS_WMI_ITEMID_NOT_FOUND);
  });
  it("a data block past the end of the buffer is STATUS_INVALID_PARAMETER", () => {
    const { device, context, log } = setup();
    const node = encodeSingleInstance({
      header: { guid: G_CLASS1, flags: 0x80 },
      instanceIndex: 0,
      data: new Uint8Array(32),
    });
    new DataView(node.buffer).setUint32(60, 5000, true);
    const irp = irpFor(K.IRP_MN_CHANGE_SINGLE_INSTANCE, G_CLASS1, node, 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_INVALID_PARAMETER,
    });
    expect(log.calls).toEqual([]);
  });
});

describe("EXECUTE_METHOD (§9.5)", () => {
  const req = (capacity: number) =>
    encodeMethodItem({
      header: { guid: G_METHOD, flags: 0x80 },
      instanceIndex: 0,
      methodId: 3,
      input: Uint8Array.of(2, 0, 0, 0),
      capacity,
    });
  it("InBufferSize 4, OutBufferSize = BufferSize − 72; output 82 bytes → BufferSize 154, SizeDataBlock 82", () => {
    const { device, context, log } = setup();
    const irp = irpFor(K.IRP_MN_EXECUTE_METHOD, G_METHOD, req(4096), 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({ disposition: K.IrpProcessed, status: K.STATUS_SUCCESS });
    expect(log.calls).toEqual(["exec g2 i0 m3 in4 out4024"]);
    const b = irp.data;
    expect([u32(b, 0), u64(b, 16), u32(b, 56), u32(b, 60), u32(b, 64)]).toEqual([154, NOW, 3, 72, 82]);
    expect(b.subarray(72, 154).every((x) => x === 0x42)).toBe(true);
    expect(irp.ioStatus).toEqual({ status: K.STATUS_SUCCESS, information: 154 });
  });
  it("output that does not fit → WNODE_TOO_SMALL with SizeNeeded = 72 + 82", () => {
    const { device, context } = setup();
    const irp = irpFor(K.IRP_MN_EXECUTE_METHOD, G_METHOD, req(100), 100);
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_SUCCESS);
    expect([u32(irp.data, 0), u32(irp.data, 44), u32(irp.data, 48)]).toEqual([56, 0x20, 154]);
    expect(irp.ioStatus.information).toBe(56);
    expect(guardIntact(irp)).toBe(true);
  });
  it("an unknown method id is the callback's STATUS_WMI_ITEMID_NOT_FOUND", () => {
    const { device, context } = setup();
    const node = req(4096);
    new DataView(node.buffer).setUint32(56, 9, true);
    const irp = irpFor(K.IRP_MN_EXECUTE_METHOD, G_METHOD, node, 4096);
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_WMI_ITEMID_NOT_FOUND);
    expect(irp.ioStatus.information).toBe(0);
  });
  it("without ExecuteWmiMethod: STATUS_INVALID_DEVICE_REQUEST, IrpNotCompleted", () => {
    const { device, context } = setup({ executeWmiMethod: undefined });
    const irp = irpFor(K.IRP_MN_EXECUTE_METHOD, G_METHOD, req(4096), 4096);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_INVALID_DEVICE_REQUEST,
    });
  });
});

describe("enable / disable (§5)", () => {
  const hdr = (guid: string) => encodeWnodeHeader({ guid });
  it("calls WmiFunctionControl with the right function and flag, and tracks the state", () => {
    const { device, context, log } = setup();
    const run = (minor: number, guid: string) => {
      const irp = irpFor(minor, guid, hdr(guid), 48);
      const r = wmiSystemControl(context, device, irp);
      expect(irp.ioStatus.information).toBe(0);
      return r;
    };
    expect(run(K.IRP_MN_ENABLE_EVENTS, G_EVENT)).toEqual({ disposition: K.IrpProcessed, status: K.STATUS_SUCCESS });
    expect(device.isEventEnabled(G_EVENT)).toBe(true);
    run(K.IRP_MN_ENABLE_COLLECTION, G_CLASS1);
    expect(device.isCollectionEnabled(G_CLASS1)).toBe(true);
    run(K.IRP_MN_DISABLE_EVENTS, G_EVENT);
    run(K.IRP_MN_DISABLE_COLLECTION, G_CLASS1);
    expect(device.isEventEnabled(G_EVENT)).toBe(false);
    expect(device.isCollectionEnabled(G_CLASS1)).toBe(false);
    expect(log.calls).toEqual([
      "control g3 events true",
      "control g0 collection true",
      "control g3 events false",
      "control g0 collection false",
    ]);
  });
  it("a failing callback leaves the state unchanged", () => {
    const { device, context } = setup({
      wmiFunctionControl: (d, irp) => wmiCompleteRequest(d, irp, K.STATUS_INVALID_DEVICE_REQUEST, 0),
    });
    const irp = irpFor(K.IRP_MN_ENABLE_EVENTS, G_EVENT, hdr(G_EVENT), 48);
    expect(wmiSystemControl(context, device, irp).status).toBe(K.STATUS_INVALID_DEVICE_REQUEST);
    expect(device.isEventEnabled(G_EVENT)).toBe(false);
  });
  it("without WmiFunctionControl: STATUS_SUCCESS, IrpNotCompleted", () => {
    const { device, context } = setup({ wmiFunctionControl: undefined });
    const irp = irpFor(K.IRP_MN_ENABLE_EVENTS, G_EVENT, hdr(G_EVENT), 48);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_SUCCESS,
    });
    expect(device.isEventEnabled(G_EVENT)).toBe(true);
  });
});

describe("REGINFO / REGINFO_EX (§3, §9.6)", () => {
  const expectedX64 = () =>
    K.encodeRegInfo("x64", {
      registryPath: "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WmiSamp",
      mofResourceName: "MofResourceName",
      guids: [
        { guid: G_CLASS1, flags: 0x20, instanceCount: 2, pdo: 0xffffa00012345670n },
        { guid: G_VAR, flags: 0x20, instanceCount: 3, pdo: 0xffffa00012345670n },
        { guid: G_METHOD, flags: 0x20, instanceCount: 1, pdo: 0xffffa00012345670n },
        { guid: G_EVENT, flags: 0x60, instanceCount: 1, pdo: 0xffffa00012345670n },
      ],
    });
  it("builds WMIREGINFO from the GUID list and QueryWmiRegInfo; IrpNotCompleted, Information = size", () => {
    const { device, context } = setup();
    const irp = irpFor(K.IRP_MN_REGINFO, K.WMIREGISTER, new Uint8Array(0), 1024);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_SUCCESS,
    });
    const want = expectedX64();
    expect(irp.ioStatus).toEqual({ status: K.STATUS_SUCCESS, information: want.length });
    expect(irp.data.subarray(0, want.length)).toEqual(want);
    expect(decodeRegInfo("x64", irp.data).guids.map((g) => g.flags)).toEqual([0x20, 0x20, 0x20, 0x60]);
    expect(device.pdoReferences).toBe(0);
  });
  it("the two-GUID case of §9.6 is 240 bytes on x64 and 228 on x86", () => {
    for (const [arch, size] of [
      ["x64", 240],
      ["x86", 228],
    ] as const) {
      const { context } = setup();
      context.guidList = [
        { guid: G_CLASS1, instanceCount: 1, flags: K.WMIREG_FLAG_EXPENSIVE },
        { guid: G_VAR, instanceCount: 1, flags: 0 },
      ];
      const device = new WmiDevice({ providerId: 0x4000, arch });
      const pdo = arch === "x64" ? 0xffffa00012345670n : 0x81234560n;
      const base = context.queryWmiRegInfo!(device);
      context.queryWmiRegInfo = () => ({ ...base, pdo });
      const irp = irpFor(K.IRP_MN_REGINFO_EX, K.WMIREGISTER, new Uint8Array(0), 1024);
      wmiSystemControl(context, device, irp);
      expect(irp.ioStatus.information).toBe(size);
      // Byte for byte the §9.6 table: header, two WMIREGGUIDs with the PDO, MOF name, registry path.
      const want = K.encodeRegInfo(arch, {
        registryPath: "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WmiSamp",
        mofResourceName: "MofResourceName",
        guids: [
          { guid: G_CLASS1, flags: 0x21, instanceCount: 1, pdo },
          { guid: G_VAR, flags: 0x20, instanceCount: 1, pdo },
        ],
      });
      expect(irp.data.subarray(0, size)).toEqual(want);
      const d = decodeRegInfo(arch, irp.data);
      expect(d.guids.map((g) => g.flags)).toEqual([0x21, 0x20]);
      expect(device.pdoReferences).toBe(2);
    }
  });
  it("a 64-bit PDO pointer cannot be registered on x86: STATUS_INVALID_PARAMETER", () => {
    const { context } = setup();
    const device = new WmiDevice({ providerId: 0x4000, arch: "x86" });
    const irp = irpFor(K.IRP_MN_REGINFO, K.WMIREGISTER, new Uint8Array(0), 1024);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_INVALID_PARAMETER,
    });
  });
  it("too small: the needed size at offset 0, STATUS_SUCCESS, Information 4", () => {
    const { device, context } = setup();
    const irp = irpFor(K.IRP_MN_REGINFO, K.WMIREGISTER, new Uint8Array(0), 16);
    expect(wmiSystemControl(context, device, irp)).toEqual({
      disposition: K.IrpNotCompleted,
      status: K.STATUS_SUCCESS,
    });
    expect(irp.ioStatus.information).toBe(4);
    expect(u32(irp.data, 0)).toBe(expectedX64().length);
    expect(guardIntact(irp)).toBe(true);
    const tiny = irpFor(K.IRP_MN_REGINFO, K.WMIREGISTER, new Uint8Array(0), 2);
    expect(wmiSystemControl(context, device, tiny).status).toBe(K.STATUS_BUFFER_TOO_SMALL);
  });
  it("base names go after the GUID array", () => {
    const { device, context } = setup({
      queryWmiRegInfo: () => ({
        regFlags: K.WMIREG_FLAG_INSTANCE_BASENAME,
        instanceName: "Widget",
        registryPath: "R",
        mofResourceName: "M",
      }),
    });
    const irp = irpFor(K.IRP_MN_REGINFO, K.WMIREGISTER, new Uint8Array(0), 1024);
    wmiSystemControl(context, device, irp);
    const d = decodeRegInfo("x64", irp.data);
    expect(d.guids.every((g) => g.baseName === "Widget" && g.union === 152n)).toBe(true);
    expect([d.mofResourceName, d.registryPath]).toEqual(["M", "R"]);
  });
});

describe("WmiFireEvent (§6.1, Example 8)", () => {
  it("an 82-byte payload makes a 146-byte node: Flags 0x8A, DataBlockOffset 64, SizeDataBlock 82", () => {
    const { device, events } = setup();
    const payload = new Uint8Array(82).fill(0x5a);
    expect(wmiFireEvent(device, G_EVENT, 0, payload)).toBe(K.STATUS_SUCCESS);
    const n = events[0];
    expect(n.length).toBe(146);
    expect([u32(n, 0), u32(n, 4), u64(n, 16), u32(n, 44), u32(n, 52), u32(n, 56), u32(n, 60)]).toEqual([
      146,
      0x4000,
      NOW,
      0x8a,
      0,
      64,
      82,
    ]);
    expect(n.subarray(24, 40)).toEqual(K.guidBytes(G_EVENT));
    expect(n.subarray(64)).toEqual(payload);
    expect(u32(n, 8) + u32(n, 12) + u32(n, 40) + u32(n, 48)).toBe(0);
  });
  it("no data: 64-byte node with SizeDataBlock 0", () => {
    const { device, events } = setup();
    wmiFireEvent(device, G_EVENT, 0, null);
    expect([events[0].length, u32(events[0], 60)]).toEqual([64, 0]);
  });
  it("larger than the maximum event size: STATUS_BUFFER_OVERFLOW; without WMI: STATUS_UNSUCCESSFUL", () => {
    const { device } = setup();
    expect(wmiFireEvent(device, G_EVENT, 0, new Uint8Array(1000))).toBe(K.STATUS_BUFFER_OVERFLOW);
    expect(wmiFireEvent(new WmiDevice({ providerId: 1 }), G_EVENT, 0, new Uint8Array(4))).toBe(K.STATUS_UNSUCCESSFUL);
  });
});
