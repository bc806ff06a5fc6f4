// Focused tests of the wmi-maxlen rule (Microsoft 'WMI Property Qualifiers' (MaxLen)).
import { describe, expect, it } from "vitest";
import { wmiMaxLen } from "../../../src/rules/wmi/wmi-maxlen.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-maxlen", () => {
  it("MaxLen on a non-string (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_L { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), MaxLen(15)] string Label; [WmiDataId(2), MaxLen(4)] uint32 N; };`;
    const d = ruleDiagnostics(wmiMaxLen, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3018 warning 'MaxLen'"]);
  });
});
