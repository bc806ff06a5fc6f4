/**
 * The all-zero instance of a block: zero numbers, false, empty strings, empty WmiSizeIs arrays,
 * full fixed arrays. Its encoding is the smallest instance of the block, which is what a zeroed
 * buffer of that length decodes to (a datetime reads back as 25 NUL characters).
 */
import type { Instance, InstanceValue } from "./codec.js";
import { encodeInstance } from "./codec.js";
import { datetimeChars } from "./type-table.js";
import type { BlockLayout, ElementType } from "./types.js";

export function zeroInstance(block: BlockLayout): Instance {
  const out: Instance = {};
  for (const item of block.items) {
    if (item.array.kind === "scalar") out[item.name] = zeroElement(item.element);
    else if (item.array.kind === "fixed")
      out[item.name] = Array.from({ length: item.array.count }, () => zeroElement(item.element));
    else out[item.name] = [];
  }
  return out;
}

function zeroElement(el: ElementType): InstanceValue {
  switch (el.kind) {
    case "scalar":
      if (el.type === "boolean") return false;
      if (el.type === "char16") return "\0";
      if (el.type === "uint64" || el.type === "sint64") return 0n;
      return 0;
    case "datetime":
      return "\0".repeat(datetimeChars);
    case "string":
      return "";
    case "object":
      return el.layout ? zeroInstance(el.layout) : {};
  }
}

/** Bytes of the smallest instance (the fixed size for a fixed-size block). Null for an incomplete block. */
export function minimalSize(block: BlockLayout): number | null {
  if (block.incomplete) return null;
  if (!block.variable) return block.fixedSize;
  return encodeInstance(block, zeroInstance(block)).length;
}
