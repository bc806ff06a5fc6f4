// Focused tests of the wmi-embedded-class rule (wmimofck; mof-language.md §7.1 (embedded classes)).
import { describe, expect, it } from "vitest";
import { wmiEmbeddedClass } from "../../../src/rules/wmi/wmi-embedded-class.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-embedded-class", () => {
  it("an embedded class without WMI and guid (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
class Ex_NoGuid { [WmiDataId(1)] uint16 X; };
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Use { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] Ex_NoGuid Item; };`;
    const d = ruleDiagnostics(wmiEmbeddedClass, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3001 error 'Ex_NoGuid'"]);
  });
  it("an embedded class with a method (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445590}")] class Ex_E { [WmiDataId(1)] uint8 X; [Implemented, WmiMethodId(1)] void M(); };
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Use { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] Ex_E Item; };`;
    const d = ruleDiagnostics(wmiEmbeddedClass, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3019 error 'Ex_E'"]);
  });
});
