/**
 * `mofkit query|get|set|invoke|watch --provider`: the thermal example's generated TypeScript with a
 * provider that keeps state (so set has an effect, methods compute, events fire while enabled), a
 * second MOF with 64-bit integers, embedded objects and a WmiSizeIs array, and broken providers.
 * Everything runs through main() with captured output.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import type { ProviderIo } from "../src/commands/provider.js";

const thermalMof = fileURLToPath(new URL("../../../examples/thermal-driver/thermal.mof", import.meta.url));

async function run(args: string[], options: { env?: NodeJS.ProcessEnv; interrupt?: AbortSignal } = {}) {
  let stdout = "";
  let stderr = "";
  const io: ProviderIo = {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    env: options.env ?? {},
    interrupt: options.interrupt,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The code of the first `error MOFnnnn:` line. */
function errorCode(stderr: string): string | undefined {
  return /^error (MOF\d{4}):/m.exec(stderr)?.[1];
}

const stateful = `
import { STATUS_INVALID_PARAMETER, WmiStatusError, type FunctionKind } from "@mofkit/runtime";
import {
  ThermalProviderBase,
  type Contoso_ThermalReadings,
  type Contoso_ThermalControl,
  type Contoso_ThermalControl_ReadSensor_In,
  type Contoso_ThermalControl_ReadSensor_Out,
  type Contoso_ThermalControl_SetFanDuty_In,
  type Contoso_ThermalControl_SetFanDuty_Out,
  type ThermalClassName,
} from "./thermal.generated.js";

export default class StatefulThermal extends ThermalProviderBase {
  private readings: Contoso_ThermalReadings[] = [
    { SensorCount: 3, TripPoint: 850, Firmware: "1.2.3", Readings: [215, 230, 241] },
    { SensorCount: 2, TripPoint: 900, Firmware: "2.0.0", Readings: [300, 310] },
  ];
  private duty = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private fired = 0;

  constructor() {
    super({ instanceCounts: { Contoso_ThermalReadings: 2 } });
  }
  queryContoso_ThermalReadings(i: number): Contoso_ThermalReadings {
    return this.readings[i];
  }
  override setContoso_ThermalReadings(i: number, value: Contoso_ThermalReadings): void {
    this.readings[i] = value;
  }
  queryContoso_ThermalControl(): Contoso_ThermalControl {
    return {};
  }
  Contoso_ThermalControl_SetFanDuty(_i: number, input: Contoso_ThermalControl_SetFanDuty_In): Contoso_ThermalControl_SetFanDuty_Out {
    this.duty = input.Percent;
    return { Status: this.duty * 10 };
  }
  Contoso_ThermalControl_ReadSensor(_i: number, input: Contoso_ThermalControl_ReadSensor_In): Contoso_ThermalControl_ReadSensor_Out {
    const r = this.readings[0].Readings[input.Sensor];
    if (r === undefined) throw new WmiStatusError(STATUS_INVALID_PARAMETER);
    return { Reading: r + this.duty };
  }
  // Events fire every 2 ms while a consumer has them enabled.
  protected override functionControl(cls: ThermalClassName, kind: FunctionKind, enable: boolean): void {
    if (cls !== "Contoso_ThermalTrip" || kind !== "events") return;
    clearInterval(this.timer);
    if (enable)
      this.timer = setInterval(() => {
        const n = this.fired++;
        this.fireContoso_ThermalTrip({ Sensor: n % 3, Reading: 900 + n });
      }, 2);
  }
}
`;

const gadgetMof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{0E1F2A3B-1111-4000-8000-0000000000A0}")]
class Ex_Point { [WmiDataId(1)] sint32 X; [WmiDataId(2)] sint32 Y; };

[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-1111-4000-8000-0000000000A1}")]
class Ex_Gadget
{
  [key, read] string InstanceName;
  [read] boolean Active;
  [WmiDataId(1), read, write] uint64 Serial;
  [WmiDataId(2), read, write] boolean Enabled;
  [WmiDataId(3), read, write] string Label;
  [WmiDataId(4), read, write] Ex_Point Origin;
  [WmiDataId(5), read, write] uint32 Count;
  [WmiDataId(6), read, write, WmiSizeIs("Count")] uint64 Values[];
  [WmiDataId(7), read, write] Ex_Point Corners[2];
  [WmiDataId(8), read, write] uint8 NameCount;
  [WmiDataId(9), read, write, WmiSizeIs("NameCount")] string Names[];
  [Implemented, WmiMethodId(1)] void Scale([in] sint32 Factor, [in] Ex_Point Offset, [out] Ex_Point Result, [out] uint64 Sum);
  [Implemented, WmiMethodId(2)] void Total([in] char16 Grade, [in] datetime At, [in] uint32 N,
    [in, WmiSizeIs("N")] uint64 Items[], [in] uint8 TagCount, [in, WmiSizeIs("TagCount")] string Tags[],
    [out] uint64 Sum, [out] string Note);
};
`;

const gadget = `
import {
  GadgetProviderBase,
  emptyEx_Gadget,
  type Ex_Gadget,
  type Ex_Gadget_Scale_In,
  type Ex_Gadget_Scale_Out,
  type Ex_Gadget_Total_In,
  type Ex_Gadget_Total_Out,
} from "./gadget.generated.js";

