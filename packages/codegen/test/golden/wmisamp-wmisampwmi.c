//
// wmisampwmi.c: WMI provider template for the blocks declared in wmidata.h, written by mofkit.
// Fill in the places marked TODO. mofkit regenerates the header; this file is yours to edit.
//

#include <wdm.h>
#include <wmistr.h>
#include <wmilib.h>
#include "wmidata.h"

//
// The device extension the template expects. A driver with its own extension defines
// WMISAMPWMI_HAVE_DEVICE_EXTENSION and gives it these three fields.
//
#ifndef WMISAMPWMI_HAVE_DEVICE_EXTENSION
typedef struct _DEVICE_EXTENSION
{
    WMILIB_CONTEXT WmiLib;
    PDEVICE_OBJECT PhysicalDeviceObject;
    PDEVICE_OBJECT LowerDeviceObject;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;
#endif

NTSTATUS NTAPI WmisampwmiSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp);
NTSTATUS NTAPI WmisampwmiQueryWmiRegInfo(PDEVICE_OBJECT DeviceObject, PULONG RegFlags, PUNICODE_STRING InstanceName, PUNICODE_STRING *RegistryPath, PUNICODE_STRING MofResourceName, PDEVICE_OBJECT *Pdo);
NTSTATUS NTAPI WmisampwmiQueryWmiDataBlock(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG InstanceCount, PULONG InstanceLengthArray, ULONG BufferAvail, PUCHAR Buffer);
NTSTATUS NTAPI WmisampwmiSetWmiDataBlock(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG BufferSize, PUCHAR Buffer);
NTSTATUS NTAPI WmisampwmiSetWmiDataItem(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG DataItemId, ULONG BufferSize, PUCHAR Buffer);
NTSTATUS NTAPI WmisampwmiExecuteWmiMethod(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG MethodId, ULONG InBufferSize, ULONG OutBufferSize, PUCHAR Buffer);
VOID WmisampwmiInitializeWmilibContext(PWMILIB_CONTEXT WmilibContext);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, WmisampwmiSystemControl)
#pragma alloc_text(PAGE, WmisampwmiQueryWmiRegInfo)
#pragma alloc_text(PAGE, WmisampwmiQueryWmiDataBlock)
#pragma alloc_text(PAGE, WmisampwmiSetWmiDataBlock)
#pragma alloc_text(PAGE, WmisampwmiSetWmiDataItem)
#pragma alloc_text(PAGE, WmisampwmiExecuteWmiMethod)
#pragma alloc_text(PAGE, WmisampwmiInitializeWmilibContext)
#endif

//
// Where WMI gets the MOF: USE_BINARY_MOF_RESOURCE names a MOF resource linked into the driver
// (MOFRESOURCE in the .rc file); USE_BINARY_MOF_QUERY answers the binary MOF GUID with the bytes
// of wmisampwmi.x, the wmimofck -x hex dump (`mofkit bmf encode <mof> -o wmisampwmi.x --emit c-hex`).
//
#define USE_BINARY_MOF_RESOURCE
// #define USE_BINARY_MOF_QUERY

#ifndef BINARY_MOF_GUID
#define BINARY_MOF_GUID { 0x05901221,0xd566,0x11d1, { 0xb2,0xf0,0x00,0xa0,0xc9,0x06,0x29,0x10 } }
#endif

#ifdef USE_BINARY_MOF_QUERY
#ifdef ALLOC_DATA_PRAGMA
#pragma data_seg("PAGED")
#endif
UCHAR WmisampwmiBinaryMofData[] =
{
    #include "wmisampwmi.x"
};
#ifdef ALLOC_DATA_PRAGMA
#pragma data_seg()
#endif
#endif

//
// The blocks this driver registers, in GuidList order.
//
#define WmiSampleClass1GuidIndex 0
#define WmiSampleClass2GuidIndex 1
#define WmiSampleClass3GuidIndex 2
#define WmiSampleClass5GuidIndex 3
#define WmiSampleClass6GuidIndex 4
#define BinaryMofGuidIndex 5

