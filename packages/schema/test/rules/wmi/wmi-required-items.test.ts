// Focused tests of the wmi-required-items rule (Microsoft 'Required Items in WMI Classes').
import { describe, expect, it } from "vitest";
import { wmiRequiredItems } from "../../../src/rules/wmi/wmi-required-items.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-required-items", () => {
  it("no InstanceName (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445567}")]
class Ex_Block2 { [read] boolean Active; [WmiDataId(1)] uint32 V; };`;
    const d = ruleDiagnostics(wmiRequiredItems, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3005 error 'Ex_Block2'"]);
  });
  it("InstanceName not a key, Active not boolean (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445568}")]
class Ex_Block3 { [read] string InstanceName; [read] uint32 Active; [WmiDataId(1)] uint32 V; };`;
    const d = ruleDiagnostics(wmiRequiredItems, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3005 error 'InstanceName'", "MOF3005 error 'Active'"]);
  });
  it("inherited from a base class (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445599}")]
class Ex_N : MSNdis { [WmiDataId(1)] uint32 V; };`;
    const d = ruleDiagnostics(wmiRequiredItems, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
