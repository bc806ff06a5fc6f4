// Focused tests of the wmi-method-implemented rule (Microsoft 'MOF Syntax for WMI Data and Event Blocks' (Implemented)).
import { describe, expect, it } from "vitest";
import { wmiMethodImplemented } from "../../../src/rules/wmi/wmi-method-implemented.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-method-implemented", () => {
  it("a driver method without Implemented (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Ctl { [key, read] string InstanceName; [read] boolean Active; [WmiMethodId(1)] void Start(); };`;
    const d = ruleDiagnostics(wmiMethodImplemented, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3011 warning 'Start'"]);
  });
});
