/**
 * The schema model the binder builds: namespaces, inheritance, effective qualifiers and their
 * flavors per dialect (mof-language.md §4.6; edge cases 60, 66, 74, 75), class origins,
 * predeclared WMI classes, aliases and object paths.
 */
import { describe, expect, it } from "vitest";
import type { Dialect } from "@mofkit/syntax";
import { flavorNames, isKey, pathResolver, type SchemaClass, type SchemaModel } from "../src/index.js";
import { compile } from "./support/check-mof.js";

function model(text: string, dialect: Dialect, files: Record<string, string> = {}): SchemaModel {
  return compile({ "test.mof": text, ...files }, "test.mof", dialect).model;
}

function cls(m: SchemaModel, name: string, ns = "root/default"): SchemaClass {
  const c = m.namespaceMap.get(ns)?.classes.get(name);
  if (!c) throw new Error(`no class ${name} in ${ns}`);
  return c;
}

describe("qualifier propagation", () => {
  it("WMI qualifiers stay where they are written unless ToSubclass (case 74)", () => {
    const text = '[Provider("ExProv")] class Ex_P1 { [key] string Id; };\nclass Ex_P2 : Ex_P1 { };\n';
    expect(cls(model(text, "wmi"), "Ex_P2").qualifiers.has("Provider")).toBe(false);
    // DMTF: the optional Provider declaration has the default flavors, so it propagates.
    const q = cls(model(text, "dmtf"), "Ex_P2").qualifiers.get("Provider");
    expect(q?.propagated).toBe(true);
    expect(q?.value).toMatchObject({ kind: "String", value: "ExProv" });
  });

  it("ToSubClass propagates in WMI, and the inherited property keeps Key (case 75)", () => {
    const m = model(
      '[Provider("ExProv") : ToSubClass] class Ex_P3 { [key : ToSubClass] string Id; };\nclass Ex_P4 : Ex_P3 { };\n',
      "wmi",
    );
    const p4 = cls(m, "Ex_P4");
    expect(p4.qualifiers.get("Provider")).toMatchObject({ propagated: true });
    const id = p4.propertyMap.get("id")!;
    expect(id.qualifiers.get("Key")).toMatchObject({ propagated: true });
    expect(isKey(id)).toBe(true);
    expect(id.classOrigin.name).toBe("Ex_P3");
  });

  it("a flavor default statement applies to later uses (case 60)", () => {
    const m = model(
      'Qualifier Description : ToSubClass Amended;\n[Description("base")] class Ex_Fd { };\nclass Ex_Fd2 : Ex_Fd { };\n',
      "wmi",
    );
    const q = cls(m, "Ex_Fd2").qualifiers.get("Description")!;
    expect(q.propagated).toBe(true);
    expect(flavorNames(q.flavors)).toEqual(["EnableOverride", "ToSubclass", "Amended"]);
  });

  it("ToInstance carries a class qualifier onto instances (case 66)", () => {
    const m = model(
      'class Ex_A { [key] string Id; };\n[Association : ToInstance] class Ex_TI { [key] Ex_A ref L; [key] Ex_A ref R; };\ninstance of Ex_TI { L = "Ex_A.Id=\\"a\\""; R = "Ex_A.Id=\\"b\\""; };\n',
      "wmi",
    );
    const inst = m.namespaceMap.get("root/default")!.instances[0];
    expect(inst.qualifiers.get("Association")).toMatchObject({ propagated: true });
  });

  it("Abstract is Restricted in DMTF: subclasses are concrete (case 73)", () => {
    const m = model("[Abstract] class Ex_Shape { [Key] string Id; };\nclass Ex_Circle : Ex_Shape { };\n", "dmtf");
    expect(cls(m, "Ex_Shape").qualifiers.isTrue("Abstract")).toBe(true);
    expect(cls(m, "Ex_Circle").qualifiers.has("Abstract")).toBe(false);
  });

  it("DisableOverride and ToSubclass come from the declaration in DMTF", () => {
    const m = model('class Ex_A { [Key, Description("d")] string Id; };\nclass Ex_B : Ex_A { };\n', "dmtf");
    const id = cls(m, "Ex_B").propertyMap.get("id")!;
    expect(flavorNames(id.qualifiers.get("Key")!.flavors)).toEqual(["DisableOverride", "ToSubclass"]);
    expect(flavorNames(id.qualifiers.get("Description")!.flavors)).toEqual([
      "EnableOverride",
      "ToSubclass",
      "Translatable",
    ]);
  });
});

