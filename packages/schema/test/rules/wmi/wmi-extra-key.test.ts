// Focused tests of the wmi-extra-key rule (Microsoft 'Required Items in WMI Classes' (InstanceName is the key)).
import { describe, expect, it } from "vitest";
import { wmiExtraKey } from "../../../src/rules/wmi/wmi-extra-key.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-extra-key", () => {
  it("only InstanceName is a key (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Block4 { [key, read] string InstanceName; [read] boolean Active; [key, WmiDataId(1)] uint32 Slot; };`;
    const d = ruleDiagnostics(wmiExtraKey, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3006 error 'key'"]);
  });
});
