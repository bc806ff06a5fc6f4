// Focused tests of the wmi-size-is rule (Microsoft 'WMI Property Qualifiers' (WmiSizeIs)).
import { describe, expect, it } from "vitest";
import { wmiSizeIs } from "../../../src/rules/wmi/wmi-size-is.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-size-is", () => {
  it("on a scalar (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_B8 { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 Count; [WmiDataId(2), WmiSizeIs("Count")] uint32 NotArray; };`;
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3008 error '\"Count\"'"]);
  });
  it("naming a later or a non-integer item (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_B9 { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), WmiSizeIs("Count")] uint16 Data[]; [WmiDataId(2)] uint32 Count; [WmiDataId(3), WmiSizeIs("Label")] uint8 More[]; [WmiDataId(4)] string Label; };`;
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3008 error '\"Count\"'", "MOF3008 error '\"Label\"'"]);
  });
  it("method parameters in the same direction (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Log { [key, read] string InstanceName; [read] boolean Active; [Implemented, WmiMethodId(4)] void ReadLog([in] uint32 Offset, [out] uint32 Length, [out, WmiSizeIs("Length")] uint8 Data[]); };`;
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
  it("but not across directions (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Log2 { [key, read] string InstanceName; [read] boolean Active; [Implemented, WmiMethodId(5)] void WriteLog([out] uint32 Length, [in, WmiSizeIs("Length")] uint8 Data[]); };`;
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3008 error '\"Length\"'"]);
  });
});
