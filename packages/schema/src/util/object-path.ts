/**
 * Object paths written as reference values (DSP0004 "Object paths"; DSP0207 model paths;
 * Microsoft "Describing an Instance Object Path"): an optional `\\host\namespace:` or
 * `namespace:` prefix, a class name, then `.key=value,...`, the WMI single-key shorthand
 * `Class="v"`, or `Class=@` for a singleton. Key values are MOF literals: quoted strings with
 * `\"` and `\\` escapes, integers, reals, true/false.
 */
export interface ParsedKey {
  name: string;
  /** The value text as written (strings unescaped, without quotes). */
  value: string;
  quoted: boolean;
}

export type ParsedPath =
  | {
      ok: true;
      namespace: string | undefined;
      className: string;
      keys: ParsedKey[];
      singleton: boolean;
      shorthand: boolean;
    }
  | { ok: false; reason: string };

const identifier = /^[A-Za-z_\u0080-\uFFEF][A-Za-z0-9_\u0080-\uFFEF]*/;

export function parseObjectPath(text: string): ParsedPath {
  let s = text;
  let namespace: string | undefined;
  const firstQuote = s.indexOf('"');
  const colon = s.indexOf(":");
  if (colon >= 0 && (firstQuote < 0 || colon < firstQuote)) {
    namespace = s.slice(0, colon).replace(/\\/g, "/");
    s = s.slice(colon + 1);
  }
  const m = identifier.exec(s);
  if (!m) return { ok: false, reason: "it does not start with a class name" };
  const className = m[0];
  let i = className.length;
  if (i === s.length) return { ok: true, namespace, className, keys: [], singleton: false, shorthand: false };
  if (s.slice(i) === "=@") return { ok: true, namespace, className, keys: [], singleton: true, shorthand: false };
  const keys: ParsedKey[] = [];
  let shorthand = false;
  if (s[i] === "=") {
    shorthand = true;
    const v = readValue(s, i + 1);
    if (!v.ok) return v;
    keys.push({ name: "", value: v.value, quoted: v.quoted });
    i = v.end;
  } else if (s[i] === ".") {
    i++;
    for (;;) {
      const k = identifier.exec(s.slice(i));
      if (!k) return { ok: false, reason: `a key name is expected at character ${i + 1}` };
      i += k[0].length;
      if (s[i] !== "=") return { ok: false, reason: `'=' is expected after key '${k[0]}'` };
      const v = readValue(s, i + 1);
      if (!v.ok) return v;
      keys.push({ name: k[0], value: v.value, quoted: v.quoted });
      i = v.end;
      if (i === s.length) break;
      if (s[i] !== ",") return { ok: false, reason: `',' or the end is expected at character ${i + 1}` };
      i++;
    }
  } else {
    return { ok: false, reason: `unexpected '${s[i]}' after the class name` };
  }
  if (i !== s.length) return { ok: false, reason: `unexpected text after the keys: '${s.slice(i)}'` };
  return { ok: true, namespace, className, keys, singleton: false, shorthand };
}

function readValue(
  s: string,
  start: number,
): { ok: true; value: string; quoted: boolean; end: number } | { ok: false; reason: string } {
  if (s[start] === '"') {
    let out = "";
    let i = start + 1;
    while (i < s.length && s[i] !== '"') {
      if (s[i] === "\\" && i + 1 < s.length) i++;
      out += s[i++];
    }
    if (i >= s.length) return { ok: false, reason: "a quoted key value is not closed" };
    return { ok: true, value: out, quoted: true, end: i + 1 };
  }
  const m = /^[^,]*/.exec(s.slice(start))![0];
  if (!/^([+-]?\d+(\.\d+)?([eE][+-]?\d+)?|[+-]?0[xX][0-9a-fA-F]+|true|false|TRUE|FALSE|True|False)$/.test(m)) {
    return { ok: false, reason: `key value '${m}' is neither a quoted string nor a number or boolean` };
  }
  return { ok: true, value: m, quoted: false, end: start + m.length };
}

/** Quotes a string key value for an object path. */
export function quotePathValue(v: string): string {
  return `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
