// WmiProvider, the base of generated TypeScript providers: typed handlers behind the WmiLib
// callbacks, exercised through the service simulator with the generic layout codec (the generated
// codecs are checked against the same codec elsewhere).
import { describe, expect, it, vi } from "vitest";
import { checkProgram } from "@mofkit/schema";
import { createMemoryHost, loadProgram } from "@mofkit/syntax";
import { findBlock, layoutModel } from "@mofkit/layout";
import * as K from "../src/index.js";
import {
  WmiDevice,
  WmiProvider,
  WmiService,
  WmiServiceError,
  WmiStatusError,
  blocksFromLayouts,
  wmiSystemControl,
  WmiIrp,
  encodeWnodeHeader,
  type ProviderOptions,
  type ServiceEvent,
} from "../src/index.js";

const MOF = `
#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{7B2E0001-0000-4000-8000-0000000000B1}")]
class Pump_Status
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read, write] uint32 Rpm;
    [WmiDataId(2), read, write] uint16 Mode;
    [WmiDataId(3), read] string Label;
};

[WMI, Dynamic, Provider("WMIProv"), guid("{7B2E0002-0000-4000-8000-0000000000B1}")]
class Pump_Control
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [Implemented, WmiMethodId(1)] void Boost([in] uint32 Percent, [out] uint32 Rpm);
};

[WMI, Dynamic, Provider("WMIProv"), guid("{7B2E0003-0000-4000-8000-0000000000B1}")]
class Pump_Stalled : WMIEvent
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read] uint32 Rpm;
};
`;

function blocks() {
  const program = loadProgram(["pump.mof"], createMemoryHost({ "pump.mof": MOF }), { dialect: "wmi" });
  const checked = checkProgram(program);
  const { layouts } = layoutModel(checked.model, { program });
  expect([...program.diagnostics, ...checked.diagnostics].filter((d) => d.severity === "error")).toEqual([]);
  return blocksFromLayouts(layouts);
}

interface Status {
  Rpm: number;
  Mode: number;
  Label: string;
}
type Pump = "Pump_Status" | "Pump_Control" | "Pump_Stalled";

/** What a generated base plus a person's implementation amount to, written by hand. */
class PumpProvider extends WmiProvider<Pump> {
  state: Status[] = [
    { Rpm: 1200, Mode: 1, Label: "a" },
    { Rpm: 900, Mode: 2, Label: "bbbbbbbbb" },
    { Rpm: 0, Mode: 0, Label: "" },
  ];
  log: string[] = [];
  async = false;
  failWith: unknown = null;
  writable = true;

  constructor(options: ProviderOptions<Pump> = {}) {
    super(blocks(), { instanceCounts: { Pump_Status: 3 }, ...options });
  }
  protected queryBlock(guidIndex: number, i: number): unknown {
    if (this.failWith) {
      if (this.async) return Promise.reject(this.failWith);
      throw this.failWith;
    }
    const value = guidIndex === 0 ? { ...this.state[i] } : {};
    return this.async ? Promise.resolve(value) : value;
  }
  protected setBlock(guidIndex: number, i: number, value: unknown): unknown {
    if (!this.writable || guidIndex !== 0) return this.readOnly();
    this.log.push(`set ${i} ${JSON.stringify(value)}`);
    this.state[i] = value as Status;
    return this.async ? Promise.resolve() : undefined;
  }
  protected executeMethod(guidIndex: number, methodId: number, i: number, input: unknown): unknown {
    this.log.push(`exec ${guidIndex} ${methodId} ${i} ${JSON.stringify(input)}`);
    const rpm = Math.round((this.state[0].Rpm * (100 + (input as { Percent: number }).Percent)) / 100);
    return this.async ? Promise.resolve({ Rpm: rpm }) : { Rpm: rpm };
  }
  protected override functionControl(className: Pump, kind: "events" | "collection", enable: boolean): void {
    this.log.push(`control ${className} ${kind} ${enable}`);
  }
  stall(rpm: number): number {
    return this.fire(2, { Rpm: rpm }, 0);
  }
}

