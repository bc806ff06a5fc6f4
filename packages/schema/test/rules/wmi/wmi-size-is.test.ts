// Focused tests of the wmi-size-is rule (Microsoft 'WMI Property Qualifiers' (WmiSizeIs)).
import { describe, expect, it } from "vitest";
import { wmiSizeIs } from "../../../src/rules/wmi/wmi-size-is.js";
import { codesOf, relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-size-is", () => {
  // wmimofck treats an item declared without [] but with WmiSizeIs as a variable array
  // (wmi-kernel.md §10.2.5, §10.4), and so does packages/layout: a warning, not an error.
  it("on an item declared without [] (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_B8 { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 Count; [WmiDataId(2), WmiSizeIs("Count")] uint32 NotArray; };`;
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3020 warning '\"Count\"'"]);
    expect(d[0].message).toBe(
      `WmiSizeIs("Count") on 'NotArray', which is declared without [], makes it a variable array; declare it 'NotArray[]'`,
    );
  });
  it("on an item declared without [], the count is still checked (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_B8b { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), WmiSizeIs("Count")] uint32 NotArray; [WmiDataId(2)] uint32 Count; };`;
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3008 error '\"Count\"'", "MOF3020 warning '\"Count\"'"]);
  });
  it("naming an item that is itself sized by WmiSizeIs (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_B8c { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 N; [WmiDataId(2), WmiSizeIs("N")] uint32 M; [WmiDataId(3), WmiSizeIs("M")] uint8 Data[]; };`;
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3020 warning '\"N\"'", "MOF3008 error '\"M\"'"]);
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
  // The count may be an item the class inherits (packages/layout lays inherited items out first).
  const base = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, abstract, guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455B2}")] class Ex_LogBase { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 Count; [WmiDataId(2)] string Label; };
`;
  const derived = (body: string) =>
    `${base}[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455B3}")] class Ex_Log3 : Ex_LogBase { ${body} };`;
  it("naming an inherited count (wmi)", () => {
    const mof = derived('[WmiDataId(3), WmiSizeIs("Count")] uint16 Samples[];');
    expect(summarize(ruleDiagnostics(wmiSizeIs, mof, "wmi"), mof)).toEqual([]);
  });
  it("naming an inherited item that is not an integer (wmi)", () => {
    const mof = derived('[WmiDataId(3), WmiSizeIs("Label")] uint16 Samples[];');
    const d = ruleDiagnostics(wmiSizeIs, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3008 error '\"Label\"'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Label'"]);
  });
  it("a subclass with an inherited count checks clean with every rule (wmi)", () => {
    const mof = derived('[WmiDataId(3), WmiSizeIs("Count")] uint16 Samples[];');
    expect(codesOf(mof, "wmi")).toEqual([]);
  });
});
