// Focused tests of the embedded-instance-string rule (DSP0004 2.x, EmbeddedInstance qualifier (MOF text of an instance)).
import { describe, expect, it } from "vitest";
import { embeddedInstanceString } from "../../src/rules/embedded-instance-string.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("embedded-instance-string", () => {
  it("a syntax error inside the string points into the literal (dmtf)", () => {
    const mof = `class Ex_Inner { uint32 V; };
class Ex_Outer { [Key] string Id; [EmbeddedInstance("Ex_Inner")] string P; };
instance of Ex_Outer { Id = "o"; P = "instance of Ex_Inner { V = ; };"; };`;
    const d = ruleDiagnostics(embeddedInstanceString, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2210 error ';'"]);
  });
  it("a property the class lacks (dmtf)", () => {
    const mof = `class Ex_Inner { uint32 V; };
class Ex_Outer { [Key] string Id; [EmbeddedInstance("Ex_Inner")] string P; };
instance of Ex_Outer { Id = "o"; P = "instance of Ex_Inner { W = 1; };"; };`;
    const d = ruleDiagnostics(embeddedInstanceString, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2210 error 'W'"]);
  });
  it("valid MOF text (dmtf)", () => {
    const mof = `class Ex_Inner { uint32 V; };
class Ex_Outer { [Key] string Id; [EmbeddedInstance("Ex_Inner")] string P; };
instance of Ex_Outer { Id = "o"; P = "instance of Ex_Inner { V = 5; };"; };`;
    const d = ruleDiagnostics(embeddedInstanceString, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
