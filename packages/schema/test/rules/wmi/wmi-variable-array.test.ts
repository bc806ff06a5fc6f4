// Focused tests of the wmi-variable-array rule (Microsoft 'Driver-Defined WMI Data Items' (array sizes)).
import { describe, expect, it } from "vitest";
import { wmiVariableArray } from "../../../src/rules/wmi/wmi-variable-array.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-variable-array", () => {
  it("a variable array with no count (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_B10 { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint8 Blob[]; };`;
    const d = ruleDiagnostics(wmiVariableArray, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3009 error '[]'"]);
  });
  it("MAX(n) makes it fixed (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Mac { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), read, MAX(6)] uint8 Mac[]; };`;
    const d = ruleDiagnostics(wmiVariableArray, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
  it("an override keeps the WmiSizeIs of the declaration it inherits (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, abstract, guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455B4}")] class Ex_ArrBase { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 N; [WmiDataId(2), WmiSizeIs("N")] uint8 Blob[]; };
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455B5}")] class Ex_Arr : Ex_ArrBase { [read] uint8 Blob[]; };`;
    const d = ruleDiagnostics(wmiVariableArray, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
