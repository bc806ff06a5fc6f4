// Focused tests of the singleton-keys rule (Microsoft 'Standard WMI Qualifiers' (Singleton)).
import { describe, expect, it } from "vitest";
import { singletonKeys } from "../../src/rules/singleton-keys.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("singleton-keys", () => {
  it("a singleton with a key (wmi)", () => {
    const mof = `[Singleton] class Ex_One { [key] string Id; };`;
    const d = ruleDiagnostics(singletonKeys, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2119 error 'Id'"]);
  });
  it("a keyless singleton (wmi)", () => {
    const mof = `[Singleton] class Ex_One { string Note; };`;
    const d = ruleDiagnostics(singletonKeys, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
