/**
 * The WMI / Microsoft qualifier set (mof-language.md §6.2 general WMI qualifiers, §6.3 WDM
 * driver qualifiers, and the ETW and high-performance counter qualifiers seen in WDK MOFs).
 *
 * In the `wmi` dialect qualifiers need no declaration; mofcomp infers a qualifier's type from its
 * literal and propagates it only as far as the flavors written on the use say. This catalogue
 * gives the type and scope WMI expects, so mofkit can *warn* on `WmiDataId("1")` or on a
 * class-only qualifier placed on a property. Where an entry and the DMTF catalogue share a name,
 * this one wins in the `wmi` dialect (e.g. WMI's boolean `Deprecated`, `Static` on classes in
 * driver MOFs, `MAX` on arrays). Scopes are deliberately broad where Microsoft's pages disagree.
 */
import type { PrimitiveTypeName } from "@mofkit/syntax";
import { rowToEntry, type CatalogueEntry } from "./dmtf-qualifiers.js";

const CLS = "class association indication";
const FEATURES = "property reference method parameter";

type Row = [string, string, string, string, string];

/** [name, type, default, scopes, flavors]; flavors stay empty (WMI: none unless written). */
const general: Row[] = [
  ["Amendment", "boolean", "false", CLS, ""],
  ["Bypass_GetObject", "boolean", "false", "method", ""],
  ["CIM_Key", "boolean", "false", "property reference", ""],
  ["CIMType", "string", "", FEATURES, ""],
  ["ClassContext", "string", "", CLS, ""],
  ["InstanceContext", "string", "", "instance", ""],
  ["PropertyContext", "string", "", "property reference", ""],
  ["ClassVersion", "string", "", CLS, ""],
  ["Deprecated", "boolean", "false", "any", ""],
  ["Display", "string", "", `${CLS} property`, ""],
  ["Dynamic", "boolean", "false", `${CLS} property reference instance`, ""],
  ["DynProps", "boolean", "false", `${CLS} instance`, ""],
  ["Fixed", "boolean", "false", "property instance", ""],
  ["ID", "sint32", "", "parameter", ""],
  ["Implemented", "boolean", "false", "method", ""],
  ["Locale", "string", "", `${CLS} instance`, ""],
  ["NamespaceSecuritySDDL", "string", "", "instance", ""],
  ["Optional", "boolean", "false", "parameter", ""],
  ["Privileges", "string[]", "", "property method", ""],
  ["WritePrivileges", "string[]", "", "property", ""],
  ["Provider", "string", "", "any", ""],
  ["RequiresEncryption", "boolean", "false", "instance", ""],
  ["Singleton", "boolean", "false", CLS, ""],
  ["Static", "boolean", "false", `${CLS} property method`, ""],
  ["SubType", "string", "", "property parameter", ""],
  ["UUID", "string", "", CLS, ""],
  ["Lazy", "boolean", "false", "property", ""],
  ["SupportsCreate", "boolean", "false", CLS, ""],
  ["SupportsDelete", "boolean", "false", CLS, ""],
  ["SupportsUpdate", "boolean", "false", CLS, ""],
  ["CreateBy", "string", "", CLS, ""],
  ["DeleteBy", "string", "", CLS, ""],
  ["Constructor", "boolean", "false", "method", ""],
  ["Destructor", "boolean", "false", "method", ""],
  ["WriteAtCreate", "boolean", "false", "property", ""],
  ["WriteAtUpdate", "boolean", "false", "property", ""],
  ["Max", "uint32", "", "property reference", ""],
  ["HasClassRefs", "boolean", "false", CLS, ""],
  ["ClassRef", "string[]", "", "property reference parameter", ""],
  ["Read", "boolean", "true", "property reference method", ""],
  ["Write", "boolean", "false", "property reference method", ""],
  ["Key", "boolean", "false", "property reference", ""],
  ["In", "boolean", "true", "parameter", ""],
  ["Out", "boolean", "false", "parameter", ""],
];

const driver: Row[] = [
  ["WMI", "boolean", "false", CLS, ""],
  ["guid", "string", "", CLS, ""],
  ["WmiExpense", "uint32", "", CLS, ""],
  ["WmiDataId", "uint32", "", "property reference", ""],
  ["WmiMethodId", "uint32", "", "method", ""],
  ["WmiSizeIs", "string", "", "property parameter", ""],
  ["WmiScale", "sint32", "", "property parameter", ""],
  ["WmiTimeStamp", "boolean", "false", "property parameter", ""],
  ["WmiComplexity", "uint32", "", "property", ""],
  ["WmiVolatility", "uint32", "", "property", ""],
  ["WmiEventTrigger", "string", "", "property", ""],
  ["WmiEventRate", "string", "", "property", ""],
  ["DefineValues", "string[]", "", "property parameter", ""],
  ["ValueDescriptions", "string[]", "", "property parameter", ""],
  ["DisplayInHex", "boolean", "false", "property parameter", ""],
  ["WmiDisplayInHex", "boolean", "false", "property parameter", ""],
  ["HeaderName", "string", "", `${CLS} method`, ""],
  ["GuidName1", "string", "", CLS, ""],
  ["GuidName2", "string", "", CLS, ""],
  ["WmiGenerateHeader", "boolean", "false", CLS, ""],
  ["cpp_quote", "string", "", "any", ""],
  ["WmiVersion", "sint32", "", "any", ""],
  ["WmiEnum", "string[]", "", "property", ""],
  ["MissingValue", "sint64", "", "property", ""],
  ["BitValueMap", "string[]", "", "property", ""],
  // Event tracing (ETW classic) MOF.
  ["EventType", "sint32", "", CLS, ""],
  ["EventTypeName", "string", "", CLS, ""],
  ["EventVersion", "sint32", "", CLS, ""],
  ["Format", "string", "", "property", ""],
  ["StringTermination", "string", "", "property", ""],
  ["Pointer", "boolean", "false", "property", ""],
  ["Extension", "string", "", "property", ""],
  ["ValueType", "string", "", "property", ""],
  ["XMLFragment", "boolean", "false", "property", ""],
  ["HeaderDataId", "uint32", "", "property", ""],
  // High-performance counter providers (root\wmi perf classes).
  ["HiPerf", "boolean", "false", CLS, ""],
  ["PerfDetail", "sint32", "", `${CLS} property`, ""],
  ["PerfDefault", "boolean", "false", "property", ""],
  ["CounterType", "uint32", "", "property", ""],
  ["DefaultScale", "sint32", "", "property", ""],
  ["PerfIndex", "sint32", "", "property", ""],
  ["Costly", "boolean", "false", CLS, ""],
];

/** Extra types an entry tolerates: these qualifiers take several literal forms in real MOF. */
const alternatives: Record<string, Array<{ type: PrimitiveTypeName; array: boolean }>> = {
  locale: [{ type: "sint32", array: false }],
  deprecated: [{ type: "string", array: true }],
  namespacesecuritysddl: [{ type: "string", array: true }],
  eventtype: [{ type: "sint32", array: true }],
  eventtypename: [{ type: "string", array: true }],
  wmiversion: [{ type: "string", array: false }],
  perfdetail: [{ type: "string", array: false }],
  missingvalue: [
    { type: "string", array: false },
    { type: "boolean", array: false },
  ],
  cpp_quote: [{ type: "string", array: true }],
};

export const wmiQualifierCatalogue: readonly CatalogueEntry[] = [...general, ...driver].map((r) => {
  const e = rowToEntry(r);
  const alt = alternatives[e.name.toLowerCase()];
  return alt ? { ...e, alternatives: alt } : e;
});
