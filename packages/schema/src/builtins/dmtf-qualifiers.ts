/**
 * The DMTF standard qualifier types of CIM Schema 2.49 (`qualifiers.mof`, 56 declarations) and
 * its optional set (`qualifiers_optional.mof`, 14), as data: name, type, default, scopes and
 * flavors (mof-language.md §6.1).
 *
 * How they are used: in the `dmtf` dialect qualifiers must be declared by the input (the CIM
 * schema compiles its own qualifiers.mof), so this catalogue is *not* consulted there. In the
 * `wmi` dialect it is the fallback catalogue for type and scope warnings on qualifiers the input
 * does not declare. `dmtfQualifierDeclarationsMof()` prints it as MOF, which tests use as the
 * "qualifiers.mof is already loaded" prelude of mof-edge-cases.md.
 */
import type { PrimitiveTypeName } from "@mofkit/syntax";

export interface CatalogueEntry {
  name: string;
  type: PrimitiveTypeName;
  array: boolean;
  /** The default as a MOF literal (`false`, `"Bag"`, `0`), or undefined for none (NULL). */
  defaultLiteral: string | undefined;
  /** Lower-case scope keywords. */
  scopes: string[];
  /** Flavor keywords as declared ([] = DMTF defaults). */
  flavors: string[];
  /** Other types a WMI catalogue entry tolerates. */
  alternatives?: Array<{ type: PrimitiveTypeName; array: boolean }>;
  /** From qualifiers_optional.mof. */
  optional?: boolean;
}

const DO_TS = "DisableOverride ToSubclass";
const EO_R = "EnableOverride Restricted";
const EO_TS_T = "EnableOverride ToSubclass Translatable";

/** [name, type ("string[]" for arrays), default literal or "", scopes, flavors] */
type Row = [string, string, string, string, string];

const standard: Row[] = [
  ["Association", "boolean", "false", "association", DO_TS],
  ["Indication", "boolean", "false", "class indication", DO_TS],
  ["Abstract", "boolean", "false", "class association indication", EO_R],
  ["Aggregate", "boolean", "false", "reference", DO_TS],
  ["Aggregation", "boolean", "false", "association", DO_TS],
  ["ArrayType", "string", '"Bag"', "property parameter", DO_TS],
  ["BitMap", "string[]", "", "property method parameter", ""],
  ["BitValues", "string[]", "", "property method parameter", EO_TS_T],
  ["ClassConstraint", "string[]", "", "class association indication", ""],
  ["Composition", "boolean", "false", "association", DO_TS],
  ["Correlatable", "string[]", "", "property", ""],
  ["Counter", "boolean", "false", "property method parameter", ""],
  ["Deprecated", "string[]", "", "any", EO_R],
  ["Description", "string", "null", "any", EO_TS_T],
  ["DisplayName", "string", "null", "any", EO_TS_T],
  ["DN", "boolean", "false", "property method parameter", DO_TS],
  ["EmbeddedInstance", "string", "null", "property method parameter", ""],
  ["EmbeddedObject", "boolean", "false", "property method parameter", DO_TS],
  ["Exception", "boolean", "false", "class indication", DO_TS],
  ["Experimental", "boolean", "false", "any", EO_R],
  ["Gauge", "boolean", "false", "property method parameter", ""],
  ["In", "boolean", "true", "parameter", DO_TS],
  ["IsPUnit", "boolean", "false", "property method parameter", ""],
  ["Key", "boolean", "false", "property reference", DO_TS],
  ["MappingStrings", "string[]", "", "any", ""],
  ["Max", "uint32", "null", "reference", ""],
  ["MaxLen", "uint32", "null", "property method parameter", ""],
  ["MaxValue", "sint64", "null", "property method parameter", ""],
  ["MethodConstraint", "string[]", "", "method", ""],
  ["Min", "uint32", "0", "reference", ""],
  ["MinLen", "uint32", "0", "property method parameter", ""],
  ["MinValue", "sint64", "null", "property method parameter", ""],
  ["ModelCorrespondence", "string[]", "", "any", ""],
  ["NullValue", "string", "null", "property", DO_TS],
  ["OctetString", "boolean", "false", "property method parameter", DO_TS],
  ["Out", "boolean", "false", "parameter", DO_TS],
  ["Override", "string", "null", "property reference method", EO_R],
  ["Propagated", "string", "null", "property", DO_TS],
  ["PropertyConstraint", "string[]", "", "property reference", ""],
  ["PUnit", "string", "null", "property method parameter", ""],
  ["Read", "boolean", "true", "property", ""],
  ["Reference", "string", "null", "property", ""],
  ["Required", "boolean", "false", "property reference method parameter", DO_TS],
  ["Revision", "string", "null", "class association indication", EO_TS_T],
  ["Schema", "string", "null", "property method", "DisableOverride ToSubclass Translatable"],
  ["Static", "boolean", "false", "property method", DO_TS],
  ["Structure", "boolean", "false", "class indication", DO_TS],
  ["Terminal", "boolean", "false", "class association indication", ""],
  ["UMLPackagePath", "string", "null", "class association indication", ""],
  ["Units", "string", "null", "property method parameter", EO_TS_T],
  ["ValueMap", "string[]", "", "property method parameter", ""],
  ["Values", "string[]", "", "property method parameter", EO_TS_T],
  ["Version", "string", "null", "class association indication", "EnableOverride Restricted Translatable"],
  ["Weak", "boolean", "false", "reference", DO_TS],
  ["Write", "boolean", "false", "property", ""],
  ["XMLNamespaceName", "string", "null", "property method parameter", ""],
];

