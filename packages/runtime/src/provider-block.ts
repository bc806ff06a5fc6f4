/**
 * A registered block as the provider base class and the service simulator see it: its class, guid,
 * a codec for its instances, its items and its methods. Generated TypeScript fills these with its
 * specialised codecs; `blocksFromLayouts` fills them with the generic layout codec, so the service
 * works the same way with either.
 */
import { decodeInstance, encodeInstance, type BlockLayout, type Instance, type LayoutSet } from "@mofkit/layout";

/** Encodes and decodes one block's instances (a generated `BlockCodec` or the generic codec). */
export interface InstanceCodec {
  encode(value: never): Uint8Array;
  decode(bytes: Uint8Array): unknown;
}

export interface ProviderItem {
  /** WmiDataId. */
  id: number;
  name: string;
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

/** The data and event blocks of a layout set (those with a guid), with the generic codec. */
export function blocksFromLayouts(layouts: LayoutSet): ProviderBlock[] {
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
        items: b.items.map((i) => ({ id: i.id, name: i.name, offset: i.offset, size: i.size })),
        methods: [...methods].map(([name, id]) => ({
          name,
          id,
          input: genericCodec(methodBlock(b, "method-in", name)),
          output: genericCodec(methodBlock(b, "method-out", name)),
        })),
      };
    });
}
