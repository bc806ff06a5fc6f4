// Focused tests of the wmi-block-registration rule (Microsoft 'WMI Class Qualifiers' (Dynamic, Static, Provider)).
import { describe, expect, it } from "vitest";
import { wmiBlockRegistration } from "../../../src/rules/wmi/wmi-block-registration.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-block-registration", () => {
  it("an event without Dynamic and Provider (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-11223344556E}")]
class Ex_BadEvent : WMIEvent { [key, read] string InstanceName; [read] boolean Active; };`;
    const d = ruleDiagnostics(wmiBlockRegistration, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3004 error 'Ex_BadEvent'"]);
  });
  it("Static blocks need no provider; embedded classes nothing (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Static, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445576}")]
class Ex_Static { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] uint32 V; };
[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-11223344556F}")] class Ex_Pair { [WmiDataId(1)] uint16 Lo; };`;
    const d = ruleDiagnostics(wmiBlockRegistration, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
