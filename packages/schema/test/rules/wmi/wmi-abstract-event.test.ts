// Focused tests of the wmi-abstract-event rule (Microsoft 'WMI Class Names and Base Classes' (one abstract class)).
import { describe, expect, it } from "vitest";
import { wmiAbstractEvent } from "../../../src/rules/wmi/wmi-abstract-event.js";
import { relatedText, ruleDiagnostics, summarize } from "../../support/check-mof.js";

describe("wmi-abstract-event", () => {
  it("an abstract class below WMIEvent (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[abstract] class Ex_EvBase : WMIEvent { };`;
    const d = ruleDiagnostics(wmiAbstractEvent, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF3017 warning 'abstract'"]);
  });
  it("a concrete intermediate base (wmi)", () => {
    const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
class Ex_EvBase : WMIEvent { };`;
    const d = ruleDiagnostics(wmiAbstractEvent, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
