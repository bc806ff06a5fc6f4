/**
 * Qualifiers mofcomp writes on its own (bmf-format.md §4.5-§4.7), which MOF shows as syntax
 * instead: CIMTYPE holds the declared type, and `MAX(n)` (upper case, sint32, no flavor) is what
 * an array bound `[n]` becomes. A user-written `Max(4)` differs in spelling and stays a qualifier.
 */
import type { BmfQualifier } from "./model.js";
import { typeCode } from "./type-codes.js";

export function isGeneratedQualifier(q: BmfQualifier): boolean {
  return q.name === "CIMTYPE" && typeof q.value === "string";
}

/** The `MAX(n)` that stands for an array bound, if the list has one. */
export function arrayBound(qualifiers: readonly BmfQualifier[] | null): BmfQualifier | undefined {
  return qualifiers?.find(
    (q) =>
      q.name === "MAX" &&
      q.type.base === typeCode.sint32 &&
      !q.type.array &&
      q.flavorBits === 0 &&
      typeof q.value === "number" &&
      q.value > 0,
  );
}
