// Focused tests of the duplicate-instance rule (mof-language.md §4.14 (one object per path)).
import { describe, expect, it } from "vitest";
import { duplicateInstance } from "../../src/rules/duplicate-instance.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("duplicate-instance", () => {
  it("warns at the second instance (wmi)", () => {
    const mof = `class Ex_Node { [key] string Id; };
instance of Ex_Node { Id = "same"; };
instance of Ex_Node { Id = "same"; };`;
    const d = ruleDiagnostics(duplicateInstance, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2306 warning 'Ex_Node'"]);
  });
});
