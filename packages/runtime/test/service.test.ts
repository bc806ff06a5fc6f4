// The WMI service simulator end to end: a MOF compiled to layouts, a provider written against
// the WmiLib-style context, and the service querying, setting, invoking and subscribing.
import { describe, expect, it } from "vitest";
import { checkProgram } from "@mofkit/schema";
import { createMemoryHost, loadProgram } from "@mofkit/syntax";
import { encodeInstance, layoutModel, type LayoutSet } from "@mofkit/layout";
import * as K from "../src/index.js";
import {
  WmiDevice,
  WmiService,
  WmiServiceError,
  encodeAllData,
  encodeEventReference,
  ioWmiWriteEvent,
  wmiCompleteRequest,
  wmiFireEvent,
  type WmiLibContext,
} from "../src/index.js";

const MOF = `
#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6A1E0001-0000-4000-8000-00000000AC01}")]
class Acme_Gauge
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read, write] uint32 Level;
    [WmiDataId(2), read, write] uint16 Mode;
    [WmiDataId(3), read] string Label;
};

[WMI, Dynamic, Provider("WMIProv"), guid("{6A1E0002-0000-4000-8000-00000000AC01}")]
class Acme_Control
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [Implemented, WmiMethodId(1)] void Scale([in] uint32 Factor, [out] uint32 Result);
};

[WMI, Dynamic, Provider("WMIProv"), guid("{6A1E0003-0000-4000-8000-00000000AC01}")]
class Acme_Alarm : WMIEvent
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read] uint32 Code;
};
`;

function build(): LayoutSet {
  const program = loadProgram(["acme.mof"], createMemoryHost({ "acme.mof": MOF }), { dialect: "wmi" });
  const checked = checkProgram(program);
  const { layouts, diagnostics } = layoutModel(checked.model, { program });
  expect(
    [...program.diagnostics, ...checked.diagnostics, ...diagnostics].filter((d) => d.severity === "error"),
  ).toEqual([]);
  return layouts;
}

const G_GAUGE = "6A1E0001-0000-4000-8000-00000000AC01";
const G_CONTROL = "6A1E0002-0000-4000-8000-00000000AC01";
const G_ALARM = "6A1E0003-0000-4000-8000-00000000AC01";

function acme(layouts: LayoutSet, calls: string[], gauges = 3) {
  const gaugeBlock = layouts.blocks.find((b) => b.className === "Acme_Gauge")!;
  const state = Array.from({ length: gauges }, (_, i) => ({
    Level: 10 * (i + 1),
    Mode: i,
    Label: `gauge-${"x".repeat(i * 3)}${i}`,
  }));
  const context: WmiLibContext = {
    guidList: [
      { guid: G_GAUGE, instanceCount: gauges, flags: K.WMIREG_FLAG_EXPENSIVE },
      { guid: G_CONTROL, instanceCount: 1, flags: 0 },
      { guid: G_ALARM, instanceCount: 1, flags: K.WMIREG_FLAG_EVENT_ONLY_GUID },
    ],
    queryWmiRegInfo: () => ({
      regFlags: K.WMIREG_FLAG_INSTANCE_PDO,
      registryPath: "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Acme",
      mofResourceName: "MofResource",
    }),
    queryWmiDataBlock(device, irp, g, index, count, lengths, avail, buffer) {
      calls.push(`query ${g} ${index} ${count} ${avail}`);
      if (g !== 0) {
        if (avail < 2 * count) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, 2 * count);
        if (lengths) lengths.fill(2);
        return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 2 * count);
      }
      const parts = state.slice(index, index + count).map((s) => encodeInstance(gaugeBlock, s));
      let need = 0;
      parts.forEach((p, k) => (need = (k > 0 ? Math.ceil(need / 8) * 8 : 0) + p.length));
      if (!lengths || avail < need) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, need);
      let at = 0;
      parts.forEach((p, k) => {
        if (k > 0) at = Math.ceil(at / 8) * 8;
        buffer.set(p, at);
        lengths[k] = p.length;
        at += p.length;
      });
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, at);
    },
    setWmiDataBlock(device, irp, g, index, size, buffer) {
      calls.push(`set ${g} ${index} ${size}`);
      const v = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      if (g !== 0 || size < 6) return wmiCompleteRequest(device, irp, K.STATUS_WMI_READ_ONLY, 0);
      state[index].Level = v.getUint32(0, true);
      state[index].Mode = v.getUint16(4, true);
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 0);
    },
    setWmiDataItem(device, irp, g, index, item, size, buffer) {
      calls.push(`setItem ${g} ${index} ${item} ${size}`);
      if (item !== 1 || size !== 4) return wmiCompleteRequest(device, irp, K.STATUS_WMI_READ_ONLY, 0);
      state[index].Level = new DataView(buffer.buffer, buffer.byteOffset).getUint32(0, true);
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 0);
    },
    executeWmiMethod(device, irp, g, index, methodId, inSize, outSize, buffer) {
      calls.push(`exec ${g} ${index} ${methodId} ${inSize} ${outSize}`);
      if (methodId !== 1) return wmiCompleteRequest(device, irp, K.STATUS_WMI_ITEMID_NOT_FOUND, 0);
      if (outSize < 4) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, 4);
      const v = new DataView(buffer.buffer, buffer.byteOffset);
      v.setUint32(0, v.getUint32(0, true) * 3, true);
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 4);
    },
    wmiFunctionControl(device, irp, g, fn, enable) {
      calls.push(`control ${g} ${fn === K.WmiEventControl ? "events" : "collection"} ${enable}`);
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 0);
    },
  };
  return { context, state };
}

