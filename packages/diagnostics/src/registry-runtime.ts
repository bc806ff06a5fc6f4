import { msg } from "./message.js";
import { def } from "./registry-syntax.js";

/**
 * MOF37xx: the WMI runtime (packages/runtime). 3700-3719: reading and writing WNODE and
 * WMIREGINFO bytes; each is raised as a `WnodeError` naming the structure and field. 3720-3739:
 * misuse of the WmiLib-style dispatcher by a provider. Source: wmi-kernel.md §2-§6.
 */
export const runtimeDiagnostics = {
  wnodeTruncated: def(
    3701,
    "error",
    msg`${"structure"}.${"field"}: needs bytes ${"start"} to ${"end"}, but the buffer is ${"length"} bytes long`,
    "Every WNODE and WMIREGINFO field is read at its fixed offset after a bounds check; the buffer ends before this field does, so the node is truncated.",
    "decodeSingleInstance(<40 bytes>)",
    "wmi-kernel.md §2",
  ),
  wnodeOffsetOutOfRange: def(
    3702,
    "error",
    msg`${"structure"}.${"field"} = ${"value"} points at bytes ${"start"} to ${"end"}, outside the ${"length"}-byte buffer`,
    "An offset or size field of the node names bytes that are not in the buffer, or that overlap the fixed part of the structure.",
    "a WNODE_SINGLE_INSTANCE with DataBlockOffset 64 and SizeDataBlock 4000 in a 96-byte buffer",
    "wmi-kernel.md §2.4-§2.7",
  ),
  wnodeWrongKind: def(
    3703,
    "error",
    msg`${"structure"}: Flags ${"flags"} do not describe this structure (expected ${"expected"})`,
    "The WNODE_HEADER flags say which structure follows the header; the node was read as a different one.",
    "decodeAllData(<a node with Flags 0x00000020>)",
    "wmi-kernel.md §1.3",
  ),
  wnodeBadValue: def(
    3704,
    "error",
    msg`${"structure"}.${"field"}: ${"value"} is not a valid value (${"reason"})`,
    "A value given to a WNODE or WMIREGINFO encoder does not fit its field: a GUID that is not 32 hex digits, a negative or too large 32-bit number, a string longer than a USHORT byte count allows.",
    'encodeWnodeHeader({ guid: "not-a-guid", ... })',
    "wmi-kernel.md §2.1, §2.13",
  ),
  irpAlreadyCompleted: def(
    3721,
    "error",
    msg`${"minor"}: the IRP was already completed (${"status"}); it cannot be completed again`,
    "A provider called WmiCompleteRequest (or IoCompleteRequest) twice for the same IRP, which crashes a real system.",
    "a QueryWmiDataBlock callback that calls wmiCompleteRequest twice",
    "wmi-kernel.md §4.4",
  ),
  serviceUnknownClass: def(
    3731,
    "error",
    msg`no WMI provider serves '${"name"}'`,
    "The WMI service simulator maps a class name to its GUID through the compiled layouts and to a provider through the REGINFO answers; neither knows this class or GUID.",
    'service.query("Vendor_Missing")',
    "wmi-kernel.md §3",
  ),
  serviceRequestFailed: def(
    3732,
    "error",
    msg`${"minor"} for ${"name"} failed with ${"status"}`,
    "The provider (or the WmiLib emulation in front of it) completed the request with an error status.",
    'service.get("WmiSampleClass1", 7) on a block with 2 instances',
    "wmi-kernel.md §4",
  ),
  serviceBadAnswer: def(
    3733,
    "error",
    msg`${"minor"} for ${"name"}: the provider's answer is malformed: ${"structure"}.${"field"}: ${"detail"}`,
    "The simulator checks every answer a provider gives (offsets in range, 8-byte instance alignment, sizes agreeing with IoStatus.Information) before decoding it; this field is wrong.",
    "a QueryWmiDataBlock callback that reports more bytes than it wrote",
    "wmi-kernel.md §4.3-§4.5",
  ),
} as const;
