/**
 * A registered block as the provider base class and the service simulator see it: its class, guid,
 * a codec for its instances, its items (with their types) and its methods. Generated TypeScript
 * fills these with its specialised codecs; `blocksFromLayouts` fills them with the generic layout
 * codec, so the service works the same way with either.
 */
import {
  decodeInstance,
  encodeInstance,
  type BlockLayout,
  type ElementType,
  type Instance,
  type LayoutItem,
  type LayoutSet,
  type ScalarType,
} from "@mofkit/layout";

/** Encodes and decodes one block's instances (a generated `BlockCodec` or the generic codec). */
export interface InstanceCodec {
  encode(value: never): Uint8Array;
  decode(bytes: Uint8Array): unknown;
}

/**
 * The type of one value (an item, or one element of an array item) as plain data, so tools that
 * build values (`mofkit set|invoke`) know what to make of text without a template value.
 */
export type ValueShape =
  | { kind: "scalar"; type: ScalarType }
  /** Counted string; `maxLen` when MaxLen(n) limits it. */
  | { kind: "string"; maxLen?: number }
  /** 25 characters: yyyymmddhhmmss.mmmmmmsutc or an interval ddddddddhhmmss.mmmmmm:000. */
  | { kind: "datetime" }
  /** An embedded class: its members (none when it could not be laid out). */
  | { kind: "object"; className: string; items: readonly ShapeItem[] };

/** An array item: `[n]` (or `[]` with MAX(n)), or `[]` whose length is the value of item `sizeIs` (WmiSizeIs). */
export type ItemArray = { fixed: number } | { sizeIs: string };

/** A data item, parameter or embedded-class member: its name and type. */
export interface ShapeItem {
  name: string;
  /** The type of the item, or of each element when it is an array. */
  shape: ValueShape;
  /** Absent when the item is a single value. */
  array?: ItemArray;
}

export interface ProviderItem extends ShapeItem {
  /** WmiDataId. */
  id: number;
  /** Offset and size when both are fixed (CHANGE_SINGLE_ITEM can replace the item in place), else null. */
  offset: number | null;
  size: number | null;
}

export interface ProviderMethod {
  name: string;
  /** WmiMethodId. */
  id: number;
  /** Codecs of the input and output parameter blocks; null when the method has none or they cannot be laid out. */
  input: InstanceCodec | null;
  output: InstanceCodec | null;
  /** The input and output parameters (none when the block is absent or has no codec). */
  inputItems: readonly ShapeItem[];
  outputItems: readonly ShapeItem[];
  /** An input value with every parameter zero or empty (a template for building one). */
  emptyInput?: () => unknown;
}

export interface ProviderBlock {
  className: string;
  guid: string;
  kind: "data" | "event";
  /** Null when the block could not be laid out (the provider then cannot encode or decode it). */
  codec: InstanceCodec | null;
  items: ProviderItem[];
  methods: ProviderMethod[];
  /** An instance with every item zero or empty (a template for building one). */
  empty?: () => unknown;
}

function genericCodec(layout: BlockLayout | undefined): InstanceCodec | null {
  if (!layout || layout.incomplete) return null;
  return {
    encode: (value: never) => encodeInstance(layout, value as Instance),
    decode: (bytes: Uint8Array) => decodeInstance(layout, bytes).value,
  };
}

/** The item descriptions of a layout's items; embedded classes are described once and shared. */
function shapeItems(items: readonly LayoutItem[], memo: Map<BlockLayout, readonly ShapeItem[]>): ShapeItem[] {
  const shapeOf = (el: ElementType): ValueShape => {
    switch (el.kind) {
      case "scalar":
        return { kind: "scalar", type: el.type };
      case "datetime":
        return { kind: "datetime" };
      case "string":
        return el.maxLen === null ? { kind: "string" } : { kind: "string", maxLen: el.maxLen };
      case "object": {
        if (!el.layout) return { kind: "object", className: el.className, items: [] };
        let inner = memo.get(el.layout);
        if (!inner) memo.set(el.layout, (inner = shapeItems(el.layout.items, memo)));
        return { kind: "object", className: el.className, items: inner };
      }
    }
  };
  return items.map((i) => {
    const item: ShapeItem = { name: i.name, shape: shapeOf(i.element) };
    if (i.array.kind === "fixed") item.array = { fixed: i.array.count };
    else if (i.array.kind === "variable") item.array = { sizeIs: i.array.sizeIs };
    return item;
  });
}

/** The data and event blocks of a layout set (those with a guid), with the generic codec. */
export function blocksFromLayouts(layouts: LayoutSet): ProviderBlock[] {
  const memo = new Map<BlockLayout, readonly ShapeItem[]>();
  const methodBlock = (cls: BlockLayout, kind: "method-in" | "method-out", method: string) =>
    layouts.blocks.find((b) => b.kind === kind && b.key.startsWith(`${cls.namespace}:${cls.className}.${method}:`));
  return layouts.blocks
    .filter((b) => (b.kind === "data" || b.kind === "event") && b.guid)
    .map((b) => {
      const methods = new Map<string, number>();
      for (const m of layouts.blocks)
        if (m.method && m.methodId !== null && m.namespace === b.namespace && m.className === b.className)
          methods.set(m.method, m.methodId);
      return {
        className: b.className,
        guid: b.guid!,
        kind: b.kind as "data" | "event",
        codec: genericCodec(b),
        items: shapeItems(b.items, memo).map((typed, k) => {
          const i = b.items[k];
          return { id: i.id, ...typed, offset: i.offset, size: i.size };
        }),
        methods: [...methods].map(([name, id]) => {
          const inBlock = methodBlock(b, "method-in", name);
          const outBlock = methodBlock(b, "method-out", name);
          const input = genericCodec(inBlock);
          const output = genericCodec(outBlock);
          return {
            name,
            id,
            input,
            output,
            inputItems: input ? shapeItems(inBlock!.items, memo) : [],
            outputItems: output ? shapeItems(outBlock!.items, memo) : [],
          };
        }),
      };
    });
}
