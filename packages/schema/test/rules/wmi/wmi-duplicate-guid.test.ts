// Focused tests of the wmi-duplicate-guid rule (Microsoft 'WMI Class Qualifiers' (one GUID per block)).
import { describe, expect, it } from "vitest";
import { wmiDuplicateGuid } from "../../../src/rules/wmi/wmi-duplicate-guid.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-duplicate-guid", () => {
  it("two classes, one GUID (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445573}")] class Ex_A { };
[WMI, guid("6f1a9b40-1c2d-4e5f-8a90-112233445573")] class Ex_B { };`;
    const d = ruleDiagnostics(wmiDuplicateGuid, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3003 error '\"6f1a9b40-1c2d-4e5f-8a90-112233445573\"'"]);
  });
  it("amended redeclarations in ms_xxx are exempt (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445573}")] class Ex_A { };
#pragma namespace("ms_409")
[WMI, amendment, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445573}")] class Ex_A { };`;
    const d = ruleDiagnostics(wmiDuplicateGuid, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
