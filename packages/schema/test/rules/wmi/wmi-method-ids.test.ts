// Focused tests of the wmi-method-ids rule (Microsoft 'MOF Syntax for WMI Data and Event Blocks' (WmiMethodId)).
import { describe, expect, it } from "vitest";
import { wmiMethodIds } from "../../../src/rules/wmi/wmi-method-ids.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-method-ids", () => {
  it("duplicate and missing WmiMethodId (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Ctl { [key, read] string InstanceName; [read] boolean Active; [Implemented, WmiMethodId(1)] void Start(); [Implemented, WmiMethodId(1)] void Stop(); [Implemented] void Pause(); };`;
    const d = ruleDiagnostics(wmiMethodIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3010 error '1'", "MOF3010 error 'Pause'"]);
  });
});
