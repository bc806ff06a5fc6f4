/**
 * The WmiLib provider template wmimofck writes with `-c` (wmi-kernel.md §10.6): the GUID list,
 * the WMILIB_CONTEXT set-up, and QueryWmiRegInfo, QueryWmiDataBlock, SetWmiDataBlock,
 * SetWmiDataItem, ExecuteWmiMethod and FunctionControl with a case per block and a TODO where the
 * driver's code goes. The structure follows wmimofck; the text is mofkit's own.
 *
 * This is a file a person edits: write it once, never over an existing file. It includes the
 * generated header, which is regenerated freely. Sizes come from the header's `_SIZE` defines
 * where the header has them, else from the layouts (the smallest instance of a block).
 */
import { declaredQualifier, findBlock, isWmiClass, minimalSize, type BlockLayout, type LayoutSet } from "@mofkit/layout";
import type { Property, SchemaClass, SchemaModel } from "@mofkit/schema";
import { guidInitializer, parseGuid, zeroGuid } from "./guid.js";
import type { ClassPlan, HeaderPlan, StructPlan } from "./header-plan.js";
import { LineWriter } from "./text.js";

export interface SkeletonOptions {
  /** The `-c` file name; its base name, capitalised, prefixes every generated name (`filter.c` → `Filter`). */
  fileName?: string;
  /** The header the template includes (the `-h` file name). */
  headerFileName?: string;
  /** The `-x` hex dump included as the binary MOF when USE_BINARY_MOF_QUERY is defined. */
  hexFileName?: string;
  newline?: "\r\n" | "\n";
}

/** `filter.c` → `Filter`; characters that cannot be in a C identifier become `_`. */
export function skeletonPrefix(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("\\"), fileName.lastIndexOf("/")) + 1);
  const stem = (base.split(".")[0] || "Wmi").replace(/[^A-Za-z0-9_]/g, "_");
  const p = stem.charAt(0).toUpperCase() + stem.slice(1);
  return /^[0-9]/.test(p) ? `_${p}` : p;
}

interface Registered {
  cls: SchemaClass;
  block: BlockLayout;
  plan: ClassPlan | undefined;
  index: number;
  indexName: string;
  guidName: string;
  event: boolean;
  expensive: boolean;
  writable: Property[];
}

