// Focused tests of the class-not-found rule (DSP0004 2.x, References and embedded objects (the class must exist)).
import { describe, expect, it } from "vitest";
import { classNotFound } from "../../src/rules/class-not-found.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("class-not-found", () => {
  it("a documentation type name gets a hint (wmi)", () => {
    const mof = `class Ex_Doc { byte Status[16]; };`;
    const d = ruleDiagnostics(classNotFound, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2115 error 'byte'"]);
  });
  it("an unknown reference class (wmi)", () => {
    const mof = `class Ex_L { Ex_Nowhere ref R; };`;
    const d = ruleDiagnostics(classNotFound, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2115 error 'Ex_Nowhere'"]);
  });
  it("an EmbeddedInstance naming nothing (dmtf)", () => {
    const mof = `class Ex_O { [EmbeddedInstance("Ex_Gone")] string P; };`;
    const d = ruleDiagnostics(classNotFound, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2115 error '\"Ex_Gone\"'"]);
  });
  it("a reference to a class declared later is fine (wmi)", () => {
    const mof = `class Ex_L { Ex_Later ref R; };
class Ex_Later { };`;
    const d = ruleDiagnostics(classNotFound, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
