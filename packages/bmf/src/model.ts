/**
 * The binary MOF object model (bmf-format.md §4) as plain data. Everything the payload says is
 * kept, generated qualifiers (CIMTYPE, ID, MAX) and system properties (__CLASS, ...) included,
 * so the model is the lossless form; to-ast.ts decides what MOF shows. Every record keeps its
 * absolute payload offset and length for `mofkit bmf dump`.
 */
import type { BmfContainer } from "./container.js";

/** A decoded value. 64-bit integers are bigints; char16 is a one-unit string; null is "no value". */
export type BmfScalar = boolean | number | bigint | string | BmfObject | null;
export type BmfValue = BmfScalar | BmfScalar[];

/** A type code split into its parts (bmf-format.md §4.6). */
export interface BmfType {
  /** The 32-bit code as stored. */
  code: number;
  /** The CIM type number without the array and by-reference bits. */
  base: number;
  /** Bit 0x2000. */
  array: boolean;
  /** Bit 0x4000: an alias reference (`$P`) in an instance value. */
  byRef: boolean;
  /** Readable spelling, e.g. `sint32`, `string[]`, `string|byref`, `type(0x77)`. */
  name: string;
}

/** Where a value sits and, for arrays, how its row was laid out (for dumps and re-encoding). */
export interface BmfValueLayout {
  /** Absolute payload offset of the value. */
  offset: number;
  /** Arrays: element count, row length and the unused bytes at the end of the row (0 or 2 from mofcomp). */
  count?: number;
  rowLength?: number;
  slack?: number;
}

export interface BmfQualifier {
  offset: number;
  length: number;
  name: string;
  type: BmfType;
  value: BmfValue;
  valueLayout?: BmfValueLayout;
  /** Flavor bits from the trailer (0 when the trailer has no entry for this record). */
  flavorBits: number;
  /** Names of the set bits: ToInstance, ToSubclass, DisableOverride, Amended (others as hex). */
  flavors: string[];
}

/** A property record: a property, a method (value = parameter objects) or a parameter. */
export interface BmfProperty {
  offset: number;
  length: number;
  name: string;
  type: BmfType;
  /** Absent when the record has no value (value offset 0xFFFFFFFF). */
  value?: BmfValue;
  valueLayout?: BmfValueLayout;
  /** Null when the record has no qualifier list (offset 0xFFFFFFFF), as system properties. */
  qualifiers: BmfQualifier[] | null;
}

export interface BmfObject {
  offset: number;
  length: number;
  kind: "class" | "instance" | "unknown";
  /** The stored kind field: 0 class, 1 instance. */
  kindCode: number;
  /** Null when the object has no qualifier list (method-parameter objects). */
  qualifiers: BmfQualifier[] | null;
  /** In stored order: user properties first, then system properties (`__CLASS`, ...). */
  properties: BmfProperty[];
  methods: BmfProperty[];
}

export interface BmfFlavorEntry {
  /** Absolute payload offset of the qualifier record the entry belongs to. */
  target: number;
  bits: number;
}

export interface BmfFlavorTable {
  offset: number;
  entries: BmfFlavorEntry[];
}

export interface BmfModel {
  container: BmfContainer;
  /** Version field of the DS stream (undefined for a bare payload). */
  dsVersion: number | undefined;
  /** R: bytes from the payload start to the end of the last object. */
  rootLength: number;
  /** The two dwords after R, 1 and 1 in every known blob. */
  rootConstants: [number, number];
  objects: BmfObject[];
  /** Absent when no qualifier has a flavor. */
  flavorTable: BmfFlavorTable | undefined;
}