export default class StateGadget extends GadgetProviderBase {
  private g: Ex_Gadget[] = [
    {
      Serial: 18446744073709551615n,
      Enabled: true,
      Label: "front panel",
      Origin: { X: 1, Y: -2 },
      Count: 2,
      Values: [10n, 20n],
      Corners: [{ X: 0, Y: 0 }, { X: 5, Y: 5 }],
      NameCount: 1,
      Names: ["main"],
    },
    emptyEx_Gadget(),
  ];
  constructor() {
    super({ instanceCounts: { Ex_Gadget: 2 } });
  }
  queryEx_Gadget(i: number): Ex_Gadget {
    return this.g[i];
  }
  override setEx_Gadget(i: number, v: Ex_Gadget): void {
    this.g[i] = v;
  }
  Ex_Gadget_Scale(i: number, input: Ex_Gadget_Scale_In): Ex_Gadget_Scale_Out {
    const o = this.g[i].Origin;
    return {
      Result: { X: o.X * input.Factor + input.Offset.X, Y: o.Y * input.Factor + input.Offset.Y },
      Sum: this.g[i].Values.reduce((a, b) => a + b, 0n),
    };
  }
  Ex_Gadget_Total(_i: number, input: Ex_Gadget_Total_In): Ex_Gadget_Total_Out {
    return {
      Sum: input.Items.reduce((a, b) => a + b, 0n),
      Note: [input.Grade, input.At, input.N, ...input.Tags].join(" "),
    };
  }
}
`;

let dir = "";
let state = "";
let generated = "";
let gadgetProvider = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mofkit-provider-commands-"));
  writeFileSync(join(dir, "gadget.mof"), gadgetMof);
  for (const mof of [thermalMof, join(dir, "gadget.mof")]) {
    const r = await run(["compile", mof, "--out", dir, "--emit", "ts"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
  state = join(dir, "state.provider.ts");
  writeFileSync(state, stateful);
  // The generated implementation: empty values, read-only blocks, no events.
  generated = join(dir, "thermal.provider.ts");
  gadgetProvider = join(dir, "gadget-state.provider.ts");
  writeFileSync(gadgetProvider, gadget);
  writeFileSync(
    join(dir, "buggy.provider.ts"),
    `import StatefulThermal from "./state.provider.js";
export default class Buggy extends StatefulThermal {
  override queryContoso_ThermalReadings() {
    return { SensorCount: 0, TripPoint: 40000, Firmware: "", Readings: [] };
  }
  override Contoso_ThermalControl_SetFanDuty(): never {
    throw new Error("fan controller offline");
  }
}
`,
  );
  // A block table without item types, as a module generated before they existed has it.
  writeFileSync(
    join(dir, "untyped.provider.ts"),
    `import StatefulThermal from "./state.provider.js";
export default class Untyped extends StatefulThermal {
  constructor() {
    super();
    for (const b of this.blocks) for (const i of b.items) delete (i as { shape?: unknown }).shape;
  }
}
`,
  );
  writeFileSync(join(dir, "syntax.provider.ts"), "export default class {\n  query( {\n}\n");
  writeFileSync(join(dir, "nothing.provider.ts"), "export const answer = 42;\n");
  writeFileSync(
    join(dir, "throws.provider.ts"),
    `import StatefulThermal from "./state.provider.js";