/** Writes the provider template for the registered blocks (data and event blocks) of the layouts. */
export function emitCSkeleton(
  model: SchemaModel,
  layouts: LayoutSet,
  header: HeaderPlan,
  options: SkeletonOptions = {},
): string {
  const fileName = options.fileName ?? "wmiprov.c";
  const P = skeletonPrefix(fileName);
  const hdr = options.headerFileName ?? header.fileName;
  const hex = options.hexFileName ?? `${fileName.replace(/\.[^.\\/]*$/, "")}.x`;
  const w = new LineWriter(options.newline ?? header.options.newline);
  const planOf = new Map(header.classes.map((c) => [c.block.key, c]));

  const blocks: Registered[] = [];
  for (const block of layouts.blocks) {
    if (block.method !== null || (block.kind !== "data" && block.kind !== "event")) continue;
    const cls = model.namespaceMap.get(block.namespace)?.classes.get(block.className);
    if (!cls || !isWmiClass(cls)) continue;
    const expense = cls.qualifiers.get("WmiExpense")?.value;
    blocks.push({
      cls,
      block,
      plan: planOf.get(block.key),
      index: blocks.length,
      indexName: `${cls.name}GuidIndex`,
      guidName: `${cls.name}GUID`,
      event: block.kind === "event",
      expensive: expense !== undefined && !(expense.kind === "Integer" && expense.value === 0n),
      writable: cls.properties.filter((p) => block.items.some((i) => i.name === p.name) && isWritable(p)),
    });
  }
  const anyWritable = blocks.some((b) => b.writable.length > 0 && !b.event);
  const anyMethods = blocks.some((b) => b.cls.methods.length > 0);
  const anyControl = blocks.some((b) => b.event || b.expensive);
  const fn = (name: string) => `${P}${name}`;

  w.line("//");
  w.line(`// ${fileName}: WMI provider template for the blocks declared in ${hdr}, written by mofkit.`);
  w.line("// Fill in the places marked TODO. mofkit regenerates the header; this file is yours to edit.");
  w.line("//");
  w.line();
  w.line("#include <wdm.h>");
  w.line("#include <wmistr.h>");
  w.line("#include <wmilib.h>");
  w.line(`#include "${hdr}"`);
  w.line();
  w.line("//");
  w.line("// The device extension the template expects. A driver with its own extension defines");
  w.line(`// ${P.toUpperCase()}_HAVE_DEVICE_EXTENSION and gives it these three fields.`);
  w.line("//");
  w.line(`#ifndef ${P.toUpperCase()}_HAVE_DEVICE_EXTENSION`);
  w.line("typedef struct _DEVICE_EXTENSION");
  w.line("{");
  w.line("    WMILIB_CONTEXT WmiLib;");
  w.line("    PDEVICE_OBJECT PhysicalDeviceObject;");
  w.line("    PDEVICE_OBJECT LowerDeviceObject;");
  w.line("} DEVICE_EXTENSION, *PDEVICE_EXTENSION;");
  w.line("#endif");
  w.line();

  // Prototypes and paging.
  const protos: [string, string][] = [
    ["SystemControl", "PDEVICE_OBJECT DeviceObject, PIRP Irp"],
    [
      "QueryWmiRegInfo",
      "PDEVICE_OBJECT DeviceObject, PULONG RegFlags, PUNICODE_STRING InstanceName, PUNICODE_STRING *RegistryPath, PUNICODE_STRING MofResourceName, PDEVICE_OBJECT *Pdo",
    ],
    [
      "QueryWmiDataBlock",
      "PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG InstanceCount, PULONG InstanceLengthArray, ULONG BufferAvail, PUCHAR Buffer",
    ],
  ];
  if (anyWritable) {
    protos.push([
      "SetWmiDataBlock",
      "PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG BufferSize, PUCHAR Buffer",
    ]);
    protos.push([
      "SetWmiDataItem",
      "PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG DataItemId, ULONG BufferSize, PUCHAR Buffer",
    ]);
  }
  if (anyMethods)
    protos.push([
      "ExecuteWmiMethod",
      "PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG MethodId, ULONG InBufferSize, ULONG OutBufferSize, PUCHAR Buffer",
    ]);
  if (anyControl)
    protos.push([
      "FunctionControl",
      "PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, WMIENABLEDISABLECONTROL Function, BOOLEAN Enable",
    ]);
  for (const [name, params] of protos) w.line(`NTSTATUS NTAPI ${fn(name)}(${params});`);
  w.line(`VOID ${fn("InitializeWmilibContext")}(PWMILIB_CONTEXT WmilibContext);`);
  w.line();
  w.line("#ifdef ALLOC_PRAGMA");
  for (const [name] of protos) w.line(`#pragma alloc_text(PAGE, ${fn(name)})`);
  w.line(`#pragma alloc_text(PAGE, ${fn("InitializeWmilibContext")})`);
  w.line("#endif");
  w.line();

  // Binary MOF.
  w.line("//");
  w.line("// Where WMI gets the MOF: USE_BINARY_MOF_RESOURCE names a MOF resource linked into the driver");
  w.line(`// (MOFRESOURCE in the .rc file); USE_BINARY_MOF_QUERY answers the binary MOF GUID with the bytes`);
  w.line(`// of ${hex}, the wmimofck -x hex dump (\`mofkit bmf encode <mof> -o ${hex} --emit c-hex\`).`);
  w.line("//");
  w.line("#define USE_BINARY_MOF_RESOURCE");
  w.line("// #define USE_BINARY_MOF_QUERY");
  w.line();
  w.line("#ifndef BINARY_MOF_GUID");
  w.line(`#define BINARY_MOF_GUID ${guidInitializer(parseGuid("05901221-D566-11D1-B2F0-00A0C9062910")!)}`);
  w.line("#endif");
  w.line();
  w.line("#ifdef USE_BINARY_MOF_QUERY");
  w.line("#ifdef ALLOC_DATA_PRAGMA");
  w.line('#pragma data_seg("PAGED")');
  w.line("#endif");
  w.line(`UCHAR ${fn("BinaryMofData")}[] =`);
  w.line("{");
  w.line(`    #include "${hex}"`);
  w.line("};");
  w.line("#ifdef ALLOC_DATA_PRAGMA");
  w.line("#pragma data_seg()");
  w.line("#endif");
  w.line("#endif");
  w.line();

  // GUIDs and the registration list.
  w.line("//");
  w.line("// The blocks this driver registers, in GuidList order.");
  w.line("//");
  for (const b of blocks) w.line(`#define ${b.indexName} ${b.index}`);
  w.line(`#define BinaryMofGuidIndex ${blocks.length}`);
  w.line();
  for (const b of blocks) {
    const init = b.plan ? b.plan.guidDefine : guidInitializer(parseGuid(b.block.guid ?? undefined) ?? zeroGuid);
    w.line(`GUID ${b.guidName} = ${init};`);
  }
  w.line(`GUID ${fn("BinaryMofGUID")} = BINARY_MOF_GUID;`);
  w.line();
  w.line(`WMIGUIDREGINFO ${fn("GuidList")}[] =`);
  w.line("{");
  for (const b of blocks) {
    const flags = [b.expensive ? "WMIREG_FLAG_EXPENSIVE" : "", b.event ? "WMIREG_FLAG_EVENT_ONLY_GUID" : ""].filter(
      Boolean,
    );
    w.line(`    { &${b.guidName}, 1, ${flags.length > 0 ? flags.join(" | ") : "0"} },${comment(b)}`);
  }
  if (blocks.length > 0) w.line("#ifdef USE_BINARY_MOF_QUERY");
  w.line(`    { &${fn("BinaryMofGUID")}, 1, 0 },`);
  if (blocks.length > 0) w.line("#endif");
  w.line("};");
  w.line();
  w.line(`#define ${fn("GuidCount")} (sizeof(${fn("GuidList")}) / sizeof(WMIGUIDREGINFO))`);
  w.line();
  w.line("//");
  w.line("// The driver's registry path, saved by DriverEntry.");
  w.line("//");
  w.line(`extern UNICODE_STRING ${fn("RegistryPath")};`);
  w.line();

  writeSystemControl(w, fn);
  writeRegInfo(w, fn);
  writeQuery(w, fn, blocks);
  if (anyWritable) {
    writeSetBlock(w, fn, blocks);
    writeSetItem(w, fn, blocks);
  }
  if (anyMethods) writeExecute(w, fn, blocks, layouts);
  if (anyControl) writeControl(w, fn, blocks);

  w.line("VOID");
  w.line(`${fn("InitializeWmilibContext")}(PWMILIB_CONTEXT WmilibContext)`);
  w.line("{");
  w.line("    PAGED_CODE();");
  w.line();
  w.line("    RtlZeroMemory(WmilibContext, sizeof(WMILIB_CONTEXT));");
  w.line(`    WmilibContext->GuidCount = ${fn("GuidCount")};`);
  w.line(`    WmilibContext->GuidList = ${fn("GuidList")};`);
  w.line(`    WmilibContext->QueryWmiRegInfo = ${fn("QueryWmiRegInfo")};`);
  w.line(`    WmilibContext->QueryWmiDataBlock = ${fn("QueryWmiDataBlock")};`);
  if (anyWritable) {
    w.line(`    WmilibContext->SetWmiDataBlock = ${fn("SetWmiDataBlock")};`);
    w.line(`    WmilibContext->SetWmiDataItem = ${fn("SetWmiDataItem")};`);
  }
  if (anyMethods) w.line(`    WmilibContext->ExecuteWmiMethod = ${fn("ExecuteWmiMethod")};`);
  if (anyControl) w.line(`    WmilibContext->WmiFunctionControl = ${fn("FunctionControl")};`);
  w.line("}");
  return w.toString();
}

