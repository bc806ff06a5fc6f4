/**
 * The compiled-model JSON (docs/model.md): exact output for a small driver MOF, value
 * conversions, and agreement with the documented JSON Schema (docs/model-schema.json).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelToJson, stringifyModel } from "../src/index.js";
import { compile } from "./support/check-mof.js";
import { validate } from "./support/json-schema.js";

const schema = JSON.parse(readFileSync(new URL("../../../docs/model-schema.json", import.meta.url), "utf8"));

const driver = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445566}")]
class Ex_Block {
  [key, read] string InstanceName;
  [read] boolean Active;
  [WmiDataId(1), read] uint64 Big = 18446744073709551615;
  [WmiDataId(2), read] uint8 Mac[6];
  [Implemented, WmiMethodId(1)] void Reset([in] uint32 Mode);
};
class Ex_Sub : Ex_Block { };
`;

describe("model JSON", () => {
  it("writes namespaces, classes, effective members and flavors", () => {
    const json = modelToJson(compile({ "d.mof": driver }, "d.mof", "wmi").model);
    expect(json.namespaces.map((n) => n.name)).toEqual(["root/default", "root/wmi"]);
    const [block, sub] = json.namespaces[1].classes;
    expect(block.qualifiers[0]).toEqual({
      name: "WMI",
      value: true,
      flavors: ["EnableOverride", "Restricted"],
      propagated: false,
    });
    expect(block.properties[2]).toEqual({
      name: "Big",
      type: "uint64",
      array: false,
      arraySize: null,
      default: "18446744073709551615",
      qualifiers: [
        { name: "WmiDataId", value: 1, flavors: ["EnableOverride", "Restricted"], propagated: false },
        { name: "read", value: true, flavors: ["EnableOverride", "Restricted"], propagated: false },
      ],
      classOrigin: "Ex_Block",
      propagated: false,
    });
    expect(block.properties[3]).toMatchObject({ name: "Mac", type: "uint8", array: true, arraySize: 6 });
    expect(block.methods[0]).toMatchObject({
      name: "Reset",
      returnType: "void",
      classOrigin: "Ex_Block",
      propagated: false,
    });
    expect(block.methods[0].parameters).toEqual([
      {
        name: "Mode",
        type: "uint32",
        array: false,
        arraySize: null,
        qualifiers: [{ name: "in", value: true, flavors: ["EnableOverride", "Restricted"], propagated: false }],
      },
    ]);
    // WMI qualifiers without ToSubclass do not reach the subclass; the members do.
    expect(sub).toMatchObject({ name: "Ex_Sub", superClass: "Ex_Block", qualifiers: [] });
    expect(sub.properties.map((p) => [p.name, p.classOrigin, p.propagated, p.qualifiers.length])).toEqual([
      ["InstanceName", "Ex_Block", true, 0],
      ["Active", "Ex_Block", true, 0],
      ["Big", "Ex_Block", true, 0],
      ["Mac", "Ex_Block", true, 0],
    ]);
    expect(validate(schema, json)).toEqual([]);
  });

  it("converts values to their types and resolves references", () => {
    const mof = `class Ex_Node { [key] string Id; };
class Ex_V { [key] string S = 23; uint16 R = 1000.6; char16 C = 65; sint64 Neg = -9223372036854775808; real64 F = 2.5; Ex_Node ref N; };
instance of Ex_Node as $n { Id = "n1"; };
instance of Ex_V { S = "k"; N = $n; };
`;
    const json = modelToJson(compile({ "v.mof": mof }, "v.mof", "wmi").model);
    const v = json.namespaces[0].classes[1];
    expect(v.properties.map((p) => p.default)).toEqual(["23", 1001, "A", "-9223372036854775808", 2.5, null]);
    expect(v.properties[5]).toMatchObject({ type: "reference", className: "Ex_Node" });
    expect(json.namespaces[0].instances).toEqual([
      {
        className: "Ex_Node",
        alias: "n",
        path: 'Ex_Node.Id="n1"',
        qualifiers: [],
        properties: [{ name: "Id", value: "n1" }],
      },
      {
        className: "Ex_V",
        alias: null,
        path: 'Ex_V.S="k"',
        qualifiers: [],
        properties: [
          { name: "S", value: "k" },
          { name: "N", value: 'Ex_Node.Id="n1"' },
        ],
      },
    ]);
    expect(validate(schema, json)).toEqual([]);
  });

  it("writes inline embedded instances as objects", () => {
    const mof =
      "class Ex_Part { [key] uint32 N; };\nclass Ex_H { [key] uint32 Id; Ex_Part Many[]; };\ninstance of Ex_H { Id = 2; Many = { instance of Ex_Part { N = 1; }, instance of Ex_Part { N = 2; } }; };\n";
    const json = modelToJson(compile({ "e.mof": mof }, "e.mof", "wmi").model);
    expect(json.namespaces[0].instances[0].properties[1]).toEqual({
      name: "Many",
      value: [
        { className: "Ex_Part", properties: [{ name: "N", value: 1 }] },
        { className: "Ex_Part", properties: [{ name: "N", value: 2 }] },
      ],
    });
    expect(validate(schema, json)).toEqual([]);
  });

  it("is deterministic and compact unless asked to indent", () => {
    const a = compile({ "d.mof": driver }, "d.mof", "wmi").model;
    const b = compile({ "d.mof": driver }, "d.mof", "wmi").model;
    expect(stringifyModel(a)).toBe(stringifyModel(b));
    expect(stringifyModel(a).split("\n")).toHaveLength(2);
    expect(stringifyModel(a, { pretty: true }).startsWith('{\n  "namespaces": [')).toBe(true);
  });

  it("the schema checker catches a missing or unexpected key", () => {
    expect(validate(schema, { namespaces: [{ name: "x", classes: [], instances: [] }] })).toEqual([
      "/namespaces/0: missing 'qualifierTypes'",
    ]);
    expect(validate(schema, { namespaces: [], extra: 1 })).toEqual(["/: unexpected 'extra'"]);
  });
});
