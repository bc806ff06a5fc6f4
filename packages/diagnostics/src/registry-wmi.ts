import { msg } from "./message.js";
import { def } from "./registry-syntax.js";

/**
 * MOF3xxx: the rules a WMI driver MOF must follow (what `mofcomp -WMI` and `wmimofck` check),
 * reported by packages/schema/src/rules/wmi-*.ts. They apply to classes qualified `[WMI]` and to
 * the classes such blocks embed. Sources: Microsoft's driver documentation pages ("MOF syntax for
 * WMI data and event blocks", "WMI class qualifiers", "Required items in WMI classes", "WMI
 * property qualifiers", "Driver-defined WMI data items") and wmimofck's behaviour.
 */
export const wmiDiagnostics = {
  missingGuid: def(
    3001, "error", msg`${"what"} '${"name"}' needs ${"missing"}`,
    "Every WMI driver class — data block, event block, method block, and a class embedded as a data item — carries the `WMI` qualifier and a `guid`.",
    "class Ex_NoGuid { [WmiDataId(1)] uint16 X; };\n[WMI, guid(\"{6F1A9B40-1C2D-4E5F-8A90-11223344556F}\")] class Ex_Use { [WmiDataId(1)] Ex_NoGuid Item; };", "Microsoft 'WMI Class Qualifiers'; mof-language.md §7.1"),
  malformedGuid: def(
    3002, "error", msg`guid "${"value"}" is not a GUID: expected 8-4-4-4-12 hexadecimal digits, with or without braces`,
    "A `guid` qualifier holds a GUID in registry format, `{6F1A9B40-1C2D-4E5F-8A90-112233445566}`; the braces are optional and the digits may be in any case.",
    '[WMI, guid("6F1A9B40")] class Ex_G3 { };', "Microsoft 'WMI Class Qualifiers' (guid)"),
  duplicateGuid: def(
    3003, "error", msg`guid ${"value"} of '${"name"}' is already used by '${"other"}'`,
    "Each WMI block registers its own GUID. Amended (localized) redeclarations in `ms_xxx` namespaces repeat the GUID legitimately and are exempt.",
    '[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445573}")] class Ex_A { };\n[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445573}")] class Ex_B { };', "Microsoft 'WMI Class Qualifiers' (guid)"),
  missingDynamicProvider: def(
    3004, "error", msg`WMI ${"kind"} '${"name"}' needs ${"missing"}`,
    "A registered data, event or method block is `[Dynamic, Provider(\"WMIProv\")]` (or `[Static]` for instances kept in the repository). Only embedded classes may omit these.",
    '[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-11223344556E}")]\nclass Ex_BadEvent : WMIEvent { [key, read] string InstanceName; [read] boolean Active; };', "Microsoft 'WMI Class Qualifiers' (Dynamic, Provider)"),
  instanceNameActive: def(
    3005, "error", msg`${"detail"}`,
    "A WMI data or event block declares (or inherits) `[key, read] string InstanceName;` and `[read] boolean Active;`. wmimofck warns when they are missing; WMI needs them to name and enable instances.",
    '[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445567}")]\nclass Ex_Block2 { [read] boolean Active; [WmiDataId(1)] uint32 V; };', "Microsoft 'Required Items in WMI Classes'"),
  extraKey: def(
    3006, "error", msg`'${"name"}' is a key, but only InstanceName may be a key in a WMI block`,
    "The WMI provider names each block instance by `InstanceName`; no other property of a driver class may be a key.",
    '[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445569}")]\nclass Ex_Block4 { [key, read] string InstanceName; [read] boolean Active; [key, WmiDataId(1)] uint32 Slot; };', "Microsoft 'Required Items in WMI Classes'"),
  wmiDataId: def(
    3007, "error", msg`${"detail"}`,
    "Every data item other than InstanceName and Active has a `WmiDataId`; the ids are 1, 2, ... n without gaps or repeats. They, not the declaration order, give the layout order.",
    '[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-11223344556A}")]\nclass Ex_Block5 { [key, read] string InstanceName; [read] boolean Active;\n  [WmiDataId(1)] uint32 A; [WmiDataId(3)] uint32 C; };', "Microsoft 'WMI Property Qualifiers' (WmiDataId)"),
  wmiSizeIs: def(
    3008, "error", msg`WmiSizeIs("${"target"}") on '${"name"}' ${"problem"}`,
    "`WmiSizeIs(\"Count\")` goes on a variable array (`[]`) and names an integer data item (or parameter, in the same direction) that comes before the array in layout order.",
    "[WmiDataId(1), WmiSizeIs(\"Count\")] uint16 Data[];\n[WmiDataId(2)] uint32 Count;", "Microsoft 'WMI Property Qualifiers' (WmiSizeIs)"),
  variableArrayWithoutSize: def(
    3009, "error", msg`variable array '${"name"}' has no WmiSizeIs or MAX qualifier, so its element count is unknown`,
    "A driver data item declared `T Name[]` needs `WmiSizeIs(\"Count\")` naming its count (or `MAX(n)`, which makes it a fixed array of n) — otherwise neither wmimofck nor a layout can place what follows.",
    "[WmiDataId(1)] uint8 Blob[];", "Microsoft 'Driver-Defined WMI Data Items'; wmimofck"),
  wmiMethodId: def(
    3010, "error", msg`${"detail"}`,
    "Each method of a WMI block has a `WmiMethodId` that is unique in the class and not zero; the driver's ExecuteMethod callback dispatches on it.",
    "[Implemented, WmiMethodId(1)] void Start();\n[Implemented, WmiMethodId(1)] void Stop();", "Microsoft 'MOF Syntax for WMI Data and Event Blocks' (methods)"),
  methodNotImplemented: def(
    3011, "warning", msg`method '${"name"}' of WMI block '${"className"}' has no Implemented qualifier, so WMI will not call the driver for it`,
    "A driver method carries `Implemented`; without it WMI treats the method as unimplemented.",
    "[WmiMethodId(1)] void Start();", "Microsoft 'MOF Syntax for WMI Data and Event Blocks'; wmimofck"),
  eventNotFromWmiEvent: def(
    3012, "error", msg`WMI event class '${"name"}' must derive from WMIEvent, not ${"base"}`,
    "Driver events are classes derived (directly or through a non-abstract intermediate) from `WMIEvent`, the `root\\wmi` subclass of `__ExtrinsicEvent`.",
    '[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445580}")]\nclass Ex_Ev : __ExtrinsicEvent { [key, read] string InstanceName; [read] boolean Active; };', "Microsoft 'WMI Class Names and Base Classes'"),
  unsupportedItemType: def(
    3013, "error", msg`data item '${"name"}' has type ${"type"}, which a WMI driver block cannot hold`,
    "Driver data items are integers, boolean, string, datetime, embedded WMI classes and arrays of these. References and `object` have no wire format.",
    "[WmiDataId(1)] Ex_Disk ref Owner;", "Microsoft 'Driver-Defined WMI Data Items'"),
  itemTypeNotInDriverTable: def(
    3014, "warning", msg`data item '${"name"}' has type ${"type"}, which is not in Microsoft's table of driver data types`,
    "`real32`, `real64` and `char16` are missing from the documented driver type table and from wmimofck's; their layout is assumed, not confirmed.",
    "[WmiDataId(3)] real64 Ratio;", "Microsoft 'Driver-Defined WMI Data Items'"),
  nonVoidDriverMethod: def(
    3015, "warning", msg`driver method '${"name"}' returns ${"type"}; WMI driver methods return void and pass results in [out] parameters`,
    "Every Microsoft driver sample declares its methods `void`; how a return value would be marshalled is not documented and wmimofck rejects it.",
    "[Implemented, WmiMethodId(2)] uint32 Query([in] uint32 Selector);", "Microsoft WDK samples; wmimofck"),
  timestampNot64Bit: def(
    3016, "error", msg`WmiTimeStamp on '${"name"}' requires a 64-bit integer item, not ${"type"}`,
    "`WmiTimeStamp` marks a count of 100-ns intervals since 1601-01-01, which needs 64 bits.",
    "[WmiDataId(1), WmiTimeStamp] uint32 When;", "Microsoft 'WMI Property Qualifiers' (WmiTimeStamp)"),
  abstractEventClass: def(
    3017, "warning", msg`event class '${"name"}' derives from WMIEvent and is Abstract; use a non-abstract intermediate class`,
    "WMIEvent is already the abstract base of driver events and a hierarchy should have one abstract class, so a driver's own event base class is not abstract.",
    "[abstract] class Ex_EvBase : WMIEvent { };", "Microsoft 'WMI Class Names and Base Classes'"),
  maxLenOnNonString: def(
    3018, "error", msg`MaxLen on '${"name"}' needs a string item, not ${"type"}`,
    "In a driver block `MaxLen(n)` bounds a string; on any other type it has no meaning for the layout.",
    "[WmiDataId(1), MaxLen(4)] uint32 V;", "Microsoft 'WMI Property Qualifiers' (MaxLen)"),
  embeddedClassInvalid: def(
    3019, "error", msg`'${"name"}' is used as an embedded data item but ${"problem"}`,
    "A class used as the type of a driver data item is laid out inside the block, so it must be a WMI class of data items and must not declare methods.",
    '[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-112233445590}")] class Ex_E { [WmiDataId(1)] uint8 X; [Implemented, WmiMethodId(1)] void M(); };', "wmimofck (embedded classes have no methods)"),
} as const;
