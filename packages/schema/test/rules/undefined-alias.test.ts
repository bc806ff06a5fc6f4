// Focused tests of the undefined-alias rule (DSP0004 2.x, Aliases (defined in the compilation unit)).
import { describe, expect, it } from "vitest";
import { undefinedAlias } from "../../src/rules/undefined-alias.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("undefined-alias", () => {
  it("an alias nobody defines (wmi)", () => {
    const mof = `class Ex_Node { [key] string Id; };
class Ex_H { [key] string Id; Ex_Node ref R; };
instance of Ex_H { Id = "h"; R = $nowhere; };`;
    const d = ruleDiagnostics(undefinedAlias, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2311 error '$nowhere'"]);
  });
  it("forward references are allowed (dmtf)", () => {
    const mof = `class Ex_Node { [key] string Id; };
[Association] class Ex_E { [key] Ex_Node ref A; [key] Ex_Node ref B; };
instance of Ex_E { A = $n1; B = $n2; };
instance of Ex_Node as $n1 { Id = "1"; };
instance of Ex_Node as $n2 { Id = "2"; };`;
    const d = ruleDiagnostics(undefinedAlias, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
