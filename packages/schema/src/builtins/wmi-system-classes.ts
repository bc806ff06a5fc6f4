/**
 * Classes that exist in every WMI repository and that driver and provider MOFs derive from or
 * instantiate without declaring them (mof-language.md §4.9, §7; the corpus MANIFEST's note on
 * `wmicore.mof`). In the `wmi` dialect they are predeclared and visible from every namespace
 * (driver MOFs are usually compiled without `#pragma namespace` and reach `root\wmi` only when
 * the WDM provider registers them). The list is documented in packages/schema/README.md.
 *
 * They are written here as MOF, in mofkit's own words, with the properties that MOF files set
 * on them; shapes are abbreviated where nothing in a MOF file depends on the rest.
 */
export const wmiSystemClassesMof = String.raw`
// --- WMI system classes (every namespace) -------------------------------------------------
[abstract] class __SystemClass { };
class __NAMESPACE : __SystemClass { [key] string Name; };

[abstract] class __Provider : __SystemClass { [key] string Name; };
class __Win32Provider : __Provider {
  string ClientLoadableCLSID; string CLSID; sint32 Concurrency; string DefaultMachineName;
  boolean Enabled; string HostingModel; sint32 ImpersonationLevel; sint32 InitializationReentrancy;
  datetime InitializationTimeoutInterval; boolean InitializeAsAdminFirst; datetime OperationTimeoutInterval;
  boolean PerLocaleInitialization; boolean PerUserInitialization; boolean Pure; string SecurityDescriptor;
  boolean SupportsExplicitShutdown; boolean SupportsExtendedStatus; boolean SupportsQuotas;
  boolean SupportsSendStatus; boolean SupportsShutdown; boolean SupportsThrottling;
  datetime UnloadTimeout; uint32 Version;
};

[abstract] class __ProviderRegistration : __SystemClass { [key] __Provider ref provider; };
[abstract] class __ObjectProviderRegistration : __ProviderRegistration {
  sint32 InteractionType; string QuerySupportLevels[]; boolean SupportsBatching; boolean SupportsDelete;
  boolean SupportsEnumeration; boolean SupportsGet; boolean SupportsPut; boolean SupportsTransactions;
};
class __InstanceProviderRegistration : __ObjectProviderRegistration { };
class __ClassProviderRegistration : __ObjectProviderRegistration {
  datetime CacheRefreshInterval; boolean PerUserSchema; string ReferencedSetQueries[];
  string ResultSetQueries[]; string UnsupportedQueries[];
};
class __MethodProviderRegistration : __ProviderRegistration { };
class __PropertyProviderRegistration : __ProviderRegistration { boolean SupportsGet; boolean SupportsPut; };
class __EventProviderRegistration : __ProviderRegistration { string EventQueryList[]; };
class __EventConsumerProviderRegistration : __ProviderRegistration { string ConsumerClassNames[]; };

[abstract] class __IndicationRelated : __SystemClass { };
[abstract] class __Event : __IndicationRelated { uint8 SECURITY_DESCRIPTOR[]; uint64 TIME_CREATED; };
[abstract] class __ExtrinsicEvent : __Event { };
class __InstanceOperationEvent : __Event { object TargetInstance; };
class __InstanceCreationEvent : __InstanceOperationEvent { };
class __InstanceDeletionEvent : __InstanceOperationEvent { };
class __InstanceModificationEvent : __InstanceOperationEvent { object PreviousInstance; };
class __ClassOperationEvent : __Event { object TargetClass; };
class __ClassCreationEvent : __ClassOperationEvent { };
class __ClassDeletionEvent : __ClassOperationEvent { };
class __ClassModificationEvent : __ClassOperationEvent { object PreviousClass; };
class __TimerEvent : __Event { uint32 NumFirings; string TimerId; };
[abstract] class __TimerInstruction : __IndicationRelated { boolean SkipIfPassed; [key] string TimerId; };
class __IntervalTimerInstruction : __TimerInstruction { uint32 IntervalBetweenEvents; };
class __AbsoluteTimerInstruction : __TimerInstruction { datetime EventDateTime; };

class __EventFilter : __IndicationRelated {
  uint8 CreatorSID[]; string EventAccess; string EventNamespace; [key] string Name; string Query; string QueryLanguage;
};
[abstract] class __EventConsumer : __IndicationRelated { uint8 CreatorSID[]; string MachineName; uint32 MaximumQueueSize; };
class __FilterToConsumerBinding : __IndicationRelated {
  [key] __EventConsumer ref Consumer; [key] __EventFilter ref Filter; uint8 CreatorSID[];
  boolean DeliverSynchronously; uint32 DeliveryQoS; boolean MaintainSecurityContext; boolean SlowDownProviders;
};
[abstract] class __NotifyStatus : __SystemClass { uint32 StatusCode; };
class __ExtendedStatus : __NotifyStatus { string Description; string Operation; string ParameterInfo; string ProviderName; };

// --- root\wmi: the WDM provider's base classes (wmicore.mof) -------------------------------
[abstract] class WMIEvent : __ExtrinsicEvent { };
[abstract] class MSNdis { [key, read] string InstanceName; [read] boolean Active; };
class MSWmi_MofData { [key, read] string InstanceName; [read] boolean Active; };
class MSWmi_ProviderInfo { [key, read] string InstanceName; [read] boolean Active; };
class MSWmi_PnPDeviceId { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), read] string PnPDeviceId; };
class MSWmi_PnPInstanceNames {
  [key, read] string InstanceName; [read] boolean Active;
  [WmiDataId(1), read] uint32 Count; [WmiDataId(2), read, WmiSizeIs("Count")] string InstanceNameList[];
};
// Event tracing (ETW classic providers derive their event classes from EventTrace).
[abstract] class EventTrace : __ExtrinsicEvent { };

// --- performance counter bases (root\cimv2 and root\wmi) ------------------------------------
[abstract] class Win32_Perf {
  string Caption; string Description; string Name;
  uint64 Frequency_Object; uint64 Frequency_PerfTime; uint64 Frequency_Sys100NS;
  uint64 Timestamp_Object; uint64 Timestamp_PerfTime; uint64 Timestamp_Sys100NS;
};
[abstract] class Win32_PerfRawData : Win32_Perf { };
[abstract] class Win32_PerfFormattedData : Win32_Perf { };

// --- Hyper-V virtual switch extension bases (root\virtualization\v2) --------------------------
[abstract] class Msvm_EthernetSwitchFeatureSettingData { [key] string InstanceID; string Caption; string Description; string ElementName; };
[abstract] class Msvm_EthernetSwitchData { [key] string InstanceID; string Caption; string Description; string ElementName; };
`;

export const wmiSystemClassesPath = "<predeclared>/wmi-system-classes.mof";