GUID WmiSampleClass1GUID = WmiSampleClass1Guid;
GUID WmiSampleClass2GUID = WmiSampleClass2Guid;
GUID WmiSampleClass3GUID = WmiSampleClass3Guid;
GUID WmiSampleClass5GUID = WmiSampleClass5Guid;
GUID WmiSampleClass6GUID = WmiSampleClass6Guid;
GUID WmisampwmiBinaryMofGUID = BINARY_MOF_GUID;

WMIGUIDREGINFO WmisampwmiGuidList[] =
{
    { &WmiSampleClass1GUID, 1, 0 }, // WmiSampleClass1 (data block)
    { &WmiSampleClass2GUID, 1, 0 }, // WmiSampleClass2 (data block)
    { &WmiSampleClass3GUID, 1, 0 }, // WmiSampleClass3 (data block)
    { &WmiSampleClass5GUID, 1, 0 }, // WmiSampleClass5 (data block)
    { &WmiSampleClass6GUID, 1, 0 }, // WmiSampleClass6 (data block)
#ifdef USE_BINARY_MOF_QUERY
    { &WmisampwmiBinaryMofGUID, 1, 0 },
#endif
};

#define WmisampwmiGuidCount (sizeof(WmisampwmiGuidList) / sizeof(WMIGUIDREGINFO))

//
// The driver's registry path, saved by DriverEntry.
//
extern UNICODE_STRING WmisampwmiRegistryPath;

//
// IRP_MJ_SYSTEM_CONTROL: hand the request to WmiLib, which calls the routines below.
//
NTSTATUS NTAPI
WmisampwmiSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEVICE_EXTENSION devExt = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    SYSCTL_IRP_DISPOSITION disposition;
    NTSTATUS status;

    PAGED_CODE();

    status = WmiSystemControl(&devExt->WmiLib, DeviceObject, Irp, &disposition);
    switch (disposition)
    {
        case IrpProcessed:
            // A callback below completed the IRP (through WmiCompleteRequest).
            break;
        case IrpNotCompleted:
            // WmiLib answered the request itself (registration, errors) and left completion to us.
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            break;
        case IrpForward:
        case IrpNotWmi:
        default:
            // Meant for another device object in the stack: pass it down.
            // TODO: adjust if this driver is the bottom of its stack.
            IoSkipCurrentIrpStackLocation(Irp);
            status = IoCallDriver(devExt->LowerDeviceObject, Irp);
            break;
    }
    return status;
}

//
// Registration: instance names come from the PDO, the MOF from the resource or the binary MOF GUID.
//
NTSTATUS NTAPI
WmisampwmiQueryWmiRegInfo(PDEVICE_OBJECT DeviceObject, PULONG RegFlags, PUNICODE_STRING InstanceName, PUNICODE_STRING *RegistryPath, PUNICODE_STRING MofResourceName, PDEVICE_OBJECT *Pdo)
{
    PDEVICE_EXTENSION devExt = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;

    UNREFERENCED_PARAMETER(InstanceName);
    PAGED_CODE();

    *RegistryPath = &WmisampwmiRegistryPath;
    *RegFlags = WMIREG_FLAG_INSTANCE_PDO;
    *Pdo = devExt->PhysicalDeviceObject;
#ifdef USE_BINARY_MOF_RESOURCE
    RtlInitUnicodeString(MofResourceName, L"MofResourceName");
#else
    UNREFERENCED_PARAMETER(MofResourceName);
#endif
    return STATUS_SUCCESS;
}

