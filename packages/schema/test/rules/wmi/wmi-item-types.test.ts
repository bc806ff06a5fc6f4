// Focused tests of the wmi-item-types rule (Microsoft 'Driver-Defined WMI Data Items' (item types)).
import { describe, expect, it } from "vitest";
import { wmiItemTypes } from "../../../src/rules/wmi/wmi-item-types.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-item-types", () => {
  it("references, object and reals (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
class Ex_Disk { [key] string Drive; };
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455AA}")] class Ex_Items { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1)] Ex_Disk ref Owner; [WmiDataId(2)] object Extra; [WmiDataId(3)] real64 Ratio; };`;
    const d = ruleDiagnostics(wmiItemTypes, mof, "wmi");
    expect(summarize(d, mof)).toEqual([
      "MOF3013 error 'Ex_Disk ref'",
      "MOF3013 error 'object'",
      "MOF3014 warning 'real64'",
    ]);
  });
});