function setup(opts: { gauges?: number; initialBufferSize?: number; trace?: (s: string) => void } = {}) {
  const layouts = build();
  const calls: string[] = [];
  const { context, state } = acme(layouts, calls, opts.gauges);
  const service = new WmiService({ layouts, initialBufferSize: opts.initialBufferSize ?? 64, trace: opts.trace });
  const device = new WmiDevice({ providerId: 0x7000, pdo: 0xffff800000001000n, clock: () => 1n });
  const reg = service.register(device, context);
  return { service, device, context, state, calls, reg };
}

describe("WmiService", () => {
  it("registers through REGINFO_EX, retrying after the 4-byte size answer", () => {
    const { reg, device } = setup({ initialBufferSize: 32 });
    expect(reg.guids.map((g) => [g.guid, g.flags, g.instanceCount])).toEqual([
      [G_GAUGE, 0x21, 3],
      [G_CONTROL, 0x20, 1],
      [G_ALARM, 0x60, 1],
    ]);
    expect(reg.mofResourceName).toBe("MofResource");
    expect(reg.guids[0].pdo).toBe(0xffff800000001000n);
    expect(device.pdoReferences).toBe(3);
  });

  it("query: grows the buffer on WNODE_TOO_SMALL and decodes every instance by class name", async () => {
    const { service, calls, state } = setup();
    const all = await service.query("Acme_Gauge");
    expect(all.map((x) => x.value)).toEqual(state.map((s) => ({ ...s })));
    expect(calls.length).toBe(2); // first try too small, second fits
    expect(calls[0]).toBe("query 0 0 3 0");
  });

  it("get / set / setItem by class name and by GUID", async () => {
    const { service, calls } = setup();
    expect((await service.get("Acme_Gauge", 1)).value).toEqual({ Level: 20, Mode: 1, Label: "gauge-xxx1" });
    await service.set(`{${G_GAUGE.toLowerCase()}}`, 1, { Level: 99, Mode: 7, Label: "ignored" });
    expect((await service.get("acme_gauge", 1)).value).toMatchObject({ Level: 99, Mode: 7 });
    await service.setItem("Acme_Gauge", 2, "Level", Uint8Array.of(5, 0, 0, 0));
    expect((await service.get("Acme_Gauge", 2)).value).toMatchObject({ Level: 5 });
    expect(calls).toContain("setItem 0 2 1 4");
  });

  it("errors carry the NTSTATUS: unknown instance, read-only item, unknown class", async () => {
    const { service } = setup();
    await expect(service.get("Acme_Gauge", 3)).rejects.toMatchObject({
      code: "MOF3732",
      status: K.STATUS_WMI_INSTANCE_NOT_FOUND,
    });
    await expect(service.setItem("Acme_Gauge", 0, 2, Uint8Array.of(1, 0))).rejects.toMatchObject({
      status: K.STATUS_WMI_READ_ONLY,
    });
    await expect(service.query("Acme_Nothing")).rejects.toMatchObject({ code: "MOF3731" });
    await expect(service.query("Acme_Nothing")).rejects.toBeInstanceOf(WmiServiceError);
  });

  it("invoke: queries first, then EXECUTE_METHOD with encoded input and decoded output", async () => {
    const { service, calls } = setup();
    const r = await service.invoke("Acme_Control", 0, "Scale", { Factor: 14 });
    expect(r.value).toEqual({ Result: 42 });
    const exec = calls.filter((c) => c.startsWith("exec"));
    expect(exec.at(-1)).toMatch(/^exec 1 0 1 4 /);
    expect(calls.some((c) => c.startsWith("query 1 0 1"))).toBe(true);
  });

  it("subscribe: one ENABLE_EVENTS for the first subscriber, one DISABLE_EVENTS after the last", async () => {
    const { service, device, calls } = setup();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = await service.subscribe("Acme_Alarm", (e) => a.push(e.value));
    const offB = await service.subscribe("Acme_Alarm", (e) => b.push(e.value));
    expect(calls.filter((c) => c.startsWith("control"))).toEqual(["control 2 events true"]);
    expect(device.isEventEnabled(G_ALARM)).toBe(true);
    expect(wmiFireEvent(device, G_ALARM, 0, Uint8Array.of(7, 0, 0, 0))).toBe(K.STATUS_SUCCESS);
    expect(a).toEqual([{ Code: 7 }]);
    expect(b).toEqual([{ Code: 7 }]);
    await offA();
    await offA();
    expect(calls.filter((c) => c.startsWith("control"))).toEqual(["control 2 events true"]);
    await offB();
    expect(calls.filter((c) => c.startsWith("control"))).toEqual(["control 2 events true", "control 2 events false"]);
    expect(device.isEventEnabled(G_ALARM)).toBe(false);
    wmiFireEvent(device, G_ALARM, 0, Uint8Array.of(8, 0, 0, 0));
    expect(a.length + b.length).toBe(2);
    expect(service.subscriberCount("Acme_Alarm")).toBe(0);
  });

  it("open/close: collection control only for expensive blocks, reference counted", async () => {
    const { service, calls } = setup();
    const c1 = await service.open("Acme_Gauge");
    const c2 = await service.open("Acme_Gauge");
    await c1();
    await c2();
    const c3 = await service.open("Acme_Control");
    await c3();
    expect(calls.filter((c) => c.startsWith("control"))).toEqual([
      "control 0 collection true",
      "control 0 collection false",
    ]);
  });

  it("names the broken field of a malformed answer", async () => {
    const { service, context } = setup();
    context.queryWmiDataBlock = (device, irp, g, index, count, lengths, avail, buffer) => {
      if (!lengths || avail < 64) return wmiCompleteRequest(device, irp, K.STATUS_BUFFER_TOO_SMALL, 64);
      lengths.fill(4);
      lengths[1] = 4000; // claims more than it wrote
      return wmiCompleteRequest(device, irp, K.STATUS_SUCCESS, 64);
    };
    const err = await service.query("Acme_Gauge").then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WmiServiceError);
    expect((err as WmiServiceError).code).toBe("MOF3733");
    expect((err as WmiServiceError).field).toBe("OffsetInstanceDataAndLength[1].OffsetInstanceData");
  });

  it("trace prints each IRP and WNODE as annotated hex", async () => {
    const lines: string[] = [];
    const { service } = setup({ trace: (s) => lines.push(s) });
    await service.get("Acme_Gauge", 0);
    const text = lines.join("\n");
    expect(text).toContain("→ IRP_MN_QUERY_SINGLE_INSTANCE Acme_Gauge");
    expect(text).toContain("Flags = 0x00010082 SINGLE_INSTANCE | STATIC_INSTANCE_NAMES | PDO_INSTANCE_NAMES");
    expect(text).toContain("← STATUS_SUCCESS, Information 56");
    expect(text).toContain("SizeNeeded = ");
    expect(text).toMatch(/@ {2}60 {2}.* SizeDataBlock = \d+/);
  });

  it("events with static instance names as ALL_DATA (Flags 0x99), each instance delivered", async () => {
    const { service, device } = setup();
    const got: unknown[] = [];
    await service.subscribe("Acme_Alarm", (e) => got.push([e.instanceIndex, e.value, e.className]));
    const node = encodeAllData({
      header: {
        guid: G_ALARM,
        providerId: device.providerId,
        flags: K.WNODE_FLAG_EVENT_ITEM | K.WNODE_FLAG_STATIC_INSTANCE_NAMES,
      },
      instances: [Uint8Array.of(1, 0, 0, 0), Uint8Array.of(2, 0, 0, 0)],
      fixedInstanceSize: true,
    });
    expect(new DataView(node.buffer).getUint32(44, true)).toBe(0x99);
    expect(ioWmiWriteEvent(device, node)).toBe(K.STATUS_SUCCESS);
    expect(got).toEqual([
      [0, { Code: 1 }, "Acme_Alarm"],
      [1, { Code: 2 }, "Acme_Alarm"],
    ]);
  });

  it("an event reference makes the service query the target instance, then deliver it", async () => {
    const { service, device, calls } = setup();
    const got: unknown[] = [];
    await service.subscribe("Acme_Gauge", (e) => got.push([e.instanceIndex, e.value]));
    const ref = encodeEventReference({
      header: { guid: G_GAUGE, providerId: device.providerId },
      targetDataBlockSize: 0,
      target: { index: 2 },
    });
    expect(ioWmiWriteEvent(device, ref)).toBe(K.STATUS_SUCCESS);
    await service.settled();
    expect(got).toEqual([[2, { Level: 30, Mode: 2, Label: "gauge-xxxxxx2" }]]);
    expect(calls.some((c) => c.startsWith("query 0 2 1"))).toBe(true);
    // A reference by name cannot be served for static-name blocks.
    const byName = encodeEventReference({ header: { guid: G_GAUGE }, target: { name: "X" } });
    expect(ioWmiWriteEvent(device, byName)).toBe(K.STATUS_INVALID_PARAMETER);
  });

  it("a provider that pends and completes later is awaited", async () => {
    const { service, context } = setup();
    const inner = context.queryWmiDataBlock!.bind(context);
    context.queryWmiDataBlock = (...args) => {
      setTimeout(() => inner(...args), 2);
      return K.STATUS_PENDING;
    };
    expect((await service.get("Acme_Gauge", 0)).value).toMatchObject({ Level: 10 });
    expect((await service.query("Acme_Gauge")).length).toBe(3);
  });

  it("events without static names carry their dynamic instance name (single instance and single item)", async () => {
    const { service, device } = setup();
    const got: unknown[] = [];
    await service.subscribe("Acme_Alarm", (e) => got.push([e.instanceName, e.instanceIndex, e.value]));
    // WNODE_SINGLE_INSTANCE | EVENT_ITEM, name "Alarm_7" at 64, data at 80.
    const name = "Alarm_7";
    const node = new Uint8Array(84);
    const v = new DataView(node.buffer);
    v.setUint32(0, 84, true);
    node.set(K.guidBytes(G_ALARM), 24);
    v.setUint32(44, K.WNODE_FLAG_SINGLE_INSTANCE | K.WNODE_FLAG_EVENT_ITEM, true);
    v.setUint32(48, 64, true);
    v.setUint32(56, 80, true);
    v.setUint32(60, 4, true);
    v.setUint16(64, name.length * 2, true);
    for (let i = 0; i < name.length; i++) v.setUint16(66 + 2 * i, name.charCodeAt(i), true);
    v.setUint32(80, 9, true);
    expect(ioWmiWriteEvent(device, node)).toBe(K.STATUS_SUCCESS);
    // A name offset past the node is refused.
    v.setUint32(48, 500, true);
    expect(ioWmiWriteEvent(device, node)).toBe(K.STATUS_INVALID_PARAMETER);
    // With a static index instead.
    wmiFireEvent(device, G_ALARM, 0, Uint8Array.of(3, 0, 0, 0));
    expect(got).toEqual([
      ["Alarm_7", 0, { Code: 9 }],
      [null, 0, { Code: 3 }],
    ]);
  });
});
