// Focused tests of the schema-class-name rule (DSP0004 2.x, Class names (schema prefix)).
import { describe, expect, it } from "vitest";
import { schemaClassName } from "../../src/rules/schema-class-name.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("schema-class-name", () => {
  it("dmtf wants Schema_Name (dmtf)", () => {
    const mof = `class Widget { };
class Ex_Widget { };`;
    const d = ruleDiagnostics(schemaClassName, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2117 warning 'Widget'"]);
  });
  it("wmi takes any name (wmi)", () => {
    const mof = `class Widget { };`;
    const d = ruleDiagnostics(schemaClassName, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
