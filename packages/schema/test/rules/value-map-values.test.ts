// Focused tests of the value-map-values rule (DSP0004 2.x, ValueMap and Values qualifiers (paired arrays)).
import { describe, expect, it } from "vitest";
import { valueMapValues } from "../../src/rules/value-map-values.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("value-map-values", () => {
  it("warns at Values when the lengths differ (wmi)", () => {
    const mof = `class Ex_Vm2 { [ValueMap{"1","2","3"}, Values{"One","Two"}] uint8 V; };`;
    const d = ruleDiagnostics(valueMapValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(['MOF2011 warning \'{"One","Two"}\'']);
  });
  it("accepts equal lengths and empty lists (wmi)", () => {
    const mof = `class Ex_Vm { [ValueMap{"1"}, Values{"One"}] uint8 V; [ValueMap{}, Values{}] uint8 W; };`;
    const d = ruleDiagnostics(valueMapValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
