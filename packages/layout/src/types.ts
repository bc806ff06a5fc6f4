/**
 * The layout objects: plain data describing where each item of a WMI data block, event block,
 * embedded class or method parameter block sits in the bytes (wmi-kernel.md §7). They are the
 * only place offsets are computed; the C header, the skeleton, the codec, the table, the SVG and
 * the runtime all read them.
 *
 * The data layout is the same for x64 and x86: no item is a pointer, and both MSVC targets align
 * 64-bit integers to 8 (/Zp8 natural alignment).
 */

/** What kind of block a layout describes. */
export type BlockKind = "data" | "event" | "embedded" | "abstract" | "method-in" | "method-out";

/** Fixed-size scalar types of the type table (§7.1). real32/real64 are outside wmimofck's table. */
export type ScalarType =
  | "boolean"
  | "uint8"
  | "sint8"
  | "uint16"
  | "sint16"
  | "char16"
  | "uint32"
  | "sint32"
  | "uint64"
  | "sint64"
  | "real32"
  | "real64";

/** The type of one element of an item (the item itself when it is not an array). */
export type ElementType =
  | { kind: "scalar"; type: ScalarType }
  /** 25 UTF-16 characters, no count (50 bytes, alignment 2). */
  | { kind: "datetime" }
  /**
   * A counted string: USHORT byte count, then UTF-16LE. With MaxLen(n) it occupies a fixed slot
   * of 2 + 2n bytes (the header's `WCHAR Name[n + 1]`) and the count covers the zero padding.
   */
  | { kind: "string"; maxLen: number | null }
  /** An embedded class, laid out by its own block layout (null when it could not be laid out). */
  | { kind: "object"; className: string; layout: BlockLayout | null };

export type ArrayShape =
  | { kind: "scalar" }
  /** `[k]`, or `[]` with MAX(k) and no WmiSizeIs. */
  | { kind: "fixed"; count: number }
  /** `[]` with WmiSizeIs: the element count is the value of item `sizeIs` of the same block. */
  | { kind: "variable"; sizeIs: string; sizeIsIndex: number };

export interface LayoutItem {
  /** The MOF property or parameter name. */
  name: string;
  /** WmiDataId, or the parameter id (1-based, as in the header's `_ID` defines). */
  id: number;
  /** The type as MOF spells it, with the array suffix: `uint16[4]`, `Vendor_EC1[]`, `string`. */
  type: string;
  element: ElementType;
  array: ArrayShape;
  /** Elements: 1 for a scalar, k for a fixed array, null for a WmiSizeIs array. */
  count: number | null;
  /** Alignment of the item (of its elements for an array). */
  alignment: number;
  /** Bytes from one element to the next (C sizeof of the element); null when elements vary in size. */
  stride: number | null;
  /** Bytes of the whole item when they do not depend on the values; null otherwise. */
  size: number | null;
  /** Offset from the start of the block; null for items after the start of the variable part. */
  offset: number | null;
  /** The item's own size depends on the values (plain string, WmiSizeIs array, variable embedded class). */
  variable: boolean;
  /** The member name in the generated C struct (`VariableData` for a string without MaxLen). */
  cMember: string;
  /** The C type of an element in the generated header (§7.1). */
  cType: string;
}

export interface BlockLayout {
  /** Unique key in its LayoutSet: `namespace:Class`, or `namespace:Class.Method:in` / `:out`. */
  key: string;
  /** The class name; `Class.Method` for a method parameter block. */
  name: string;
  namespace: string;
  className: string;
  /** The method, for method parameter blocks. */
  method: string | null;
  /** WmiMethodId of the method, for method parameter blocks. */
  methodId: number | null;
  kind: BlockKind;
  /** The struct name in the generated header: HeaderName or class name; `<M>_IN` / `<M>_OUT`. */
  cStruct: string;
  /** The class's guid qualifier as written, for class blocks. */
  guid: string | null;
  items: LayoutItem[];
  /** Largest item alignment (1 for a block without items). */
  alignment: number;
  /**
   * For a fixed-size block, its length (the header's `<S>_SIZE`); for a variable one, the offset
   * where the variable part starts.
   */
  fixedSize: number;
  /** True when the length depends on the values. */
  variable: boolean;
  /** C sizeof (fixedSize rounded up to the alignment): the stride of the block when embedded. Null when variable. */
  sizeofC: number | null;
  /** The layout could not be completed (see the diagnostics); the codec refuses such blocks. */
  incomplete: string | null;
}

/** Every block of a model, in the order the classes are declared (method blocks after their class). */
export interface LayoutSet {
  blocks: BlockLayout[];
}