export default class Throws extends StatefulThermal {
  constructor() {
    super();
    throw new Error("no device");
  }
}
`,
  );
  writeFileSync(join(dir, "set.json"), JSON.stringify({ tripPoint: 777, Firmware: "3.0" }));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("mofkit query", () => {
  it("prints every instance as a column (table)", async () => {
    const r = await run(["query", "--provider", state, "Contoso_ThermalReadings"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Contoso_ThermalReadings: 2 instances");
    expect(lines[1]).toMatch(/^item\s+\[0\] mofkit_0\s+\[1\] mofkit_1$/);
    expect(lines[2]).toMatch(/^SensorCount\s+3\s+2$/);
    expect(lines[3]).toMatch(/^TripPoint\s+850\s+900$/);
    expect(lines[4]).toMatch(/^Firmware\s+"1\.2\.3"\s+"2\.0\.0"$/);
    expect(lines[5]).toMatch(/^Readings\s+\[215, 230, 241\]\s+\[300, 310\]$/);
  });

  it("prints one JSON document, and accepts any case or the GUID", async () => {
    const r = await run(["query", "-p", state, "contoso_thermalreadings", "-f", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["class", "guid", "instances"]);
    expect(doc.class).toBe("Contoso_ThermalReadings");
    expect(doc.guid).toBe("6A3C2D10-4B7E-4F1A-9C55-0D2E7B8A1F01");
    expect(doc.instances).toEqual([
      {
        index: 0,
        name: "mofkit_0",
        value: { SensorCount: 3, TripPoint: 850, Firmware: "1.2.3", Readings: [215, 230, 241] },
      },
      {
        index: 1,
        name: "mofkit_1",
        value: { SensorCount: 2, TripPoint: 900, Firmware: "2.0.0", Readings: [300, 310] },
      },
    ]);
    const byGuid = await run(["query", "-p", state, "{6a3c2d10-4b7e-4f1a-9c55-0d2e7b8a1f01}", "-f", "json"]);
    expect(byGuid.stdout).toBe(r.stdout);
  });

  it("--trace writes the annotated WNODEs to stderr and leaves stdout parseable", async () => {
    const r = await run(["query", "-p", state, "Contoso_ThermalReadings", "-f", "json", "--trace"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).instances).toHaveLength(2);
    expect(r.stderr).toContain("IRP_MN_REGINFO_EX → STATUS_SUCCESS");
    expect(r.stderr).toContain("→ IRP_MN_QUERY_ALL_DATA Contoso_ThermalReadings");
    expect(r.stderr).toContain("WNODE_ALL_DATA, 236 bytes");
    expect(r.stderr).toMatch(/InstanceCount = 2/);
    expect(r.stderr).toMatch(/OffsetInstanceDataAndLength\[1\] = \{160, 76\}/);
  });

  it("--verbose lists the registered GUIDs; --arch x86 registers with the x86 layout", async () => {
    const r = await run(["query", "-p", state, "Contoso_ThermalReadings", "--verbose", "--arch", "x86"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("(x86, provider id 1) registered 3 blocks");
    expect(r.stderr).toMatch(/\{6A3C2D10-4B7E-4F1A-9C55-0D2E7B8A1F02\}\s+Contoso_ThermalTrip\s+event\s+1 instance/);
    expect(r.stderr).toContain("EVENT_ONLY_GUID");
    expect(r.stdout).toContain("2 instances");
  });

  it("names the classes that exist when the name is wrong (MOF5007) and refuses event classes (MOF5008)", async () => {
    const wrong = await run(["query", "-p", state, "Contoso_ThermalReading"]);
    expect(wrong.code).toBe(2);
    expect(errorCode(wrong.stderr)).toBe("MOF5007");
    expect(wrong.stderr).toContain("did you mean 'Contoso_ThermalReadings'?");
    expect(wrong.stderr).toContain("Contoso_ThermalTrip (event)");
    expect(wrong.stderr).toContain("Contoso_ThermalControl (data; methods SetFanDuty, ReadSensor)");
    expect(wrong.stdout).toBe("");
    const event = await run(["query", "-p", state, "Contoso_ThermalTrip"]);
    expect(event.code).toBe(2);
    expect(errorCode(event.stderr)).toBe("MOF5008");
    expect(event.stderr).toContain("mofkit watch");
  });
});

describe("mofkit get", () => {
  it("prints one instance, one row per item", async () => {
    const r = await run(["get", "-p", state, "Contoso_ThermalReadings", "--instance", "1"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Contoso_ThermalReadings\[1\] mofkit_1\nitem\s+value\n/);
    expect(r.stdout).toMatch(/\nReadings\s+\[300, 310\]\n/);
    const json = JSON.parse(
      (await run(["get", "-p", state, "Contoso_ThermalReadings", "-i", "1", "-f", "json"])).stdout,
    );
    expect(json.instance).toEqual({
      index: 1,
      name: "mofkit_1",
      value: { SensorCount: 2, TripPoint: 900, Firmware: "2.0.0", Readings: [300, 310] },
    });
  });

  it("shows a block without data items", async () => {
    const r = await run(["get", "-p", state, "Contoso_ThermalControl"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(no data items)");
  });

  it("reports the provider's status by name for an instance that does not exist (exit 1)", async () => {
    const r = await run(["get", "-p", state, "Contoso_ThermalReadings", "-i", "5", "--trace"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "error MOF3732: IRP_MN_QUERY_SINGLE_INSTANCE for Contoso_ThermalReadings failed with STATUS_WMI_INSTANCE_NOT_FOUND",
    );
    expect(r.stderr).toContain("note: Contoso_ThermalReadings has 2 instances: --instance 0 to 1");
    expect(r.stderr).toContain("WNODE_SINGLE_INSTANCE");
    expect(r.stdout).toBe("");
  });

  it("refuses a negative --instance (MOF5002)", async () => {
    const r = await run(["get", "-p", state, "Contoso_ThermalReadings", "-i", "-1"]);
    expect(r.code).toBe(2);
    expect(errorCode(r.stderr)).toBe("MOF5002");
  });
});

describe("mofkit set", () => {
  it("applies an assignment and prints the instance before and after", async () => {
    const r = await run(["set", "-p", state, "Contoso_ThermalReadings", "TripPoint=920"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Contoso_ThermalReadings\[0\] mofkit_0: CHANGE_SINGLE_INSTANCE\n/);
    expect(r.stdout).toMatch(/\nTripPoint\s+850\s+920\s+changed\n/);
    expect(r.stdout).toMatch(/\nFirmware\s+"1\.2\.3"\s+"1\.2\.3"\n/);
    expect(r.stdout).toContain("1 item changed");
  });

  it("lets a WmiSizeIs count follow its array, and takes --json (also from @file)", async () => {
    const r = await run(["set", "-p", state, "Contoso_ThermalReadings", "-i", "1", "readings=1,2,3,4", "-f", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.after).toEqual({ SensorCount: 4, TripPoint: 900, Firmware: "2.0.0", Readings: [1, 2, 3, 4] });
    expect(doc.before.Readings).toEqual([300, 310]);
    expect(doc.changed).toEqual(["SensorCount", "Readings"]);
    expect(doc.request).toBe("CHANGE_SINGLE_INSTANCE");
    const json = await run([
      "set",
      "-p",
      state,
      "Contoso_ThermalReadings",
      "--json",
      '{"TripPoint": -5, "Readings": [7, 8, 9]}',
    ]);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toMatch(/\nTripPoint\s+850\s+-5\s+changed\n/);
    expect(json.stdout).toMatch(/\nReadings\s+\[215, 230, 241\]\s+\[7, 8, 9\]\s+changed\n/);
    const file = await run([
      "set",
      "-p",
      state,
      "Contoso_ThermalReadings",
      "--json",
      `@${join(dir, "set.json")}`,
      "-f",
      "json",
    ]);
    expect(file.code, file.stderr).toBe(0);
    expect(JSON.parse(file.stdout).after).toMatchObject({ TripPoint: 777, Firmware: "3.0" });
  });

  it("--item sends CHANGE_SINGLE_ITEM", async () => {
    const r = await run(["set", "-p", state, "Contoso_ThermalReadings", "--item", "TripPoint=700", "--trace"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("CHANGE_SINGLE_ITEM");
    expect(r.stdout).toMatch(/\nTripPoint\s+850\s+700\s+changed\n/);
    expect(r.stderr).toContain("→ IRP_MN_CHANGE_SINGLE_ITEM Contoso_ThermalReadings");
    const variable = await run(["set", "-p", state, "Contoso_ThermalReadings", "--item", "Readings=1,2,3"]);
    expect(variable.code).toBe(2);
    expect(errorCode(variable.stderr)).toBe("MOF5002");
  });

  it("reports STATUS_WMI_READ_ONLY from a provider that does not override set (exit 1)", async () => {
    const r = await run(["set", "-p", generated, "Contoso_ThermalReadings", "TripPoint=1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "error MOF3732: IRP_MN_CHANGE_SINGLE_INSTANCE for Contoso_ThermalReadings failed with STATUS_WMI_READ_ONLY",
    );
    expect(r.stdout).toBe("");
  });

  it("names the items that exist (MOF5010) and refuses values that do not fit (MOF5011)", async () => {
    const unknown = await run(["set", "-p", state, "Contoso_ThermalReadings", "TripPt=1"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "error MOF5010: 'Contoso_ThermalReadings' has no data item 'TripPt'; did you mean 'TripPoint'? it has SensorCount, TripPoint, Firmware, Readings",
    );
    const syntax = await run(["set", "-p", state, "Contoso_ThermalReadings", "TripPoint=hot"]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain(
      "error MOF5011: invalid value for Contoso_ThermalReadings.TripPoint: expected a number, got 'hot'",
    );
    const range = await run(["set", "-p", state, "Contoso_ThermalReadings", "TripPoint=40000"]);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain(
      "error MOF5011: invalid value for Contoso_ThermalReadings.TripPoint: 40000 does not fit sint16",
    );
    const long = await run(["set", "-p", state, "Contoso_ThermalReadings", `Firmware=${"x".repeat(33)}`]);
    expect(errorCode(long.stderr)).toBe("MOF5011");
    const json = await run(["set", "-p", state, "Contoso_ThermalReadings", "--json", "[1]"]);
    expect(json.stderr).toContain("error MOF5011: invalid value for --json: expected a JSON object, got an array");
    const shape = await run(["set", "-p", state, "Contoso_ThermalReadings", "=5"]);
    expect(errorCode(shape.stderr)).toBe("MOF5011");
    const none = await run(["set", "-p", state, "Contoso_ThermalReadings"]);
    expect(none.code).toBe(2);
    expect(errorCode(none.stderr)).toBe("MOF5002");
    const untyped = await run([
      "set",
      "-p",
      join(dir, "untyped.provider.ts"),
      "Contoso_ThermalReadings",
      "TripPoint=1",
    ]);
    expect(untyped.code).toBe(2);
    expect(untyped.stderr).toContain("does not describe the item types");
    expect(untyped.stderr).toContain("regenerate it with 'mofkit compile --emit ts'");
  });

  it("reads 64-bit integers, booleans, embedded members and array elements by their type", async () => {
    const r = await run([
      "set",
      "-p",
      gadgetProvider,
      "Ex_Gadget",
      "Serial=0x10",
      "enabled=false",
      "Label=back panel",
      "Origin.X=7",
      "Corners[1].Y=9",
      "Values=1,18446744073709551615",
      "-f",
      "json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.before.Serial).toBe("18446744073709551615");
    expect(doc.after).toEqual({
      Serial: "16",
      Enabled: false,
      Label: "back panel",
      Origin: { X: 7, Y: -2 },
      Count: 2,
      Values: ["1", "18446744073709551615"],
      Corners: [
        { X: 0, Y: 0 },
        { X: 5, Y: 9 },
      ],
      NameCount: 1,
      Names: ["main"],
    });
    expect(doc.changed).toEqual(["Serial", "Enabled", "Label", "Origin.X", "Values", "Corners[1].Y"]);
    const table = await run([
      "set",
      "-p",
      gadgetProvider,
      "Ex_Gadget",
      "--json",
      '{"Origin": {"y": 4}, "Values": ["5"]}',
      "Values[1]=6",
    ]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/\nOrigin\.Y\s+-2\s+4\s+changed\n/);
    expect(table.stdout).toMatch(/\nValues\s+\[10, 20\]\s+\[5, 6\]\s+changed\n/);
    const member = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "Origin.Z=1"]);
    expect(member.stderr).toContain("error MOF5010: 'Ex_Gadget.Origin' has no member 'Z'");
    const negative = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "Serial=-1"]);
    expect(negative.stderr).toContain("error MOF5011: invalid value for Ex_Gadget.Serial: -1 does not fit uint64");
    const lossy = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "--json", '{"Serial": 18446744073709551615}']);
    expect(lossy.stderr).toContain("give it as a string");
    const bool = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "Enabled=yes"]);
    expect(bool.stderr).toContain("expected true or false, got 'yes'");
  });

  it("reads the elements of an empty array by their type, and appends with Name[length]", async () => {
    // Instance 1 starts empty: no element says Values holds 64-bit integers, the block table does.
    const r = await run([
      "set",
      "-p",
      gadgetProvider,
      "Ex_Gadget",
      "-i",
      "1",
      "Values=5,6",
      "Names=7,x",
      "Origin.X=-0x10",
      "-f",
      "json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).after).toMatchObject({
      Origin: { X: -16, Y: 0 },
      Count: 2,
      Values: ["5", "6"],
      NameCount: 2,
      Names: ["7", "x"],
    });
    const append = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "Values[2]=30", "-f", "json"]);
    expect(append.code, append.stderr).toBe(0);
    expect(JSON.parse(append.stdout).after).toMatchObject({ Count: 3, Values: ["10", "20", "30"] });
    const conflict = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "Count=5", "Values=1"]);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toContain("invalid value for Ex_Gadget.Values: the array has 1 element but 'Count' is 5");
  });

  it("fills empty variable arrays by their element type, with their counts following", async () => {
    // uint64 elements beyond 2^53 and small ones alike are bigints; strings that look like numbers stay strings.
    const r = await run([
      "set",
      "-p",
      gadgetProvider,
      "Ex_Gadget",
      "-i",
      "1",
      "Values=9007199254740993,0x20,3",
      "Names=1,true,",
      "-f",
      "json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.before).toMatchObject({ Count: 0, Values: [], NameCount: 0, Names: [] });
    expect(doc.after).toMatchObject({
      Count: 3,
      Values: ["9007199254740993", "32", "3"],
      NameCount: 3,
      Names: ["1", "true", ""],
    });
    expect(doc.changed).toEqual(["Count", "Values", "NameCount", "Names"]);
    // Emptying an array empties its count too; appending to an empty one starts it.
    const cleared = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "Names=", "Values[2]=7", "-f", "json"]);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(JSON.parse(cleared.stdout).after).toMatchObject({
      Count: 3,
      Values: ["10", "20", "7"],
      NameCount: 0,
      Names: [],
    });
    const appended = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "-i", "1", "Names[0]=solo", "-f", "json"]);
    expect(JSON.parse(appended.stdout).after).toMatchObject({ NameCount: 1, Names: ["solo"] });
  });

  it("checks a count the user gives against its array, and numbers against their type's range", async () => {
    const agree = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "Count=3", "Values=1,2,3", "-f", "json"]);
    expect(agree.code, agree.stderr).toBe(0);
    expect(JSON.parse(agree.stdout).after).toMatchObject({ Count: 3, Values: ["1", "2", "3"] });
    const alone = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "--json", '{"NameCount": 4}']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain(
      "error MOF5011: invalid value for Ex_Gadget.Names: the array has 1 element but 'NameCount' is 4 (leave 'NameCount' out and it follows the array)",
    );
    const cases: [string, string][] = [
      ["NameCount=256", "Ex_Gadget.NameCount: 256 does not fit uint8 (0 to 255)"],
      ["Origin.Y=2147483648", "Ex_Gadget.Origin.Y: 2147483648 does not fit sint32 (-2147483648 to 2147483647)"],
      ["Values=1,-2", "Ex_Gadget.Values[1]: -2 does not fit uint64 (0 to 18446744073709551615)"],
      ["Serial=18446744073709551616", "Ex_Gadget.Serial: 18446744073709551616 does not fit uint64"],
      ["Count=1.5", "Ex_Gadget.Count: expected an integer (uint32), got '1.5'"],
      ["Corners=[{}]", "Ex_Gadget.Corners: expected 2 elements (a fixed-size array), got 1"],
      ["Corners[2].X=1", "Ex_Gadget.Corners[2]: index 2 is past the end of the 2-element fixed-size array"],
      ["Values.X=1", "Ex_Gadget.Values: has no members (it is uint64[])"],
    ];
    for (const [assignment, message] of cases) {
      const r = await run(["set", "-p", gadgetProvider, "Ex_Gadget", assignment]);
      expect(r.code, assignment).toBe(2);
      expect(r.stderr, assignment).toContain(`error MOF5011: invalid value for ${message}`);
    }
    // A count of type uint8 holds at most 255 elements.
    const names = JSON.stringify({ Names: Array.from({ length: 256 }, (_, i) => `n${i}`) });
    const many = await run(["set", "-p", gadgetProvider, "Ex_Gadget", "--json", names]);
    expect(many.stderr).toContain(
      "invalid value for Ex_Gadget.Names: 256 elements do not fit its count 'NameCount' (uint8)",
    );
  });
});

describe("mofkit invoke", () => {
  it("prints the input and the computed output parameters", async () => {
    const r = await run(["invoke", "-p", state, "Contoso_ThermalControl", "ReadSensor", "Sensor=1"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Contoso_ThermalControl\[0\] mofkit_0: ReadSensor \(WmiMethodId 2\)\n/);
    expect(r.stdout).toMatch(/\nin\s+Sensor\s+1\n/);
    expect(r.stdout).toMatch(/\nout\s+Reading\s+230\n/);
    const json = await run(["invoke", "-p", state, "contoso_thermalcontrol", "setfanduty", "Percent=40", "-f", "json"]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      class: "Contoso_ThermalControl",
      guid: "6A3C2D10-4B7E-4F1A-9C55-0D2E7B8A1F03",
      index: 0,
      name: "mofkit_0",
      method: "SetFanDuty",
      methodId: 1,
      input: { Percent: 40 },
      output: { Status: 400 },
    });
  });

  it("takes embedded parameters as JSON and prints 64-bit output as decimal strings", async () => {
    const r = await run([
      "invoke",
      "-p",
      gadgetProvider,
      "Ex_Gadget",
      "Scale",
      "Factor=3",
      "--json",
      '{"Offset": {"X": 1, "Y": 1}}',
      "-f",
      "json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.input).toEqual({ Factor: 3, Offset: { X: 1, Y: 1 } });
    expect(doc.output).toEqual({ Result: { X: 4, Y: -5 }, Sum: "30" });
  });

  it("reads parameters by their type: char16, datetime, uint64 and string arrays with counts, dotted members", async () => {
    const r = await run([
      "invoke",
      "-p",
      gadgetProvider,
      "Ex_Gadget",
      "Total",
      "Grade=A",
      "At=20250501123000.000000+060",
      "Items=18446744073709551615,0",
      "Tags=x,2",
      "-f",
      "json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.input).toEqual({
      Grade: "A",
      At: "20250501123000.000000+060",
      N: 2,
      Items: ["18446744073709551615", "0"],
      TagCount: 2,
      Tags: ["x", "2"],
    });
    expect(doc.output).toEqual({ Sum: "18446744073709551615", Note: "A 20250501123000.000000+060 2 x 2" });
    // The parameters nobody gives are zero, an empty array and a count of 0.
    const zero = await run(["invoke", "-p", gadgetProvider, "Ex_Gadget", "Total", "-f", "json"]);
    expect(zero.code, zero.stderr).toBe(0);
    expect(JSON.parse(zero.stdout).input).toEqual({
      Grade: "\0",
      At: "00000000000000.000000:000",
      N: 0,
      Items: [],
      TagCount: 0,
      Tags: [],
    });
    const dotted = await run([
      "invoke",
      "-p",
      gadgetProvider,
      "Ex_Gadget",
      "Scale",
      "Factor=2",
      "Offset.Y=10",
      "-f",
      "json",
    ]);
    expect(dotted.code, dotted.stderr).toBe(0);
    expect(JSON.parse(dotted.stdout).output).toEqual({ Result: { X: 2, Y: 6 }, Sum: "30" });
    const cases: [string, string][] = [
      ["Grade=AB", "Ex_Gadget.Total.Grade: expected one character (char16), got 'AB'"],
      ["At=2025-05-01", "Ex_Gadget.Total.At: expected a datetime of 25 characters"],
      ["Items=1,x", "Ex_Gadget.Total.Items[1]: expected an integer (64-bit), got 'x'"],
      ["N=-1", "Ex_Gadget.Total.N: -1 does not fit uint32 (0 to 4294967295)"],
    ];
    for (const [param, message] of cases) {
      const bad = await run(["invoke", "-p", gadgetProvider, "Ex_Gadget", "Total", param]);
      expect(bad.code, param).toBe(2);
      expect(bad.stderr, param).toContain(`error MOF5011: invalid value for ${message}`);
    }
    const count = await run(["invoke", "-p", gadgetProvider, "Ex_Gadget", "Total", "N=3", "Items=1"]);
    expect(count.stderr).toContain("invalid value for Ex_Gadget.Total.Items: the array has 1 element but 'N' is 3");
  });

  it("--trace shows the method WNODE", async () => {
    const r = await run(["invoke", "-p", state, "Contoso_ThermalControl", "ReadSensor", "Sensor=2", "--trace"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("→ IRP_MN_EXECUTE_METHOD Contoso_ThermalControl");
    expect(r.stderr).toContain("WNODE_METHOD_ITEM");
    expect(r.stderr).toMatch(/MethodId = 2/);
  });

  it("reports a failing status (exit 1), unknown methods (MOF5009) and parameters (MOF5010)", async () => {
    const failed = await run(["invoke", "-p", state, "Contoso_ThermalControl", "ReadSensor", "Sensor=9"]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      "error MOF3732: IRP_MN_EXECUTE_METHOD for Contoso_ThermalControl failed with STATUS_INVALID_PARAMETER",
    );
    const method = await run(["invoke", "-p", state, "Contoso_ThermalControl", "ReadSensr"]);
    expect(method.code).toBe(2);
    expect(method.stderr).toContain(
      "error MOF5009: class 'Contoso_ThermalControl' has no method 'ReadSensr'; did you mean 'ReadSensor'? its methods are SetFanDuty, ReadSensor",
    );
    const none = await run(["invoke", "-p", state, "Contoso_ThermalReadings", "Reset"]);
    expect(none.stderr).toContain("it has no methods");
    const param = await run(["invoke", "-p", state, "Contoso_ThermalControl", "SetFanDuty", "Percnt=1"]);
    expect(param.code).toBe(2);
    expect(param.stderr).toContain(
      "error MOF5010: 'Contoso_ThermalControl.SetFanDuty' has no input parameter 'Percnt'; did you mean 'Percent'? it has Percent",
    );
    const range = await run(["invoke", "-p", state, "Contoso_ThermalControl", "SetFanDuty", "Percent=300"]);
    expect(range.stderr).toContain(
      "invalid value for Contoso_ThermalControl.SetFanDuty.Percent: 300 does not fit uint8",
    );
    const event = await run(["invoke", "-p", state, "Contoso_ThermalTrip", "Fire"]);
    expect(errorCode(event.stderr)).toBe("MOF5008");
  });
});

describe("mofkit watch", () => {
  it("prints events as they arrive until --count, then disables them", async () => {
    const r = await run(["watch", "-p", state, "Contoso_ThermalTrip", "--count", "3"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    lines.forEach((line, n) =>
      expect(line).toMatch(
        new RegExp(
          `^#${n + 1}  \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z  Contoso_ThermalTrip\\[0\\]  Sensor=${n}  Reading=${900 + n}$`,
        ),
      ),
    );
    expect(r.stderr).toContain("watching Contoso_ThermalTrip");
    expect(r.stderr).toContain("3 events (count reached)");
  });

  it("prints one JSON document at the end, and the ENABLE/DISABLE requests with --trace", async () => {
    const r = await run(["watch", "-p", state, "Contoso_ThermalTrip", "-n", "2", "-f", "json", "--trace"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.stopped).toBe("count");
    expect(doc.events.map((e: { value: unknown }) => e.value)).toEqual([
      { Sensor: 0, Reading: 900 },
      { Sensor: 1, Reading: 901 },
    ]);
    expect(doc.events[0]).toMatchObject({ index: 0, name: "mofkit_0" });
    expect(doc.events[0].timeStamp).toMatch(/^\d+$/);
    expect(r.stderr).toContain("→ IRP_MN_ENABLE_EVENTS Contoso_ThermalTrip");
    expect(r.stderr).toContain("event from provider 1");
    expect(r.stderr).toMatch(/Flags = 0x0000008A SINGLE_INSTANCE \| EVENT_ITEM \| STATIC_INSTANCE_NAMES/);
    expect(r.stderr).toContain("→ IRP_MN_DISABLE_EVENTS Contoso_ThermalTrip");
  });

  it("--format jsonl prints one object per event", async () => {
    const r = await run(["watch", "-p", state, "Contoso_ThermalTrip", "-n", "2", "-f", "jsonl"]);
    expect(r.code).toBe(0);
    const events = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(events.map((e) => [e.class, e.value.Reading])).toEqual([
      ["Contoso_ThermalTrip", 900],
      ["Contoso_ThermalTrip", 901],
    ]);
  });

  it("stops on an interrupt (Ctrl-C)", async () => {
    const ctrlC = new AbortController();
    const pending = run(["watch", "-p", state, "Contoso_ThermalTrip", "-f", "json"], { interrupt: ctrlC.signal });
    setTimeout(() => ctrlC.abort(), 300);
    const r = await pending;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).stopped).toBe("interrupt");
  });

  it("exits 1 when --timeout ends the watch before --count events", async () => {
    const r = await run(["watch", "-p", generated, "Contoso_ThermalTrip", "-n", "1", "-t", "0.05", "-f", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ events: [], stopped: "timeout" });
    const plain = await run(["watch", "-p", generated, "Contoso_ThermalTrip", "-t", "0.05"]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain("0 events (timeout)");
  });

  it("refuses a --count below 1 (MOF5002)", async () => {
    const r = await run(["watch", "-p", state, "Contoso_ThermalTrip", "-n", "0"]);
    expect(r.code).toBe(2);
    expect(errorCode(r.stderr)).toBe("MOF5002");
  });
});

