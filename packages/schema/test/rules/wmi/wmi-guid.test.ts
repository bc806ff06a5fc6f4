// Focused tests of the wmi-guid rule (Microsoft 'WMI Class Qualifiers' (guid)).
import { describe, expect, it } from "vitest";
import { wmiGuid } from "../../../src/rules/wmi/wmi-guid.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-guid", () => {
  it("a malformed guid (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("6F1A9B40")] class Ex_G3 { };`;
    const d = ruleDiagnostics(wmiGuid, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3002 error '\"6F1A9B40\"'"]);
  });
  it("braces optional, any case (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("6F1A9B40-1C2D-4E5F-8A90-112233445570")] class Ex_G1 { };
[WMI, guid("{6f1a9b40-1c2d-4e5f-8a90-112233445571}")] class Ex_G2 { };`;
    const d = ruleDiagnostics(wmiGuid, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
  it("a WMI class without a guid (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI] class Ex_NoGuid { [WmiDataId(1)] uint8 X; };`;
    const d = ruleDiagnostics(wmiGuid, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3001 error 'Ex_NoGuid'"]);
  });
});
