// Focused tests of the inherited-key-changed rule (DSP0004 2.x, Key qualifier (keys are kept by subclasses)).
import { describe, expect, it } from "vitest";
import { inheritedKeyChanged } from "../../src/rules/inherited-key-changed.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("inherited-key-changed", () => {
  it("Key(false) on an inherited key in wmi (wmi)", () => {
    const mof = `class Ex_Base { [Key] string Id; };
class Ex_Sub : Ex_Base { [Key(false)] string Id; };`;
    const d = ruleDiagnostics(inheritedKeyChanged, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2121 error 'false'"]);
  });
  it("left to disable-override when Key is DisableOverride (dmtf)", () => {
    const mof = `class Ex_Base { [Key] string Id; };
class Ex_Sub : Ex_Base { [Key(false), Override("Id")] string Id; };`;
    const d = ruleDiagnostics(inheritedKeyChanged, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
