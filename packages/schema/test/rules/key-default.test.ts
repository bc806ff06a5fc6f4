// Focused tests of the key-default rule (Microsoft 'Key qualifier' (keys without defaults)).
import { describe, expect, it } from "vitest";
import { keyDefault } from "../../src/rules/key-default.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("key-default", () => {
  it("warns at the default (wmi)", () => {
    const mof = `class Ex_Si { [key] string S = "x"; };`;
    const d = ruleDiagnostics(keyDefault, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2118 warning '\"x\"'"]);
  });
});