function isWritable(p: Property): boolean {
  const v = declaredQualifier(p, "write")?.value;
  return v?.kind === "Boolean" && v.value;
}

function comment(b: Registered): string {
  const what = b.event ? "event" : b.expensive ? "expensive data block" : "data block";
  return ` // ${b.cls.name} (${what})`;
}

/** The bytes of the smallest instance: the header's `_SIZE` when it has one, else the layout's number. */
function sizeText(s: StructPlan | null | undefined, block: BlockLayout | undefined): string {
  if (s && s.form === "full" && s.sizeDefine && !block?.variable) return s.sizeDefine;
  if (!block) return "0";
  return String(minimalSize(block) ?? block.fixedSize);
}

function writeSystemControl(w: LineWriter, fn: (n: string) => string): void {
  w.line("//");
  w.line("// IRP_MJ_SYSTEM_CONTROL: hand the request to WmiLib, which calls the routines below.");
  w.line("//");
  w.line("NTSTATUS NTAPI");
  w.line(`${fn("SystemControl")}(PDEVICE_OBJECT DeviceObject, PIRP Irp)`);
  w.line("{");
  w.line("    PDEVICE_EXTENSION devExt = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;");
  w.line("    SYSCTL_IRP_DISPOSITION disposition;");
  w.line("    NTSTATUS status;");
  w.line();
  w.line("    PAGED_CODE();");
  w.line();
  w.line("    status = WmiSystemControl(&devExt->WmiLib, DeviceObject, Irp, &disposition);");
  w.line("    switch (disposition)");
  w.line("    {");
  w.line("        case IrpProcessed:");
  w.line("            // A callback below completed the IRP (through WmiCompleteRequest).");
  w.line("            break;");
  w.line("        case IrpNotCompleted:");
  w.line("            // WmiLib answered the request itself (registration, errors) and left completion to us.");
  w.line("            IoCompleteRequest(Irp, IO_NO_INCREMENT);");
  w.line("            break;");
  w.line("        case IrpForward:");
  w.line("        case IrpNotWmi:");
  w.line("        default:");
  w.line("            // Meant for another device object in the stack: pass it down.");
  w.line("            // TODO: adjust if this driver is the bottom of its stack.");
  w.line("            IoSkipCurrentIrpStackLocation(Irp);");
  w.line("            status = IoCallDriver(devExt->LowerDeviceObject, Irp);");
  w.line("            break;");
  w.line("    }");
  w.line("    return status;");
  w.line("}");
  w.line();
}

