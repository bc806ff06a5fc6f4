/**
 * `mofkit bmf dump`: the object model as JSON, offsets included. 64-bit integers become decimal
 * strings (JSON numbers would lose precision) and non-finite reals their names.
 */
import type { BmfModel } from "./model.js";

export function dumpJson(model: BmfModel, indent: number | string = 2): string {
  return JSON.stringify(
    model,
    (_key, value: unknown) => {
      if (typeof value === "bigint") return value.toString();
      if (typeof value === "number" && !Number.isFinite(value)) return String(value);
      return value;
    },
    indent,
  );
}
