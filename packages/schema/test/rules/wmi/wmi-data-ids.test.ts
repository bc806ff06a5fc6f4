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
  // Inherited items keep the WmiDataId of their declaration and share the numbering with the
  // local ones, as the layout package lays them out (wmi-kernel.md §7.2).
  const base = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455B0}")] class Ex_Base { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint8 A; [WmiDataId(2)] uint32 B; };
`;
  const derived = (body: string) =>
    `${base}[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455B1}")] class Ex_Derived : Ex_Base { ${body} };`;
  it("a subclass continues the numbering of its inherited items (wmi)", () => {
    const mof = derived("[WmiDataId(3)] uint16 C;");
    expect(summarize(ruleDiagnostics(wmiDataIds, mof, "wmi"), mof)).toEqual([]);
  });
  it("an id already used by an inherited item (wmi)", () => {
    const mof = derived("[WmiDataId(2)] uint16 C; [WmiDataId(3)] uint16 D;");
    const d = ruleDiagnostics(wmiDataIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3007 error '2'"]);
    expect(d[0].message).toBe("WmiDataId(2) of 'C' is already used by 'B' (inherited from 'Ex_Base')");
    expect(relatedText(d[0], mof)).toEqual(["'B'"]);
  });
  it("a gap after the inherited items (wmi)", () => {
    const mof = derived("[WmiDataId(4)] uint16 C;");
    const d = ruleDiagnostics(wmiDataIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3007 error '4'"]);
    expect(d[0].message).toContain("but 3 is missing");
  });
  it("a subclass restarting at 1 (wmi)", () => {
    const mof = derived("[WmiDataId(1)] uint16 C;");
    expect(summarize(ruleDiagnostics(wmiDataIds, mof, "wmi"), mof)).toEqual(["MOF3007 error '1'"]);
  });
  it("an override keeps the WmiDataId it inherits (wmi)", () => {
    const mof = derived("[read] uint32 B; [WmiDataId(3)] uint16 C;");
    expect(summarize(ruleDiagnostics(wmiDataIds, mof, "wmi"), mof)).toEqual([]);
  });
});
