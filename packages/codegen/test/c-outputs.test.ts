/** buildCOutputs: what `mofkit compile --emit c-header,c-skeleton` writes, named after the first input. */
import { describe, expect, it } from "vitest";
import { build } from "../../layout/test/support/build.js";
import { buildCOutputs, defaultOutputNames } from "../src/index.js";

const mof = `[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455E0}")]
class Ex_Block { [key, read] string InstanceName; [read] boolean Active;
  [WmiDataId(1), read, write] uint32 Speed;
  [WmiDataId(2), read] string Name;
  [WmiDataId(3), read] uint8 After;
};`;

describe("buildCOutputs", () => {
  it("names the files after the first input", () => {
    expect(defaultOutputNames("drivers/thermal.mof")).toEqual({
      header: "thermal.h",
      skeleton: "thermalwmi.c",
      hex: "thermal.x",
    });
    expect(defaultOutputNames("C:\\src\\Acme.Driver.mof")).toEqual({
      header: "Acme.Driver.h",
      skeleton: "Acme.Driverwmi.c",
      hex: "Acme.Driver.x",
    });
    expect(defaultOutputNames(undefined).header).toBe("wmidata.h");
  });

  it("returns the header and skeleton texts and the layout and header diagnostics", () => {
    const b = build(mof, "drivers/ex.mof");
    const out = buildCOutputs(b.model, b.program, ["c-header", "c-skeleton"], { methodStructs: true });
    expect([...out.files.keys()]).toEqual(["ex.h", "exwmi.c"]);
    expect(out.files.get("ex.h")!.startsWith("#ifndef _ex_h_\r\n#define _ex_h_\r\n")).toBe(true);
    expect(out.files.get("exwmi.c")).toContain('#include "ex.h"');
    expect(out.files.get("exwmi.c")).toContain("NTSTATUS NTAPI ExwmiQueryWmiDataBlock(");
    expect(out.diagnostics.map((d) => d.code)).toEqual(["MOF3610"]);
    expect(
      buildCOutputs(b.model, b.program, ["c-header"], { unconditional: true, headerFileName: "x.h" }).diagnostics,
    ).toEqual([]);
  });
});