function writeRegInfo(w: LineWriter, fn: (n: string) => string): void {
  w.line("//");
  w.line("// Registration: instance names come from the PDO, the MOF from the resource or the binary MOF GUID.");
  w.line("//");
  w.line("NTSTATUS NTAPI");
  w.line(
    `${fn("QueryWmiRegInfo")}(PDEVICE_OBJECT DeviceObject, PULONG RegFlags, PUNICODE_STRING InstanceName, PUNICODE_STRING *RegistryPath, PUNICODE_STRING MofResourceName, PDEVICE_OBJECT *Pdo)`,
  );
  w.line("{");
  w.line("    PDEVICE_EXTENSION devExt = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;");
  w.line();
  w.line("    UNREFERENCED_PARAMETER(InstanceName);");
  w.line("    PAGED_CODE();");
  w.line();
  w.line(`    *RegistryPath = &${fn("RegistryPath")};`);
  w.line("    *RegFlags = WMIREG_FLAG_INSTANCE_PDO;");
  w.line("    *Pdo = devExt->PhysicalDeviceObject;");
  w.line("#ifdef USE_BINARY_MOF_RESOURCE");
  w.line('    RtlInitUnicodeString(MofResourceName, L"MofResourceName");');
  w.line("#else");
  w.line("    UNREFERENCED_PARAMETER(MofResourceName);");
  w.line("#endif");
  w.line("    return STATUS_SUCCESS;");
  w.line("}");
  w.line();
}

