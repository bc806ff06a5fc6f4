/**
 * Builds small object-model payloads by hand for tests (not an encoder: no CIMTYPE, no canonical
 * padding). Each builder returns bytes; `at` offsets are computed by the tests from the layout.
 */
export const none = 0xffffffff;

export function u32(...values: number[]): number[] {
  const out: number[] = [];
  for (const v of values) out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  return out;
}

export function utf16z(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return [...out, 0, 0];
}

export function list(items: number[][]): number[] {
  const body = items.flat();
  return [...u32(8 + body.length, items.length), ...body];
}

export function qualifier(name: string, type: number, value: number[]): number[] {
  const n = utf16z(name);
  return [...u32(16 + n.length + value.length, type, 0, n.length), ...n, ...value];
}

export function property(
  name: string,
  type: number,
  value: number[] | undefined,
  qualifiers: number[] | undefined,
): number[] {
  const n = utf16z(name);
  const v = value ?? [];
  const valueOffset = value ? n.length : none;
  const qualOffset = qualifiers ? n.length + v.length : none;
  return [
    ...u32(20 + n.length + v.length + (qualifiers?.length ?? 0), type, 0, valueOffset, qualOffset),
    ...n,
    ...v,
    ...(qualifiers ?? []),
  ];
}

/** An object whose heap is qualifier list, property list, method list, in that order. */
export function object(
  kind: number,
  qualifiers: number[][],
  properties: number[][],
  methods: number[][] = [],
): number[] {
  const q = list(qualifiers);
  const p = list(properties);
  const m = list(methods);
  return [...u32(20 + q.length + p.length + m.length, 0, q.length, q.length + p.length, kind), ...q, ...p, ...m];
}

export function stringProperty(name: string, value: string): number[] {
  return property(name, 8, utf16z(value), undefined);
}

export function classObject(name: string, properties: number[][] = [], qualifiers: number[][] = []): number[] {
  return object(0, qualifiers, [
    ...properties,
    stringProperty("__CLASS", name),
    stringProperty("__NAMESPACE", "root\\default"),
  ]);
}

/** `FOMB`, R, 1, 1, N, objects, then a flavor table when pairs are given. */
export function payload(objects: number[][], flavors?: [number, number][]): Uint8Array {
  const body = objects.flat();
  const root = [...u32(0x424d4f46, 20 + body.length, 1, 1, objects.length), ...body];
  const table = flavors
    ? [
        ...Array.from("BMOFQUALFLAVOR11", (c) => c.charCodeAt(0)),
        ...u32(flavors.length),
        ...flavors.flatMap(([a, b]) => u32(a, b)),
      ]
    : [];
  return Uint8Array.from([...root, ...table]);
}

export function setU32(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
}
