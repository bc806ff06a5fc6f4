/**
 * CIM datetime strings (DSP0004 "Datetime type"; DSP0221 Annex B; Microsoft "CIM_DATETIME"):
 * 25 characters, a timestamp `yyyymmddhhmmss.mmmmmmsUUU` (s is + or -, UUU minutes of UTC
 * offset) or an interval `ddddddddhhmmss.mmmmmm:000`. `*` stands for unknown digits; DMTF only
 * lets them fill fields from the least significant end, and WMI also writes an unzoned timestamp
 * with `***` in the offset field.
 */
export type DatetimeCheck =
  { ok: true; kind: "timestamp" | "interval"; unzoned: boolean } | { ok: false; reason: string };

interface Field {
  name: string;
  start: number;
  end: number;
  min?: number;
  max?: number;
}

const timestampFields: Field[] = [
  { name: "year", start: 0, end: 4 },
  { name: "month", start: 4, end: 6, min: 1, max: 12 },
  { name: "day", start: 6, end: 8, min: 1, max: 31 },
  { name: "hour", start: 8, end: 10, max: 23 },
  { name: "minute", start: 10, end: 12, max: 59 },
  { name: "second", start: 12, end: 14, max: 59 },
  { name: "microseconds", start: 15, end: 21 },
];

const intervalFields: Field[] = [
  { name: "days", start: 0, end: 8 },
  { name: "hours", start: 8, end: 10, max: 23 },
  { name: "minutes", start: 10, end: 12, max: 59 },
  { name: "seconds", start: 12, end: 14, max: 59 },
  { name: "microseconds", start: 15, end: 21 },
];

export function checkDatetime(s: string, options: { allowIntervalStars?: boolean } = {}): DatetimeCheck {
  if (s.length !== 25) return { ok: false, reason: `it has ${s.length} characters, a datetime has 25` };
  if (s[14] !== ".") return { ok: false, reason: "character 15 must be '.'" };
  const sep = s[21];
  if (sep !== "+" && sep !== "-" && sep !== ":")
    return { ok: false, reason: "character 22 must be '+', '-' (timestamp) or ':' (interval)" };
  const interval = sep === ":";
  const fields = interval ? intervalFields : timestampFields;
  let starSeen = false;
  for (const f of fields) {
    const text = s.slice(f.start, f.end);
    if (!/^[0-9*]+$/.test(text))
      return { ok: false, reason: `the ${f.name} field '${text}' holds characters other than digits and '*'` };
    const stars = text.includes("*");
    if (stars) {
      if (interval && !options.allowIntervalStars) return { ok: false, reason: "an interval may not contain '*'" };
      if (!/^[0-9]*\*+$/.test(text))
        return { ok: false, reason: `the ${f.name} field '${text}' has digits after a '*'` };
      starSeen = true;
      continue;
    }
    if (starSeen) return { ok: false, reason: `the ${f.name} field has digits after a field of '*'` };
    const n = Number(text);
    if (f.min !== undefined && n < f.min) return { ok: false, reason: `${f.name} ${text} is out of range` };
    if (f.max !== undefined && n > f.max) return { ok: false, reason: `${f.name} ${text} is out of range` };
  }
  const tail = s.slice(22);
  if (interval) {
    if (tail !== "000") return { ok: false, reason: "an interval ends in ':000'" };
    return { ok: true, kind: "interval", unzoned: false };
  }
  if (tail === "***") return { ok: true, kind: "timestamp", unzoned: true };
  if (!/^[0-9]{3}$/.test(tail)) return { ok: false, reason: `the UTC offset '${tail}' must be three digits` };
  return { ok: true, kind: "timestamp", unzoned: false };
}
