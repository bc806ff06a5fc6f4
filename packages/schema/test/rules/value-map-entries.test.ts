// Focused tests of the value-map-entries rule (DSP0004 2.x, ValueMap qualifier (entries of integer elements)).
import { describe, expect, it } from "vitest";
import { valueMapEntries } from "../../src/rules/value-map-entries.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("value-map-entries", () => {
  it("hex, ranges and open ranges are integers (dmtf)", () => {
    const mof = `class Ex_Vm { [ValueMap{"0", "2", "..", "0x8000..", "..5", "010", "11b"}] uint16 State; };`;
    const d = ruleDiagnostics(valueMapEntries, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
  it("an entry beyond the type is an error (dmtf)", () => {
    const mof = `class Ex_Vm { [ValueMap{"1", "70000"}] uint16 State; };`;
    const d = ruleDiagnostics(valueMapEntries, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2013 error '\"70000\"'"]);
  });
  it("words on an integer property are a warning (wmi)", () => {
    const mof = `class Ex_Vm3 { [ValueMap{"Low","2"}] uint8 Level; };`;
    const d = ruleDiagnostics(valueMapEntries, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2012 warning '\"Low\"'"]);
  });
  it("string properties take any entry (wmi)", () => {
    const mof = `class Ex_S { [ValueMap{"Low"}] string Level; };`;
    const d = ruleDiagnostics(valueMapEntries, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