function setup(options: ProviderOptions<Pump> = {}, initialBufferSize = 64) {
  const provider = new PumpProvider(options);
  const service = new WmiService({ initialBufferSize });
  const device = new WmiDevice({ providerId: 0x42, clock: () => 5n });
  const reg = service.register(device, provider);
  return { provider, service, device, reg };
}

async function status(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(WmiServiceError);
    return K.statusName((e as WmiServiceError).status ?? 0);
  }
}

describe("WmiProvider", () => {
  it("registers every block with its instance count, flags and base name", () => {
    const { reg, provider, device } = setup({ instanceBaseName: "Pump", expensive: ["Pump_Status"] });
    expect(provider.device).toBe(device);
    expect(reg.guids.map((g) => [g.instanceCount, g.flags & 0xff, g.baseName])).toEqual([
      [3, K.WMIREG_FLAG_EXPENSIVE | K.WMIREG_FLAG_INSTANCE_BASENAME, "Pump"],
      [1, K.WMIREG_FLAG_INSTANCE_BASENAME, "Pump"],
      [1, K.WMIREG_FLAG_EVENT_ONLY_GUID | K.WMIREG_FLAG_INSTANCE_BASENAME, "Pump"],
    ]);
  });

  for (const async of [false, true]) {
    describe(async ? "asynchronous handlers (STATUS_PENDING, completed later)" : "synchronous handlers", () => {
      it("answers QUERY_ALL_DATA with every instance 8-byte aligned, growing the buffer on WNODE_TOO_SMALL", async () => {
        const { provider, service } = setup();
        provider.async = async;
        const all = await service.query("Pump_Status");
        expect(all.map((x) => x.value)).toEqual(provider.state);
        // Rpm(4) Mode(2) then the counted string: 6 + 2 + 2 * length bytes.
        expect(all.map((x) => x.bytes.length)).toEqual([10, 26, 8]);
      });

      it("answers QUERY_SINGLE_INSTANCE", async () => {
        const { provider, service } = setup();
        provider.async = async;
        expect((await service.get("Pump_Status", 1)).value).toEqual(provider.state[1]);
      });

      it("decodes CHANGE_SINGLE_INSTANCE for the set handler", async () => {
        const { provider, service } = setup();
        provider.async = async;
        await service.set("Pump_Status", 2, { Rpm: 77, Mode: 3, Label: "new" });
        expect(provider.state[2]).toEqual({ Rpm: 77, Mode: 3, Label: "new" });
        expect((await service.get("Pump_Status", 2)).value).toEqual({ Rpm: 77, Mode: 3, Label: "new" });
      });

      it("turns CHANGE_SINGLE_ITEM into a set of the queried instance with the item replaced", async () => {
        const { provider, service } = setup();
        provider.async = async;
        await service.setItem("Pump_Status", 0, "Mode", new Uint8Array([9, 0]));
        expect(provider.state[0]).toEqual({ Rpm: 1200, Mode: 9, Label: "a" });
      });

      it("decodes method input and encodes the handler's output", async () => {
        const { provider, service } = setup();
        provider.async = async;
        const out = await service.invoke("Pump_Control", 0, "Boost", { Percent: 50 });
        expect(out.value).toEqual({ Rpm: 1800 });
        expect(provider.log).toContain('exec 1 1 0 {"Percent":50}');
      });

      it("fails a request with the status of a thrown WmiStatusError", async () => {
        const { provider, service } = setup();
        provider.async = async;
        provider.failWith = new WmiStatusError(K.STATUS_WMI_INSTANCE_NOT_FOUND);
        expect(await status(service.get("Pump_Status", 0))).toBe("STATUS_WMI_INSTANCE_NOT_FOUND");
      });
    });
  }

  it("answers STATUS_WMI_READ_ONLY for a block whose set handler is not overridden", async () => {
    const { provider, service } = setup();
    provider.writable = false;
    expect(await status(service.set("Pump_Status", 0, { Rpm: 1, Mode: 1, Label: "" }))).toBe("STATUS_WMI_READ_ONLY");
  });

  it("refuses items that are unknown or not at a fixed place", async () => {
    const { service } = setup();
    expect(await status(service.setItem("Pump_Status", 0, 7, new Uint8Array(4)))).toBe("STATUS_WMI_ITEMID_NOT_FOUND");
    expect(await status(service.setItem("Pump_Status", 0, "Label", new Uint8Array(2)))).toBe(
      "STATUS_WMI_NOT_SUPPORTED",
    );
    expect(await status(service.setItem("Pump_Status", 0, "Mode", new Uint8Array(4)))).toBe(
      "STATUS_INFO_LENGTH_MISMATCH",
    );
  });

  it("answers STATUS_WMI_ITEMID_NOT_FOUND for an unknown method id", async () => {
    const { service } = setup();
    expect(await status(service.invoke("Pump_Control", 0, 9))).toBe("STATUS_WMI_ITEMID_NOT_FOUND");
  });

  it("lets a synchronous handler's bug propagate to the caller", async () => {
    const { provider, service } = setup();
    provider.failWith = new TypeError("state is broken");
    await expect(service.query("Pump_Status")).rejects.toThrow("state is broken");
  });

  it("fails an asynchronous handler's bug with STATUS_UNSUCCESSFUL and reports it", async () => {
    const onError = vi.fn();
    const { provider, service } = setup({ onError });
    provider.async = true;
    provider.failWith = new TypeError("state is broken");
    expect(await status(service.get("Pump_Status", 0))).toBe("STATUS_UNSUCCESSFUL");
    expect(onError).toHaveBeenCalledWith(provider.failWith);
  });

  it("refuses to encode a value that does not fit the block", async () => {
    const { provider, service } = setup();
    provider.state[0] = { Rpm: -1, Mode: 0, Label: "" };
    await expect(service.get("Pump_Status", 0)).rejects.toThrow(/Rpm/);
  });

  it("tells the provider when events are enabled and delivers what it fires to subscribers", async () => {
    const { provider, service } = setup();
    expect(provider.eventsEnabled("Pump_Stalled")).toBe(false);
    const seen: ServiceEvent[] = [];
    const stop = await service.subscribe("Pump_Stalled", (e) => seen.push(e));
    expect(provider.eventsEnabled("Pump_Stalled")).toBe(true);
    expect(provider.stall(12)).toBe(K.STATUS_SUCCESS);
    await stop();
    expect(provider.eventsEnabled("Pump_Stalled")).toBe(false);
    expect(seen.map((e) => [e.className, e.value, e.timeStamp])).toEqual([["Pump_Stalled", { Rpm: 12 }, 5n]]);
    expect(provider.log.filter((l) => l.startsWith("control"))).toEqual([
      "control Pump_Stalled events true",
      "control Pump_Stalled events false",
    ]);
  });

  it("addresses requests to the provider and traces them with the real guid", async () => {
    const trace: string[] = [];
    const provider = new PumpProvider();
    const service = new WmiService({ trace: (t) => trace.push(t) });
    service.register(new WmiDevice({ providerId: 0x42 }), provider);
    await service.get("Pump_Status", 0);
    const request = trace.find((t) => t.startsWith("→ IRP_MN_QUERY_SINGLE_INSTANCE"))!;
    expect(request).toMatch(/ProviderId = 66\n/);
    expect(request).toMatch(/Guid = \{7B2E0001-0000-4000-8000-0000000000B1\}/i);
  });

  it("cannot fire before registration", () => {
    expect(new PumpProvider().stall(1)).toBe(K.STATUS_INVALID_DEVICE_STATE);
  });

  it("answers a query of an event-only block with STATUS_WMI_NOT_SUPPORTED", () => {
    const { provider, device } = setup();
    const buffer = new Uint8Array(128);
    buffer.set(encodeWnodeHeader({ guid: provider.blocks[2].guid, flags: K.WNODE_FLAG_ALL_DATA }, 48));
    const irp = new WmiIrp({
      minor: K.IRP_MN_QUERY_ALL_DATA,
      providerId: 0x42,
      dataPath: provider.blocks[2].guid,
      buffer,
    });
    wmiSystemControl(provider, device, irp);
    expect(K.statusName(irp.ioStatus.status)).toBe("STATUS_WMI_NOT_SUPPORTED");
  });
});