const optional: Row[] = [
  ["Alias", "string", "null", "property reference method", EO_TS_T],
  ["Delete", "boolean", "false", "association reference", ""],
  ["DisplayDescription", "string", "null", "any", EO_TS_T],
  ["Expensive", "boolean", "false", "any", ""],
  ["Ifdeleted", "boolean", "false", "association reference", ""],
  ["Invisible", "boolean", "false", "class association property reference method", ""],
  ["Large", "boolean", "false", "class property", ""],
  ["PropertyUsage", "string", '"CurrentContext"', "property", ""],
  ["Provider", "string", "null", "any", ""],
  ["SyntaxType", "string", "null", "property reference method parameter", ""],
  ["Syntax", "string", "null", "property reference method parameter", ""],
  ["TriggerType", "string", "null", "class association indication property reference method", ""],
  ["UnknownValues", "string[]", "", "property", DO_TS],
  ["UnsupportedValues", "string[]", "", "property", DO_TS],
];

export function rowToEntry(row: Row, isOptional = false): CatalogueEntry {
  const [name, type, def, scopes, flavors] = row;
  const array = type.endsWith("[]");
  return {
    name,
    type: (array ? type.slice(0, -2) : type) as PrimitiveTypeName,
    array,
    defaultLiteral: def === "" || def === "null" ? undefined : def,
    scopes: scopes.split(" "),
    flavors: flavors === "" ? [] : flavors.split(" "),
    optional: isOptional || undefined,
  };
}

export const dmtfQualifierCatalogue: readonly CatalogueEntry[] = [
  ...standard.map((r) => rowToEntry(r)),
  ...optional.map((r) => rowToEntry(r, true)),
];

/** The catalogue as MOF qualifier declarations (70 of them). */
export function dmtfQualifierDeclarationsMof(): string {
  const lines = [
    "// DMTF standard and optional qualifier types (CIM Schema 2.49), printed by mofkit from its catalogue.",
    "",
  ];
  for (const e of dmtfQualifierCatalogue) {
    const def = e.defaultLiteral !== undefined ? ` = ${e.defaultLiteral}` : e.array ? "" : " = null";
    const flavor = e.flavors.length > 0 ? `,\n    Flavor(${e.flavors.join(", ")})` : "";
    lines.push(
      `Qualifier ${e.name} : ${e.type}${e.array ? "[]" : ""}${def},\n    Scope(${e.scopes.join(", ")})${flavor};`,
    );
  }
  return lines.join("\n") + "\n";
}
