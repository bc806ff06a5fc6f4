/**
 * The layout JSON of `mofkit layout --format json`: a stable interface. Names kept from the
 * issue: classes[].{name, cStruct, kind, alignment, fixedSize, variable, items[].{name, cMember,
 * type, offset, size, alignment, count}}; the other fields are additions.
 */
import type { BlockLayout, LayoutSet } from "./types.js";

export interface LayoutItemJson {
  name: string;
  cMember: string;
  type: string;
  /** Null for items after the start of the variable part. */
  offset: number | null;
  /** Null when the size depends on the values. */
  size: number | null;
  alignment: number;
  /** 1 for a scalar, k for a fixed array, null for a WmiSizeIs array. */
  count: number | null;
  id: number;
  cType: string;
  stride: number | null;
  variable: boolean;
  /** The item holding the element count of a WmiSizeIs array. */
  sizeIs: string | null;
  /** MaxLen of a string item. */
  maxLen: number | null;
}

export interface LayoutClassJson {
  name: string;
  cStruct: string;
  kind: BlockLayout["kind"];
  alignment: number;
  fixedSize: number;
  variable: boolean;
  items: LayoutItemJson[];
  namespace: string;
  className: string;
  method: string | null;
  methodId: number | null;
  sizeofC: number | null;
  guid: string | null;
  incomplete: string | null;
}

export interface LayoutJson {
  classes: LayoutClassJson[];
}

export function blockToJson(b: BlockLayout): LayoutClassJson {
  return {
    name: b.name,
    cStruct: b.cStruct,
    kind: b.kind,
    alignment: b.alignment,
    fixedSize: b.fixedSize,
    variable: b.variable,
    items: b.items.map((i) => ({
      name: i.name,
      cMember: i.cMember,
      type: i.type,
      offset: i.offset,
      size: i.size,
      alignment: i.alignment,
      count: i.count,
      id: i.id,
      cType: i.cType,
      stride: i.stride,
      variable: i.variable,
      sizeIs: i.array.kind === "variable" ? i.array.sizeIs : null,
      maxLen: i.element.kind === "string" ? i.element.maxLen : null,
    })),
    namespace: b.namespace,
    className: b.className,
    method: b.method,
    methodId: b.methodId,
    sizeofC: b.sizeofC,
    guid: b.guid,
    incomplete: b.incomplete,
  };
}

export function layoutsToJson(blocks: readonly BlockLayout[] | LayoutSet): LayoutJson {
  const list = Array.isArray(blocks) ? blocks : (blocks as LayoutSet).blocks;
  return { classes: list.map(blockToJson) };
}
