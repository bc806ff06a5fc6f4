// Focused tests of the wmi-method-return rule (wmimofck; Microsoft WDK samples (void driver methods)).
import { describe, expect, it } from "vitest";
import { wmiMethodReturn } from "../../../src/rules/wmi/wmi-method-return.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-method-return", () => {
  it("a non-void driver method (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Ctl2 { [key, read] string InstanceName; [read] boolean Active; [Implemented, WmiMethodId(2)] uint32 Query([in] uint32 Selector); };`;
    const d = ruleDiagnostics(wmiMethodReturn, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3015 warning 'uint32'"]);
  });
});