describe("provider failures", () => {
  it("a missing module is MOF5001, one that does not load MOF5006 (exit 2, no stack)", async () => {
    const missing = await run(["query", "-p", join(dir, "absent.provider.ts"), "X"]);
    expect(missing.code).toBe(2);
    expect(errorCode(missing.stderr)).toBe("MOF5001");
    const syntax = await run(["query", "-p", join(dir, "syntax.provider.ts"), "X"]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(
      /^error MOF5006: cannot load provider '.*syntax\.provider\.ts': .*syntax\.provider\.ts:\d+:\d+: Expected/m,
    );
    const nothing = await run(["query", "-p", join(dir, "nothing.provider.ts"), "X"]);
    expect(nothing.stderr).toContain("it exports no provider");
    const throws = await run(["query", "-p", join(dir, "throws.provider.ts"), "X"]);
    expect(throws.stderr).toContain("creating the provider failed: no device");
    for (const r of [missing, syntax, nothing, throws]) {
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    }
  });

  it("a provider that throws or answers what its codec refuses is MOF5012 (exit 1); MOFKIT_DEBUG adds the stack", async () => {
    const buggy = join(dir, "buggy.provider.ts");
    const query = await run(["query", "-p", buggy, "Contoso_ThermalReadings"]);
    expect(query.code).toBe(1);
    expect(query.stderr).toMatch(
      /^error MOF5012: the provider failed while handling QUERY_ALL_DATA for Contoso_ThermalReadings: .*40000 does not fit sint16/m,
    );
    expect(query.stderr).not.toMatch(/\n\s+at /);
    const method = await run(["invoke", "-p", buggy, "Contoso_ThermalControl", "SetFanDuty"], {
      env: { MOFKIT_DEBUG: "1" },
    });
    expect(method.code).toBe(1);
    expect(method.stderr).toContain(
      "error MOF5012: the provider failed while handling Contoso_ThermalControl.SetFanDuty: fan controller offline",
    );
    expect(method.stderr).toMatch(/\n\s+at /);
  });
});
