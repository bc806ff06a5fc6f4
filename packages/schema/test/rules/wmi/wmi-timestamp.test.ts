// Focused tests of the wmi-timestamp rule (Microsoft 'WMI Property Qualifiers' (WmiTimeStamp)).
import { describe, expect, it } from "vitest";
import { wmiTimestamp } from "../../../src/rules/wmi/wmi-timestamp.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-timestamp", () => {
  it("only 64-bit items (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Time { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), WmiTimeStamp] uint32 When; [WmiDataId(2), WmiTimeStamp] uint64 Then; };`;
    const d = ruleDiagnostics(wmiTimestamp, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3016 error 'WmiTimeStamp'"]);
  });
});
