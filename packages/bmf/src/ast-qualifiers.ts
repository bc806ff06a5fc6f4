/**
 * Qualifiers → MOF. A bare `[key]` is stored as boolean 0xFFFF, so a true boolean prints bare;
 * array values print as `{...}`; flavors come from the trailer's bits.
 */
import type { Qualifier } from "@mofkit/syntax";
import { identifier, spanOf, type AstContext } from "./ast-context.js";
import { toAstValue } from "./ast-values.js";
import type { BmfQualifier } from "./model.js";

export function toAstQualifier(ctx: AstContext, q: BmfQualifier, owner: string): Qualifier | undefined {
  const span = spanOf(q);
  if (!ctx.checkName(() => `qualifier of ${owner}`, q.name, q.offset)) return undefined;
  const flavors = [];
  for (const f of q.flavors) {
    if (f.startsWith("0x"))
      ctx.lost(`flavor bits ${f} of qualifier ${q.name} of ${owner}`, q.offset, "no MOF flavor keyword has them");
    else flavors.push(identifier(f, span));
  }
  const name = identifier(q.name, span);
  if (q.value === true && !q.type.array)
    return { kind: "Qualifier", name, valueForm: "none", value: undefined, flavors, span };
  const site = {
    what: () => `qualifier ${q.name} of ${owner}`,
    offset: q.offset,
    storage: q.type,
    declared: undefined,
  };
  const value = toAstValue(ctx, q.value, site);
  if (!value) return undefined;
  return { kind: "Qualifier", name, valueForm: value.kind === "Array" ? "array" : "paren", value, flavors, span };
}

/** The qualifiers of a record, leaving out those `skip` rejects (generated ones shown as syntax). */
export function toAstQualifiers(
  ctx: AstContext,
  qualifiers: readonly BmfQualifier[] | null,
  owner: string,
  skip: (q: BmfQualifier) => boolean = () => false,
): Qualifier[] {
  const out: Qualifier[] = [];
  for (const q of qualifiers ?? []) {
    if (skip(q)) continue;
    const converted = toAstQualifier(ctx, q, owner);
    if (converted) out.push(converted);
  }
  return out;
}
