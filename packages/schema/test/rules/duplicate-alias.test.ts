// Focused tests of the duplicate-alias rule (DSP0004 2.x, Aliases (unique names)).
import { describe, expect, it } from "vitest";
import { duplicateAlias } from "../../src/rules/duplicate-alias.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("duplicate-alias", () => {
  it("aliases compare case-insensitively (wmi)", () => {
    const mof = `class Ex_Node { [key] string Id; };
instance of Ex_Node as $dup { Id = "a"; };
instance of Ex_Node as $DUP { Id = "b"; };`;
    const d = ruleDiagnostics(duplicateAlias, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2312 error '$DUP'"]);
    expect(relatedText(d[0], mof)).toEqual(["'$dup'"]);
  });
});
