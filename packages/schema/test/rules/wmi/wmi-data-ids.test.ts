// Focused tests of the wmi-data-ids rule (Microsoft 'WMI Property Qualifiers' (WmiDataId)).
import { describe, expect, it } from "vitest";
import { wmiDataIds } from "../../../src/rules/wmi/wmi-data-ids.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-data-ids", () => {
  it("a gap (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Block5 { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 A; [WmiDataId(3)] uint32 C; };`;
    const d = ruleDiagnostics(wmiDataIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3007 error '3'"]);
  });
  it("a duplicate and a missing id (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Block6 { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 A; [WmiDataId(1)] uint32 B; uint32 C; };`;
    const d = ruleDiagnostics(wmiDataIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3007 error '1'", "MOF3007 error 'C'"]);
  });
  it("declaration order does not matter (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Block7 { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(2)] uint8 Second; [WmiDataId(1)] uint32 First; };`;
    const d = ruleDiagnostics(wmiDataIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
