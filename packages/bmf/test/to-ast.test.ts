/** Object model → MOF details that the corpus does not pin down on its own. */
import { describe, expect, it } from "vitest";
import { printMof } from "@mofkit/syntax";
import { compress, decodeBmf } from "../src/index.js";
import { formatReal } from "../src/ast-values.js";
import {
  classObject,
  list,
  none,
  payload,
  property,
  qualifier,
  stringProperty,
  u32,
  utf16z,
} from "./support/payload-builder.js";

const bool = [0xff, 0xff, 0, 0];
const cim = (t: string) => qualifier("CIMTYPE", 8, utf16z(t));
const sint32 = (v: number) => u32(v);

/** A `__PARAMETERS` instance: no qualifier list, the property list at heap offset 0. */
function parameters(props: number[][]): number[] {
  const p = list([...props, stringProperty("__CLASS", "__PARAMETERS")]);
  const m = list([]);
  return [...u32(20 + p.length + m.length, none, 0, p.length, 1), ...p, ...m];
}

function objectArray(objects: number[][]): number[] {
  const body = objects.flat();
  return [...u32(16 + body.length, 1, objects.length, 4 + body.length), ...body];
}

function printed(objects: number[][], flavors?: [number, number][]): { text: string; codes: string[] } {
  const r = decodeBmf(compress(payload(objects, flavors)));
  return { text: printMof(r.productions), codes: r.diagnostics.map((d) => d.code) };
}

describe("object model to MOF", () => {
  it("spells reals as MOF real literals", () => {
    expect(formatReal(1)).toBe("1.0");
    expect(formatReal(0.5)).toBe("0.5");
    expect(formatReal(-0)).toBe("-0.0");
    expect(formatReal(1e21)).toBe("1.0e+21");
    expect(formatReal(1.5e-7)).toBe("1.5e-7");
    expect(formatReal(Number.NaN)).toBeUndefined();
  });

  it("merges an in/out parameter's two copies and orders parameters by ID", () => {
    const param = (name: string, dir: string, id: number) =>
      property(name, 19, undefined, list([qualifier(dir, 11, bool), qualifier("ID", 3, sint32(id)), cim("uint32")]));
    const method = property(
      "Run",
      0x200d,
      objectArray([
        parameters([param("B", "in", 1), param("A", "in", 0)]),
        parameters([param("B", "out", 1), property("ReturnValue", 11, undefined, list([cim("boolean")]))]),
      ]),
      list([qualifier("Implemented", 11, bool)]),
    );
    const cls = classObject("Ex_M");
    // Splice the method into the class's (empty) method list by rebuilding the object.
    const { text, codes } = printed([withMethods(cls, [method])]);
    expect(codes).toEqual([]);
    // No flavor on these IDs, so mofcomp would not regenerate them: they stay explicit.
    expect(text).toContain("[Implemented] boolean Run([in, ID(0)] uint32 A, [in, out, ID(1)] uint32 B);");
  });

  it("leaves out the ID mofcomp generates (spelled ID, flavors 0x11, equal to the position)", () => {
    const q = list([qualifier("in", 11, bool), qualifier("ID", 3, sint32(0)), cim("string")]);
    const method = property("Set", 0x200d, objectArray([parameters([property("Name", 8, undefined, q)])]), list([]));
    const bytes = payload([withMethods(classObject("Ex_G"), [method])]);
    const idAt = findQualifier(bytes, "ID");
    const r = decodeBmf(compress(payload([withMethods(classObject("Ex_G"), [method])], [[idAt, 0x11]])));
    expect(r.diagnostics).toEqual([]);
    expect(printMof(r.productions)).toContain("void Set([in] string Name);");
  });

  it("writes the direction a lone parameter object implies when no qualifier states it", () => {
    const method = property(
      "Get",
      0x200d,
      objectArray([
        parameters([
          property("ReturnValue", 19, undefined, list([cim("uint32")])),
          property("Level", 19, undefined, list([cim("uint32")])),
        ]),
      ]),
      list([]),
    );
    const { text } = printed([withMethods(classObject("Ex_D"), [method])]);
    expect(text).toContain("uint32 Get([out] uint32 Level);");
  });

  it("reads instance values with the declared types of a class in the same blob", () => {
    const cls = classObject("Ex_V", [
      property("C", 103, undefined, list([cim("char16")])),
      property("U", 19, undefined, list([cim("uint32")])),
    ]);
    const inst = instance("Ex_V", [property("C", 2, [0x41, 0], list([])), property("U", 3, sint32(-1), list([]))]);
    const { text, codes } = printed([cls, inst]);
    expect(codes).toEqual([]);
    expect(text).toContain("C = 'A';");
    expect(text).toContain("U = 4294967295;");
  });

  it("warns about values MOF cannot spell and leaves them out", () => {
    const nan = [0, 0, 0, 0, 0, 0, 0xf8, 0x7f];
    const cls = classObject("Ex_N", [property("R", 5, nan, list([cim("real64")]))]);
    const { text, codes } = printed([cls]);
    expect(codes).toEqual(["MOF4201"]);
    expect(text).toContain("real64 R;");
  });
});

function instance(className: string, props: number[][]): number[] {
  const q = list([]);
  const p = list([...props, stringProperty("__CLASS", className), stringProperty("__NAMESPACE", "root\\default")]);
  const m = list([]);
  return [...u32(20 + q.length + p.length + m.length, 0, q.length, q.length + p.length, 1), ...q, ...p, ...m];
}

/** The same object with its (last, empty) method list replaced. */
function withMethods(obj: number[], methods: number[][]): number[] {
  const view = new DataView(Uint8Array.from(obj).buffer);
  const methodsAt = 20 + view.getUint32(12, true);
  const head = obj.slice(0, methodsAt);
  const m = list(methods);
  const out = [...head, ...m];
  out.splice(0, 4, ...u32(out.length));
  return out;
}

/** Payload offset of the first qualifier record named `name` (UTF-16 name right after its 16-byte header). */
function findQualifier(bytes: Uint8Array, name: string): number {
  const needle = utf16z(name);
  for (let at = 0; at + 16 + needle.length <= bytes.length; at++) {
    if (needle.every((b, i) => bytes[at + 16 + i] === b) && new DataView(bytes.buffer).getUint32(at + 8, true) === 0)
      return at;
  }
  throw new Error(`no qualifier ${name}`);
}
