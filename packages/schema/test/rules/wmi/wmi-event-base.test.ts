// Focused tests of the wmi-event-base rule (Microsoft 'WMI Class Names and Base Classes').
import { describe, expect, it } from "vitest";
import { wmiEventBase } from "../../../src/rules/wmi/wmi-event-base.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-event-base", () => {
  it("an event straight from __ExtrinsicEvent (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445580}")]
class Ex_Ev : __ExtrinsicEvent { [key, read] string InstanceName; [read] boolean Active; };`;
    const d = ruleDiagnostics(wmiEventBase, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3012 warning '__ExtrinsicEvent'"]);
  });
  it("through WMIEvent (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445581}")]
class Ex_Ev : WMIEvent { [key, read] string InstanceName; [read] boolean Active; };`;
    const d = ruleDiagnostics(wmiEventBase, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