describe("classes and features", () => {
  it("keeps inherited members first, overrides in place, and class origins", () => {
    const m = model(
      'class Ex_A { [Key] string Id; uint32 Size; uint32 Go(); };\nclass Ex_B : Ex_A { [Override("Size"), Description("bytes")] uint32 Size; string Extra; };\nclass Ex_C : Ex_B { };\n',
      "dmtf",
    );
    const c = cls(m, "Ex_C");
    expect(c.properties.map((p) => `${p.name}@${p.classOrigin.name}`)).toEqual(["Id@Ex_A", "Size@Ex_B", "Extra@Ex_B"]);
    expect(c.methods.map((x) => `${x.name}@${x.classOrigin.name}`)).toEqual(["Go@Ex_A"]);
    const size = c.propertyMap.get("size")!;
    expect(size.local).toBe(false);
    expect(size.qualifiers.get("Description")?.propagated).toBe(true);
    // Override is Restricted: it does not reach Ex_C.
    expect(size.qualifiers.has("Override")).toBe(false);
  });

  it("predeclares the WMI system classes in wmi only", () => {
    const text = "class Ex_Ev : WMIEvent { };\n";
    const w = model(text, "wmi");
    expect(cls(w, "Ex_Ev").superClass?.name).toBe("WMIEvent");
    expect(cls(w, "Ex_Ev").superClass?.superClass?.name).toBe("__ExtrinsicEvent");
    expect(cls(w, "Ex_Ev").superClass?.builtin).toBe(true);
    expect(cls(model(text, "dmtf"), "Ex_Ev").superClass).toBeUndefined();
  });

  it("lets a wmi redeclaration replace a class", () => {
    const m = model("class Ex_Dup { uint32 A; };\nclass ex_dup { string B; };\n", "wmi");
    expect(cls(m, "Ex_Dup").properties.map((p) => p.name)).toEqual(["B"]);
    expect(m.classRedeclarations).toHaveLength(1);
  });

  it("resolves references to classes declared later", () => {
    const m = model("class Ex_L { Ex_Later ref R; };\nclass Ex_Later { };\n", "wmi");
    const t = cls(m, "Ex_L").propertyMap.get("r")!.type;
    expect(t.kind === "reference" && t.target?.name).toBe("Ex_Later");
  });
});

describe("namespaces", () => {
  it("normalises every #pragma namespace spelling", () => {
    const m = model(
      '#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")\nclass Ex_A { };\n#pragma namespace("root/WMI")\nclass Ex_B { };\n#pragma namespace("//./root/cimv2")\nclass Ex_C { };\n#pragma namespace("ms_409")\nclass Ex_D { };\n',
      "wmi",
    );
    expect(m.namespaces.map((n) => n.name)).toEqual(["root/default", "root/wmi", "root/cimv2", "root/cimv2/ms_409"]);
    expect(cls(m, "Ex_B", "root/wmi").name).toBe("Ex_B");
  });

  it("includes carry the namespace; every input file starts in root/default", () => {
    const r = compile(
      {
        "dir/main.mof": '#pragma include ("sub/part.mof")\nclass Ex_After { };\n',
        "dir/sub/part.mof": '#pragma namespace("root/other")\nclass Ex_Part { };\n',
        "second.mof": "class Ex_Second { };\n",
      },
      ["dir/main.mof", "second.mof"],
      "wmi",
    );
    expect(r.model.namespaceMap.get("root/other")!.classList.map((c) => c.name)).toEqual(["Ex_Part", "Ex_After"]);
    expect(r.model.namespaceMap.get("root/default")!.classList.map((c) => c.name)).toEqual(["Ex_Second"]);
  });
});

describe("aliases and object paths", () => {
  it("resolves forward aliases into object paths built from keys (case 113)", () => {
    const m = model(
      'class Ex_Node { [key] string Id; };\n[Association] class Ex_Edge { [key] Ex_Node ref From; [key] Ex_Node ref To; };\ninstance of Ex_Edge { From = $n1; To = $n2; };\ninstance of Ex_Node as $n1 { Id = "1"; };\ninstance of Ex_Node as $n2 { Id = "2"; };\n',
      "dmtf",
    );
    const edge = m.namespaceMap.get("root/default")!.instances[0];
    const r = pathResolver(m).pathOf(edge);
    expect(r).toEqual({ ok: true, path: 'Ex_Edge.From="Ex_Node.Id=\\"1\\"",To="Ex_Node.Id=\\"2\\""' });
  });

  it("reports the cycle when keys refer back (case 114)", () => {
    const m = model(
      "class Ex_Cy { [key] Ex_Cy ref Peer; };\ninstance of Ex_Cy as $p { Peer = $q; };\ninstance of Ex_Cy as $q { Peer = $p; };\n",
      "wmi",
    );
    expect(pathResolver(m).aliasPath("p")).toEqual({ ok: false, reason: "cycle", cycle: ["$p", "$q", "$p"] });
  });
});
