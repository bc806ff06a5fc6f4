/** GUIDs as the guid qualifier writes them and as C initializers (wmi-kernel.md §2.1, §10.2.3). */

export interface GuidParts {
  data1: number;
  data2: number;
  data3: number;
  data4: number[];
}

/** Parses `{8-4-4-4-12}` (braces optional, any case); undefined when malformed. */
export function parseGuid(text: string | undefined): GuidParts | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?\s*$/i.exec(text);
  if (!m) return undefined;
  const tail = m[4] + m[5];
  const data4: number[] = [];
  for (let i = 0; i < 16; i += 2) data4.push(parseInt(tail.slice(i, i + 2), 16));
  return { data1: parseInt(m[1], 16), data2: parseInt(m[2], 16), data3: parseInt(m[3], 16), data4 };
}

export const zeroGuid: GuidParts = { data1: 0, data2: 0, data3: 0, data4: [0, 0, 0, 0, 0, 0, 0, 0] };

const hex = (n: number, digits: number) => `0x${n.toString(16).padStart(digits, "0")}`;

/** `{ 0xa1c15015,0xb069,0x11d1, { 0x92,0x90,... } }` */
export function guidInitializer(g: GuidParts): string {
  return `{ ${hex(g.data1, 8)},${hex(g.data2, 4)},${hex(g.data3, 4)}, { ${g.data4.map((b) => hex(b, 2)).join(",")} } }`;
}

/** `0xa1c15015,0xb069,0x11d1,0x92,0x90,...` (the DEFINE_GUID arguments). */
export function guidArguments(g: GuidParts): string {
  return [hex(g.data1, 8), hex(g.data2, 4), hex(g.data3, 4), ...g.data4.map((b) => hex(b, 2))].join(",");
}