describe("blocksFromLayouts", () => {
  const mof = `
#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{7B2E0010-0000-4000-8000-0000000000B1}")]
class Pump_Point { [WmiDataId(1)] sint16 X; [WmiDataId(2)] uint8 N; [WmiDataId(3), WmiSizeIs("N")] uint64 V[]; };

[WMI, Dynamic, Provider("WMIProv"), guid("{7B2E0011-0000-4000-8000-0000000000B1}")]
class Pump_Log
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read] char16 Grade;
    [WmiDataId(2), read, MaxLen(8)] string Tag;
    [WmiDataId(3), read] datetime At;
    [WmiDataId(4), read] Pump_Point Corners[2];
    [WmiDataId(5), read] uint32 Count;
    [WmiDataId(6), read, WmiSizeIs("Count")] Pump_Point Points[];
    [WmiDataId(7), read] string Note;
    [Implemented, WmiMethodId(1)] void Reset([in] real64 Level, [out] Pump_Point Last);
};
`;

  it("describes every item's type as plain data, embedded classes included, and the methods' parameters", () => {
    const program = loadProgram(["log.mof"], createMemoryHost({ "log.mof": mof }), { dialect: "wmi" });
    const { layouts } = layoutModel(checkProgram(program).model, { program });
    const [log] = blocksFromLayouts(layouts);
    const point = [
      { name: "X", shape: { kind: "scalar", type: "sint16" } },
      { name: "N", shape: { kind: "scalar", type: "uint8" } },
      { name: "V", shape: { kind: "scalar", type: "uint64" }, array: { sizeIs: "N" } },
    ];
    const pointShape = { kind: "object", className: "Pump_Point", items: point };
    expect(log.className).toBe("Pump_Log");
    expect(log.items.map(({ id, name, offset, size, ...type }) => [id, name, type])).toEqual([
      [1, "Grade", { shape: { kind: "scalar", type: "char16" } }],
      [2, "Tag", { shape: { kind: "string", maxLen: 8 } }],
      [3, "At", { shape: { kind: "datetime" } }],
      [4, "Corners", { shape: pointShape, array: { fixed: 2 } }],
      [5, "Count", { shape: { kind: "scalar", type: "uint32" } }],
      [6, "Points", { shape: pointShape, array: { sizeIs: "Count" } }],
      [7, "Note", { shape: { kind: "string" } }],
    ]);
    expect(log.items.map((i) => [i.offset, i.size])).toEqual(
      findBlock(layouts, "root/wmi:Pump_Log")!.items.map((i) => [i.offset, i.size]),
    );
    // Items without an array have no `array` member at all (the generated table leaves it out too).
    expect(Object.keys(log.items[0]).sort()).toEqual(["id", "name", "offset", "shape", "size"]);
    expect(log.methods).toMatchObject([
      {
        name: "Reset",
        id: 1,
        inputItems: [{ name: "Level", shape: { kind: "scalar", type: "real64" } }],
        outputItems: [{ name: "Last", shape: pointShape }],
      },
    ]);
    // One description per embedded class, shared by every item that embeds it.
    const corners = log.items[3].shape as { items: unknown };
    expect((log.items[5].shape as { items: unknown }).items).toBe(corners.items);
    expect((log.methods[0].outputItems[0].shape as { items: unknown }).items).toBe(corners.items);
  });
});