//
// IRP_MN_QUERY_ALL_DATA / QUERY_SINGLE_INSTANCE: write one instance of the block into Buffer.
//
NTSTATUS NTAPI
WmisampwmiQueryWmiDataBlock(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG InstanceCount, PULONG InstanceLengthArray, ULONG BufferAvail, PUCHAR Buffer)
{
    NTSTATUS status;
    ULONG sizeNeeded = 0;

    UNREFERENCED_PARAMETER(InstanceIndex);
    UNREFERENCED_PARAMETER(InstanceCount);
    PAGED_CODE();

    switch (GuidIndex)
    {
        case WmiSampleClass1GuidIndex:
            // TODO: write one WmiSampleClass1 (32 bytes) from the device state.
            sizeNeeded = WmiSampleClass1_SIZE;
            if (BufferAvail < sizeNeeded)
            {
                status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            RtlZeroMemory(Buffer, sizeNeeded);
            if (InstanceLengthArray != NULL)
                *InstanceLengthArray = sizeNeeded;
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass2GuidIndex:
            // TODO: write one WmiSampleClass2 (32 bytes) from the device state.
            sizeNeeded = WmiSampleClass2_SIZE;
            if (BufferAvail < sizeNeeded)
            {
                status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            RtlZeroMemory(Buffer, sizeNeeded);
            if (InstanceLengthArray != NULL)
                *InstanceLengthArray = sizeNeeded;
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass3GuidIndex:
            // TODO: write one WmiSampleClass3 (128 bytes) from the device state.
            sizeNeeded = WmiSampleClass3_SIZE;
            if (BufferAvail < sizeNeeded)
            {
                status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            RtlZeroMemory(Buffer, sizeNeeded);
            if (InstanceLengthArray != NULL)
                *InstanceLengthArray = sizeNeeded;
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass5GuidIndex:
            // TODO: write one WmiSampleClass5 (72 bytes) from the device state.
            sizeNeeded = WmiSampleClass5_SIZE;
            if (BufferAvail < sizeNeeded)
            {
                status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            RtlZeroMemory(Buffer, sizeNeeded);
            if (InstanceLengthArray != NULL)
                *InstanceLengthArray = sizeNeeded;
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass6GuidIndex:
            // TODO: write one WmiSampleClass6 (288 bytes) from the device state.
            sizeNeeded = WmiSampleClass6_SIZE;
            if (BufferAvail < sizeNeeded)
            {
                status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            RtlZeroMemory(Buffer, sizeNeeded);
            if (InstanceLengthArray != NULL)
                *InstanceLengthArray = sizeNeeded;
            status = STATUS_SUCCESS;
            break;

#ifdef USE_BINARY_MOF_QUERY
        case BinaryMofGuidIndex:
            sizeNeeded = sizeof(WmisampwmiBinaryMofData);
            if (BufferAvail < sizeNeeded)
            {
                status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            RtlCopyMemory(Buffer, WmisampwmiBinaryMofData, sizeNeeded);
            if (InstanceLengthArray != NULL)
                *InstanceLengthArray = sizeNeeded;
            status = STATUS_SUCCESS;
            break;
#endif

        default:
            status = STATUS_WMI_GUID_NOT_FOUND;
            break;
    }
    return WmiCompleteRequest(DeviceObject, Irp, status, sizeNeeded, IO_NO_INCREMENT);
}

//
// IRP_MN_CHANGE_SINGLE_INSTANCE: the caller sends a whole instance in Buffer.
// Check BufferSize against the _SIZE value, not sizeof: WMI may send the unpadded size.
//
NTSTATUS NTAPI
WmisampwmiSetWmiDataBlock(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG BufferSize, PUCHAR Buffer)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(InstanceIndex);
    UNREFERENCED_PARAMETER(Buffer);
    PAGED_CODE();

    switch (GuidIndex)
    {
        case WmiSampleClass1GuidIndex:
            if (BufferSize < WmiSampleClass1_SIZE)
            {
                status = STATUS_WMI_SET_FAILURE;
                break;
            }
            // TODO: apply the writable items of WmiSampleClass1 (Xboolean, Xuint8, Xuint16, Xuint32, Xuint64, Xint8, Xint16, Xint32, Xint64).
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass2GuidIndex:
            if (BufferSize < WmiSampleClass2_SIZE)
            {
                status = STATUS_WMI_SET_FAILURE;
                break;
            }
            // TODO: apply the writable items of WmiSampleClass2 (EmbeddedClass1).
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass3GuidIndex:
            if (BufferSize < WmiSampleClass3_SIZE)
            {
                status = STATUS_WMI_SET_FAILURE;
                break;
            }
            // TODO: apply the writable items of WmiSampleClass3 (EmbeddedClass1).
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass5GuidIndex:
            if (BufferSize < WmiSampleClass5_SIZE)
            {
                status = STATUS_WMI_SET_FAILURE;
                break;
            }
            // TODO: apply the writable items of WmiSampleClass5 (EmbeddedClass2).
            status = STATUS_SUCCESS;
            break;

        case WmiSampleClass6GuidIndex:
            if (BufferSize < WmiSampleClass6_SIZE)
            {
                status = STATUS_WMI_SET_FAILURE;
                break;
            }
            // TODO: apply the writable items of WmiSampleClass6 (EmbeddedClass2).
            status = STATUS_SUCCESS;
            break;

        default:
            status = STATUS_WMI_GUID_NOT_FOUND;
            break;
    }
    return WmiCompleteRequest(DeviceObject, Irp, status, 0, IO_NO_INCREMENT);
}

//
// IRP_MN_CHANGE_SINGLE_ITEM: the caller sends one item (DataItemId = its WmiDataId) in Buffer.
//
NTSTATUS NTAPI
WmisampwmiSetWmiDataItem(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG DataItemId, ULONG BufferSize, PUCHAR Buffer)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(InstanceIndex);
    UNREFERENCED_PARAMETER(BufferSize);
    UNREFERENCED_PARAMETER(Buffer);
    PAGED_CODE();

    switch (GuidIndex)
    {
        case WmiSampleClass1GuidIndex:
            switch (DataItemId)
            {
                case WmiSampleClass1_Xboolean_ID: // Xboolean
                    if (BufferSize < WmiSampleClass1_Xboolean_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xboolean.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xuint8_ID: // Xuint8
                    if (BufferSize < WmiSampleClass1_Xuint8_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xuint8.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xuint16_ID: // Xuint16
                    if (BufferSize < WmiSampleClass1_Xuint16_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xuint16.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xuint32_ID: // Xuint32
                    if (BufferSize < WmiSampleClass1_Xuint32_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xuint32.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xuint64_ID: // Xuint64
                    if (BufferSize < WmiSampleClass1_Xuint64_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xuint64.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xint8_ID: // Xint8
                    if (BufferSize < WmiSampleClass1_Xint8_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xint8.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xint16_ID: // Xint16
                    if (BufferSize < WmiSampleClass1_Xint16_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xint16.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xint32_ID: // Xint32
                    if (BufferSize < WmiSampleClass1_Xint32_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xint32.
                    status = STATUS_SUCCESS;
                    break;
                case WmiSampleClass1_Xint64_ID: // Xint64
                    if (BufferSize < WmiSampleClass1_Xint64_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new Xint64.
                    status = STATUS_SUCCESS;
                    break;
                default:
                    status = STATUS_WMI_ITEMID_NOT_FOUND;
                    break;
            }
            break;

        case WmiSampleClass2GuidIndex:
            switch (DataItemId)
            {
                case WmiSampleClass2_EmbeddedClass1_ID: // EmbeddedClass1
                    if (BufferSize < WmiSampleClass2_EmbeddedClass1_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new EmbeddedClass1.
                    status = STATUS_SUCCESS;
                    break;
                default:
                    status = STATUS_WMI_ITEMID_NOT_FOUND;
                    break;
            }
            break;

        case WmiSampleClass3GuidIndex:
            switch (DataItemId)
            {
                case WmiSampleClass3_EmbeddedClass1_ID: // EmbeddedClass1
                    if (BufferSize < WmiSampleClass3_EmbeddedClass1_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new EmbeddedClass1.
                    status = STATUS_SUCCESS;
                    break;
                default:
                    status = STATUS_WMI_ITEMID_NOT_FOUND;
                    break;
            }
            break;

        case WmiSampleClass5GuidIndex:
            switch (DataItemId)
            {
                case WmiSampleClass5_EmbeddedClass2_ID: // EmbeddedClass2
                    if (BufferSize < WmiSampleClass5_EmbeddedClass2_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new EmbeddedClass2.
                    status = STATUS_SUCCESS;
                    break;
                default:
                    status = STATUS_WMI_ITEMID_NOT_FOUND;
                    break;
            }
            break;

        case WmiSampleClass6GuidIndex:
            switch (DataItemId)
            {
                case WmiSampleClass6_EmbeddedClass2_ID: // EmbeddedClass2
                    if (BufferSize < WmiSampleClass6_EmbeddedClass2_SIZE)
                    {
                        status = STATUS_WMI_SET_FAILURE;
                        break;
                    }
                    // TODO: apply the new EmbeddedClass2.
                    status = STATUS_SUCCESS;
                    break;
                default:
                    status = STATUS_WMI_ITEMID_NOT_FOUND;
                    break;
            }
            break;

        default:
            status = STATUS_WMI_GUID_NOT_FOUND;
            break;
    }
    return WmiCompleteRequest(DeviceObject, Irp, status, 0, IO_NO_INCREMENT);
}

//
// IRP_MN_EXECUTE_METHOD: the input parameters are in Buffer; the output overwrites them there.
// Answer STATUS_BUFFER_TOO_SMALL with the size needed before touching the device.
//
NTSTATUS NTAPI
WmisampwmiExecuteWmiMethod(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex, ULONG MethodId, ULONG InBufferSize, ULONG OutBufferSize, PUCHAR Buffer)
{
    NTSTATUS status;
    ULONG sizeNeeded = 0;

    UNREFERENCED_PARAMETER(InstanceIndex);
    UNREFERENCED_PARAMETER(MethodId);
    UNREFERENCED_PARAMETER(InBufferSize);
    UNREFERENCED_PARAMETER(OutBufferSize);
    UNREFERENCED_PARAMETER(Buffer);
    PAGED_CODE();

    switch (GuidIndex)
    {
        case WmiSampleClass1GuidIndex:
            switch (MethodId)
            {
                case SetEC1:
                    if (InBufferSize < SetEC1_IN_SIZE)
                    {
                        status = STATUS_INVALID_PARAMETER;
                        break;
                    }
                    sizeNeeded = 0;
                    if (OutBufferSize < sizeNeeded)
                    {
                        status = STATUS_BUFFER_TOO_SMALL;
                        break;
                    }
                    // TODO: run SetEC1; write its [out] parameters to Buffer and set sizeNeeded.
                    status = STATUS_SUCCESS;
                    break;

                case DummyMethod:
                    if (InBufferSize < 0)
                    {
                        status = STATUS_INVALID_PARAMETER;
                        break;
                    }
                    sizeNeeded = 0;
                    if (OutBufferSize < sizeNeeded)
                    {
                        status = STATUS_BUFFER_TOO_SMALL;
                        break;
                    }
                    // TODO: run DummyMethod; write its [out] parameters to Buffer and set sizeNeeded.
                    status = STATUS_SUCCESS;
                    break;

                default:
                    status = STATUS_WMI_ITEMID_NOT_FOUND;
                    break;
            }
            break;

        default:
            status = STATUS_WMI_GUID_NOT_FOUND;
            break;
    }
    return WmiCompleteRequest(DeviceObject, Irp, status, sizeNeeded, IO_NO_INCREMENT);
}

VOID
WmisampwmiInitializeWmilibContext(PWMILIB_CONTEXT WmilibContext)
{
    PAGED_CODE();

    RtlZeroMemory(WmilibContext, sizeof(WMILIB_CONTEXT));
    WmilibContext->GuidCount = WmisampwmiGuidCount;
    WmilibContext->GuidList = WmisampwmiGuidList;
    WmilibContext->QueryWmiRegInfo = WmisampwmiQueryWmiRegInfo;
    WmilibContext->QueryWmiDataBlock = WmisampwmiQueryWmiDataBlock;
    WmilibContext->SetWmiDataBlock = WmisampwmiSetWmiDataBlock;
    WmilibContext->SetWmiDataItem = WmisampwmiSetWmiDataItem;
    WmilibContext->ExecuteWmiMethod = WmisampwmiExecuteWmiMethod;
}