function writeQuery(w: LineWriter, fn: (n: string) => string, blocks: Registered[]): void {
  w.line("//");
  w.line("// IRP_MN_QUERY_ALL_DATA / QUERY_SINGLE_INSTANCE: write one instance of the block into Buffer.");
  w.line("//");
  w.line("NTSTATUS NTAPI");
  w.line(
    `${fn("QueryWmiDataBlock")}(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG InstanceCount, PULONG InstanceLengthArray, ULONG BufferAvail, PUCHAR Buffer)`,
  );
  w.line("{");
  w.line("    NTSTATUS status;");
  w.line("    ULONG sizeNeeded = 0;");
  w.line();
  w.line("    UNREFERENCED_PARAMETER(InstanceIndex);");
  w.line("    UNREFERENCED_PARAMETER(InstanceCount);");
  w.line("    PAGED_CODE();");
  w.line();
  w.line("    switch (GuidIndex)");
  w.line("    {");
  for (const b of blocks) {
    if (b.event) continue; // event-only GUIDs are never queried
    const s = b.plan?.struct;
    w.line(`        case ${b.indexName}:`);
    if (b.block.items.length === 0) w.line(`            // ${b.cls.name} has no data items: an instance is empty.`);
    else if (b.block.variable)
      w.line(`            // TODO: write one ${b.cls.name}; its size depends on the data (at least the bytes below).`);
    else w.line(`            // TODO: write one ${b.cls.name} (${b.block.fixedSize} bytes) from the device state.`);
    w.line(`            sizeNeeded = ${sizeText(s, b.block)};`);
    w.line("            if (BufferAvail < sizeNeeded)");
    w.line("            {");
    w.line("                status = STATUS_BUFFER_TOO_SMALL;");
    w.line("                break;");
    w.line("            }");
    w.line("            RtlZeroMemory(Buffer, sizeNeeded);");
    w.line("            if (InstanceLengthArray != NULL)");
    w.line("                *InstanceLengthArray = sizeNeeded;");
    w.line("            status = STATUS_SUCCESS;");
    w.line("            break;");
    w.line();
  }
  w.line("#ifdef USE_BINARY_MOF_QUERY");
  w.line("        case BinaryMofGuidIndex:");
  w.line(`            sizeNeeded = sizeof(${fn("BinaryMofData")});`);
  w.line("            if (BufferAvail < sizeNeeded)");
  w.line("            {");
  w.line("                status = STATUS_BUFFER_TOO_SMALL;");
  w.line("                break;");
  w.line("            }");
  w.line(`            RtlCopyMemory(Buffer, ${fn("BinaryMofData")}, sizeNeeded);`);
  w.line("            if (InstanceLengthArray != NULL)");
  w.line("                *InstanceLengthArray = sizeNeeded;");
  w.line("            status = STATUS_SUCCESS;");
  w.line("            break;");
  w.line("#endif");
  w.line();
  w.line("        default:");
  w.line("            status = STATUS_WMI_GUID_NOT_FOUND;");
  w.line("            break;");
  w.line("    }");
  w.line("    return WmiCompleteRequest(DeviceObject, Irp, status, sizeNeeded, IO_NO_INCREMENT);");
  w.line("}");
  w.line();
}

function writeSetBlock(w: LineWriter, fn: (n: string) => string, blocks: Registered[]): void {
  w.line("//");
  w.line("// IRP_MN_CHANGE_SINGLE_INSTANCE: the caller sends a whole instance in Buffer.");
  w.line("// Check BufferSize against the _SIZE value, not sizeof: WMI may send the unpadded size.");
  w.line("//");
  w.line("NTSTATUS NTAPI");
  w.line(
    `${fn("SetWmiDataBlock")}(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG BufferSize, PUCHAR Buffer)`,
  );
  w.line("{");
  w.line("    NTSTATUS status;");
  w.line();
  w.line("    UNREFERENCED_PARAMETER(InstanceIndex);");
  w.line("    UNREFERENCED_PARAMETER(Buffer);");
  w.line("    PAGED_CODE();");
  w.line();
  w.line("    switch (GuidIndex)");
  w.line("    {");
  for (const b of blocks) {
    if (b.event) continue;
    w.line(`        case ${b.indexName}:`);
    if (b.writable.length === 0) {
      w.line("            status = STATUS_WMI_READ_ONLY;");
      w.line("            break;");
      w.line();
      continue;
    }
    w.line(`            if (BufferSize < ${sizeText(b.plan?.struct, b.block)})`);
    w.line("            {");
    w.line("                status = STATUS_WMI_SET_FAILURE;");
    w.line("                break;");
    w.line("            }");
    w.line(
      `            // TODO: apply the writable items of ${b.cls.name} (${b.writable.map((p) => p.name).join(", ")}).`,
    );
    w.line("            status = STATUS_SUCCESS;");
    w.line("            break;");
    w.line();
  }
  w.line("        default:");
  w.line("            status = STATUS_WMI_GUID_NOT_FOUND;");
  w.line("            break;");
  w.line("    }");
  w.line("    return WmiCompleteRequest(DeviceObject, Irp, status, 0, IO_NO_INCREMENT);");
  w.line("}");
  w.line();
}

