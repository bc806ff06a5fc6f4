/**
 * A small JSON Schema checker for the subset docs/model-schema.json uses (type, enum,
 * properties, required, additionalProperties: false, items, anyOf, $ref into $defs). Returns the
 * first few violations with their JSON pointer; good enough to keep the documented schema and
 * the writer in step without a validator dependency.
 */
type Schema = Record<string, unknown>;

export function validate(root: Schema, value: unknown, limit = 10): string[] {
  const errors: string[] = [];
  const typeOf = (v: unknown) =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  const matches = (t: string, v: unknown) => t === typeOf(v) || (t === "number" && typeof v === "number");
  const resolve = (s: Schema): Schema => {
    if (typeof s.$ref !== "string") return s;
    const name = s.$ref.replace("#/$defs/", "");
    return (root.$defs as Record<string, Schema>)[name];
  };
  const check = (schema: Schema, v: unknown, at: string): boolean => {
    if (errors.length >= limit) return false;
    const s = resolve(schema);
    const fail = (msg: string) => {
      errors.push(`${at || "/"}: ${msg}`);
      return false;
    };
    if (s.anyOf) {
      const saved = errors.length;
      for (const alt of s.anyOf as Schema[]) {
        if (check(alt, v, at)) {
          errors.length = saved;
          return true;
        }
        errors.length = saved;
      }
      return fail(`matches none of the alternatives (${typeOf(v)})`);
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => matches(t, v))) return fail(`expected ${types.join("|")}, got ${typeOf(v)}`);
    }
    if (s.enum && !(s.enum as unknown[]).includes(v))
      return fail(`${JSON.stringify(v)} is not one of the allowed values`);
    if (typeOf(v) === "object" && s.properties) {
      const obj = v as Record<string, unknown>;
      const props = s.properties as Record<string, Schema>;
      for (const r of (s.required as string[]) ?? []) if (!(r in obj)) return fail(`missing '${r}'`);
      for (const [k, val] of Object.entries(obj)) {
        if (!props[k]) {
          if (s.additionalProperties === false) return fail(`unexpected '${k}'`);
          continue;
        }
        if (!check(props[k], val, `${at}/${k}`)) return false;
      }
    }
    if (Array.isArray(v) && s.items) {
      for (let i = 0; i < v.length; i++) if (!check(s.items as Schema, v[i], `${at}/${i}`)) return false;
    }
    return true;
  };
  check(root, value, "");
  return errors;
}