function writeSetItem(w: LineWriter, fn: (n: string) => string, blocks: Registered[]): void {
  w.line("//");
  w.line("// IRP_MN_CHANGE_SINGLE_ITEM: the caller sends one item (DataItemId = its WmiDataId) in Buffer.");
  w.line("//");
  w.line("NTSTATUS NTAPI");
  w.line(
    `${fn("SetWmiDataItem")}(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG DataItemId, ULONG BufferSize, PUCHAR Buffer)`,
  );
  w.line("{");
  w.line("    NTSTATUS status;");
  w.line();
  w.line("    UNREFERENCED_PARAMETER(InstanceIndex);");
  w.line("    UNREFERENCED_PARAMETER(BufferSize);");
  w.line("    UNREFERENCED_PARAMETER(Buffer);");
  w.line("    PAGED_CODE();");
  w.line();
  w.line("    switch (GuidIndex)");
  w.line("    {");
  for (const b of blocks) {
    if (b.event) continue;
    w.line(`        case ${b.indexName}:`);
    if (b.writable.length === 0) {
      w.line("            status = STATUS_WMI_READ_ONLY;");
      w.line("            break;");
      w.line();
      continue;
    }
    const members = b.plan?.struct?.form === "full" ? b.plan.struct.members : [];
    w.line("            switch (DataItemId)");
    w.line("            {");
    const writable = new Set(b.writable.map((p) => p.name));
    for (const item of b.block.items) {
      const m = members.find((x) => x.item === item);
      const label = m ? m.idDefine : String(item.id);
      w.line(`                case ${label}: // ${item.name}`);
      if (!writable.has(item.name)) {
        w.line("                    status = STATUS_WMI_READ_ONLY;");
        w.line("                    break;");
        continue;
      }
      if (m?.sizeDefine && m.sizeMatches) {
        w.line(`                    if (BufferSize < ${m.sizeDefine})`);
        w.line("                    {");
        w.line("                        status = STATUS_WMI_SET_FAILURE;");
        w.line("                        break;");
        w.line("                    }");
      }
      w.line(`                    // TODO: apply the new ${item.name}.`);
      w.line("                    status = STATUS_SUCCESS;");
      w.line("                    break;");
    }
    w.line("                default:");
    w.line("                    status = STATUS_WMI_ITEMID_NOT_FOUND;");
    w.line("                    break;");
    w.line("            }");
    w.line("            break;");
    w.line();
  }
  w.line("        default:");
  w.line("            status = STATUS_WMI_GUID_NOT_FOUND;");
  w.line("            break;");
  w.line("    }");
  w.line("    return WmiCompleteRequest(DeviceObject, Irp, status, 0, IO_NO_INCREMENT);");
  w.line("}");
  w.line();
}

function writeExecute(w: LineWriter, fn: (n: string) => string, blocks: Registered[], layouts: LayoutSet): void {
  w.line("//");
  w.line("// IRP_MN_EXECUTE_METHOD: the input parameters are in Buffer; the output overwrites them there.");
  w.line("// Answer STATUS_BUFFER_TOO_SMALL with the size needed before touching the device.");
  w.line("//");
  w.line("NTSTATUS NTAPI");
  w.line(
    `${fn("ExecuteWmiMethod")}(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG MethodId, ULONG InBufferSize, ULONG OutBufferSize, PUCHAR Buffer)`,
  );
  w.line("{");
  w.line("    NTSTATUS status;");
  w.line("    ULONG sizeNeeded = 0;");
  w.line();
  w.line("    UNREFERENCED_PARAMETER(InstanceIndex);");
  w.line("    UNREFERENCED_PARAMETER(MethodId);");
  w.line("    UNREFERENCED_PARAMETER(InBufferSize);");
  w.line("    UNREFERENCED_PARAMETER(OutBufferSize);");
  w.line("    UNREFERENCED_PARAMETER(Buffer);");
  w.line("    PAGED_CODE();");
  w.line();
  w.line("    switch (GuidIndex)");
  w.line("    {");
  for (const b of blocks) {
    if (b.cls.methods.length === 0) continue;
    w.line(`        case ${b.indexName}:`);
    w.line("            switch (MethodId)");
    w.line("            {");
    for (const m of b.cls.methods) {
      const mp = b.plan?.methods.find((x) => x.method === m);
      const key = `${b.block.namespace}:${b.cls.name}.${m.name}`;
      const inBlock = mp?.inBlock ?? findBlock(layouts, `${key}:in`);
      const outBlock = mp?.outBlock ?? findBlock(layouts, `${key}:out`);
      const id = mp ? m.name : String(inBlock?.methodId ?? 0);
      w.line(`                case ${id}:`);
      w.line(`                    if (InBufferSize < ${sizeText(mp?.input, inBlock)})`);
      w.line("                    {");
      w.line("                        status = STATUS_INVALID_PARAMETER;");
      w.line("                        break;");
      w.line("                    }");
      w.line(`                    sizeNeeded = ${sizeText(mp?.output, outBlock)};`);
      w.line("                    if (OutBufferSize < sizeNeeded)");
      w.line("                    {");
      w.line("                        status = STATUS_BUFFER_TOO_SMALL;");
      w.line("                        break;");
      w.line("                    }");
      w.line(`                    // TODO: run ${m.name}; write its [out] parameters to Buffer and set sizeNeeded.`);
      w.line("                    status = STATUS_SUCCESS;");
      w.line("                    break;");
      w.line();
    }
    w.line("                default:");
    w.line("                    status = STATUS_WMI_ITEMID_NOT_FOUND;");
    w.line("                    break;");
    w.line("            }");
    w.line("            break;");
    w.line();
  }
  w.line("        default:");
  w.line("            status = STATUS_WMI_GUID_NOT_FOUND;");
  w.line("            break;");
  w.line("    }");
  w.line("    return WmiCompleteRequest(DeviceObject, Irp, status, sizeNeeded, IO_NO_INCREMENT);");
  w.line("}");
  w.line();
}

function writeControl(w: LineWriter, fn: (n: string) => string, blocks: Registered[]): void {
  w.line("//");
  w.line("// IRP_MN_ENABLE/DISABLE_EVENTS and _COLLECTION: start or stop events and expensive collection.");
  w.line("//");
  w.line("NTSTATUS NTAPI");
  w.line(
    `${fn("FunctionControl")}(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, WMIENABLEDISABLECONTROL Function, BOOLEAN Enable)`,
  );
  w.line("{");
  w.line("    NTSTATUS status = STATUS_SUCCESS;");
  w.line();
  w.line("    UNREFERENCED_PARAMETER(Function);");
  w.line("    PAGED_CODE();");
  w.line();
  w.line("    switch (GuidIndex)");
  w.line("    {");
  for (const b of blocks) {
    if (!b.event && !b.expensive) continue;
    const what = b.event ? `firing ${b.cls.name} events (WmiFireEvent)` : `collecting ${b.cls.name} data`;
    w.line(`        case ${b.indexName}:`);
    w.line("            if (Enable)");
    w.line("            {");
    w.line(`                // TODO: start ${what}.`);
    w.line("            }");
    w.line("            else");
    w.line("            {");
    w.line(`                // TODO: stop ${what}.`);
    w.line("            }");
    w.line("            break;");
    w.line();
  }
  w.line("        default:");
  w.line("            status = STATUS_WMI_GUID_NOT_FOUND;");
  w.line("            break;");
  w.line("    }");
  w.line("    return WmiCompleteRequest(DeviceObject, Irp, status, 0, IO_NO_INCREMENT);");
  w.line("}");
  w.line();
}
